import { roleLabel, statusLabel } from '../../shared/format/status-label.ts';
import { Button } from '../../shared/ui/Button.tsx';
import { TableRegion } from '../../shared/ui/TableRegion.tsx';
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
    <TableRegion labelledBy={labelledBy}>
      <table className="table" aria-labelledby={labelledBy}>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">Supervisors</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id}>
              <th scope="row">{user.displayName}</th>
              <td>{user.email}</td>
              <td>{roleLabel(user.role)}</td>
              <td>
                <span className="badge">{statusLabel(user.status)}</span>
              </td>
              <td>{user.role === 'therapist' ? supervisorNames(user, users) : '—'}</td>
              <td>
                <div className="table__actions">
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
                        onChangeStatus(
                          user,
                          user.status === 'deactivated' ? 'reactivate' : 'deactivate',
                        )
                      }
                    >
                      {user.status === 'deactivated' ? 'Reactivate' : 'Deactivate'}
                      <VisuallyHidden> {user.displayName}</VisuallyHidden>
                    </Button>
                  )}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
