import { useSignOut } from '../features/auth/auth-mutations.ts';
import { Button } from '../shared/ui/Button.tsx';

export function SignOutButton() {
  const signOut = useSignOut('here');
  return (
    <>
      <Button
        variant="secondary"
        className="button--small"
        busy={signOut.isPending}
        busyLabel="Signing out…"
        onClick={() => signOut.mutate()}
      >
        Sign out
      </Button>
      {signOut.isError && (
        <span className="header-error" role="alert">
          Signing out did not work. Check your connection and try again.
        </span>
      )}
    </>
  );
}
