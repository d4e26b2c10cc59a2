import { randomBytes } from 'node:crypto';
import {
  access,
  chmod,
  chown,
  constants,
  mkdir,
  open,
  readdir,
  readFile,
  rename,
  stat,
  writeFile,
} from 'node:fs/promises';
import path from 'node:path';
import type { PostgresUser } from './embedded-identity.ts';
import { StartupError } from './startup-error.ts';

/** The PostgreSQL major version whose binaries ship with this build. */
export const POSTGRES_MAJOR = '15';

/** Start a fresh log once the old one passes this size (the old one is kept as postgres.log.1). */
const LOG_ROTATE_BYTES = 10 * 1024 * 1024;

/**
 * What the embedded database keeps under Tandem's data folder. The cluster has
 * its own subfolder because PostgreSQL owns it outright (mode 0700, user
 * `postgres` when Tandem runs as root); the log and the password stay Tandem's.
 */
export interface EmbeddedPaths {
  dataDir: string;
  clusterDir: string;
  logFile: string;
  passwordFile: string;
}

export function embeddedPaths(dataDir: string): EmbeddedPaths {
  const root = path.resolve(dataDir);
  return {
    dataDir: root,
    clusterDir: path.join(root, 'postgres'),
    logFile: path.join(root, 'postgres.log'),
    passwordFile: path.join(root, 'postgres.password'),
  };
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String(error.code)
    : undefined;
}

/** Create the data folder if needed and make sure Tandem can write in it. */
export async function prepareDataDir(
  paths: EmbeddedPaths,
  user: PostgresUser | null,
): Promise<void> {
  try {
    const firstCreated = await mkdir(paths.dataDir, { recursive: true });
    if (user && firstCreated) {
      // Folders we create must let `postgres` pass (whatever the umask), without listing them.
      for (let dir = paths.dataDir; dir.startsWith(firstCreated); dir = path.dirname(dir)) {
        await chmod(dir, 0o711);
        if (dir === firstCreated) break;
      }
    }
    await access(paths.dataDir, constants.W_OK | constants.X_OK);
  } catch (cause) {
    const code = errorCode(cause);
    if (code === 'EEXIST' || code === 'ENOTDIR') {
      throw new StartupError(
        'DATA_DIR_NOT_WRITABLE',
        `The data folder ${paths.dataDir} cannot be created: it, or a folder on the way to it, is a file.`,
        'Choose another folder with TANDEM_DATA_DIR, or move that file away.',
        { cause },
      );
    }
    throw new StartupError(
      'DATA_DIR_NOT_WRITABLE',
      `Tandem cannot create or write its data folder ${paths.dataDir} (${code ?? String(cause)}).`,
      'Choose a folder Tandem may write with TANDEM_DATA_DIR, or fix the folder permissions for the user running Tandem.',
      { cause },
    );
  }
}

export type ClusterState = 'absent' | 'empty' | 'cluster';

/**
 * Decide whether the cluster folder is new (initialise it) or an existing
 * PostgreSQL 15 cluster this process may use; anything else is refused before
 * PostgreSQL gets to print something cryptic about it.
 */
export async function inspectClusterDir(
  paths: EmbeddedPaths,
  user: PostgresUser | null,
): Promise<ClusterState> {
  const dir = paths.clusterDir;
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return 'absent';
    if (errorCode(error) === 'ENOTDIR') {
      throw new StartupError(
        'DATA_DIR_NOT_A_CLUSTER',
        `${dir} is a file, where Tandem keeps its PostgreSQL cluster.`,
        `Move the file away, or choose another data folder with TANDEM_DATA_DIR.`,
      );
    }
    throw new StartupError(
      'DATA_DIR_PERMISSIONS',
      `Tandem cannot read its PostgreSQL folder ${dir} (${errorCode(error) ?? String(error)}).`,
      'Run Tandem as the user that created the data folder, or fix the folder permissions.',
      { cause: error },
    );
  }
  if (entries.length === 0) return 'empty';
  if (!entries.includes('PG_VERSION')) {
    throw new StartupError(
      'DATA_DIR_NOT_A_CLUSTER',
      `${dir} holds files but no PostgreSQL cluster (no PG_VERSION file).`,
      `Move those files away so that Tandem can create its database there, or choose another data folder with TANDEM_DATA_DIR.`,
    );
  }
  const version = (await readFile(path.join(dir, 'PG_VERSION'), 'utf8')).trim();
  if (version !== POSTGRES_MAJOR) {
    throw new StartupError(
      'DATA_DIR_WRONG_VERSION',
      `${dir} holds a PostgreSQL ${version} cluster; this Tandem ships PostgreSQL ${POSTGRES_MAJOR}.`,
      `Run that cluster with a PostgreSQL ${version} server and point DATABASE_URL at it, or dump it and restore it into PostgreSQL ${POSTGRES_MAJOR}; or choose another data folder with TANDEM_DATA_DIR.`,
    );
  }
  await assertClusterOwnership(dir, user);
  return 'cluster';
}

