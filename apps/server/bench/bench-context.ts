import type pg from 'pg';
import type { Deps } from '../src/deps.ts';
import type { BenchOptions } from './bench-options.ts';
import type { QueryRecorder } from './query-recorder.ts';
import type { TherapistSession } from './seed-sessions.ts';

/** What every part of the benchmark shares: the listening app, its database and the seeded sessions. */
export interface BenchContext {
  options: BenchOptions;
  deps: Deps;
  /** Where the app listens (loopback). */
  host: string;
  port: number;
  /** The app's database URL (holds a password: never printed). */
  url: string;
  /** One connection of its own for seeding, counting and EXPLAIN (has pg_temp.bench_uuid). */
  client: pg.Client;
  recorder: QueryRecorder;
  /** Grows with each scale: every seeded therapist's session. */
  sessions: TherapistSession[];
  passwordHash: string;
}
