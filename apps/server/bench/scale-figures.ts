import type { BenchContext } from './bench-context.ts';
import { auditEvents } from './caseload-bench.ts';
import type { GrowthTimes } from './grow-data.ts';
import type { SubmitFigures } from './submit-bench.ts';
import type { RunFigures } from './timed-run.ts';

export interface DataFigures {
  practices: number;
  users: number;
  responses: number;
  occasions: number;
  alerts: number;
  openAlerts: number;
  auditEvents: number;
  databaseMb: number;
}

export interface ScaleFigures {
  scale: number;
  /** What the scale held when its caseload was measured (before its submissions). */
  data: DataFigures;
  growth: GrowthTimes;
  caseload: RunFigures;
  submit: SubmitFigures;
}

export async function dataFigures(ctx: BenchContext): Promise<DataFigures> {
  const result = await ctx.client.query<
    Omit<DataFigures, 'auditEvents' | 'databaseMb'> & { bytes: string }
  >(`
    select (select count(*)::int from practices) as practices,
           (select count(*)::int from users) as users,
           (select count(*)::int from measure_responses) as responses,
           (select count(*)::int from measure_occasions) as occasions,
           (select count(*)::int from alerts) as alerts,
           (select count(*)::int from alerts where state <> 'resolved') as "openAlerts",
           pg_database_size(current_database())::text as bytes`);
  const row = result.rows[0];
  if (!row) throw new Error('no counts');
  const { bytes, ...counts } = row;
  return { ...counts, auditEvents: await auditEvents(ctx), databaseMb: Number(bytes) / 1048576 };
}
