import type { Assignment, AssignmentStatus, Schedule } from './measure-types.ts';
import { weekdayName } from './progress-wording.ts';

/** "Once", "Every 14 days", "Every week on Monday". */
export function scheduleText(schedule: Schedule): string {
  switch (schedule.kind) {
    case 'once':
      return 'Once';
    case 'every-n-days':
      return schedule.days === 1 ? 'Every day' : `Every ${schedule.days} days`;
    case 'weekly':
      return `Every week on ${weekdayName(schedule.weekday)}`;
  }
}

const statusLabels = {
  active: 'Active',
  paused: 'Paused',
  stopped: 'Stopped',
} as const satisfies Record<AssignmentStatus, string>;

export function assignmentStatusLabel(status: AssignmentStatus): string {
  return statusLabels[status];
}

/** The changes a therapist can make to an assignment in its current state. */
export type AssignmentAction = 'pause' | 'resume' | 'stop';

export function actionsFor(status: AssignmentStatus): AssignmentAction[] {
  switch (status) {
    case 'active':
      return ['pause', 'stop'];
    case 'paused':
      return ['resume', 'stop'];
    case 'stopped':
      return [];
  }
}

export const actionWording = {
  pause: {
    label: 'Pause',
    status: 'paused',
    title: (title: string) => `Pause ${title}?`,
    body: 'Nothing new is sent while it is paused. You can resume it at any time.',
    done: (title: string) => `${title} is paused.`,
  },
  resume: {
    label: 'Resume',
    status: 'active',
    title: (title: string) => `Resume ${title}?`,
    body: 'It is sent again on its schedule, starting with the next due date.',
    done: (title: string) => `${title} is active again.`,
  },
  stop: {
    label: 'Stop',
    status: 'stopped',
    title: (title: string) => `Stop ${title}?`,
    body: 'Nothing more is sent. Answers already given stay in the record. A stopped assignment cannot be restarted; assign the measure again instead.',
    done: (title: string) => `${title} is stopped.`,
  },
} as const satisfies Record<
  AssignmentAction,
  {
    label: string;
    status: AssignmentStatus;
    title: (title: string) => string;
    body: string;
    done: (title: string) => string;
  }
>;

const reminderStates = {
  pending: 'Reminder waiting to be sent',
  sent: 'Reminder sent',
  failed: 'Reminder could not be delivered',
  opened: 'Reminder opened',
} as const satisfies Record<NonNullable<Assignment['lastReminder']>['state'], string>;

/** The delivery of the last reminder, in a few words ("Reminder sent"), or why there is none. */
export function reminderText(assignment: Pick<Assignment, 'reminders' | 'lastReminder'>): string {
  if (!assignment.reminders) return 'Reminders off';
  if (assignment.lastReminder === null) return 'No reminder sent yet';
  return reminderStates[assignment.lastReminder.state];
}

export type RecentOccasion = Assignment['recent'][number];

const dayMonth = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});

/** "3 Nov" for a calendar date (YYYY-MM-DD): the date itself, whatever the reader's zone. */
export function shortDate(date: string): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? date : dayMonth.format(parsed);
}

/** What became of one occasion, by its due date: "Missed 27 Oct", "Left half done on 3 Nov". */
export function occasionText(occasion: Pick<RecentOccasion, 'dueOn' | 'state'>): string {
  const day = shortDate(occasion.dueOn);
  switch (occasion.state) {
    case 'done':
      return `Answered, due ${day}`;
    case 'open':
      return `Open now, due ${day}`;
    case 'upcoming':
      return `Coming up, due ${day}`;
    case 'missed':
      return `Missed ${day}`;
    case 'left-half-done':
      return `Left half done on ${day}`;
  }
}

const occasionReminders = {
  pending: 'reminder e-mail waiting to be sent',
  sent: 'reminder e-mail sent',
  failed: 'reminder e-mail could not be delivered',
  opened: 'opened in the app',
} as const satisfies Record<NonNullable<RecentOccasion['reminder']>['state'], string>;

/** The occasion with its reminder: "Missed 27 Oct; reminder e-mail sent". */
export function occasionLine(occasion: RecentOccasion): string {
  const text = occasionText(occasion);
  return occasion.reminder ? `${text}; ${occasionReminders[occasion.reminder.state]}` : text;
}
