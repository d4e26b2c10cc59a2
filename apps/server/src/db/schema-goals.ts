import type { Timestamp } from './column-types.ts';
import type { EntryVisibility } from './schema-client-entries.ts';

/**
 * Goals and Goal Attainment Scaling: the client's and the care team's shared
 * work (never an admin's). Content and scale levels are sealed bytea
 * (crypto/encrypted-columns.ts).
 */
export type GoalStatus = 'active' | 'achieved' | 'set-aside';

export interface GoalsTable {
  practice_id: string;
  id: string;
  client_id: string;
  created_by: string;
  /** Sealed JSON: the SMART answers and the action steps. */
  content: Buffer;
  /** 1–10, the goal's weight in the GAS T-score. */
  weight: number;
  status: GoalStatus;
  created_at: Timestamp;
  updated_at: Timestamp;
  updated_by: string;
}

export interface GoalScalesTable {
  practice_id: string;
  id: string;
  goal_id: string;
  version: number;
  /** Sealed JSON: the five levels' descriptions, −2 … +2. */
  levels: Buffer;
  created_at: Timestamp;
  created_by: string;
}

export interface GoalRatingsTable {
  practice_id: string;
  id: string;
  goal_id: string;
  scale_id: string;
  /** −2 … +2; 0 is the expected outcome. */
  level: number;
  rated_at: Timestamp;
  rated_by: string;
  created_at: Timestamp;
}

export type ClientValuesKind = 'values' | 'strengths';

/** The client's values card sort and strengths list: one living row of each kind. */
export interface ClientValuesTable {
  practice_id: string;
  id: string;
  client_id: string;
  kind: ClientValuesKind;
  /** Sealed JSON: the sort (or the strengths), in the client's words where their own. */
  content: Buffer;
  version: number;
  created_at: Timestamp;
  updated_at: Timestamp;
  visibility: EntryVisibility;
  visibility_changed_at: Timestamp;
}

/** The practice's ρ for the GAS T-score; no row means the published 0.3. */
export interface PracticeGasSettingsTable {
  practice_id: string;
  /** numeric(4,3): read as a number (type-parsers.ts). */
  rho: number;
  updated_at: Timestamp;
  updated_by: string;
}
