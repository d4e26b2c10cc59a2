import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { localDate, occasionsBetween, type Schedule, type ScheduleRule } from '@tandem/core';
import { getInstrument, scoreResponse, type InstrumentDefinition } from '@tandem/instruments';
import type { DB } from '../../db/schema.ts';
import { raiseCriticalItemAlerts } from '../alerts/raise-alerts.ts';
import { insertAssignment } from '../measures/assignments.repo.ts';
import { scheduleNextOccasion } from '../measures/occasion-job.ts';
import { assignmentForJob } from '../measures/occasion-job.repo.ts';
import { refreshMeasureStatus } from '../measures/measure-status.repo.ts';
import { canonicalOf, toQuestionnaireResponse } from '../measures/questionnaire-response.ts';
import { insertResponse } from '../measures/responses.repo.ts';

/**
 * Months of sample history, so the caseload tells a story on first start:
 * one client improving, one not on track, and one whose latest PHQ-9 had a
 * positive item 9 two days ago, with its alert still open. Written straight
 * to the tables (it is sample data, not anyone's action), in the seeding
 * transaction.
 */
export interface DemoPeople {
  practiceId: string;
  therapistId: string;
  supervisorId: string;
  /** Alex, Jordan, Riley. */
  improving: string;
  notOnTrack: string;
  atRisk: string;
}

interface Story {
  clientId: string;
  /** Weekly totals, oldest first; the last is this week's. */
  phq9: readonly number[];
  gad7: readonly number[];
  /** Item 9 of the latest PHQ-9. */
  latestItem9: number;
}

const WEEK_MS = 7 * 24 * 3_600_000;

/** A calendar date `days` later (date arithmetic in UTC has no daylight-saving jumps). */
function addDays(date: string, days: number): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + days);
  return next.toISOString().slice(0, 10);
}

/** Item answers that add up to `total`, spread evenly (each item 0–3), with item 9 fixed. */
export function spreadTotal(
  definition: InstrumentDefinition,
  total: number,
  fixed: Record<string, number> = {},
): Record<string, number> {
  const scored = definition.items.filter((item) => item.scored && !(item.id in fixed));
  const answers: Record<string, number> = { ...fixed };
  let left = total - Object.values(fixed).reduce((sum, value) => sum + value, 0);
  scored.forEach((item, index) => {
    const share = Math.min(3, Math.max(0, Math.ceil(left / (scored.length - index))));
    answers[item.id] = share;
    left -= share;
  });
  for (const item of definition.items) if (!item.scored) answers[item.id] = 1;
  return answers;
}

async function seedMeasure(
  trx: Transaction<DB>,
  people: DemoPeople,
  clientId: string,
  definition: InstrumentDefinition,
  totals: readonly number[],
  latestItem9: number,
  now: Date,
  timeZone: string,
): Promise<void> {
  const weeks = totals.length;
  const firstAt = new Date(now.getTime() - (weeks - 1) * WEEK_MS - 2 * 24 * 3_600_000);
  const startsOn = localDate(firstAt, timeZone);
  const weekday = new Date(`${startsOn}T12:00:00Z`).getUTCDay() || 7;
  const schedule: Schedule = { kind: 'weekly', weekday };
  const assignmentId = randomUUID();
  await insertAssignment(
    trx,
    {
      id: assignmentId,
      practiceId: people.practiceId,
      clientId,
      instrumentId: definition.id,
      schedule,
      startsOn,
      endsOn: null,
      windowDays: 3,
      reminders: true,
      resultsHidden: false,
      createdBy: people.therapistId,
    },
    firstAt,
  );
  const rule: ScheduleRule = { schedule, startsOn, endsOn: null, windowDays: 3, timeZone };
  for (const [week, total] of totals.entries()) {
    const at = new Date(firstAt.getTime() + week * WEEK_MS + 10 * 3_600_000);
    const dueOn = addDays(startsOn, 7 * week);
    const [occasion] = occasionsBetween(rule, dueOn, dueOn);
    if (!occasion) throw new Error(`demo: no occasion on ${dueOn}`);
    const isLatest = week === weeks - 1;
    const fixed: Record<string, number> =
      definition.id === 'phq-9' ? { '9': isLatest ? latestItem9 : 0 } : {};
    const answers = spreadTotal(definition, total, fixed);
    const score = scoreResponse(definition, answers);
    const responseId = randomUUID();
    await insertResponse(
      trx,
      {
        id: responseId,
        practiceId: people.practiceId,
        submissionId: randomUUID(),
        clientId,
        occasionId: null,
        instrumentId: definition.id,
        instrumentVersion: definition.version,
        questionnaire: canonicalOf(definition),
        response: toQuestionnaireResponse(definition, answers, at),
        total: score.total,
        band: score.band?.id ?? null,
        prorated: score.prorated,
        critical: score.critical,
        subscales: score.subscales,
        submittedBy: clientId,
      },
      at,
    );
    await trx
      .insertInto('measure_occasions')
      .values({
        practice_id: people.practiceId,
        id: randomUUID(),
        assignment_id: assignmentId,
        client_id: clientId,
        instrument_id: definition.id,
        due_on: dueOn,
        opens_at: occasion.opensAt,
        closes_at: occasion.closesAt,
        draft: null,
        response_id: responseId,
        completed_at: at,
      })
      .onConflict((oc) => oc.doNothing())
      .execute();
    if (score.critical.length > 0) {
      await raiseCriticalItemAlerts(
        trx,
        {
          practiceId: people.practiceId,
          clientId,
          responseId,
          instrumentId: definition.id,
          answers: score.critical.map((itemId) => ({ itemId, value: answers[itemId] ?? 0 })),
        },
        at,
      );
    }
  }
  await refreshMeasureStatus(
    trx,
    { practiceId: people.practiceId, clientId, instrumentId: definition.id },
    now,
    { timeZone, notOnTrackRules: null },
  );
  await scheduleFromDemo(
    trx,
    people.practiceId,
    assignmentId,
    timeZone,
    addDays(startsOn, 7 * (weeks - 1)),
  );
}

