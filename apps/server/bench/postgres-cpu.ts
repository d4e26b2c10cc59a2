import { readdir, readFile } from 'node:fs/promises';

/** Linux's USER_HZ: /proc reports CPU time in these ticks (100 on every mainstream architecture). */
const TICKS_PER_SECOND = 100;

interface ProcStat {
  ppid: number;
  /** Own user + system time, and that of children already waited for, in ticks. */
  own: number;
  reaped: number;
}

async function procStat(pid: number): Promise<ProcStat | null> {
  try {
    const text = await readFile(`/proc/${pid}/stat`, 'utf8');
    // "pid (comm) state ppid …": comm may hold spaces, so cut after the last ')'; utime is field 14.
    const f = text
      .slice(text.lastIndexOf(')') + 2)
      .split(' ')
      .map(Number);
    return {
      ppid: f[1] ?? 0,
      own: (f[11] ?? 0) + (f[12] ?? 0),
      reaped: (f[13] ?? 0) + (f[14] ?? 0),
    };
  } catch {
    return null;
  }
}

/** CPU milliseconds one process has used so far, or null when there is no such process here. */
export async function processCpuMs(pid: number): Promise<number | null> {
  const stat = await procStat(pid);
  return stat === null ? null : (stat.own * 1000) / TICKS_PER_SECOND;
}

/**
 * CPU milliseconds used so far by the embedded PostgreSQL: the postmaster,
 * every process it started (backends, autovacuum, WAL writer, checkpointer)
 * and those that have ended. The difference over a run, per request, is the
 * database's side of the cost (the app's is process.cpuUsage()).
 */
export async function postgresCpuMs(postmaster: number): Promise<number> {
  const root = await procStat(postmaster);
  if (root === null) throw new Error(`the embedded PostgreSQL (pid ${postmaster}) is gone`);
  let ticks = root.own + root.reaped;
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await procStat(Number(entry));
    if (stat !== null && stat.ppid === postmaster) ticks += stat.own;
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}
