// Fails the build when the web app ships too much JavaScript.
//
// Two budgets, both in gzipped bytes (brotli, which the server prefers, is shown beside them):
// - the initial route: the entry chunk and everything it imports statically, which a phone
//   downloads and runs before it can show any page, sign-in included;
// - everything: every chunk in dist, the lazy pages and areas included.
// Clients open Tandem on phones, often on slow connections and while unwell, so the bytes
// are a feature of the product (brief, section 7). React, React DOM, React Router and
// TanStack Query take about 109 kB of the initial route. Libraries only some pages use (the
// charts) belong in lazy chunks: the initial budget has no room for them.
// Raise a budget only together with a note in docs/benchmarks.md explaining why.
//
//   node scripts/check-bundle-size.mjs [dist folder]
import { readdir, readFile } from 'node:fs/promises';
import { join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const INITIAL_BUDGET_BYTES = 130 * 1024;
const TOTAL_BUDGET_BYTES = 290 * 1024;
const distDir = process.argv[2] ?? fileURLToPath(new URL('../dist/', import.meta.url));

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
let indexHtml;
try {
  files = (await listFiles(distDir)).filter((file) => file.endsWith('.js'));
  indexHtml = await readFile(join(distDir, 'index.html'), 'utf8');
} catch {
  console.error(`check-bundle-size: ${distDir} is incomplete; run "vite build" first.`);
  process.exit(1);
}

const chunks = new Map(
  await Promise.all(
    files.map(async (file) => {
      const content = await readFile(file);
      const name = relative(distDir, file).split('\\').join('/');
      const size = {
        gzipped: gzipSync(content, { level: 9 }).length,
        brotli: brotliCompressSync(content, {
          params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY },
        }).length,
        text: content.toString('utf8'),
      };
      return [name, size];
    }),
  ),
);

/**
 * The initial route: the module scripts and module preloads index.html names, and
 * (should a preload be missing) every chunk they import statically, transitively.
 * `import("./x.js")`, a lazy page, is not followed.
 */
function initialChunks() {
  const found = new Set();
  const pending = [
    ...indexHtml.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="\/([^"]+\.js)"/g),
  ].map((match) => match[1]);
  while (pending.length > 0) {
    const name = pending.pop();
    if (found.has(name) || !chunks.has(name)) continue;
    found.add(name);
    const text = chunks.get(name).text;
    for (const match of text.matchAll(
      /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g,
    )) {
      pending.push(posix.normalize(posix.join(posix.dirname(name), match[1])));
    }
  }
  return found;
}

const initial = initialChunks();
if (initial.size === 0) {
  console.error('check-bundle-size: index.html names no script; is this a Vite build?');
  process.exit(1);
}
const sum = (names, key) => names.reduce((total, name) => total + chunks.get(name)[key], 0);
const all = [...chunks.keys()].sort((a, b) => chunks.get(b).gzipped - chunks.get(a).gzipped);
const initialNames = all.filter((name) => initial.has(name));

console.log('   gzipped    brotli');
for (const name of all) {
  const { gzipped, brotli } = chunks.get(name);
  const mark = initial.has(name) ? '  (initial)' : '';
  console.log(`  ${kB(gzipped).padStart(8)}  ${kB(brotli).padStart(8)}  ${name}${mark}`);
}

const initialGzipped = sum(initialNames, 'gzipped');
const totalGzipped = sum(all, 'gzipped');
console.log(
  `Initial route (entry + static imports, ${initialNames.length} files): ${kB(initialGzipped)} gzipped ` +
    `(${kB(sum(initialNames, 'brotli'))} brotli) of a ${kB(INITIAL_BUDGET_BYTES)} budget`,
);
console.log(
  `All JavaScript (${all.length} files): ${kB(totalGzipped)} gzipped ` +
    `(${kB(sum(all, 'brotli'))} brotli) of a ${kB(TOTAL_BUDGET_BYTES)} budget`,
);

let over = false;
if (initialGzipped > INITIAL_BUDGET_BYTES) {
  console.error(
    `check-bundle-size: the initial route is over budget by ${kB(initialGzipped - INITIAL_BUDGET_BYTES)}.`,
  );
  over = true;
}
if (totalGzipped > TOTAL_BUDGET_BYTES) {
  console.error(
    `check-bundle-size: all JavaScript is over budget by ${kB(totalGzipped - TOTAL_BUDGET_BYTES)}.`,
  );
  over = true;
}
if (over) process.exit(1);
