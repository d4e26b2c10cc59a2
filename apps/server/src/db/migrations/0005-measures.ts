import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Measurement-based care: measures assigned on a schedule, the occasions on
 * which each is due, the answers (QuestionnaireResponse-shaped JSON with the
 * definition version they answered, and the score in columns for the hot
 * queries), critical-item alerts with who was told, the practice's settings
 * for alerts and time, instrument licences accepted, and each staff member's
 * choice of how alerts reach them. Every table is keyed by practice first.
 */
export const measures: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`
      -- Time: schedules are computed in the client's zone, else the practice's.
      alter table practices
        add column time_zone text not null default 'UTC',
        -- The staff member told when an alert is not acknowledged in time (a supervisor on call).
        add column alert_fallback_staff_id uuid,
        add column escalation_minutes integer not null default 240
          check (escalation_minutes between 15 and 10080),
        -- The practice's "not on track" parameters; null = the documented default.
        add column not_on_track_rule jsonb;
      alter table users add column time_zone text;

      create table instrument_licences (
        practice_id uuid not null references practices(id),
        instrument_id text not null,
        accepted_by uuid not null,
        accepted_at timestamptz not null,
        primary key (practice_id, instrument_id)
      );

      create table measure_assignments (
        practice_id uuid not null,
        id uuid not null,
        client_id uuid not null,
        instrument_id text not null,
        schedule jsonb not null,
        starts_on date not null,
        ends_on date,
        window_days integer not null check (window_days between 1 and 14),
        reminders boolean not null,
        results_hidden boolean not null,
        status text not null check (status in ('active','paused','stopped')),
        version integer not null,
        created_by uuid not null,
        created_at timestamptz not null,
        updated_at timestamptz not null,
        primary key (practice_id, id),
        foreign key (practice_id, client_id) references client_records (practice_id, client_id)
      );
      create index measure_assignments_client_idx on measure_assignments (practice_id, client_id);

      -- One due instance of an assignment: open from its due date's local midnight for
      -- window_days days. Progress typed so far is kept as a draft.
      create table measure_occasions (
        practice_id uuid not null,
        id uuid not null,
        assignment_id uuid not null,
        client_id uuid not null,
        instrument_id text not null,
        due_on date not null,
        opens_at timestamptz not null,
        closes_at timestamptz not null,
        draft jsonb,
        draft_saved_at timestamptz,
        response_id uuid,
        completed_at timestamptz,
        -- First seen by the client in the app (the in-app "opened"; no tracking pixels in mail).
        opened_at timestamptz,
        reminded_at timestamptz,
        -- The reminder e-mail (no clinical content): its delivery state is the outbox message's.
        reminder_outbox_id uuid,
        primary key (practice_id, id),
        unique (practice_id, assignment_id, due_on),
        foreign key (practice_id, assignment_id) references measure_assignments (practice_id, id)
      );
      create index measure_occasions_client_idx
        on measure_occasions (practice_id, client_id, closes_at);

      -- The id is the server's; submission_id is the client's, unique per (practice, person),
      -- so one person's retry finds their own answer and nobody learns another's ids.
      create table measure_responses (
        practice_id uuid not null,
        id uuid not null,
        submission_id uuid not null,
        client_id uuid not null,
        occasion_id uuid,
        instrument_id text not null,
        instrument_version text not null,
        questionnaire text not null,
        response jsonb not null,
        total numeric,
        band text,
        prorated boolean not null,
        critical_items text[] not null,
        subscales jsonb not null,
        submitted_by uuid not null,
        submitted_at timestamptz not null,
        primary key (practice_id, id),
        unique (practice_id, submitted_by, submission_id),
        foreign key (practice_id, client_id) references client_records (practice_id, client_id)
      );
      create index measure_responses_series_idx
        on measure_responses (practice_id, client_id, instrument_id, submitted_at);

      -- Each client's standing on each measure, kept up to date in the transaction that stores
      -- a response, so the caseload reads one row per client and measure instead of the series.
      create table measure_status (
        practice_id uuid not null,
        client_id uuid not null,
        instrument_id text not null,
        baseline_total numeric not null,
        baseline_at timestamptz not null,
        latest_total numeric not null,
        latest_band text,
        latest_at timestamptz not null,
        change_category text,
        not_on_track text check (not_on_track in ('on-track','not-on-track','not-enough-data')),
        not_on_track_reason text,
        updated_at timestamptz not null,
        primary key (practice_id, client_id, instrument_id),
        foreign key (practice_id, client_id) references client_records (practice_id, client_id)
      );

      create table alerts (
        practice_id uuid not null,
        id uuid not null,
        client_id uuid not null,
        response_id uuid not null,
        kind text not null check (kind in ('critical-item')),
        instrument_id text not null,
        item_id text not null,
        answer_value integer not null,
        state text not null check (state in ('new','acknowledged','resolved')),
        created_at timestamptz not null,
        acknowledged_by uuid,
        acknowledged_at timestamptz,
        resolved_by uuid,
        resolved_at timestamptz,
        resolution_note text,
        escalated_at timestamptz,
        primary key (practice_id, id),
        foreign key (practice_id, response_id) references measure_responses (practice_id, id)
      );
      create index alerts_client_idx on alerts (practice_id, client_id, created_at);
      create index alerts_open_idx on alerts (practice_id, state) where state <> 'resolved';

      -- Who was told about an alert, how, and when: shown to whoever opens it.
      create table alert_recipients (
        practice_id uuid not null,
        alert_id uuid not null,
        staff_id uuid not null,
        reason text not null check (reason in ('care-team','supervisor','fallback')),
        delivery text not null check (delivery in ('immediate','digest')),
        notified_at timestamptz,
        created_at timestamptz not null,
        primary key (practice_id, alert_id, staff_id),
        foreign key (practice_id, alert_id) references alerts (practice_id, id)
      );
      create index alert_recipients_staff_idx on alert_recipients (practice_id, staff_id);

      create table notification_preferences (
        practice_id uuid not null,
        staff_id uuid not null,
        kind text not null,
        delivery text not null check (delivery in ('immediate','digest')),
        updated_at timestamptz not null,
        primary key (practice_id, staff_id, kind),
        foreign key (practice_id, staff_id) references users (practice_id, id)
      );
    `.execute(db);
  },
  down() {
    return Promise.reject(new Error('The measures migration cannot be undone.'));
  },
};
