/** What the care team reads first on a client's page: the last week in one or two sentences. Pure. */
export interface TimelineSummary {
  since: string;
  /** The latest recorded session (YYYY-MM-DD); null: the summary covers the last 7 days. */
  lastSessionOn: string | null;
  checkIns: { count: number; moodAverage: number | null; previousMoodAverage: number | null };
  sharedJournalEntries: number;
  sharedWorksheets?: number;
  sharedSkillPractices?: number;
  sharedExposurePractices?: number;
  homework?: { done: number; notDone: number; helpfulnessAverage: number | null };
  planChanges: { kind: 'safety-plan' | 'coping-plan'; version: number; at: string }[];
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** A calendar date as people say it ("3 Dec 2026"), without moving it across time zones. */
export function sessionDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1)),
  );
}

export function summarySentence(summary: TimelineSummary): string {
  const parts: string[] = [];
  const { count, moodAverage, previousMoodAverage } = summary.checkIns;
  if (count > 0) {
    let mood = `${plural(count, 'check-in', 'check-ins')}`;
    if (moodAverage !== null) {
      mood += `, mood ${moodAverage.toFixed(1)} on average`;
      if (previousMoodAverage !== null)
        mood += ` (the week before: ${previousMoodAverage.toFixed(1)})`;
    }
    parts.push(mood);
  }
  if (summary.sharedJournalEntries > 0) {
    parts.push(plural(summary.sharedJournalEntries, 'journal entry', 'journal entries'));
  }
  if ((summary.sharedWorksheets ?? 0) > 0) {
    parts.push(plural(summary.sharedWorksheets ?? 0, 'worksheet', 'worksheets'));
  }
  if ((summary.sharedSkillPractices ?? 0) > 0) {
    parts.push(plural(summary.sharedSkillPractices ?? 0, 'skill practice', 'skill practices'));
  }
  if ((summary.sharedExposurePractices ?? 0) > 0) {
    parts.push(
      plural(summary.sharedExposurePractices ?? 0, 'exposure practice', 'exposure practices'),
    );
  }
  const homework = summary.homework;
  if (homework && homework.done + homework.notDone > 0) {
    let text = `homework: ${homework.done} done`;
    if (homework.helpfulnessAverage !== null)
      text += ` (helpful ${homework.helpfulnessAverage.toFixed(1)} of 5 on average)`;
    if (homework.notDone > 0) text += `, ${homework.notDone} not done`;
    parts.push(text);
  }
  const plans = new Set(summary.planChanges.map((change) => change.kind));
  if (plans.has('safety-plan')) parts.push('safety plan updated');
  if (plans.has('coping-plan')) parts.push('coping plan updated');
  if (summary.lastSessionOn === null) {
    return parts.length === 0
      ? 'Nothing shared in the last 7 days.'
      : `Last 7 days: ${parts.join('; ')}.`;
  }
  const since = `the session on ${sessionDate(summary.lastSessionOn)}`;
  return parts.length === 0
    ? `Nothing shared since ${since}.`
    : `Since ${since}: ${parts.join('; ')}.`;
}
