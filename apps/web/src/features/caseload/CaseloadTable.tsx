import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { statusLabel } from '../../shared/format/status-label.ts';
import { StackedTable, type StackedColumn } from '../../shared/ui/StackedTable.tsx';
import type { CaseloadRow } from './caseload-api.ts';
import { countText, measureLine } from './caseload-wording.ts';

interface CaseloadTableProps {
  clients: CaseloadRow[];
  /** Id of the heading that names the table. */
  labelledBy: string;
  /** Where a client's page is: /therapist/clients or /supervisor/clients. */
  clientPathBase: string;
  /** Supervisors see clients of several therapists. */
  showTherapists?: boolean;
  renderActions?: (client: CaseloadRow) => ReactNode;
}

const attention: StackedColumn<CaseloadRow> = {
  header: 'Needs attention',
  cell: (c) =>
    c.attention.reasons.length === 0 ? (
      '—'
    ) : (
      <ul className="cell-list">
        {c.attention.reasons.map((reason) => (
          <li key={reason}>
            <span className="flag flag--attention">{reason}</span>
          </li>
        ))}
      </ul>
    ),
};
const measures: StackedColumn<CaseloadRow> = {
  header: 'Measures',
  cell: (c) =>
    c.measures.length === 0 ? (
      'No scores yet'
    ) : (
      <ul className="cell-list">
        {c.measures.map((m) => (
          <li key={m.instrumentId}>{measureLine(m)}</li>
        ))}
      </ul>
    ),
};
const alerts: StackedColumn<CaseloadRow> = {
  header: 'Open alerts',
  cell: (c) => countText(c.openAlerts, 'open'),
};
const overdue: StackedColumn<CaseloadRow> = {
  header: 'Overdue',
  cell: (c) => countText(c.overdue, 'overdue'),
};
const status: StackedColumn<CaseloadRow> = {
  header: 'Status',
  cell: (c) => <span className="badge">{statusLabel(c.status)}</span>,
};
const therapists: StackedColumn<CaseloadRow> = {
  header: 'Therapist',
  cell: (c) => c.therapists.map((therapist) => therapist.displayName).join(', '),
};

/** The caseload in "needs attention" order, each flag with its reason beside it. */
export function CaseloadTable({
  clients,
  labelledBy,
  clientPathBase,
  showTherapists = false,
  renderActions,
}: CaseloadTableProps) {
  const columns = [attention, measures, alerts, overdue, status];
  return (
    <StackedTable
      rows={clients}
      rowKey={(c) => c.id}
      labelledBy={labelledBy}
      rowHeader={{
        header: 'Name',
        cell: (c) => <Link to={`${clientPathBase}/${c.id}`}>{c.displayName}</Link>,
      }}
      columns={showTherapists ? [...columns, therapists] : columns}
      {...(renderActions ? { actions: renderActions } : {})}
    />
  );
}
