import type { BenchContext } from './bench-context.ts';
import { caseloadRequests } from './caseload-bench.ts';
import { explainStatements, type StatementPlan } from './explain-request.ts';
import { ms, table, whole } from './latency-stats.ts';

/** Where the brief forbids a Seq Scan on the caseload path. */
const HOT_TABLES = ['users', 'care_team', 'client_records', 'audit_events'];

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
]);

function scanText(plan: StatementPlan): string {
  if (plan.scans.length === 0) return '(no scan: a single-row write)';
  return plan.scans
    .map((scan) => `${scan.nodeType} ${scan.relation}${scan.index ? ` (${scan.index})` : ''}`)
    .join('; ');
}

/**
 * One caseload request with the query recorder on, at the largest scale:
 * every statement it ran (session check, caseload, care teams, audit append)
 * gets EXPLAIN (ANALYZE, BUFFERS), and any Seq Scan on a growing table is
 * named with the condition it filtered on.
 */
export async function explainCaseload(ctx: BenchContext, scale: number): Promise<void> {
  const spec = caseloadRequests(ctx, scale)[0];
  if (spec === undefined) throw new Error('no seeded session to explain a caseload with');
  ctx.recorder.start();
  let statements;
  try {
    const response = await fetch(`http://${ctx.host}:${ctx.port}${spec.path}`, {
      headers: spec.headers,
    });
    await response.arrayBuffer();
    if (response.status !== 200)
      throw new Error(`the explained request answered ${response.status}`);
  } finally {
    statements = ctx.recorder.stop();
  }
  const plans = await explainStatements(ctx.client, statements);

  console.log('');
  console.log(
    `EXPLAIN (ANALYZE, BUFFERS) of each of the ${plans.length} statements one caseload request ran, at ${scale}x:`,
  );
  const rows = [
    ['#', 'statement', 'exec ms', 'buffers hit/read', 'scans'],
    ...plans.map((plan, index) => [
      String(index + 1),
      plan.label,
      plan.analysed && plan.executionMs !== null ? ms(plan.executionMs) : 'plan only',
      plan.analysed ? `${plan.sharedHit}/${plan.sharedRead}` : '-',
      scanText(plan),
    ]),
  ];
  // The scans column is free text: keep it out of the right-aligned padding.
  console.log(
    table(
      rows.map((row) => row.slice(0, 4)),
      2,
    )
      .split('\n')
      .map((line, index) => `${line}  ${rows[index]?.[4] ?? ''}`)
      .join('\n'),
  );

  const seqScans = plans.flatMap((plan, index) =>
    plan.scans
      .filter((scan) => scan.nodeType === 'Seq Scan' && GROWING_TABLES.has(scan.relation))
      .map((scan) => ({ statement: index + 1, label: plan.label, scan })),
  );
  const onHotTables = seqScans.filter((found) => HOT_TABLES.includes(found.scan.relation));
  console.log(
    `  Index scans only on ${HOT_TABLES.join(', ')}: ${onHotTables.length === 0 ? 'yes' : 'NO'}`,
  );
  if (seqScans.length === 0) {
    console.log('  No Seq Scan on any table that grows with the practices.');
  }
  for (const found of seqScans) {
    const { relation, filter, seqScan } = found.scan;
    console.log(
      `  Seq Scan on ${relation} in statement ${found.statement} (${found.label}), filter ${filter ?? '(none)'}:`,
    );
    const size = seqScan ? `${whole(seqScan.rows)} rows in ${whole(seqScan.pages)} pages` : '?';
    console.log(
      seqScan?.indexIfForbidden
        ? `    the table holds ${size}; with seq scans forbidden the planner uses ${seqScan.indexIfForbidden}: an index serves it; the planner judged reading the whole table cheaper at this size.`
        : `    the table holds ${size}; with seq scans forbidden the planner still finds no index: one on the filtered columns is missing.`,
    );
  }
}
