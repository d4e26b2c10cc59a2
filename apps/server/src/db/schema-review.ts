import type { Timestamp } from './column-types.ts';

/** The measures a goal should move (instrument ids), replaced whole by the care team. */
export interface GoalMeasuresTable {
  practice_id: string;
  goal_id: string;
  instrument_id: string;
  created_at: Timestamp;
  created_by: string;
}

/** What was decided in a session review: staff-only, sealed. */
export interface SessionReviewsTable {
  practice_id: string;
  id: string;
  client_id: string;
  /** A calendar date in the client's zone, read as 'YYYY-MM-DD' (db/type-parsers.ts). */
  held_on: string;
  /** Sealed: the decision in the therapist's words. */
  decision: Buffer;
  created_by: string;
  created_at: Timestamp;
}
