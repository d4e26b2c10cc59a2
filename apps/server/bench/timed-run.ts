import type { BenchContext } from './bench-context.ts';
import { summarise, type LatencySummary } from './latency-stats.ts';
import type { Expectation, RequestSpec } from './load-job.ts';
import type { LockWaits } from './lock-sampler.ts';
import { postgresCpuMs } from './postgres-cpu.ts';
import { runLoad } from './run-load.ts';

export interface RunFigures {
  latency: LatencySummary;
  /**
   * CPU time of the app's process (this one: not PostgreSQL's, not the load
   * client's) per request, warm-up included, since it ran in the same window.
   */
  appCpuMsPerRequest: number;
  /** The kernel's part of it (sockets, scheduling): high when the machine is crowded. */
  appSystemShare: number;
  /** CPU of every PostgreSQL process per request, less the lock sampling's (embedded server only), or null. */
  postgresCpuMsPerRequest: number | null;
  lockWaits: LockWaits | null;
}

/**
 * One measurement over real HTTP from the load client's process, keep-alive
 * connections, `ctx.options.concurrency` requests in flight, each request one
 * of `requests` picked at random; lock waits sampled meanwhile.
 */
export async function timedRun(
  ctx: BenchContext,
  requests: RequestSpec[],
  expect: Expectation,
  count: number,
): Promise<RunFigures> {
  const postmaster = ctx.postmasterPid;
  const postgresBefore = postmaster === null ? null : await postgresCpuMs(postmaster);
  const cpuBefore = process.cpuUsage();
  const result = await runLoad({
    host: ctx.host,
    port: ctx.port,
    requests,
    warmup: ctx.options.warmup,
    count,
    concurrency: ctx.options.concurrency,
    sourceAddresses: null,
    expect,
    sampleLocksUrl: ctx.ownerUrl,
  });
  const cpu = process.cpuUsage(cpuBefore);
  const sampling = result.lockWaits?.samplingPostgresCpuMs ?? 0;
  const postgres =
    postmaster === null || postgresBefore === null
      ? null
      : (await postgresCpuMs(postmaster)) - postgresBefore - sampling;
  const sent = ctx.options.warmup + count;
  return {
    latency: summarise(result),
    appCpuMsPerRequest: (cpu.user + cpu.system) / 1000 / sent,
    appSystemShare: cpu.system / (cpu.user + cpu.system),
    postgresCpuMsPerRequest: postgres === null ? null : postgres / sent,
    lockWaits: result.lockWaits,
  };
}
