import { useId, useState } from 'react';
import { LoadingState } from '../../shared/ui/LoadingState.tsx';
import { PageTitle } from '../../shared/ui/PageTitle.tsx';
import { QueryError } from '../../shared/ui/QueryError.tsx';
import { StatusMessage } from '../../shared/ui/StatusMessage.tsx';
import { useSignedInUser } from '../auth/use-signed-in-user.ts';
import { useStaffUsers } from './admin-users-api.ts';
import type { StaffUser } from './admin-users-api.ts';
import { CreateStaffUserForm } from './CreateStaffUserForm.tsx';
import { StaffTable } from './StaffTable.tsx';
import { SupervisorsDialog } from './SupervisorsDialog.tsx';
import { UserStatusDialog } from './UserStatusDialog.tsx';
import type { PendingUserStatusChange } from './UserStatusDialog.tsx';

const doneMessages = {
  deactivate: (name: string) => `${name} is deactivated.`,
  reactivate: (name: string) => `${name} is active again.`,
};

/** Staff accounts of the practice. Admins see no clinical content here. */
export function AdminUsersPage() {
  const me = useSignedInUser();
  const staff = useStaffUsers();
  const [notice, setNotice] = useState('');
  const [pendingStatus, setPendingStatus] = useState<PendingUserStatusChange | null>(null);
  const [editingSupervisorsOf, setEditingSupervisorsOf] = useState<StaffUser | null>(null);
  const staffHeadingId = useId();
  const createHeadingId = useId();

  return (
    <>
      <PageTitle>Staff</PageTitle>
      <StatusMessage>{notice}</StatusMessage>
      <section>
        <h2 id={staffHeadingId}>Staff members</h2>
        {staff.isPending && <LoadingState />}
        {staff.isError && <QueryError error={staff.error} onRetry={() => void staff.refetch()} />}
        {staff.data && (
          <StaffTable
            users={staff.data.users}
            labelledBy={staffHeadingId}
            currentUserId={me.id}
            onChangeStatus={(user, change) => setPendingStatus({ user, change })}
            onEditSupervisors={setEditingSupervisorsOf}
          />
        )}
      </section>
      <section className="section card" aria-labelledby={createHeadingId}>
        <h2 id={createHeadingId}>Add a staff member</h2>
        <CreateStaffUserForm
          onCreated={(user) =>
            setNotice(
              `${user.displayName} is added. An invitation to ${user.email} lets them set a password.`,
            )
          }
        />
      </section>
      <UserStatusDialog
        pending={pendingStatus}
        onClose={() => setPendingStatus(null)}
        onDone={(done) => {
          setPendingStatus(null);
          setNotice(doneMessages[done.change](done.user.displayName));
        }}
      />
      <SupervisorsDialog
        therapist={editingSupervisorsOf}
        staff={staff.data?.users ?? []}
        onClose={() => setEditingSupervisorsOf(null)}
        onSaved={(therapist) => {
          setEditingSupervisorsOf(null);
          setNotice(`Supervisors of ${therapist.displayName} are saved.`);
        }}
      />
    </>
  );
}
