import { CLIENTS_PER_PRACTICE, CLIENTS_PER_THERAPIST, MEASURE_WEEKS } from './bench-ids.ts';

/*
 * The SQL that seeds one practice's year of measures (seed-measures.ts runs
 * it): a temporary table of every occasion with its answers (weeksSql), then
 * the app's tables filled from it (inserts). Parameters: weeksSql takes the
 * practice number, "now" and the time zone; an insert with withNow takes "now".
 */

/** Days each weekly occasion stays open. */
const WINDOW_DAYS = 3;
/** Past weeks a client let pass unanswered (the occasion closed empty). */
const MISSED_SHARE = 0.03;
/** Clients who have answered this week's occasion so far (the rest are due, some overdue). */
const ANSWERED_THIS_WEEK = 0.7;
/** Clients whose PHQ-9 item 9 is sometimes positive, and how often in their mild-or-worse weeks. */
const AT_RISK_SHARE = 0.08;
const POSITIVE_SHARE = 0.25;
/** The practices' escalation interval (the column's default): an alert unacknowledged this long escalates. */
const ESCALATION_HOURS = 4;

/** A number in [0, 1) fixed by a seed (SQL text): the seeded data's "randomness", the same on every run. */
const unit = (seed: string) => `((hashtext(${seed})::bigint + 2147483648) / 4294967296.0)`;
const positions = (count: number) => Array.from({ length: count }, (_, k) => k + 1);

/**
 * One row per occasion of practice $1: every client, every measure, weeks
 * 0..52 (52 = this week's). A client's course (improving, partly, flat or
 * worse), starting severity and risk are fixed by their seed; each week adds
 * noise. The scored items other than the critical one carry the weekly level
 * spread evenly; the critical item is positive only for at-risk clients in
 * some of their mild-or-worse weeks. The answers are an array in item order,
 * written out element by element (`maxItems` of them, cut to the
 * instrument's length): a subquery per row would cost ten times as much.
 */
export function weeksSql(maxItems: number): string {
  const answer = (pos: number) => `
    case when ${pos} = a.crit_pos then a.critical_value
         when ${pos} = any(a.unscored) then least(a.top, a.spread_total * (a.top + 1) / (a.top * a.spread_n + 1))
         else a.spread_total / a.spread_n
              + (((a.spread_rank[${pos}] + a.k + a.c) % a.spread_n) < a.spread_total % a.spread_n)::int end`;
  return `
  create temp table bench_week on commit drop as
  with series as (
    select c, i.instrument_id,
           pg_temp.bench_uuid('client-' || $1::int || '-' || c) as client_id,
           pg_temp.bench_uuid('therapist-' || $1::int || '-' || ((c - 1) / ${CLIENTS_PER_THERAPIST} + 1)) as therapist_id,
           gen_random_uuid() as assignment_id,
           1 + c % 7 as weekday,
           ${unit(`'course-' || $1::int || '-' || c`)} as course,
           0.3 + 0.5 * ${unit(`'severity-' || $1::int || '-' || c`)} as severity,
           ${unit(`'risk-' || $1::int || '-' || c`)} < ${AT_RISK_SHARE} as at_risk
      from generate_series(1, ${CLIENTS_PER_PRACTICE}) c cross join bench_instruments i
  ), weeks as (
    select s.*, k, 'w-' || $1::int || '-' || s.c || '-' || s.instrument_id || '-' || k as seed,
           t.today - (extract(isodow from t.today)::int - s.weekday + 7) % 7 - (${MEASURE_WEEKS} - k) * 7 as due_on
      from series s
     cross join (select ($2::timestamptz at time zone $3)::date as today) t
     cross join generate_series(0, ${MEASURE_WEEKS}) k
  ), levelled as materialized (
    select w.*, i.top, i.spread_n, i.n_items, i.spread_rank, i.unscored, i.crit_pos,
           (w.due_on::timestamp at time zone $3) as opens_at,
           ((w.due_on + ${WINDOW_DAYS})::timestamp at time zone $3) as closes_at,
           (w.due_on::timestamp at time zone $3)
             + make_interval(mins => 420 + floor(2400 * ${unit(`'at-' || w.seed`)})::int) as submitted_at,
           ${unit(`'miss-' || w.seed`)} as miss,
           ${unit(`'crit-' || w.seed`)} as crit,
           greatest(0, least(i.top * i.spread_n, round(i.top * i.spread_n * (
             case when w.course < 0.5 then w.severity * (1 - 0.6 * least(1, w.k / 12.0))
                  when w.course < 0.75 then w.severity * (1 - 0.25 * least(1, w.k / 20.0))
                  when w.course < 0.9 then w.severity
                  else least(1, w.severity * (1 + 0.5 * least(1, w.k / 20.0))) end
             + (${unit(`'noise-' || w.seed`)} - 0.5) * 0.2))))::int as spread_total
      from weeks w join bench_instruments i using (instrument_id)
  ), answered as materialized (
    select l.*,
           case when l.crit_pos is not null and l.at_risk and l.crit < ${POSITIVE_SHARE}
                     and l.spread_total >= 0.25 * l.top * l.spread_n
                then 1 + (l.crit < ${POSITIVE_SHARE / 4})::int else 0 end as critical_value,
           case when l.k < ${MEASURE_WEEKS} then l.miss >= ${MISSED_SHARE}
                else l.miss < ${ANSWERED_THIS_WEEK} and l.submitted_at <= $2::timestamptz end as answered
      from levelled l
  )
  select pg_temp.bench_uuid('practice-' || $1::int) as practice_id, a.client_id, a.therapist_id,
         a.assignment_id, a.instrument_id, a.weekday, a.k, a.due_on, a.opens_at, a.closes_at,
         a.answered, a.submitted_at, gen_random_uuid() as occasion_id,
         case when a.answered then gen_random_uuid() end as response_id,
         gen_random_uuid() as submission_id,
         a.spread_total + a.critical_value as total,
         (array[${positions(maxItems).map(answer).join(',')}])[1:a.n_items] as ans
    from answered a`;
}

