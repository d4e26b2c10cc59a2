import type pg from 'pg';

/**
 * Give every object in schema public to the owner role. A data folder made
 * before ADR 0007 has everything owned by the bootstrap superuser `postgres`,
 * and `REASSIGN OWNED BY postgres` refuses that role's objects (they are
 * "required by the database system"), so each object is altered by name.
 * Sequences that belong to a column follow their table; so do indexes,
 * triggers and a table's row type.
 */
const TRANSFER_LOCK_KEY = 0x74616e646f77;

interface Foreign {
  kind: string;
  name: string;
}

const objectsNotOwnedBy = `
  with target as (select oid from pg_roles where rolname = $1),
       public_ns as (select oid from pg_namespace where nspname = 'public')
  select case c.relkind
           when 'r' then 'table' when 'p' then 'table' when 'v' then 'view'
           when 'm' then 'materialized view' when 'f' then 'foreign table'
           when 'S' then 'sequence' when 'c' then 'type' end as kind,
         format('%I.%I', 'public', c.relname) as name
  from pg_class c
  where c.relnamespace = (select oid from public_ns)
    and c.relkind in ('r', 'p', 'v', 'm', 'f', 'S', 'c')
    and c.relowner <> (select oid from target)
    -- a sequence owned by a column (serial, identity) moves with its table
    and not (c.relkind = 'S' and exists (
      select 1 from pg_depend d
      where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype in ('a', 'i')))
  union all
  select case p.prokind when 'p' then 'procedure' when 'a' then 'aggregate' else 'function' end,
         p.oid::regprocedure::text
  from pg_proc p
  where p.pronamespace = (select oid from public_ns) and p.proowner <> (select oid from target)
  union all
  select case t.typtype when 'd' then 'domain' else 'type' end, format('%I.%I', 'public', t.typname)
  from pg_type t
  where t.typnamespace = (select oid from public_ns) and t.typowner <> (select oid from target)
    and t.typtype in ('e', 'r', 'd')`;

/** Answers how many objects it moved (0 when all was in order already). */
export async function transferOwnershipInPublic(client: pg.Client, owner: string): Promise<number> {
  await client.query('begin');
  try {
    await client.query('select pg_advisory_xact_lock($1)', [TRANSFER_LOCK_KEY]);
    const found = await client.query<Foreign>(objectsNotOwnedBy, [owner]);
    for (const object of found.rows) {
      // `name` is quoted by format('%I') or regprocedure; `kind` is one of the words above.
      await client.query(
        `alter ${object.kind} ${object.name} owner to ${client.escapeIdentifier(owner)}`,
      );
    }
    await client.query('commit');
    return found.rows.length;
  } catch (error) {
    await client.query('rollback');
    throw error;
  }
}
