import { createHash } from 'node:crypto';
import {
  chmod,
  cp,
  lstat,
  mkdir,
  readdir,
  readlink,
  rename,
  rm,
  symlink,
  stat,
  writeFile,
} from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import { checkedBinaries, type PostgresBinaries } from './embedded-binaries.ts';
import type { EmbeddedPaths } from './embedded-data-dir.ts';
import { firstBlockedFolder, type PostgresUser } from './embedded-identity.ts';
import { StartupError } from './startup-error.ts';

/**
 * Where PostgreSQL's programs and cluster live when Tandem runs as root (and
 * PostgreSQL as the user `postgres`). A checkout or data folder under a
 * private home (/root is 0700) is out of that user's reach, and Tandem never
 * opens up someone's home. Instead (ADR 0001):
 *
 * - the binaries are copied once per version to `<systemDir>/postgresql-<version>`;
 * - the cluster is kept in `<systemDir>/clusters/<name>-<hash of the data folder>`,
 *   and `<dataDir>/postgres` is a symbolic link to it, so every tool that
 *   starts from the data folder (a CLI command sharing the server, a restart
 *   after a crash) finds the same cluster.
 *
 * The log and the password files stay in the data folder: Tandem (root) opens
 * them and hands PostgreSQL the log as a file descriptor.
 */

type Log = Pick<Logger, 'info'>;

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String(error.code)
    : undefined;
}

async function exists(file: string): Promise<boolean> {
  try {
    await lstat(file);
    return true;
  } catch {
    return false;
  }
}

/** Root-owned folders that `postgres` may pass (0711) or also read (0755). */
async function ensureSystemFolder(dir: string, mode: number): Promise<void> {
  await mkdir(dir, { recursive: true, mode });
  await chmod(dir, mode);
}

async function assertReachable(user: PostgresUser, dir: string, systemDir: string): Promise<void> {
  const blocked = await firstBlockedFolder(user, dir);
  if (blocked) {
    throw new StartupError(
      'DATA_DIR_NOT_TRAVERSABLE',
      `The user "${user.name}" may not enter ${blocked}, on the way to ${dir}, where Tandem keeps PostgreSQL's files when the data folder or the checkout is out of its reach.`,
      `Point TANDEM_PG_SYSTEM_DIR at a folder every user may pass through (the default is /var/lib/tandem; now ${systemDir}).`,
    );
  }
}

/** Everything readable (and folders passable) by `postgres`, nothing writable but by root. */
async function openForReading(dir: string): Promise<void> {
  await chmod(dir, 0o755);
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isSymbolicLink()) continue;
    if (entry.isDirectory()) await openForReading(file);
    else await chmod(file, ((await stat(file)).mode | 0o444) & 0o755);
  }
}

/**
 * The package's binaries when `user` can reach them, else a root-owned copy
 * made once per version (bin, lib and share travel together: the binaries
 * find their libraries and data relative to themselves).
 */
export async function binariesFor(
  user: PostgresUser,
  bin: PostgresBinaries,
  systemDir: string,
  log: Log,
): Promise<PostgresBinaries> {
  const blocked = await firstBlockedFolder(user, path.dirname(bin.postgres));
  if (!blocked) return bin;
  const target = path.join(systemDir, `postgresql-${bin.version}`);
  const marker = path.join(target, '.complete');
  if (!(await exists(marker))) {
    await ensureSystemFolder(systemDir, 0o755);
    const partial = `${target}.partial-${process.pid}`;
    await rm(partial, { recursive: true, force: true });
    for (const part of ['bin', 'lib', 'share']) {
      await cp(path.join(bin.root, part), path.join(partial, part), {
        recursive: true,
        verbatimSymlinks: true,
      });
    }
    await openForReading(partial);
    await writeFile(path.join(partial, '.complete'), `${bin.version}\n`, { mode: 0o644 });
    // A half-made copy from a crashed run is replaced; a complete one made meanwhile by another start is kept.
    if (!(await exists(marker))) await rm(target, { recursive: true, force: true });
    try {
      await rename(partial, target);
    } catch (error) {
      await rm(partial, { recursive: true, force: true });
      if (!(await exists(marker))) throw error;
    }
    log.info(
      `The user "${user.name}" cannot enter ${blocked}, so PostgreSQL's programs were copied to ${target}.`,
    );
  }
  await assertReachable(user, path.join(target, 'bin'), systemDir);
  return checkedBinaries(target, bin.version);
}

/** `<name>-<12 hex>`: readable, and unique to the data folder's absolute path. */
export function clusterFolderName(dataDir: string): string {
  const hash = createHash('sha256').update(path.resolve(dataDir)).digest('hex').slice(0, 12);
  const name = path.basename(path.resolve(dataDir)).replace(/[^A-Za-z0-9._-]/g, '_') || 'data';
  return `${name}-${hash}`;
}

/**
 * Decide where the cluster is: `<dataDir>/postgres` itself, or where its
 * symbolic link points. With a `user` that cannot enter the data folder, a
 * new cluster goes under `<systemDir>/clusters` (and the link is made); an
 * existing cluster inside that folder is refused with the way out, since
 * moving a database unasked is not Tandem's to do.
 */
export async function placeCluster(
  paths: EmbeddedPaths,
  user: PostgresUser | null,
  systemDir: string,
  log: Log,
): Promise<EmbeddedPaths> {
  const link = paths.clusterDir;
  let linked: string | null = null;
  try {
    if ((await lstat(link)).isSymbolicLink())
      linked = path.resolve(paths.dataDir, await readlink(link));
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }
  if (linked !== null) {
    if (!(await exists(linked))) {
      throw new StartupError(
        'DATA_DIR_NOT_A_CLUSTER',
        `${link} points to ${linked}, which does not exist: the database this data folder used is gone.`,
        `Restore ${linked} from a backup of it, or remove the link ${link} to start with an empty database.`,
      );
    }
    if (user) await assertReachable(user, linked, systemDir);
    log.info(`PostgreSQL's cluster for ${paths.dataDir} is kept in ${linked}.`);
    return { ...paths, clusterDir: linked };
  }
  const blocked = user ? await firstBlockedFolder(user, paths.dataDir) : null;
  if (!user || !blocked) return paths;
  if (await exists(link)) {
    throw new StartupError(
      'DATA_DIR_NOT_TRAVERSABLE',
      `Tandem runs as root, so its PostgreSQL runs as the user "${user.name}", which may not enter ${blocked} on the way to the cluster in ${link}.`,
      `Move the cluster where "${user.name}" can reach it and leave a link (Tandem stopped: mv ${link} ${path.join(systemDir, 'clusters', clusterFolderName(paths.dataDir))} && ln -s ${path.join(systemDir, 'clusters', clusterFolderName(paths.dataDir))} ${link}), or let it pass: chmod o+x ${blocked}`,
    );
  }
  const clusters = path.join(systemDir, 'clusters');
  await ensureSystemFolder(systemDir, 0o755);
  // Passable, not listable: the folder names say which data folders exist.
  await ensureSystemFolder(clusters, 0o711);
  await assertReachable(user, clusters, systemDir);
  const target = path.join(clusters, clusterFolderName(paths.dataDir));
  await symlink(target, link);
  log.info(
    `The user "${user.name}" cannot enter ${blocked}, so PostgreSQL's cluster for ${paths.dataDir} is kept in ${target} (${link} points there).`,
  );
  return { ...paths, clusterDir: target };
}
