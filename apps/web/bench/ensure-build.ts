import { spawnSync } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

const webRoot = path.resolve(import.meta.dirname, '..');
export const webDist = path.join(webRoot, 'dist');

/** Everything a build is made from: a change to any of it makes dist/ stale. */
const sources = ['src', 'public', 'index.html', 'vite.config.ts', 'scripts', 'package.json'];

async function newestChange(target: string): Promise<number> {
  const info = await stat(target).catch(() => null);
  if (info === null) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  const entries = await readdir(target);
  const times = await Promise.all(entries.map((entry) => newestChange(path.join(target, entry))));
  return Math.max(info.mtimeMs, ...times);
}

/**
 * Builds the web app (`npm run build`: Vite, then the size check) unless
 * dist/ is newer than every source file, so the figures are always those of
 * the code as it is.
 */
export async function ensureBuilt(): Promise<void> {
  const built = await stat(path.join(webDist, 'index.html')).catch(() => null);
  const changed = Math.max(
    ...(await Promise.all(sources.map((source) => newestChange(path.join(webRoot, source))))),
  );
  if (built !== null && built.mtimeMs > changed) {
    console.log('dist/ is up to date with the sources; not building.');
    return;
  }
  console.log('Building the web app (npm run build)…');
  const result = spawnSync('npm', ['run', 'build'], { cwd: webRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm run build failed');
}
