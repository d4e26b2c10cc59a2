import type pg from 'pg';
import { processCpuMs } from './postgres-cpu.ts';

export interface LockWaits {
  samples: number;
  /** Mean backends waiting for an audit chain tip row (audit_heads), over the samples. */
  meanTipWaiters: number;
  /** Mean backends waiting for any lock (tip or other rows). */
  meanWaiters: number;
  /** Share of samples in which at least one backend waited for a tip. */
  tipBusyShare: number;
  /**
   * CPU the sampling itself cost PostgreSQL (its backend, read from /proc),
   * to take out of the run's database CPU; null when the server is elsewhere.
   */
  samplingPostgresCpuMs: number | null;
}

/*
 * A backend that finds a row locked first takes the row's tuple lock and
 * waits on the holder's transaction id; any later one waits for that tuple
 * lock. So the backends queued on a chain tip are those waiting for a tuple
 * lock on audit_heads, and those waiting on a transaction while holding one.
 * pg_locks is readable by any role (pg_stat_activity hides other roles' waits).
 */
const SAMPLE_SQL = `
  with ours as (select pid from pg_stat_activity where datname = current_database()),
  waiting as (select l.* from pg_locks l join ours using (pid) where not l.granted)
  select (select count(distinct w.pid)::int from waiting w
           where (w.locktype = 'tuple' and w.relation = 'audit_heads'::regclass)
              or (w.locktype = 'transactionid' and exists (
                    select 1 from pg_locks t
                     where t.pid = w.pid and t.granted and t.locktype = 'tuple'
                       and t.relation = 'audit_heads'::regclass))) as tip,
         (select count(distinct pid)::int from waiting) as any`;

/**
 * Samples lock waits every `everyMs` until stopped, on a connection of its
 * own: the evidence for (or against) the audit chain tip being what requests
 * queue on. By Little's law, mean waiters / throughput is the wait each
 * request spends there on average.
 */
export function sampleLockWaits(client: pg.Client, everyMs = 20): { stop(): Promise<LockWaits> } {
  let running = true;
  let backend: { pid: number; cpuMs: number | null } | null = null;
  let samples = 0;
  let tip = 0;
  let any = 0;
  let busy = 0;
  // Caught here and rethrown by stop(), so a failed sample is never an unhandled rejection.
  const loop = (async () => {
    const self = await client.query<{ pid: number }>('select pg_backend_pid() as pid');
    const pid = self.rows[0]?.pid ?? 0;
    backend = { pid, cpuMs: await processCpuMs(pid) };
    while (running) {
      const result = await client.query<{ tip: number; any: number }>(SAMPLE_SQL);
      const row = result.rows[0] ?? { tip: 0, any: 0 };
      samples += 1;
      tip += row.tip;
      any += row.any;
      if (row.tip > 0) busy += 1;
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })().then(
    () => null,
    (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
  );
  return {
    async stop() {
      running = false;
      const failure = await loop;
      if (failure !== null) throw failure;
      const started: { pid: number; cpuMs: number | null } | null = backend;
      const ended = started === null ? null : await processCpuMs(started.pid);
      const before = started?.cpuMs ?? null;
      return {
        samplingPostgresCpuMs: before === null || ended === null ? null : ended - before,
        samples,
        meanTipWaiters: samples === 0 ? 0 : tip / samples,
        meanWaiters: samples === 0 ? 0 : any / samples,
        tipBusyShare: samples === 0 ? 0 : busy / samples,
      };
    },
  };
}
