/** The homework set for one goal (the closed loop), as the goal's card and table show it. */
interface HomeworkLike {
  goalId: string | null;
  status: string;
}

export function homeworkOfGoal<H extends HomeworkLike>(
  homework: readonly H[],
  goalId: string,
): H[] {
  return homework.filter((h) => h.goalId === goalId && h.status !== 'cancelled');
}

/** "None yet", "1 set, not done yet", "3 set, 2 done". */
export function goalHomeworkSummary(homework: readonly HomeworkLike[], goalId: string): string {
  const mine = homeworkOfGoal(homework, goalId);
  if (mine.length === 0) return 'None yet';
  const done = mine.filter((h) => h.status === 'done').length;
  return `${mine.length} set, ${done === 0 ? 'not done yet' : `${done} done`}`;
}
