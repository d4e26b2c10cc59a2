import type { InvitationDetails } from './invitation-api.ts';

export function InvitationSummary({ invitation }: { invitation: InvitationDetails }) {
  return (
    <>
      {invitation.existingAccount ? (
        <>
          <p className="lead">
            Hello {invitation.displayName}. {invitation.practiceName} has invited you to join them
            on Tandem.
          </p>
          <p>
            You already have a Tandem account for {invitation.email}. Enter the password you use on
            Tandem to join {invitation.practiceName}.
          </p>
        </>
      ) : (
        <p className="lead">
          Hello {invitation.displayName}. {invitation.practiceName} has invited you to Tandem.
          Choose a password to finish setting up your account.
        </p>
      )}
      <dl className="definition-list">
        <dt>Practice</dt>
        <dd>{invitation.practiceName}</dd>
        <dt>Email</dt>
        <dd>{invitation.email}</dd>
      </dl>
    </>
  );
}
