import { mkdir, writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import path from 'node:path';

/** The V8 CPU profile format (what `node --cpu-prof` writes and DevTools opens). */
export interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
    children?: number[];
  }[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Sampling interval: finer than --cpu-prof's 1 ms default, since a request takes about that much. */
const INTERVAL_US = 250;

/**
 * Profiles this process (the app runs in it) while `work` runs, the way
 * `node --cpu-prof` would, but over the window that matters only (not the
 * seeding): the V8 sampling profiler through the inspector protocol.
 */
export async function profileWhile(work: () => Promise<void>): Promise<CpuProfile> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: INTERVAL_US });
    await session.post('Profiler.start');
    // The profiler is stopped whatever `work` did; its failure is thrown after.
    const outcome = await work().then(
      () => null,
      (error: unknown) => ({ error }),
    );
    const { profile } = await session.post('Profiler.stop');
    if (outcome !== null) throw outcome.error;
    return profile as unknown as CpuProfile;
  } finally {
    session.disconnect();
  }
}

/** Writes the profile where DevTools (Performance → Load profile) or speedscope can open it. */
export async function saveProfile(dir: string, name: string, profile: CpuProfile): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${name}.cpuprofile`);
  await writeFile(file, JSON.stringify(profile));
  return file;
}
