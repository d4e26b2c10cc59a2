import type { ColumnType, Generated } from 'kysely';
import type { Role, UserStatus } from '@tandem/core';
import type { Timestamp } from './column-types.ts';
import type {
  CheckInsTable,
  JournalEntriesTable,
  LivingDocumentsTable,
  LivingDocumentVersionsTable,
  SharedInsightsTable,
  SkillPracticesTable,
  TherapySessionsTable,
  WorksheetEntriesTable,
} from './schema-client-entries.ts';
import type {
  AlertRecipientsTable,
  AlertsTable,
  InstrumentLicencesTable,
  MeasureAssignmentsTable,
  MeasureOccasionsTable,
  MeasureResponsesTable,
  MeasureStatusTable,
  NotificationPreferencesTable,
  PracticeInstrumentsTable,
  StaffNoticeRecipientsTable,
  StaffNoticesTable,
} from './schema-measures.ts';
import type {
  ClientValuesTable,
  GoalRatingsTable,
  GoalScalesTable,
  GoalsTable,
  PracticeGasSettingsTable,
} from './schema-goals.ts';
import type { HomeworkTable } from './schema-homework.ts';
import type { GoalMeasuresTable, SessionReviewsTable } from './schema-review.ts';
import type {
  ClientGroupMembersTable,
  ClientGroupsTable,
  GroupHomeworkTable,
  GroupMemberAnswersTable,
} from './schema-groups.ts';
import type { ActivitiesTable } from './schema-activation.ts';
import type { ExposureHierarchiesTable, ExposurePracticesTable } from './schema-exposure.ts';

export type * from './schema-activation.ts';
export type * from './schema-client-entries.ts';
export type * from './schema-exposure.ts';
export type * from './schema-goals.ts';
export type * from './schema-homework.ts';
export type * from './schema-review.ts';
export type * from './schema-measures.ts';
export type * from './schema-groups.ts';

/**
 * Table types for Kysely. Every table of clinical data carries `practice_id`,
 * and it leads every unique key, so that a sharded PostgreSQL (Citus) can
 * distribute by it later. The account directory (`accounts`: sign-in
 * identities, one per address, no practice data), sessions, one-time tokens
 * and rate limits are installation-level (reference or local tables under
 * Citus); see docs/ARCHITECTURE.md.
 */

export interface PracticesTable {
  id: string;
  name: string;
  demo: boolean;
  country: ColumnType<string, string | undefined, string>;
  /** IANA zone: schedules of clients without a zone of their own are computed in it. */
  time_zone: ColumnType<string, string | undefined, string>;
  /** Told when an alert is not acknowledged within `escalation_minutes`. */
  alert_fallback_staff_id: ColumnType<string | null, string | null | undefined, string | null>;
  escalation_minutes: ColumnType<number, number | undefined, number>;
  not_on_track_rule: ColumnType<unknown, string | null | undefined, string | null>;
  created_at: Timestamp;
}