async function assertClusterOwnership(dir: string, user: PostgresUser | null): Promise<void> {
  const info = await stat(dir);
  const expectedUid = user ? user.uid : process.getuid?.();
  if (expectedUid !== undefined && info.uid !== expectedUid) {
    const owner = user ? `${user.name}:${user.name}` : '$(id -un)';
    throw new StartupError(
      'DATA_DIR_PERMISSIONS',
      `${dir} belongs to user id ${info.uid}, but PostgreSQL runs as ${user ? `"${user.name}" (${user.uid})` : `user id ${expectedUid}`} and only uses a cluster it owns.`,
      `Give it back: chown -R ${owner} ${dir}`,
    );
  }
  // PostgreSQL accepts 0700 or 0750 and refuses anything more open.
  if ((info.mode & 0o027) !== 0) {
    throw new StartupError(
      'DATA_DIR_PERMISSIONS',
      `${dir} is open to other users (mode ${(info.mode & 0o777).toString(8)}); PostgreSQL refuses to use it.`,
      `Close it: chmod 700 ${dir}`,
    );
  }
}

/** Before initdb: an owned, private, empty cluster folder. */
export async function createClusterDir(
  paths: EmbeddedPaths,
  user: PostgresUser | null,
): Promise<void> {
  await mkdir(paths.clusterDir, { recursive: true, mode: 0o700 });
  if (user) await chown(paths.clusterDir, user.uid, user.gid);
  await chmod(paths.clusterDir, 0o700);
}

/** A new random password for the cluster's superuser, kept beside it for the next start. */
export async function createPassword(paths: EmbeddedPaths): Promise<string> {
  const password = randomBytes(24).toString('base64url');
  await writeFile(paths.passwordFile, `${password}\n`, { mode: 0o600 });
  return password;
}

export async function readPassword(paths: EmbeddedPaths): Promise<string> {
  try {
    return (await readFile(paths.passwordFile, 'utf8')).trim();
  } catch (cause) {
    throw new StartupError(
      'EMBEDDED_PASSWORD_MISSING',
      `The database in ${paths.clusterDir} exists, but the file with its password, ${paths.passwordFile}, cannot be read (${errorCode(cause) ?? String(cause)}).`,
      `Restore ${paths.passwordFile} from the backup of the data folder (it was made with the database), or run Tandem as the user that owns it.`,
      { cause },
    );
  }
}

/** Open the PostgreSQL log for appending; the file descriptor becomes the server's stdout and stderr. */
export async function openServerLog(
  paths: EmbeddedPaths,
): Promise<{ fd: number; close(): Promise<void> }> {
  try {
    const info = await stat(paths.logFile);
    if (info.size > LOG_ROTATE_BYTES) await rename(paths.logFile, `${paths.logFile}.1`);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }
  const handle = await open(paths.logFile, 'a', 0o600);
  return { fd: handle.fd, close: () => handle.close() };
}

/** The end of the log, to quote when PostgreSQL fails: it says why. */
export async function readLogTail(paths: EmbeddedPaths, fromByte: number): Promise<string> {
  try {
    const text = (await readFile(paths.logFile)).subarray(fromByte).toString('utf8');
    return text.split('\n').slice(-15).join('\n').trim();
  } catch {
    return '';
  }
}