export async function seedDemoHistory(
  trx: Transaction<DB>,
  people: DemoPeople,
  now: Date,
  timeZone: string,
): Promise<void> {
  const phq9 = getInstrument('phq-9');
  const gad7 = getInstrument('gad-7');
  if (!phq9 || !gad7) throw new Error('PHQ-9 and GAD-7 must be in the library');
  // The practice names its supervisor as the alert fallback, so risk measures can be assigned.
  await trx
    .updateTable('practices')
    .set({ alert_fallback_staff_id: people.supervisorId, time_zone: timeZone })
    .where('id', '=', people.practiceId)
    .execute();
  const stories: Story[] = [
    {
      clientId: people.improving,
      phq9: [18, 17, 17, 15, 14, 13, 12, 11, 10, 9, 8, 7, 7, 6, 6, 5],
      gad7: [15, 15, 14, 13, 12, 11, 10, 10, 9, 8, 7, 7, 6, 6, 5, 5],
      latestItem9: 0,
    },
    {
      clientId: people.notOnTrack,
      phq9: [16, 17, 16, 15, 16, 17, 16, 16, 15, 16, 17, 16],
      gad7: [13, 13, 14, 12, 13, 14, 13, 13, 12, 13, 14, 13],
      latestItem9: 0,
    },
    {
      clientId: people.atRisk,
      phq9: [14, 13, 13, 12, 12, 11, 14, 17],
      gad7: [11, 11, 10, 10, 9, 9, 11, 13],
      latestItem9: 2,
    },
  ];
  for (const story of stories) {
    await seedMeasure(
      trx,
      people,
      story.clientId,
      phq9,
      story.phq9,
      story.latestItem9,
      now,
      timeZone,
    );
    await seedMeasure(trx, people, story.clientId, gad7, story.gad7, 0, now, timeZone);
  }
  // Something to do today: the improving client is asked for a PCL-5 once.
  const pcl5 = randomUUID();
  await insertAssignment(
    trx,
    {
      id: pcl5,
      practiceId: people.practiceId,
      clientId: people.improving,
      instrumentId: 'pcl-5',
      schedule: { kind: 'once' },
      startsOn: localDate(now, timeZone),
      endsOn: null,
      windowDays: 7,
      reminders: true,
      resultsHidden: false,
      createdBy: people.therapistId,
    },
    now,
  );
  await scheduleFromDemo(trx, people.practiceId, pcl5, timeZone, null);
}

/** The job for the assignment's next occasion, as an assignment made in the app gets. */
async function scheduleFromDemo(
  trx: Transaction<DB>,
  practiceId: string,
  assignmentId: string,
  timeZone: string,
  afterDate: string | null,
): Promise<void> {
  const assignment = await assignmentForJob(trx, practiceId, assignmentId);
  if (assignment) await scheduleNextOccasion(trx, practiceId, assignment, timeZone, afterDate);
}

/** A time zone for the demo practice's country (the largest city's), else UTC. */
export function demoTimeZone(country: string): string {
  const zones: Record<string, string> = {
    US: 'America/New_York',
    CA: 'America/Toronto',
    GB: 'Europe/London',
    IE: 'Europe/Dublin',
    AU: 'Australia/Sydney',
    NZ: 'Pacific/Auckland',
    DE: 'Europe/Berlin',
    FR: 'Europe/Paris',
    NL: 'Europe/Amsterdam',
    ES: 'Europe/Madrid',
    IT: 'Europe/Rome',
    IN: 'Asia/Kolkata',
    JP: 'Asia/Tokyo',
    BR: 'America/Sao_Paulo',
  };
  return zones[country] ?? 'UTC';
}
