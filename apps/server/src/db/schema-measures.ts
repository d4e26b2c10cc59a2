import type { ColumnType } from 'kysely';
import type { Timestamp } from './column-types.ts';

/**
 * Table types of measurement-based care: licences, practice instruments,
 * assignments, occasions, responses, standings, alerts and notices (see
 * schema.ts for the rules every table follows).
 */
export interface InstrumentLicencesTable {
  practice_id: string;
  instrument_id: string;
  accepted_by: string;
  accepted_at: Timestamp;
}

/** An imported FHIR Questionnaire, one row per url and version (definitions only). */
export interface PracticeInstrumentsTable {
  practice_id: string;
  id: string;
  url: string;
  version: string;
  title: string;
  questionnaire: ColumnType<unknown, string, string>;
  recognised_as: string | null;
  imported_by: string;
  imported_at: Timestamp;
  retired_at: Timestamp | null;
}

export type AssignmentStatus = 'active' | 'paused' | 'stopped';

export interface MeasureAssignmentsTable {
  practice_id: string;
  id: string;
  client_id: string;
  instrument_id: string;
  /** A `Schedule` from @tandem/core. */
  schedule: ColumnType<unknown, string, string>;
  /** `YYYY-MM-DD` (dates are read as text; see type-parsers.ts). */
  starts_on: string;
  ends_on: string | null;
  window_days: number;
  reminders: boolean;
  results_hidden: boolean;
  status: AssignmentStatus;
  version: number;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface MeasureOccasionsTable {
  practice_id: string;
  id: string;
  assignment_id: string;
  client_id: string;
  instrument_id: string;
  due_on: string;
  opens_at: Timestamp;
  closes_at: Timestamp;
  /** Answers typed so far, by item id. */
  draft: ColumnType<unknown, string | null, string | null>;
  draft_saved_at: Timestamp | null;
  response_id: string | null;
  completed_at: Timestamp | null;
  opened_at: Timestamp | null;
  reminded_at: Timestamp | null;
  reminder_outbox_id: string | null;
}

export interface MeasureResponsesTable {
  practice_id: string;
  id: string;
  submission_id: string;
  client_id: string;
  occasion_id: string | null;
  instrument_id: string;
  instrument_version: string;
  /** The canonical the answers were given to: `url|version`. */
  questionnaire: string;
  /** QuestionnaireResponse-shaped JSON. */
  response: ColumnType<unknown, string, never>;
  /** numeric: read as a number (type-parsers.ts). */
  total: number | null;
  band: string | null;
  prorated: boolean;
  critical_items: string[];
  subscales: ColumnType<unknown, string, never>;
  submitted_by: string;
  submitted_at: Timestamp;
}

/** A client's standing on one measure, updated with each response (the caseload's hot read). */
export interface MeasureStatusTable {
  practice_id: string;
  client_id: string;
  instrument_id: string;
  baseline_total: number;
  baseline_at: Timestamp;
  latest_total: number;
  latest_band: string | null;
  latest_at: Timestamp;
  change_category: string | null;
  not_on_track: 'on-track' | 'not-on-track' | 'not-enough-data' | null;
  not_on_track_reason: string | null;
  /** When the current not-on-track episode began; null while on track or not enough data. */
  not_on_track_since: Timestamp | null;
  updated_at: Timestamp;
}

export type AlertState = 'new' | 'acknowledged' | 'resolved';

export interface AlertsTable {
  practice_id: string;
  id: string;
  client_id: string;
  response_id: string;
  kind: 'critical-item';
  instrument_id: string;
  item_id: string;
  answer_value: number;
  state: AlertState;
  created_at: Timestamp;
  acknowledged_by: string | null;
  acknowledged_at: Timestamp | null;
  resolved_by: string | null;
  resolved_at: Timestamp | null;
  resolution_note: string | null;
  escalated_at: Timestamp | null;
}

export type AlertDelivery = 'immediate' | 'digest';

export interface AlertRecipientsTable {
  practice_id: string;
  alert_id: string;
  staff_id: string;
  reason: 'care-team' | 'supervisor' | 'fallback';
  delivery: AlertDelivery;
  notified_at: Timestamp | null;
  created_at: Timestamp;
}

export type StaffNoticeKind = 'not-on-track' | 'overdue';

export interface StaffNoticesTable {
  practice_id: string;
  id: string;
  kind: StaffNoticeKind;
  client_id: string;
  instrument_id: string;
  dedupe_key: string;
  created_at: Timestamp;
}

export interface StaffNoticeRecipientsTable {
  practice_id: string;
  notice_id: string;
  staff_id: string;
  delivery: AlertDelivery;
  notified_at: Timestamp | null;
  created_at: Timestamp;
}

export interface NotificationPreferencesTable {
  practice_id: string;
  staff_id: string;
  kind: string;
  delivery: AlertDelivery;
  updated_at: Timestamp;
}