/** A sign-in identity: one per address in the installation; it holds no practice data. */
export interface AccountsTable {
  id: string;
  /** Stored lower-cased. */
  email: string;
  password_hash: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** A person's membership of one practice: unique per (practice_id, account_id). */
export interface UsersTable {
  id: string;
  practice_id: string;
  account_id: string;
  display_name: string;
  role: Role;
  status: UserStatus;
  /** When the person first accepted this practice's invitation. */
  accepted_at: Timestamp | null;
  last_sign_in_at: Timestamp | null;
  consent_version: number | null;
  consent_accepted_at: Timestamp | null;
  /** The person's own IANA zone (clients' schedules); null = the practice's. */
  time_zone: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ClientRecordsTable {
  practice_id: string;
  client_id: string;
  archived_at: Timestamp | null;
  created_by: string;
  created_at: Timestamp;
}

export interface CareTeamTable {
  practice_id: string;
  client_id: string;
  staff_id: string;
  created_at: Timestamp;
}

export interface SupervisionTable {
  practice_id: string;
  supervisor_id: string;
  therapist_id: string;
  created_at: Timestamp;
}

export interface SessionsTable {
  /** SHA-256 of the cookie token: a database leak does not hand out sessions. */
  id: string;
  practice_id: string;
  user_id: string;
  csrf_token: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
}

export interface OneTimeTokensTable {
  /** SHA-256 of the token sent by e-mail. */
  id: string;
  practice_id: string;
  user_id: string;
  purpose: 'invitation' | 'password_reset';
  expires_at: Timestamp;
  used_at: Timestamp | null;
  /** A newer link of the same purpose was issued: this one stopped working (not "used"). */
  replaced_at: Timestamp | null;
  created_at: Timestamp;
}

export interface RateLimitsTable {
  key: string;
  window_start: Timestamp;
  hits: number;
}

export interface ConsentVersionsTable {
  practice_id: string;
  version: number;
  text: string;
  created_by: string | null;
  created_at: Timestamp;
}

export type OutboxKind = 'invitation' | 'password_reset' | 'other';

export interface OutboxTable {
  id: string;
  practice_id: string;
  kind: OutboxKind;
  /** The one-time token whose link the message carries (its state shows in the admin's outbox). */
  token_id: string | null;
  dismissed_at: Timestamp | null;
  to_address: string;
  subject: string;
  body: string;
  /** 'kept': waiting in the admin's outbox (no SMTP); 'failed': undeliverable, link withdrawn. */
  status: 'pending' | 'sent' | 'kept' | 'failed';
  attempts: number;
  last_error: string | null;
  next_attempt_at: Timestamp;
  sent_at: Timestamp | null;
  created_at: Timestamp;
}

export interface AuditEventsTable {
  practice_id: string;
  seq: ColumnType<number, number, never>;
  id: string;
  occurred_at: Timestamp;
  actor_id: string | null;
  actor_role: string | null;
  action: string;
  resource_type: string;
  resource_id: string | null;
  client_id: string | null;
  outcome: 'allowed' | 'denied';
  detail: ColumnType<Record<string, unknown>, string, never>;
  /** The client address of the request (null for the `tandem` command and background work). */
  source_address: string | null;
  /** The session that made the request (the stored hash, never the cookie). */
  session_id: string | null;
  prev_hash: string;
  hash: string;
}

export interface AuditHeadsTable {
  practice_id: string;
  seq: number;
  hash: string;
}

/** Client-generated submission ids, scoped to (practice, actor, operation): retries never duplicate. */
export interface IdempotencyKeysTable {
  practice_id: string;
  actor_id: string;
  operation: string;
  submission_id: string;
  request_hash: string;
  created_at: Timestamp;
}

/** Failed sign-ins since the last success, per account (see modules/auth/sign-in-throttle.ts). */
export interface LoginThrottleTable {
  key: string;
  failures: number;
  next_attempt_at: Timestamp;
  updated_at: Timestamp;
}

/**
 * Durable background work (migration 0004, ADR 0010): claimed with SKIP LOCKED
 * under a lease, unique per (practice, kind, dedupe key). Installation-level
 * jobs use the nil-UUID practice. The payload holds ids only, never PHI.
 */
export interface JobsTable {
  practice_id: string;
  id: string;
  kind: string;
  dedupe_key: string;
  payload: ColumnType<unknown, string, string>;
  run_at: Timestamp;
  attempts: number;
  max_attempts: number;
  /** With `locked_by`: the lease of the runner working on the job; a lapsed lease is free to take. */
  locked_until: Timestamp | null;
  locked_by: string | null;
  /** A code (`SMTP_REFUSED`, `ECONNRESET`, `UNKNOWN_KIND`), never an error message. */
  last_error_code: string | null;
  state: 'pending' | 'done' | 'failed';
  created_at: ColumnType<Date, never, never>;
}

export interface DB {
  practices: PracticesTable;
  accounts: AccountsTable;
  users: UsersTable;
  client_records: ClientRecordsTable;
  care_team: CareTeamTable;
  supervision: SupervisionTable;
  sessions: SessionsTable;
  one_time_tokens: OneTimeTokensTable;
  rate_limits: RateLimitsTable;
  consent_versions: ConsentVersionsTable;
  outbox: OutboxTable;
  audit_events: AuditEventsTable;
  audit_heads: AuditHeadsTable;
  idempotency_keys: IdempotencyKeysTable;
  login_throttle: LoginThrottleTable;
  jobs: JobsTable;
  instrument_licences: InstrumentLicencesTable;
  practice_instruments: PracticeInstrumentsTable;
  measure_assignments: MeasureAssignmentsTable;
  measure_occasions: MeasureOccasionsTable;
  measure_responses: MeasureResponsesTable;
  measure_status: MeasureStatusTable;
  alerts: AlertsTable;
  alert_recipients: AlertRecipientsTable;
  notification_preferences: NotificationPreferencesTable;
  staff_notices: StaffNoticesTable;
  staff_notice_recipients: StaffNoticeRecipientsTable;
  check_ins: CheckInsTable;
  journal_entries: JournalEntriesTable;
  shared_insights: SharedInsightsTable;
  therapy_sessions: TherapySessionsTable;
  living_documents: LivingDocumentsTable;
  living_document_versions: LivingDocumentVersionsTable;
  worksheet_entries: WorksheetEntriesTable;
  skill_practices: SkillPracticesTable;
  goals: GoalsTable;
  goal_scales: GoalScalesTable;
  goal_ratings: GoalRatingsTable;
  client_values: ClientValuesTable;
  practice_gas_settings: PracticeGasSettingsTable;
  homework: HomeworkTable;
  goal_measures: GoalMeasuresTable;
  session_reviews: SessionReviewsTable;
  exposure_hierarchies: ExposureHierarchiesTable;
  exposure_practices: ExposurePracticesTable;
  activities: ActivitiesTable;
  client_groups: ClientGroupsTable;
  client_group_members: ClientGroupMembersTable;
  group_member_answers: GroupMemberAnswersTable;
  group_homework: GroupHomeworkTable;
}

export type { Generated };
