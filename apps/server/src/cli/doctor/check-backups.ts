import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { fail, ok, warn, type Finding } from './finding.ts';

const DAY_MS = 86_400_000;

/**
 * Backups: a recent `tandem backup` in the backup folder, or continuous WAL
 * archiving on the server. Either is enough; neither is a failure.
 */
export async function checkBackups(
  db: Kysely<DB>,
  backupDir: string,
  now: Date,
): Promise<Finding[]> {
  const newest = await newestBackup(backupDir);
  const archiving = await walArchiving(db);
  if (newest !== null && now.getTime() - newest.at.getTime() < 2 * DAY_MS) {
    return [ok('backups', `newest backup ${newest.file}, ${hoursAgo(newest.at, now)} h old`)];
  }
  if (archiving.on && archiving.lastArchived !== null) {
    return [
      ok(
        'backups',
        `WAL archiving is on; last archived ${hoursAgo(archiving.lastArchived, now)} h ago`,
      ),
    ];
  }
  const what =
    newest === null
      ? `No backup in ${backupDir}`
      : `The newest backup in ${backupDir} is ${hoursAgo(newest.at, now)} h old`;
  return [
    (newest === null ? fail : warn)(
      'backups',
      `${what}, and the database server archives no WAL.`,
      `Run \`tandem backup\` daily (cron or a systemd timer), keep copies on another machine with the audit key and checkpoints, and try a restore (docs/operations.md).`,
    ),
  ];
}

async function newestBackup(dir: string): Promise<{ file: string; at: Date } | null> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return null;
  }
  let newest: { file: string; at: Date } | null = null;
  for (const name of names.filter((n) => n.endsWith('.dump'))) {
    const at = (await stat(path.join(dir, name))).mtime;
    if (newest === null || at > newest.at) newest = { file: name, at };
  }
  return newest;
}

async function walArchiving(db: Kysely<DB>): Promise<{ on: boolean; lastArchived: Date | null }> {
  const rows = await sql<{ mode: string; last: Date | null }>`
    select current_setting('archive_mode') as mode,
           (select last_archived_time from pg_stat_archiver) as last`.execute(db);
  const row = rows.rows[0];
  return { on: row?.mode === 'on' || row?.mode === 'always', lastArchived: row?.last ?? null };
}

function hoursAgo(at: Date, now: Date): number {
  return Math.round((now.getTime() - at.getTime()) / 3_600_000);
}
