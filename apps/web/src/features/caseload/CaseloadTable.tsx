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

export function CaseloadTable({
  clients,
  labelledBy,
  showTherapists = false,
  renderActions,
}: CaseloadTableProps) {
  return (
    <TableRegion labelledBy={labelledBy}>
      <table className="table" aria-labelledby={labelledBy}>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Status</th>
            {showTherapists && <th scope="col">Therapist</th>}
            <th scope="col">Since</th>
            {renderActions && <th scope="col">Actions</th>}
          </tr>
        </thead>
        <tbody>
          {clients.map((client) => (
            <tr key={client.id}>
              <th scope="row">{client.displayName}</th>
              <td>{client.email}</td>
              <td>
                <span className="badge">{statusLabel(client.status)}</span>
              </td>
              {showTherapists && (
                <td>{client.therapists.map((therapist) => therapist.displayName).join(', ')}</td>
              )}
              <td>{formatDate(client.joinedAt ?? client.invitedAt)}</td>
              {renderActions && (
                <td>
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
