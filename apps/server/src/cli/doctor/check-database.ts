import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { fail, ok, type Finding } from './finding.ts';

/**
 * The server Tandem writes to: recent enough, and durable (an acknowledged
 * write survives a crash only when the WAL is flushed before the answer).
 */
export async function checkDurability(
  db: Kysely<DB>,
  kind: 'embedded' | 'external',
): Promise<Finding[]> {
  const result = await sql<{
    version: string;
    version_num: string;
    fsync: string;
    synchronous_commit: string;
    full_page_writes: string;
  }>`select current_setting('server_version') as version,
            current_setting('server_version_num') as version_num,
            current_setting('fsync') as fsync,
            current_setting('synchronous_commit') as synchronous_commit,
            current_setting('full_page_writes') as full_page_writes`.execute(db);
  const row = result.rows[0];
  if (!row) return [fail('database', 'The server answered no settings.', 'Check DATABASE_URL.')];
  const findings: Finding[] = [ok('database', `PostgreSQL ${row.version} (${kind})`)];
  findings.push(
    row.fsync === 'on'
      ? ok('fsync', 'on')
      : fail(
          'fsync',
          `fsync = ${row.fsync}: a crash can lose confirmed writes.`,
          'ALTER SYSTEM SET fsync = on; then reload the server.',
        ),
  );
  findings.push(
    row.synchronous_commit === 'off'
      ? fail(
          'synchronous_commit',
          'synchronous_commit = off: a crash can lose confirmed writes.',
          'ALTER SYSTEM SET synchronous_commit = on (or reset it for the database and role); then reload.',
        )
      : ok('synchronous_commit', row.synchronous_commit),
  );
  if (row.full_page_writes !== 'on') {
    findings.push(
      fail(
        'full_page_writes',
        'full_page_writes = off: a crash during a write can corrupt pages.',
        'ALTER SYSTEM SET full_page_writes = on; then reload.',
      ),
    );
  }
  return findings;
}
