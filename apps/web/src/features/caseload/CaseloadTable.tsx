import type { ReactNode } from 'react';
import { formatDate } from '../../shared/format/format-date.ts';
import { statusLabel } from '../../shared/format/status-label.ts';
import { StackedTable, type StackedColumn } from '../../shared/ui/StackedTable.tsx';
import type { ClientSummary } from './caseload-api.ts';

interface CaseloadTableProps {
  clients: ClientSummary[];
  /** Id of the heading that names the table. */
  labelledBy: string;
  /** Supervisors see clients of several therapists. */
  showTherapists?: boolean;
  renderActions?: (client: ClientSummary) => ReactNode;
}

const email: StackedColumn<ClientSummary> = { header: 'Email', cell: (c) => c.email };
const status: StackedColumn<ClientSummary> = {
  header: 'Status',
  cell: (c) => <span className="badge">{statusLabel(c.status)}</span>,
};
const therapists: StackedColumn<ClientSummary> = {
  header: 'Therapist',
  cell: (c) => c.therapists.map((therapist) => therapist.displayName).join(', '),
};
const since: StackedColumn<ClientSummary> = {
  header: 'Since',
  cell: (c) => formatDate(c.joinedAt ?? c.invitedAt),
};

export function CaseloadTable({
  clients,
  labelledBy,
  showTherapists = false,
  renderActions,
}: CaseloadTableProps) {
  return (
    <StackedTable
      rows={clients}
      rowKey={(c) => c.id}
      labelledBy={labelledBy}
      rowHeader={{ header: 'Name', cell: (c) => c.displayName }}
      columns={showTherapists ? [email, status, therapists, since] : [email, status, since]}
      {...(renderActions ? { actions: renderActions } : {})}
    />
  );
}
