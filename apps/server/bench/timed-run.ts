import type { BenchContext } from './bench-context.ts';
import { summarise, type LatencySummary } from './latency-stats.ts';
import type { Expectation, RequestSpec } from './load-job.ts';
import type { LockWaits } from './lock-sampler.ts';
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
  return {
    latency: summarise(result),
    appCpuMsPerRequest: (cpu.user + cpu.system) / 1000 / (ctx.options.warmup + count),
    appSystemShare: cpu.system / (cpu.user + cpu.system),
    lockWaits: result.lockWaits,
  };
}
