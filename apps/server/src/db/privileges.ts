import { sql, type Kysely } from 'kysely';
import { StartupError } from './startup-error.ts';

/**
 * What the app's database role may do, declared once (ADR 0007). The owner
 * role, which ran the migrations and owns every table, grants these after each
 * migration run, so a table added by a later migration is covered by the
 * default rule without a change here. No table gets TRUNCATE, REFERENCES or
 * TRIGGER, and the schema gets USAGE only: the app can change data, never the
 * schema, and can only add to the audit log.
 */
export type TablePrivilege = 'SELECT' | 'INSERT' | 'UPDATE' | 'DELETE';

export const DEFAULT_TABLE_PRIVILEGES: readonly TablePrivilege[] = [
  'SELECT',
  'INSERT',
  'UPDATE',
  'DELETE',
];

export const TABLE_PRIVILEGE_EXCEPTIONS: Readonly<Record<string, readonly TablePrivilege[]>> = {
  // Append-only: the trigger refuses changes too, but a role that may not even try is the first line.
  audit_events: ['SELECT', 'INSERT'],
  // Each chain's tip moves forward (insert on a chain's first event, update after); never deleted.
  audit_heads: ['SELECT', 'INSERT', 'UPDATE'],
  // A plan's history is never deleted; UPDATE only re-seals a version under a new key (rotation).
  living_document_versions: ['SELECT', 'INSERT', 'UPDATE'],
  // Kysely's bookkeeping: the app reads which migrations ran (the build refuses a newer schema).
  kysely_migration: ['SELECT'],
  kysely_migration_lock: ['SELECT'],
};

export function privilegesFor(table: string): readonly TablePrivilege[] {
  return TABLE_PRIVILEGE_EXCEPTIONS[table] ?? DEFAULT_TABLE_PRIVILEGES;
}

/** Tables, partitioned tables, views and materialized views in schema public, with their owners. */
async function relationsInPublic(
  db: Kysely<unknown>,
): Promise<{ name: string; owner: string; ours: boolean }[]> {
  const result = await sql<{ relname: string; owner: string; ours: boolean }>`
    select c.relname, pg_get_userbyid(c.relowner) as owner,
           pg_has_role(current_user, c.relowner, 'USAGE') as ours
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'f')
    order by c.relname`.execute(db);
  return result.rows.map((row) => ({ name: row.relname, owner: row.owner, ours: row.ours }));
}

/**
 * A GRANT on someone else's table only warns and grants nothing; the app
 * would then fail on its first query. Say so at start instead.
 */
function notOwned(tables: { name: string; owner: string }[], ownerRole: string): StartupError {
  const owners = [...new Set(tables.map((t) => t.owner))];
  return new StartupError(
    'DATABASE_OWNER_MISMATCH',
    `The role that migrates (${ownerRole}) does not own ${tables.length} table(s) in schema public (e.g. ${tables[0]?.name ?? '?'}, owned by ${owners.join(', ')}), so it cannot grant the app role its privileges.`,
    `As a superuser, give the tables to the owner role: REASSIGN OWNED BY ${owners[0] ?? 'old_owner'} TO ${ownerRole} (or ALTER TABLE … OWNER TO ${ownerRole} for each; see docs/adr/0007-least-privilege-database-roles.md), then start again.`,
  );
}

/**
 * Give `appRole` exactly the declared privileges: revoke everything, then
 * grant, so it is idempotent and takes back what an earlier build granted.
 * Run by the owner in one transaction (callers hold the migration lock), so
 * instances serving meanwhile see the old or the new grants, never none.
 */
export async function grantAppPrivileges(db: Kysely<unknown>, appRole: string): Promise<void> {
  const role = sql.id(appRole);
  await db.transaction().execute(async (trx) => {
    const relations = await relationsInPublic(trx);
    const foreign = relations.filter((relation) => !relation.ours);
    if (foreign.length > 0) {
      const me = await sql<{ name: string }>`select current_user as name`.execute(trx);
      throw notOwned(foreign, me.rows[0]?.name ?? '?');
    }
    await sql`revoke all on schema public from ${role}`.execute(trx);
    await sql`grant usage on schema public to ${role}`.execute(trx);
    for (const { name } of relations) {
      const table = sql.id('public', name);
      const privileges = sql.raw(privilegesFor(name).join(', '));
      await sql`revoke all on table ${table} from ${role}`.execute(trx);
      await sql`grant ${privileges} on table ${table} to ${role}`.execute(trx);
    }
    // An identity or serial column needs its sequence when the app inserts; nothing more.
    await sql`revoke all on all sequences in schema public from ${role}`.execute(trx);
    await sql`grant usage, select on all sequences in schema public to ${role}`.execute(trx);
  });
}
