// Fails the build when the web app ships too much JavaScript.
//
// Budget: 200 kB of gzipped JavaScript in total (every chunk in dist, the lazy
// areas included). Clients open Tandem on phones, often on slow connections and
// while unwell, so the bytes are a feature of the product (brief, section 7).
// React, React DOM, React Router and TanStack Query take roughly 110 kB of it;
// a new dependency that needs more than what is left deserves a conversation.
// Raise the budget only together with a note in docs/ explaining why.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 200 * 1024;
const distDir = fileURLToPath(new URL('../dist/', import.meta.url));

async function listFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? listFiles(path) : [path];
    }),
  );
  return nested.flat();
}

const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

let files;
try {
  files = (await listFiles(distDir)).filter((file) => file.endsWith('.js'));
} catch {
  console.error(`check-bundle-size: ${distDir} is missing; run "vite build" first.`);
  process.exit(1);
}

const sizes = await Promise.all(
  files.map(async (file) => ({
    file: relative(distDir, file),
    gzipped: gzipSync(await readFile(file), { level: 9 }).length,
  })),
);
sizes.sort((a, b) => b.gzipped - a.gzipped);
const total = sizes.reduce((sum, { gzipped }) => sum + gzipped, 0);

for (const { file, gzipped } of sizes) console.log(`  ${kB(gzipped).padStart(9)}  ${file}`);
console.log(`JavaScript (gzipped): ${kB(total)} of a ${kB(BUDGET_BYTES)} budget`);

if (total > BUDGET_BYTES) {
  console.error(`check-bundle-size: over budget by ${kB(total - BUDGET_BYTES)}.`);
  process.exit(1);
}
