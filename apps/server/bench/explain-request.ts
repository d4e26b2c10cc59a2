import type { CompiledQuery } from 'kysely';
import type pg from 'pg';

export interface ScanNode {
  nodeType: string;
  relation: string;
  index: string | null;
  /** The condition a Seq Scan filtered on: which columns an index would need. */
  filter: string | null;
  /** For a Seq Scan: the table's size, and the index the planner takes when told not to scan it whole. */
  seqScan?: { rows: number; pages: number; indexIfForbidden: string | null };
}

export interface StatementPlan {
  /** "select sessions, users", "insert audit_events", …: the verb and the tables it names. */
  label: string;
  /** false: plan only, since executing it again would repeat a unique key the request wrote. */
  analysed: boolean;
  /** What PostgreSQL spent planning it: every statement the app sends is planned anew. */
  planningMs: number | null;
  executionMs: number | null;
  sharedHit: number;
  sharedRead: number;
  scans: ScanNode[];
}

interface PlanNode {
  'Node Type'?: string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Filter?: string;
  'Shared Hit Blocks'?: number;
  'Shared Read Blocks'?: number;
  Plans?: PlanNode[];
}

interface ExplainOutput {
  Plan: PlanNode;
  'Planning Time'?: number;
  'Execution Time'?: number;
}

/** The indexes under a Bitmap Heap Scan (its Bitmap Index Scans, through any BitmapAnd/BitmapOr). */
function bitmapIndexes(node: PlanNode): string[] {
  return (node.Plans ?? []).flatMap((child) =>
    child['Index Name'] !== undefined ? [child['Index Name']] : bitmapIndexes(child),
  );
}

function scansOf(node: PlanNode, found: ScanNode[] = []): ScanNode[] {
  const type = node['Node Type'] ?? '';
  if (type.includes('Scan') && node['Relation Name'] !== undefined) {
    const index =
      type === 'Bitmap Heap Scan' ? bitmapIndexes(node).join(' + ') : (node['Index Name'] ?? '');
    found.push({
      nodeType: type,
      relation: node['Relation Name'],
      index: index === '' ? null : index,
      filter: node.Filter ?? null,
    });
  }
  for (const child of node.Plans ?? []) scansOf(child, found);
  return found;
}

function labelOf(sqlText: string): string {
  const verb = /^\s*(\w+)/.exec(sqlText)?.[1]?.toLowerCase() ?? '?';
  const tables = [...sqlText.matchAll(/\b(?:from|join|into|update)\s+"(\w+)"/gi)].map((m) => m[1]);
  return `${verb} ${[...new Set(tables)].join(', ')}`;
}

async function planOnly(client: pg.Client, query: CompiledQuery): Promise<ExplainOutput> {
  const result = await client.query<{ 'QUERY PLAN': ExplainOutput[] }>(
    `explain (format json, summary) ${query.sql}`,
    [...query.parameters],
  );
  return result.rows[0]?.['QUERY PLAN'][0] ?? { Plan: {} };
}

/**
 * Tells a missing index from a planner's choice: with seq scans forbidden,
 * does the planner reach the table through an index (it has one, and read a
 * small table whole because that was cheaper), or not (no index fits)?
 */
async function describeSeqScan(
  client: pg.Client,
  query: CompiledQuery,
  relation: string,
): Promise<NonNullable<ScanNode['seqScan']>> {
  const size = await client.query<{ rows: number; pages: number }>(
    'select greatest(reltuples, 0)::int as rows, relpages as pages from pg_class where oid = $1::regclass',
    [relation],
  );
  await client.query('savepoint bench_no_seqscan');
  try {
    await client.query('set local enable_seqscan = off');
    const forced = scansOf((await planOnly(client, query)).Plan).find(
      (scan) => scan.relation === relation && scan.index !== null,
    );
    return {
      rows: size.rows[0]?.rows ?? 0,
      pages: size.rows[0]?.pages ?? 0,
      indexIfForbidden: forced?.index ?? null,
    };
  } finally {
    await client.query('rollback to savepoint bench_no_seqscan');
  }
}

async function explainOne(client: pg.Client, query: CompiledQuery): Promise<StatementPlan> {
  const parameters = [...query.parameters];
  await client.query('savepoint bench_explain');
  let analysed = true;
  let output: ExplainOutput;
  try {
    const result = await client.query<{ 'QUERY PLAN': ExplainOutput[] }>(
      `explain (analyze, buffers, format json) ${query.sql}`,
      parameters,
    );
    output = result.rows[0]?.['QUERY PLAN'][0] ?? { Plan: {} };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code !== '23505') throw error;
    await client.query('rollback to savepoint bench_explain');
    analysed = false;
    output = await planOnly(client, query);
  }
  const scans = scansOf(output.Plan);
  for (const scan of scans) {
    if (scan.nodeType === 'Seq Scan')
      scan.seqScan = await describeSeqScan(client, query, scan.relation);
  }
  return {
    label: labelOf(query.sql),
    analysed,
    planningMs: output['Planning Time'] ?? null,
    executionMs: output['Execution Time'] ?? null,
    sharedHit: output.Plan['Shared Hit Blocks'] ?? 0,
    sharedRead: output.Plan['Shared Read Blocks'] ?? 0,
    scans,
  };
}

/**
 * EXPLAIN (ANALYZE, BUFFERS) of each statement, in order, in one transaction
 * that is rolled back: the request's writes (its audit append) run again for
 * their plan and leave nothing behind. The one write that cannot run twice
 * (the audit event's primary key) gets its plan without ANALYZE.
 */
export async function explainStatements(
  client: pg.Client,
  queries: readonly CompiledQuery[],
): Promise<StatementPlan[]> {
  await client.query('begin');
  try {
    const plans: StatementPlan[] = [];
    for (const query of queries) plans.push(await explainOne(client, query));
    return plans;
  } finally {
    await client.query('rollback');
  }
}
