import { roleLabel, statusLabel } from '../../shared/format/status-label.ts';
import { Button } from '../../shared/ui/Button.tsx';
import { StackedTable } from '../../shared/ui/StackedTable.tsx';
import { VisuallyHidden } from '../../shared/ui/VisuallyHidden.tsx';
import type { StaffUser, UserStatusChange } from './admin-users-api.ts';
import { supervisorNames } from './supervisor-names.ts';

interface StaffTableProps {
  users: StaffUser[];
  labelledBy: string;
  /** The admin looking at the table; they cannot deactivate themselves here. */
  currentUserId: string;
  onChangeStatus: (user: StaffUser, change: UserStatusChange) => void;
  onEditSupervisors: (therapist: StaffUser) => void;
}

export function StaffTable({
  users,
  labelledBy,
  currentUserId,
  onChangeStatus,
  onEditSupervisors,
}: StaffTableProps) {
  return (
    <StackedTable
      rows={users}
      rowKey={(user) => user.id}
      labelledBy={labelledBy}
      rowHeader={{ header: 'Name', cell: (user) => user.displayName }}
      columns={[
        { header: 'Email', cell: (user) => user.email },
        { header: 'Role', cell: (user) => roleLabel(user.role) },
        {
          header: 'Status',
          cell: (user) => <span className="badge">{statusLabel(user.status)}</span>,
        },
        {
          // Only therapists have supervisors.
          header: 'Supervisors',
          cell: (user) => (user.role === 'therapist' ? supervisorNames(user, users) : '—'),
          notApplicable: (user) => user.role !== 'therapist',
        },
      ]}
      actions={(user) => (
        <>
          {user.role === 'therapist' && (
            <Button
              variant="secondary"
              className="button--small"
              onClick={() => onEditSupervisors(user)}
            >
              Change supervisors<VisuallyHidden> of {user.displayName}</VisuallyHidden>
            </Button>
          )}
          {user.id !== currentUserId && (
            <Button
              variant="secondary"
              className="button--small"
              onClick={() =>
                onChangeStatus(user, user.status === 'deactivated' ? 'reactivate' : 'deactivate')
              }
            >
              {user.status === 'deactivated' ? 'Reactivate' : 'Deactivate'}
              <VisuallyHidden> {user.displayName}</VisuallyHidden>
            </Button>
          )}
        </>
      )}
    />
  );
}
