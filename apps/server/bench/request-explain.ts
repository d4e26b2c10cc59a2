import { randomUUID } from 'node:crypto';
import type { BenchContext } from './bench-context.ts';
import { explainStatements, type StatementPlan } from './explain-request.ts';
import { ms, table, whole } from './latency-stats.ts';
import { FRESH_ID, type RequestSpec } from './load-job.ts';

/** Tables whose rows grow with the practices: a Seq Scan on one of them makes the curve climb. */
const GROWING_TABLES = new Set([
  'users',
  'accounts',
  'care_team',
  'client_records',
  'audit_events',
  'audit_heads',
  'sessions',
  'supervision',
  'consent_versions',
  'practices',
  'idempotency_keys',
  'measure_assignments',
  'measure_occasions',
  'measure_responses',
  'measure_status',
  'alerts',
  'alert_recipients',
  'jobs',
]);

function scanText(plan: StatementPlan): string {
  if (plan.scans.length === 0) return '(no scan: a single-row write)';
  return plan.scans
    .map((scan) => `${scan.nodeType} ${scan.relation}${scan.index ? ` (${scan.index})` : ''}`)
    .join('; ');
}

/**
 * Sends one request with the query recorder on: every statement it ran gets
 * EXPLAIN (ANALYZE, BUFFERS), and any Seq Scan on a growing table is named
 * with the condition it filtered on and whether an index could serve it.
 * `hotTables` are those the brief wants read by index only on this path.
 */
export async function explainRequest(
  ctx: BenchContext,
  spec: RequestSpec,
  what: string,
  hotTables: readonly string[],
): Promise<void> {
  ctx.recorder.start();
  let statements;
  try {
    const response = await fetch(`http://${ctx.host}:${ctx.port}${spec.path}`, {
      method: spec.method,
      headers: spec.headers,
      ...(spec.body === undefined ? {} : { body: spec.body.replaceAll(FRESH_ID, randomUUID()) }),
    });
    await response.arrayBuffer();
    if (response.status >= 300)
      throw new Error(`the explained request answered ${response.status}`);
  } finally {
    statements = ctx.recorder.stop();
  }
  const plans = await explainStatements(ctx.client, statements);

  console.log('');
  console.log(`EXPLAIN (ANALYZE, BUFFERS) of each of the ${plans.length} statements ${what} ran:`);
  const rows = [
    ['#', 'statement', 'plan ms', 'exec ms', 'buffers hit/read', 'scans'],
    ...plans.map((plan, index) => [
      String(index + 1),
      plan.label,
      plan.planningMs !== null ? ms(plan.planningMs) : '-',
      plan.analysed && plan.executionMs !== null ? ms(plan.executionMs) : 'plan only',
      plan.analysed ? `${plan.sharedHit}/${plan.sharedRead}` : '-',
      scanText(plan),
    ]),
  ];
  // The scans column is free text: keep it out of the right-aligned padding.
  console.log(
    table(
      rows.map((row) => row.slice(0, 5)),
      2,
    )
      .split('\n')
      .map((line, index) => `${line}  ${rows[index]?.[5] ?? ''}`)
      .join('\n'),
  );

  const sum = (pick: (plan: StatementPlan) => number | null) =>
    plans.reduce((total, plan) => total + (pick(plan) ?? 0), 0);
  console.log(
    `  In all: planning ${ms(sum((p) => p.planningMs))} ms, execution ${ms(sum((p) => (p.analysed ? p.executionMs : null)))} ms (as EXPLAIN plans each anew; the app prepares its statements, so PostgreSQL plans them less often than this).`,
  );
  const seqScans = plans.flatMap((plan, index) =>
    plan.scans
      .filter((scan) => scan.nodeType === 'Seq Scan' && GROWING_TABLES.has(scan.relation))
      .map((scan) => ({ statement: index + 1, label: plan.label, scan })),
  );
  const onHotTables = seqScans.filter((found) => hotTables.includes(found.scan.relation));
  console.log(
    `  Index scans only on ${hotTables.join(', ')}: ${onHotTables.length === 0 ? 'yes' : 'NO'}`,
  );
  if (seqScans.length === 0) {
    console.log('  No Seq Scan on any table that grows with the practices.');
  }
  for (const found of seqScans) {
    const { relation, filter, seqScan } = found.scan;
    const condition = (filter ?? '(none)').replace(/'\{[^}]{80,}\}'/g, "'{…}'");
    console.log(
      `  Seq Scan on ${relation} in statement ${found.statement} (${found.label}), filter ${condition}:`,
    );
    const size = seqScan ? `${whole(seqScan.rows)} rows in ${whole(seqScan.pages)} pages` : '?';
    console.log(
      seqScan?.indexIfForbidden
        ? `    the table holds ${size}; with seq scans forbidden the planner uses ${seqScan.indexIfForbidden}: an index serves it; the planner judged reading the whole table cheaper at this size.`
        : `    the table holds ${size}; with seq scans forbidden the planner still finds no index: one on the filtered columns is missing.`,
    );
  }
}
