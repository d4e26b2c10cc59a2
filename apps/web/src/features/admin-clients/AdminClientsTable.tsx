import { formatDate } from '../../shared/format/format-date.ts';
import { statusLabel } from '../../shared/format/status-label.ts';
import { Button } from '../../shared/ui/Button.tsx';
import { StackedTable } from '../../shared/ui/StackedTable.tsx';
import { VisuallyHidden } from '../../shared/ui/VisuallyHidden.tsx';
import { careTeamNames } from './admin-clients-api.ts';
import type { AdminClient } from './admin-clients-api.ts';

interface AdminClientsTableProps {
  clients: AdminClient[];
  labelledBy: string;
  onChangeCareTeam: (client: AdminClient) => void;
}

export function AdminClientsTable({
  clients,
  labelledBy,
  onChangeCareTeam,
}: AdminClientsTableProps) {
  return (
    <StackedTable
      rows={clients}
      rowKey={(client) => client.id}
      labelledBy={labelledBy}
      rowHeader={{ header: 'Name', cell: (client) => client.displayName }}
      columns={[
        { header: 'Email', cell: (client) => client.email },
        {
          header: 'Status',
          cell: (client) => <span className="badge">{statusLabel(client.status)}</span>,
        },
        { header: 'Care team', cell: (client) => careTeamNames(client) || 'Nobody' },
        { header: 'Since', cell: (client) => formatDate(client.joinedAt ?? client.invitedAt) },
      ]}
      actions={(client) => (
        <Button
          variant="secondary"
          className="button--small"
          onClick={() => onChangeCareTeam(client)}
        >
          Change care team<VisuallyHidden> of {client.displayName}</VisuallyHidden>
        </Button>
      )}
    />
  );
}
