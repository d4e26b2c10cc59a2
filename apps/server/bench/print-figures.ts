import type { BenchOptions } from './bench-options.ts';
import { CLIENTS_PER_THERAPIST } from './bench-ids.ts';
import { ms, ratio, table, whole } from './latency-stats.ts';
import type { LockWaits } from './lock-sampler.ts';
import type { ScaleFigures } from './scale-figures.ts';

/** Mean backends queued on an audit chain tip, and what that costs each request (Little's law). */
function tipColumns(waits: LockWaits | null, perSecond: number): [string, string] {
  if (waits === null || waits.samples === 0) return ['-', '-'];
  return [waits.meanTipWaiters.toFixed(2), ms((waits.meanTipWaiters / perSecond) * 1000)];
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

export function printData(figures: ScaleFigures[]): void {
  console.log('');
  console.log('Data at each scale (when its caseload was measured) and how long it took to seed:');
  console.log(
    table([
      [
        'scale',
        'practices',
        'users',
        'responses',
        'occasions',
        'alerts',
        'open',
        'audit events',
        'db MB',
        'seed s: people',
        'measures',
        'vacuum',
      ],
      ...figures.map(({ scale, data, growth }) => [
        `${scale}x`,
        whole(data.practices),
        whole(data.users),
        whole(data.responses),
        whole(data.occasions),
        whole(data.alerts),
        whole(data.openAlerts),
        whole(data.auditEvents),
        whole(data.databaseMb),
        growth.peopleSeconds.toFixed(1),
        growth.measuresSeconds.toFixed(1),
        growth.vacuumSeconds.toFixed(1),
      ]),
    ]),
  );
}

const runHeader = [
  'scale',
  'p50 ms',
  'p99 ms',
  'max ms',
  'req/s',
  'app CPU ms/req',
  'sys',
  'PG CPU ms/req',
  'tip waiters',
  'tip wait ms/req',
];

export function printRuns(options: BenchOptions, figures: ScaleFigures[]): void {
  const how = `real HTTP on loopback, keep-alive, concurrency ${options.concurrency}, after ${whole(options.warmup)} warm-up`;
  console.log('');
  console.log(
    `Caseload: POST /api/caseload as a therapist (${CLIENTS_PER_THERAPIST} clients with scores, change, alerts, overdue; one audit append),`,
  );
  console.log(`  ${how}, ${whole(options.requests)} timed requests per scale:`);
  console.log(
    table([
      runHeader,
      ...figures.map(({ scale, caseload }) => [
        `${scale}x`,
        ms(caseload.latency.p50Ms),
        ms(caseload.latency.p99Ms),
        ms(caseload.latency.maxMs),
        whole(caseload.latency.perSecond),
        ms(caseload.appCpuMsPerRequest),
        percent(caseload.appSystemShare),
        caseload.postgresCpuMsPerRequest === null ? '-' : ms(caseload.postgresCpuMsPerRequest),
        ...tipColumns(caseload.lockWaits, caseload.latency.perSecond),
      ]),
    ]),
  );
  console.log('');
  console.log(
    'Submit a measure: POST /api/me/measures/responses as a client (PHQ-9 or GAD-7, a fresh id, no occasion;',
  );
  console.log(
    `  validate, score, store, standing, audit; 1 PHQ-9 in 20 positive on item 9: alert, jobs, second audit), ${how},`,
  );
  console.log(
    `  ${whole(options.submits)} timed submissions per scale from clients of every practice:`,
  );
  console.log(
    table([
      [...runHeader, 'alerts raised'],
      ...figures.map(({ scale, submit }) => [
        `${scale}x`,
        ms(submit.latency.p50Ms),
        ms(submit.latency.p99Ms),
        ms(submit.latency.maxMs),
        whole(submit.latency.perSecond),
        ms(submit.appCpuMsPerRequest),
        percent(submit.appSystemShare),
        submit.postgresCpuMsPerRequest === null ? '-' : ms(submit.postgresCpuMsPerRequest),
        ...tipColumns(submit.lockWaits, submit.latency.perSecond),
        whole(submit.alertsRaised),
      ]),
    ]),
  );
  console.log(
    '  app CPU: this process (the app), user + system, warm-up included; sys: the kernel’s share of it;',
  );
  console.log(
    '  PG CPU: every process of the embedded PostgreSQL over the same window, less the lock sampling’s, per request.',
  );
  console.log(
    '  tip waiters: requests queued on an audit chain tip row (audit_heads), mean of samples every 20 ms;',
  );
  console.log(
    '  tip wait: what that queue costs each request on average (waiters / throughput, Little’s law).',
  );
}

interface Budget {
  what: string;
  /** Per scale: the figure, and whether it meets the budget. */
  check: (f: ScaleFigures) => { value: string; met: boolean };
  /** Only this scale counts (the caseload budget is set at 100x); null: every scale. */
  at: number | null;
}

/** Issue 7, "Tests and figures": the budgets on two cores. */
function budgets(pgbenchPerSecond: number): Budget[] {
  return [
    {
      what: 'submit p99 < 20 ms',
      check: (f) => ({
        value: `${ms(f.submit.latency.p99Ms)} ms`,
        met: f.submit.latency.p99Ms < 20,
      }),
      at: null,
    },
    {
      what: 'caseload p99 < 50 ms at 100x',
      check: (f) => ({
        value: `${ms(f.caseload.latency.p99Ms)} ms`,
        met: f.caseload.latency.p99Ms < 50,
      }),
      at: 100,
    },
    {
      what: 'submissions ≥ 0.5 of the pgbench insert rate',
      check: (f) => {
        const share = f.submit.latency.perSecond / pgbenchPerSecond;
        return { value: ratio(share), met: share >= 0.5 };
      },
      at: null,
    },
    {
      what: 'caseload app CPU < 1 ms/request',
      check: (f) => ({
        value: `${ms(f.caseload.appCpuMsPerRequest)} ms`,
        met: f.caseload.appCpuMsPerRequest < 1,
      }),
      at: null,
    },
  ];
}

export function printBudgets(figures: ScaleFigures[], pgbenchPerSecond: number): void {
  console.log('');
  console.log(
    `Budgets (issue 7; two cores), beside this run's figures (pgbench: ${whole(pgbenchPerSecond)} inserts/s):`,
  );
  const rows = budgets(pgbenchPerSecond).map((budget) => {
    const counted = figures.filter((f) => budget.at === null || f.scale === budget.at);
    const shown = counted.length > 0 ? counted : figures.slice(-1);
    const results = shown.map((f) => ({ scale: f.scale, ...budget.check(f) }));
    const missed = results.filter((r) => !r.met).map((r) => `${r.scale}x`);
    const verdict =
      counted.length === 0
        ? `not measured at ${budget.at ?? '?'}x (largest here ${figures.at(-1)?.scale ?? '?'}x)`
        : missed.length === 0
          ? 'met'
          : `MISSED${results.length > 1 ? ` at ${missed.join(', ')}` : ''}`;
    return [budget.what, results.map((r) => `${r.scale}x ${r.value}`).join('   '), verdict];
  });
  const lines = table([['budget', 'figures', 'verdict'], ...rows], 3).split('\n');
  console.log(lines.map((line) => line.trimEnd()).join('\n'));
}
