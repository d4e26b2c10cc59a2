import { AppError } from '@tandem/core';
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ClientScope } from '../access/require-access.ts';
import { checkAssignable, storeAssignment } from '../measures/assignments.service.ts';
import { assignmentOfClient, updateAssignment } from '../measures/assignments.repo.ts';

const DAY_MS = 86_400_000;
/** The measures module's longest window (measure_assignments.window_days, 1–14). */
const MAX_WINDOW_DAYS = 14;

const dayNumber = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
const dateOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/**
 * When the questionnaire of a measure set as homework is open: from the
 * client's today (or, for a far due date, the last two weeks before it) until
 * the end of the due date.
 */
export function measureWindow(
  dueOn: string,
  today: string,
): { startsOn: string; windowDays: number } {
  const start = Math.max(dayNumber(today), dayNumber(dueOn) - (MAX_WINDOW_DAYS - 1));
  return { startsOn: dateOf(start), windowDays: dayNumber(dueOn) - start + 1 };
}

/**
 * A measure set as homework is also a measure assignment under the same id,
 * made by the measures module in the caller's transaction: the practice must
 * be allowed to assign it (licence, alert fallback contact), and it then shows
 * in the client's To do like any questionnaire.
 */
export async function assignMeasureHomework(
  trx: Transaction<DB>,
  scope: ClientScope<'client.measures.assign'>,
  homework: { id: string; instrumentId: string; dueOn: string; today: string },
  now: Date,
): Promise<void> {
  await checkAssignable(trx, scope.practiceId, homework.instrumentId, 'tool.key');
  const stored = await storeAssignment(
    trx,
    scope,
    {
      id: homework.id,
      instrumentId: homework.instrumentId,
      schedule: { kind: 'once' },
      ...measureWindow(homework.dueOn, homework.today),
      endsOn: null,
      reminders: true,
      resultsHidden: false,
    },
    now,
  );
  if (!stored) throw new AppError('SUBMISSION_ID_REUSED', { path: 'id' });
}

/** Cancelled homework stops its measure assignment, so the questionnaire leaves the To do. */
export async function stopMeasureHomework(
  trx: Transaction<DB>,
  scope: ClientScope<'client.measures.assign'>,
  id: string,
  now: Date,
): Promise<void> {
  const assignment = await assignmentOfClient(trx, scope, id);
  if (!assignment || assignment.status === 'stopped') return;
  await updateAssignment(trx, scope, id, assignment.version, { status: 'stopped' }, now);
}
