import { sql, type Kysely } from 'kysely';

/**
 * Whether the role Tandem serves as is the least-privilege app role of ADR
 * 0007, asked of the server itself (membership counts: a role that is a
 * member of the owner owns what the owner owns). `tandem doctor` reports the
 * problems; `tandem serve` logs them as warnings at start.
 */
export interface AppRoleReport {
  role: string;
  superuser: boolean;
  /** One sentence each; empty when the role is as it should be. */
  problems: string[];
  /** What to do about any of them. */
  fix: string;
}

const FIX =
  'Serve as a role that owns nothing and has no special attributes, and migrate as a separate owner: set DATABASE_URL to the app role and DATABASE_OWNER_URL to the owner (SQL in docs/adr/0007-least-privilege-database-roles.md).';

interface RoleRow {
  role: string;
  superuser: boolean;
  createrole: boolean;
  createdb: boolean;
  replication: boolean;
  bypassrls: boolean;
  create_on_schema: boolean;
  create_on_database: boolean;
  owned_tables: string[];
  audit_changes: string[] | null;
}

export async function inspectAppRole<T>(db: Kysely<T>): Promise<AppRoleReport> {
  const result = await sql<RoleRow>`
    select r.rolname as role, r.rolsuper as superuser, r.rolcreaterole as createrole,
           r.rolcreatedb as createdb, r.rolreplication as replication, r.rolbypassrls as bypassrls,
           has_schema_privilege('public', 'CREATE') as create_on_schema,
           has_database_privilege(current_database(), 'CREATE') as create_on_database,
           array(
             select c.relname::text from pg_class c join pg_namespace n on n.oid = c.relnamespace
             where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'f', 'S')
               -- A superuser "has" every role; for one, only what it owns itself counts here.
               and pg_has_role(current_user, c.relowner, 'USAGE')
               and (not r.rolsuper or c.relowner = r.oid)
             order by c.relname
           ) as owned_tables,
           case when to_regclass('public.audit_events') is null then null else array(
             select p from unnest(array['UPDATE', 'DELETE', 'TRUNCATE']) as p
             where has_table_privilege('public.audit_events', p)
           ) end as audit_changes
    from pg_roles r where r.rolname = current_user`.execute(db);
  const row = result.rows[0];
  if (!row) throw new Error('current_user is not in pg_roles');
  const problems: string[] = [];
  if (row.superuser) {
    problems.push(
      `The app role "${row.role}" is a superuser: it can bypass every permission and the audit log's append-only trigger.`,
    );
  }
  const owns = ownedTables(row);
  // A superuser passes every other check below; saying so again would only add noise.
  if (row.superuser)
    return {
      role: row.role,
      superuser: true,
      problems: owns ? [...problems, owns] : problems,
      fix: FIX,
    };
  const attributes = [
    row.createrole && 'CREATEROLE',
    row.createdb && 'CREATEDB',
    row.replication && 'REPLICATION',
    row.bypassrls && 'BYPASSRLS',
  ].filter((it): it is string => typeof it === 'string');
  if (attributes.length > 0) {
    problems.push(`The app role "${row.role}" has ${attributes.join(', ')}, which it never needs.`);
  }
  if (owns) problems.push(owns);
  if (row.create_on_schema) {
    problems.push(`The app role "${row.role}" may create objects in schema public.`);
  }
  if (row.create_on_database) {
    problems.push(`The app role "${row.role}" may create schemas in the database.`);
  }
  if (row.audit_changes !== null && row.audit_changes.length > 0) {
    problems.push(
      `The app role "${row.role}" has ${row.audit_changes.join(', ')} on audit_events, which must be insert-only.`,
    );
  }
  return { role: row.role, superuser: row.superuser, problems, fix: FIX };
}

function ownedTables(row: RoleRow): string | null {
  if (row.owned_tables.length === 0) return null;
  const shown = row.owned_tables.slice(0, 5).join(', ');
  const more = row.owned_tables.length > 5 ? ` and ${row.owned_tables.length - 5} more` : '';
  return `The app role "${row.role}" owns the schema's tables (${shown}${more}), so it could alter or drop them, and the audit log's trigger with them.`;
}
