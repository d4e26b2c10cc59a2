import { createHash } from 'node:crypto';
import type pg from 'pg';

/**
 * Statements one connection keeps prepared, at most. Tandem's statements are
 * a finite set, but a list bound as `in ($1, $2, …)` makes one text per
 * length; past this many a connection sends the rest unnamed.
 */
export const MAX_PREPARED_PER_CONNECTION = 400;

/** Statements longer than this are rare (reports, migrations) and go unnamed. */
const MAX_PREPARED_TEXT = 16_384;

/** Names by text, shared by every connection; bounded like each connection. */
const names = new Map<string, string>();
const MAX_NAMES = 4_000;

function nameFor(text: string): string | undefined {
  let name = names.get(text);
  if (name === undefined) {
    if (names.size >= MAX_NAMES) return undefined;
    name = `t${createHash('sha1').update(text).digest('base64url').slice(0, 22)}`;
    names.set(text, name);
  }
  return name;
}

type QueryFunction = (...args: unknown[]) => unknown;

/**
 * Makes a connection send each parameterised statement as a named prepared
 * statement: PostgreSQL parses it once per connection and, once it has seen
 * that a generic plan costs no more, stops planning it at all. The benchmark
 * found planning to be as much of the server's CPU per request as running
 * the statements (docs/benchmarks.md). Statements without parameters (BEGIN,
 * COMMIT, DDL) keep the simple protocol.
 *
 * Off for a database reached through a pooler that hands one session's
 * statements to another connection (pgbouncer in transaction mode before
 * 1.21): `TANDEM_DB_PREPARED_STATEMENTS=off`.
 */
export function prepareStatementsOn(client: pg.PoolClient): void {
  const query = client.query.bind(client) as QueryFunction;
  let prepared = 0;
  const named = new Set<string>();
  const wrapped: QueryFunction = (...args) => {
    const [text, values, callback] = args;
    if (
      typeof text !== 'string' ||
      !Array.isArray(values) ||
      values.length === 0 ||
      callback !== undefined ||
      text.length > MAX_PREPARED_TEXT
    ) {
      return query(...args);
    }
    const name = nameFor(text);
    if (name === undefined) return query(...args);
    if (!named.has(name)) {
      if (prepared >= MAX_PREPARED_PER_CONNECTION) return query(...args);
      named.add(name);
      prepared += 1;
    }
    return query({ name, text, values });
  };
  (client as unknown as { query: QueryFunction }).query = wrapped;
}
