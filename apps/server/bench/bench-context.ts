import type pg from 'pg';
import type { Deps } from '../src/deps.ts';
import type { BenchOptions } from './bench-options.ts';
import type { InstrumentShape } from './measure-shapes.ts';
import type { QueryRecorder } from './query-recorder.ts';
import type { BenchSession } from './seed-sessions.ts';

/** What every part of the benchmark shares: the listening app, its database and the seeded sessions. */
export interface BenchContext {
  options: BenchOptions;
  deps: Deps;
  /** Where the app listens (loopback). */
  host: string;
  port: number;
  /** The owner's database URL, for seeding connections of their own (holds a password: never printed). */
  ownerUrl: string;
  /** One connection of its own for seeding, counting and EXPLAIN (has pg_temp.bench_uuid). */
  client: pg.Client;
  recorder: QueryRecorder;
  /** The embedded PostgreSQL's postmaster (its CPU is read per run); null for an external server. */
  postmasterPid: number | null;
  /** Grow with each scale: every seeded therapist's session, and every submitting client's. */
  therapistSessions: BenchSession[];
  clientSessions: BenchSession[];
  /** PHQ-9 and GAD-7 as the seeding and the submissions use them. */
  shapes: InstrumentShape[];
  passwordHash: string;
}
