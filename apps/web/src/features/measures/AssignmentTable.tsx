import type { ReactNode } from 'react';
import { formatDate, formatDateTime } from '../../shared/format/format-date.ts';
import { StackedTable } from '../../shared/ui/StackedTable.tsx';
import type { StackedColumn } from '../../shared/ui/StackedTable.tsx';
import {
  assignmentStatusLabel,
  occasionLine,
  reminderText,
  scheduleText,
} from './assignment-wording.ts';
import type { Assignment } from './measure-types.ts';

function period(a: Assignment): string {
  if (a.schedule.kind === 'once') return formatDate(a.startsOn);
  return a.endsOn
    ? `${formatDate(a.startsOn)} to ${formatDate(a.endsOn)}`
    : `From ${formatDate(a.startsOn)}`;
}

function reminder(a: Assignment): string {
  const text = reminderText(a);
  return a.reminders && a.lastReminder ? `${text}, ${formatDateTime(a.lastReminder.at)}` : text;
}

const columns: StackedColumn<Assignment>[] = [
  { header: 'Schedule', cell: (a) => `${scheduleText(a.schedule)}; open ${a.windowDays} days` },
  { header: 'Dates', cell: period },
  { header: 'Next due', cell: (a) => (a.nextDueOn ? formatDate(a.nextDueOn) : '—') },
  {
    header: 'Status',
    cell: (a) => <span className="badge">{assignmentStatusLabel(a.status)}</span>,
  },
  { header: 'Reminders', cell: reminder },
  { header: 'Results for client', cell: (a) => (a.resultsHidden ? 'Hidden' : 'Shown') },
  { header: 'Recent occasions', cell: recentOccasions },
];

/** The latest occasions, newest first, each in words (never a colour alone). */
function recentOccasions(a: Assignment): ReactNode {
  const shown = a.recent.filter((occasion) => occasion.state !== 'upcoming');
  if (shown.length === 0) return 'None yet';
  return (
    <ul className="occasion-list">
      {shown.map((occasion) => (
        <li key={occasion.dueOn}>{occasionLine(occasion)}</li>
      ))}
    </ul>
  );
}

interface AssignmentTableProps {
  assignments: readonly Assignment[];
  labelledBy: string;
  actions?: (assignment: Assignment) => ReactNode;
}

export function AssignmentTable({ assignments, labelledBy, actions }: AssignmentTableProps) {
  return (
    <StackedTable
      rows={assignments}
      rowKey={(a) => a.id}
      labelledBy={labelledBy}
      rowHeader={{ header: 'Measure', cell: (a) => a.shortTitle }}
      columns={columns}
      {...(actions ? { actions } : {})}
    />
  );
}
