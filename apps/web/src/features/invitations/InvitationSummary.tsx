import type { InvitationDetails } from './invitation-api.ts';

/** Who is invited, and by whom. It reads the same whether or not the address uses Tandem already. */
export function InvitationSummary({ invitation }: { invitation: InvitationDetails }) {
  return (
    <>
      <p className="lead">
        Hello {invitation.displayName}. {invitation.practiceName} has invited you to join them on
        Tandem.
      </p>
      <dl className="definition-list">
        <dt>Practice</dt>
        <dd>{invitation.practiceName}</dd>
        <dt>Email</dt>
        <dd>{invitation.email}</dd>
      </dl>
    </>
  );
}
