import { useId, useState } from 'react';
import { Link } from 'react-router';
import { Button } from '../../shared/ui/Button.tsx';
import { LoadingState } from '../../shared/ui/LoadingState.tsx';
import { PageTitle } from '../../shared/ui/PageTitle.tsx';
import { QueryError } from '../../shared/ui/QueryError.tsx';
import { StatusMessage } from '../../shared/ui/StatusMessage.tsx';
import { MailSetupNotice } from '../admin-outbox/MailSetupNotice.tsx';
import { OutboxSummary } from '../admin-outbox/OutboxSummary.tsx';
import { useMailDelivery } from '../auth/session-queries.ts';
import { useSignedInUser } from '../auth/use-signed-in-user.ts';
import { useStaffUsers } from './admin-users-api.ts';
import type { StaffUser } from './admin-users-api.ts';
import { AddStaffDialog } from './AddStaffDialog.tsx';
import { StaffTable } from './StaffTable.tsx';
import { SupervisorsDialog } from './SupervisorsDialog.tsx';
import { UserStatusDialog } from './UserStatusDialog.tsx';
import { staffAddedNotice } from './staff-invitation-wording.ts';
import type { StaffAddedNotice } from './staff-invitation-wording.ts';
import type { PendingUserStatusChange } from './UserStatusDialog.tsx';

/** The admin's start page: staff accounts and the outbox. Admins see no clinical content here. */
export function AdminUsersPage() {
  const me = useSignedInUser();
  const staff = useStaffUsers();
  const mailDelivery = useMailDelivery();
  const [notice, setNotice] = useState<StaffAddedNotice>({ text: '', linkToOutbox: false });
  const showNotice = (text: string) => setNotice({ text, linkToOutbox: false });
  const [adding, setAdding] = useState(false);
  const [pendingStatus, setPendingStatus] = useState<PendingUserStatusChange | null>(null);
  const [editingSupervisorsOf, setEditingSupervisorsOf] = useState<StaffUser | null>(null);
  const staffHeadingId = useId();

  return (
    <>
      <div className="page-heading">
        <PageTitle>Staff</PageTitle>
        <Button onClick={() => setAdding(true)}>Add a staff member</Button>
      </div>
      <StatusMessage>
        {notice.text}
        {notice.linkToOutbox && (
          <>
            {' '}
            <Link to="/admin/outbox">Open the outbox</Link>
          </>
        )}
      </StatusMessage>
      <MailSetupNotice />
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
      <OutboxSummary />
      <AddStaffDialog
        open={adding}
        mailDelivery={mailDelivery}
        onClose={() => setAdding(false)}
        onCreated={(user) => {
          setAdding(false);
          setNotice(staffAddedNotice(user, mailDelivery));
        }}
      />
      <UserStatusDialog
        pending={pendingStatus}
        onClose={() => setPendingStatus(null)}
        onDone={(message) => {
          setPendingStatus(null);
          showNotice(message);
        }}
      />
      <SupervisorsDialog
        therapist={editingSupervisorsOf}
        staff={staff.data?.users ?? []}
        onClose={() => setEditingSupervisorsOf(null)}
        onSaved={(therapist) => {
          setEditingSupervisorsOf(null);
          showNotice(`Supervisors of ${therapist.displayName} are saved.`);
        }}
      />
    </>
  );
}
