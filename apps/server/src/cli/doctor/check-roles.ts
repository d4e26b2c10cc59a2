import type { Kysely } from 'kysely';
import type { Config } from '../../config.ts';
import type { DB } from '../../db/schema.ts';
import { inspectAppRole } from '../../db/role-check.ts';
import { fail, ok, warn, type Finding } from './finding.ts';

/**
 * Least privilege (ADR 0007): Tandem serves as a role that cannot change the
 * schema and may only insert into the audit log, and migrates as another.
 */
export async function checkRoles(
  db: Kysely<DB>,
  kind: 'embedded' | 'external',
  config: Pick<Config, 'databaseOwnerUrl'>,
): Promise<Finding[]> {
  const report = await inspectAppRole(db);
  const findings: Finding[] =
    report.problems.length === 0
      ? [ok('app role', `"${report.role}" owns nothing and may only add to the audit log`)]
      : report.problems.map((problem) => fail('app role', problem, report.fix));
  if (kind === 'external' && config.databaseOwnerUrl === null) {
    findings.push(
      warn(
        'owner role',
        'DATABASE_OWNER_URL is not set: migrations run as the app role, which must then own the schema.',
        'Create an owner role for migrations and set DATABASE_OWNER_URL to it (SQL in docs/adr/0007-least-privilege-database-roles.md).',
      ),
    );
  }
  return findings;
}
