import { useEffect, useRef, useState } from 'react';
import { Button } from '../../shared/ui/Button.tsx';
import { PageTitle } from '../../shared/ui/PageTitle.tsx';
import { StatusMessage } from '../../shared/ui/StatusMessage.tsx';
import { useMailDelivery } from '../auth/session-queries.ts';
import { CaseloadSection } from './CaseloadSection.tsx';
import { ClientStatusDialog } from './ClientStatusDialog.tsx';
import type { PendingStatusChange } from './ClientStatusDialog.tsx';
import { InviteClientDialog } from './InviteClientDialog.tsx';
import { StarterSetDialog } from './StarterSetDialog.tsx';
import type { CaseloadQuery } from './caseload-api.ts';
import { clientStatusWording } from './client-status-wording.ts';
import { invitedNotice, resentNotice } from './invitation-notices.ts';

/**
 * The therapist's caseload: their care-team clients in "needs attention"
 * order, with invite, archive and the starter set of measures.
 */
export function TherapistHomePage() {
  const [query, setQuery] = useState<CaseloadQuery>({
    status: 'active',
    filter: 'all',
    search: '',
  });
  const [assigningStarterSet, setAssigningStarterSet] = useState(false);
  const [notice, setNotice] = useState('');
  const [inviting, setInviting] = useState(false);
  const [pendingChange, setPendingChange] = useState<PendingStatusChange | null>(null);
  const caseloadHeading = useRef<HTMLHeadingElement>(null);
  const focusCaseloadHeading = useRef(false);
  const mailDelivery = useMailDelivery();

  // Runs after the dialog's own effect has closed it (child effects run first),
  // so the focus lands here rather than on the removed row's button.
  useEffect(() => {
    if (!focusCaseloadHeading.current) return;
    focusCaseloadHeading.current = false;
    caseloadHeading.current?.focus();
  });

  function handleStatusChanged(done: PendingStatusChange) {
    setPendingChange(null);
    setNotice(clientStatusWording[done.change].done(done.client.displayName));
    focusCaseloadHeading.current = true;
  }

  return (
    <>
      <div className="page-heading">
        <PageTitle>Your clients</PageTitle>
        <div className="button-row">
          <Button onClick={() => setInviting(true)}>Invite a client</Button>
          <Button variant="secondary" onClick={() => setAssigningStarterSet(true)}>
            Assign starter set
          </Button>
        </div>
      </div>
      <StatusMessage>{notice}</StatusMessage>
      <CaseloadSection
        query={query}
        onQueryChange={setQuery}
        headingRef={caseloadHeading}
        onResent={(client) => setNotice(resentNotice(client, mailDelivery))}
        onChangeStatus={(client, change) => setPendingChange({ client, change })}
      />
      <InviteClientDialog
        open={inviting}
        mailDelivery={mailDelivery}
        onClose={() => setInviting(false)}
        onInvited={(client) => {
          setInviting(false);
          // The new client is listed as Invited, which only the Active list shows.
          setQuery((current) => ({ ...current, status: 'active' }));
          setNotice(invitedNotice(client, mailDelivery));
        }}
      />
      <StarterSetDialog
        open={assigningStarterSet}
        onClose={() => setAssigningStarterSet(false)}
        onAssigned={(text) => {
          setAssigningStarterSet(false);
          setNotice(text);
        }}
      />
      <ClientStatusDialog
        pending={pendingChange}
        onClose={() => setPendingChange(null)}
        onDone={handleStatusChanged}
      />
    </>
  );
}
