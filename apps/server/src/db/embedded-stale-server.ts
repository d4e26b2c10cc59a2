import { readFile, readlink, realpath, rm } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from 'pino';
import { StartupError } from './startup-error.ts';

/** The lines of `postmaster.pid` that we read (PostgreSQL 10+ layout). */
export interface PostmasterPid {
  pid: number;
  port: number;
  /** "starting", "stopping", "ready" or "standby". */
  status: string;
}

const STOP_TIMEOUT_MS = 60_000;

/** null: no file; 'unreadable': a file without a pid in it (e.g. cut short by a crash). */
export async function readPostmasterPid(
  clusterDir: string,
): Promise<PostmasterPid | 'unreadable' | null> {
  let text: string;
  try {
    text = await readFile(path.join(clusterDir, 'postmaster.pid'), 'utf8');
  } catch {
    return null;
  }
  const lines = text.split('\n');
  const pid = Number(lines[0]);
  if (!/^\d+$/.test(lines[0] ?? '') || !Number.isInteger(pid) || pid <= 0) return 'unreadable';
  return { pid, port: Number(lines[3]), status: (lines[7] ?? '').trim() };
}

async function procStat(pid: number): Promise<{ state: string; ppid: number } | null> {
  try {
    const text = await readFile(`/proc/${pid}/stat`, 'utf8');
    // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so cut after the last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { state: fields[0] ?? '', ppid: Number(fields[1]) };
  } catch {
    return null;
  }
}

export async function isAlive(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  // A zombie answers signal 0 but is gone for our purposes.
  return (await procStat(pid))?.state !== 'Z';
}

async function link(file: string): Promise<string | null> {
  try {
    return await readlink(file);
  } catch {
    return null;
  }
}

type Holder = 'not-postgres' | 'orphan' | { tandemPid: number };

/**
 * Is this live pid a PostgreSQL serving this cluster, and is it still owned by
 * a running Tandem? The postmaster's working directory is its data folder; its
 * parent is the Tandem that started it, or init (or a subreaper) once that
 * Tandem was killed. Outside Linux there is no /proc and we assume an orphan.
 */
async function identifyHolder(pid: number, clusterDir: string): Promise<Holder> {
  const cwd = await link(`/proc/${pid}/cwd`);
  if (cwd === null) return process.platform === 'linux' ? 'not-postgres' : 'orphan';
  if (cwd !== (await realpath(clusterDir))) return 'not-postgres';
  const parent = (await procStat(pid))?.ppid ?? 1;
  if (parent <= 1) return 'orphan';
  const parentExe = await link(`/proc/${parent}/exe`);
  const parentIsNode = parentExe !== null && /^node(js)?\d*$/.test(path.basename(parentExe));
  return parentIsNode && (await isAlive(parent)) ? { tandemPid: parent } : 'orphan';
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!(await isAlive(pid))) return true;
    await sleep(50);
  }
  return false;
}

export type LeftoverOutcome =
  { kind: 'clear' } | { kind: 'in-use'; port: number; tandemPid: number };

/**
 * Deal with a `postmaster.pid` found before starting. A dead pid (or one reused
 * by an unrelated process) leaves a stale file that we remove. A PostgreSQL of
 * this cluster whose Tandem died (kill -9) is stopped with a fast shutdown,
 * which rolls back open transactions and writes a checkpoint: committed data
 * is kept. A PostgreSQL that a live Tandem still runs is reported, not touched.
 */
export async function clearLeftoverServer(
  clusterDir: string,
  log: Pick<Logger, 'info' | 'warn'>,
): Promise<LeftoverOutcome> {
  let pidFile = await readPostmasterPid(clusterDir);
  if (!pidFile) return { kind: 'clear' };
  const removeStaleFile = () => rm(path.join(clusterDir, 'postmaster.pid'), { force: true });
  if (pidFile === 'unreadable') {
    // A starting server writes its pid first; give one a moment before calling the file stale.
    await sleep(1_000);
    pidFile = await readPostmasterPid(clusterDir);
    if (!pidFile) return { kind: 'clear' };
    if (pidFile === 'unreadable') {
      log.info('Removing a postmaster.pid that names no process (left by a crash).');
      await removeStaleFile();
      return { kind: 'clear' };
    }
  }
  if (!(await isAlive(pidFile.pid))) {
    log.info(`Removing a stale postmaster.pid (process ${pidFile.pid} is gone).`);
    await removeStaleFile();
    return { kind: 'clear' };
  }
  const holder = await identifyHolder(pidFile.pid, clusterDir);
  if (holder === 'not-postgres') {
    log.info(
      `Removing a stale postmaster.pid (process ${pidFile.pid} is not this database's server).`,
    );
    await removeStaleFile();
    return { kind: 'clear' };
  }
  if (holder !== 'orphan')
    return { kind: 'in-use', port: pidFile.port, tandemPid: holder.tandemPid };

  log.warn(
    `A PostgreSQL server (pid ${pidFile.pid}) left running by an earlier Tandem holds ${clusterDir}; stopping it cleanly.`,
  );
  try {
    process.kill(pidFile.pid, 'SIGINT');
  } catch {
    // It went away between the checks; nothing to stop.
  }
  if (!(await waitForExit(pidFile.pid, STOP_TIMEOUT_MS))) {
    throw new StartupError(
      'STALE_SERVER_NOT_STOPPED',
      `A PostgreSQL server (pid ${pidFile.pid}) left by an earlier run still holds ${clusterDir} and did not stop within ${STOP_TIMEOUT_MS / 1000} s.`,
      `Stop it (kill -INT ${pidFile.pid}; if it still runs, kill -QUIT ${pidFile.pid}) and start Tandem again.`,
    );
  }
  log.info(`The earlier PostgreSQL server (pid ${pidFile.pid}) has stopped.`);
  return { kind: 'clear' };
}
