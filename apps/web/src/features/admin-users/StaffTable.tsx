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
      {/* Explicit roles: see CaseloadTable. */}
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
              Role
            </th>
            <th scope="col" role="columnheader">
              Status
            </th>
            <th scope="col" role="columnheader">
              Supervisors
            </th>
            <th scope="col" role="columnheader">
              Actions
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {users.map((user) => (
            <tr key={user.id} role="row">
              <th scope="row" role="rowheader">
                {user.displayName}
              </th>
              <td role="cell" data-label="Email">
                {user.email}
              </td>
              <td role="cell" data-label="Role">
                {roleLabel(user.role)}
              </td>
              <td role="cell" data-label="Status">
                <span className="badge">{statusLabel(user.status)}</span>
              </td>
              {/* Only therapists have supervisors; the card layout leaves the cell out for others. */}
              <td
                role="cell"
                data-label="Supervisors"
                className={user.role === 'therapist' ? undefined : 'table__cell--not-applicable'}
              >
                {user.role === 'therapist' ? supervisorNames(user, users) : '—'}
              </td>
              <td role="cell" className="table__actions-cell">
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
