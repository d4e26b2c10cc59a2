import type { ReactNode } from 'react';
import { formatDate } from '../../shared/format/format-date.ts';
import { statusLabel } from '../../shared/format/status-label.ts';
import { TableRegion } from '../../shared/ui/TableRegion.tsx';
import type { ClientSummary } from './caseload-api.ts';

interface CaseloadTableProps {
  clients: ClientSummary[];
  /** Id of the heading that names the table. */
  labelledBy: string;
  /** Supervisors see clients of several therapists. */
  showTherapists?: boolean;
  renderActions?: (client: ClientSummary) => ReactNode;
}

/**
 * The explicit table roles keep the table a table for screen readers where
 * the narrow layout turns rows into cards (some browsers drop table semantics
 * when CSS changes `display`).
 */
export function CaseloadTable({
  clients,
  labelledBy,
  showTherapists = false,
  renderActions,
}: CaseloadTableProps) {
  return (
    <TableRegion labelledBy={labelledBy}>
      <table className="table table--stack" role="table" aria-labelledby={labelledBy}>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">
              Name
            </th>
            <th scope="col" role="columnheader">
              Email
            </th>
            <th scope="col" role="columnheader">
              Status
            </th>
            {showTherapists && (
              <th scope="col" role="columnheader">
                Therapist
              </th>
            )}
            <th scope="col" role="columnheader">
              Since
            </th>
            {renderActions && (
              <th scope="col" role="columnheader">
                Actions
              </th>
            )}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {clients.map((client) => (
            <tr key={client.id} role="row">
              <th scope="row" role="rowheader">
                {client.displayName}
              </th>
              <td role="cell" data-label="Email">
                {client.email}
              </td>
              <td role="cell" data-label="Status">
                <span className="badge">{statusLabel(client.status)}</span>
              </td>
              {showTherapists && (
                <td role="cell" data-label="Therapist">
                  {client.therapists.map((therapist) => therapist.displayName).join(', ')}
                </td>
              )}
              <td role="cell" data-label="Since">
                {formatDate(client.joinedAt ?? client.invitedAt)}
              </td>
              {renderActions && (
                <td role="cell" className="table__actions-cell">
                  <div className="table__actions">{renderActions(client)}</div>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