/** In order; `$1`, where a statement has it, is the seeding's "now". */
export const inserts = (
  maxItems: number,
  maxBands: number,
): { sql: string; withNow: boolean }[] => [
  // Weekly on the client's weekday, from the first occasion a year ago; the therapist assigned it the day before.
  {
    sql: `insert into measure_assignments (practice_id, id, client_id, instrument_id, schedule, starts_on, ends_on,
                                    window_days, reminders, results_hidden, status, version, created_by,
                                    created_at, updated_at)
   select practice_id, assignment_id, client_id, instrument_id,
          jsonb_build_object('kind', 'weekly', 'weekday', weekday), min(due_on), null, ${WINDOW_DAYS},
          true, false, 'active', 1, therapist_id, min(opens_at) - interval '1 day', min(opens_at) - interval '1 day'
     from bench_week group by practice_id, assignment_id, client_id, instrument_id, weekday, therapist_id`,
    withNow: false,
  },
  // Each distinct set of answers' items, parsed once: a year of weekly answers repeats a few hundred of them.
  {
    sql: `create temp table bench_items on commit drop as
   select w.instrument_id, w.ans,
          ('[' || concat_ws(',', ${positions(maxItems)
            .map((pos) => `i.fragments[${pos - 1} * (i.top + 1) + w.ans[${pos}] + 1]`)
            .join(', ')}) || ']')::jsonb as item
     from (select distinct instrument_id, ans from bench_week where answered) w
     join bench_instruments i using (instrument_id)`,
    withNow: false,
  },
  // The QuestionnaireResponse as toQuestionnaireResponse writes it (from its own item fragments), scored.
  {
    sql: `insert into measure_responses (practice_id, id, submission_id, client_id, occasion_id, instrument_id,
                                  instrument_version, questionnaire, response, total, band, prorated,
                                  critical_items, subscales, submitted_by, submitted_at)
   select w.practice_id, w.response_id, w.submission_id, w.client_id, w.occasion_id, w.instrument_id,
          i.version, i.canonical,
          i.base || jsonb_build_object(
            'authored', to_char(w.submitted_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
            'item', t.item),
          w.total,
          case ${positions(maxBands)
            .map(
              (b) =>
                `when w.total between i.band_mins[${b}] and i.band_maxs[${b}] then i.band_ids[${b}]`,
            )
            .join(' ')} end,
          false,
          case when w.ans[i.crit_pos] >= i.crit_at_least then array[i.crit_item] else '{}'::text[] end,
          '{}'::jsonb, w.client_id, w.submitted_at
     from bench_week w
     join bench_instruments i using (instrument_id)
     join bench_items t on t.instrument_id = w.instrument_id and t.ans = w.ans
    where w.answered`,
    withNow: false,
  },
  // The submission's idempotency key, its hash over the request as canonicalJson writes it.
  {
    sql: `insert into idempotency_keys (practice_id, actor_id, operation, submission_id, request_hash, created_at)
   select w.practice_id, w.client_id, 'measure.submit', w.submission_id,
          encode(sha256(convert_to(
            '{"answers":{'
            || concat_ws(',', ${positions(maxItems)
              .map(
                (n) =>
                  `'"' || i.item_ids[i.canonical_order[${n}]] || '":' || w.ans[i.canonical_order[${n}]]`,
              )
              .join(', ')})
            || '},"instrumentId":"' || w.instrument_id || '","occasionId":"' || w.occasion_id || '"}',
            'UTF8')), 'hex'),
          w.submitted_at
     from bench_week w join bench_instruments i using (instrument_id)
    where w.answered`,
    withNow: false,
  },
  // Every occasion: the answered ones completed (first opened a few minutes before), the rest closed or open.
  {
    sql: `insert into measure_occasions (practice_id, id, assignment_id, client_id, instrument_id, due_on, opens_at,
                                  closes_at, response_id, completed_at, opened_at)
   select practice_id, occasion_id, assignment_id, client_id, instrument_id, due_on, opens_at, closes_at,
          response_id, case when answered then submitted_at end,
          case when answered then submitted_at - interval '4 minutes' end
     from bench_week`,
    withNow: false,
  },
  // An alert for each positive critical answer: acknowledged within hours (escalated when that took
  // longer than the interval), resolved days later; the latest ones still new or acknowledged.
  {
    sql: `create temp table bench_alert on commit drop as
   with raised as (
     select w.practice_id, gen_random_uuid() as id, w.client_id, w.response_id, w.instrument_id, i.crit_item,
            w.ans[i.crit_pos] as answer_value, w.therapist_id, w.submitted_at as created_at,
            interval '1 hour' * (0.25 + 6 * ${unit(`'ack-' || w.response_id`)} ^ 2) as ack_after,
            interval '1 day' * (1 + 13 * ${unit(`'resolve-' || w.response_id`)}) as resolve_after
       from bench_week w join bench_instruments i using (instrument_id)
      where w.answered and w.ans[i.crit_pos] >= i.crit_at_least)
   select r.*,
          case when r.created_at + r.ack_after > $1::timestamptz then 'new'
               when r.created_at + r.ack_after + r.resolve_after > $1::timestamptz then 'acknowledged'
               else 'resolved' end as state,
          case when r.ack_after > interval '${ESCALATION_HOURS} hours'
                    and r.created_at + interval '${ESCALATION_HOURS} hours' <= $1::timestamptz
               then r.created_at + interval '${ESCALATION_HOURS} hours' end as escalated_at
     from raised r`,
    withNow: true,
  },
  {
    sql: `insert into alerts (practice_id, id, client_id, response_id, kind, instrument_id, item_id, answer_value, state,
                       created_at, acknowledged_by, acknowledged_at, resolved_by, resolved_at, resolution_note,
                       escalated_at)
   select practice_id, id, client_id, response_id, 'critical-item', instrument_id, crit_item, answer_value, state,
          created_at,
          case when state <> 'new' then therapist_id end,
          case when state <> 'new' then created_at + ack_after end,
          case when state = 'resolved' then therapist_id end,
          case when state = 'resolved' then created_at + ack_after + resolve_after end,
          case when state = 'resolved' then 'Followed up with the client; safety plan reviewed.' end,
          escalated_at
     from bench_alert`,
    withNow: false,
  },
  // Told: the care team's therapist at once; the fallback contact when the alert escalated.
  {
    sql: `insert into alert_recipients (practice_id, alert_id, staff_id, reason, delivery, notified_at, created_at)
   select practice_id, id, therapist_id, 'care-team', 'immediate', created_at, created_at
     from bench_alert
   union all
   select b.practice_id, b.id, p.alert_fallback_staff_id, 'fallback', 'immediate', b.escalated_at, b.escalated_at
     from bench_alert b join practices p on p.id = b.practice_id
    where b.escalated_at is not null`,
    withNow: false,
  },
];
