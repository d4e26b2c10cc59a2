import { localDate, occasionsBetween } from '@tandem/core';
import { getInstrument } from '@tandem/instruments';
import type { AssignmentRow } from './assignments.repo.ts';
import { ruleOf, type OccasionHistory } from './occasions.repo.ts';

export interface AssignmentView extends AssignmentRow {
  title: string;
  shortTitle: string;
  /** The next due date from today on (client's zone), or null when none is coming. */
  nextDueOn: string | null;
  lastReminder: OccasionHistory['reminder'];
  /** The latest occasions, newest first: answered, open, missed or left half done, and their reminder. */
  recent: Pick<OccasionHistory, 'dueOn' | 'state' | 'reminder'>[];
}

/** An assignment as people see it: with the measure's name and when it is next due. */
export function viewOf(
  assignment: AssignmentRow,
  timeZone: string,
  now: Date,
  history: readonly OccasionHistory[] = [],
  /** Names of practice instruments (`practice:<id>`), which the library does not know. */
  names: ReadonlyMap<string, { title: string; shortTitle: string }> = new Map(),
): AssignmentView {
  const mine = history.filter((occasion) => occasion.assignmentId === assignment.id);
  const definition = getInstrument(assignment.instrumentId);
  const named = names.get(assignment.instrumentId);
  const today = localDate(now, timeZone);
  const [next] =
    assignment.status === 'active'
      ? occasionsBetween(ruleOf(assignment, timeZone), today, '9999-12-31', 1)
      : [];
  return {
    ...assignment,
    title: definition?.title ?? named?.title ?? assignment.instrumentId,
    shortTitle: definition?.shortTitle ?? named?.shortTitle ?? assignment.instrumentId,
    nextDueOn: next?.dueOn ?? null,
    lastReminder: mine.find((occasion) => occasion.reminder !== null)?.reminder ?? null,
    recent: mine.map((occasion) => ({
      dueOn: occasion.dueOn,
      state: occasion.state,
      reminder: occasion.reminder,
    })),
  };
}
