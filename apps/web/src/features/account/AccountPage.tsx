import { useId } from 'react';
import { roleLabel } from '../../shared/format/status-label.ts';
import { PageTitle } from '../../shared/ui/PageTitle.tsx';
import { useSignedInUser } from '../auth/use-signed-in-user.ts';
import { ChangePasswordForm } from './ChangePasswordForm.tsx';
import { SignOutOptions } from './SignOutOptions.tsx';

export function AccountPage() {
  const user = useSignedInUser();
  const passwordHeadingId = useId();
  const signOutHeadingId = useId();
  return (
    <>
      <PageTitle>Your account</PageTitle>
      <dl className="definition-list">
        <dt>Name</dt>
        <dd>{user.displayName}</dd>
        <dt>Email</dt>
        <dd>{user.email}</dd>
        <dt>Practice</dt>
        <dd>{user.practiceName}</dd>
        {user.role !== 'client' && (
          <>
            <dt>Role</dt>
            <dd>{roleLabel(user.role)}</dd>
          </>
        )}
      </dl>
      <section className="section card" aria-labelledby={passwordHeadingId}>
        <h2 id={passwordHeadingId}>Change your password</h2>
        {user.practices.length > 1 && (
          <p>You use one password for all your practices on Tandem. A new one works in each.</p>
        )}
        <ChangePasswordForm />
      </section>
      <section className="section card" aria-labelledby={signOutHeadingId}>
        <h2 id={signOutHeadingId}>Your devices</h2>
        <SignOutOptions />
      </section>
    </>
  );
}
