import { execFile, spawn } from 'node:child_process';
import { chmod, mkdir, open, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { sql } from 'kysely';
import type { Command } from '../command.ts';
import { withDatabase } from '../with-database.ts';

const run = promisify(execFile);

const help = `Usage: tandem backup [--dir <folder>]

Writes a consistent copy of the database (pg_dump's custom format) to
<folder>/tandem-<time>.dump (default TANDEM_BACKUP_DIR, else <data>/backups),
while Tandem keeps running. Needs pg_dump of the server's major version or
newer (Debian: apt-get install postgresql-client-15). Restore into an empty
database with pg_restore (docs/operations.md). Keep copies on another machine,
together with the audit signing key and checkpoints.`;

export const command: Command = {
  name: 'backup',
  summary: 'Write a backup of the database (pg_dump) to TANDEM_BACKUP_DIR',
  async run(argv, io) {
    const { values } = parseArgs({
      args: argv,
      options: { dir: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
    if (values.help) {
      io.stdout(help);
      return 0;
    }
    return withDatabase(io, async (database, config) => {
      const dir = path.resolve(values.dir ?? config.backupDir);
      const server = await sql<{ major: number }>`
        select current_setting('server_version_num')::int / 10000 as major`.execute(database.db);
      const serverMajor = server.rows[0]?.major ?? 0;
      const dumpMajor = await pgDumpMajor();
      if (dumpMajor === null) {
        io.stderr(
          'tandem backup: pg_dump is not installed. Install it: apt-get install postgresql-client-15',
        );
        return 1;
      }
      if (dumpMajor < serverMajor) {
        io.stderr(
          `tandem backup: pg_dump ${dumpMajor} cannot dump a PostgreSQL ${serverMajor} server. Install postgresql-client-${serverMajor}.`,
        );
        return 1;
      }
      await mkdir(dir, { recursive: true, mode: 0o700 });
      const stamp = new Date()
        .toISOString()
        .replaceAll(':', '')
        .replace(/\.\d+Z$/, 'Z');
      const file = path.join(dir, `tandem-${stamp}.dump`);
      const partial = `${file}.partial`;
      try {
        // A backup holds every client's record: readable by Tandem's user only, from the start.
        await writeFile(partial, '', { mode: 0o600 });
        await dump(database.url, partial);
        await chmod(partial, 0o600);
        await flush(partial);
        await rename(partial, file);
      } catch (error) {
        await rm(partial, { force: true });
        throw error;
      }
      io.stdout(`Backup written: ${file}`);
      return 0;
    });
  },
};

async function pgDumpMajor(): Promise<number | null> {
  try {
    const { stdout } = await run('pg_dump', ['--version']);
    const match = /(\d+)(?:\.\d+)?/.exec(stdout.replace(/^[^\d]*/, ''));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/** pg_dump with the password in its environment, never on its command line (which `ps` shows). */
function dump(url: string, file: string): Promise<void> {
  const target = new URL(url);
  const args = [
    '--format=custom',
    `--file=${file}`,
    `--host=${target.hostname}`,
    `--port=${target.port || '5432'}`,
    `--username=${decodeURIComponent(target.username)}`,
    `--dbname=${decodeURIComponent(target.pathname.slice(1))}`,
    '--no-password',
  ];
  return new Promise((resolve, reject) => {
    const child = spawn('pg_dump', args, {
      env: { ...process.env, PGPASSWORD: decodeURIComponent(target.password) },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`pg_dump failed: ${stderr.trim()}`)),
    );
  });
}

/** The backup is on disk before it gets its final name. */
async function flush(file: string): Promise<void> {
  const handle = await open(file, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
