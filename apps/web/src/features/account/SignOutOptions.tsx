import { messageOf } from '../../shared/api/api-error.ts';
import { Alert } from '../../shared/ui/Alert.tsx';
import { Button } from '../../shared/ui/Button.tsx';
import { useSignOut } from '../auth/auth-mutations.ts';

/**
 * Signing out of this device is in the header on every page; this offers the
 * stronger option for a shared or lost device.
 */
export function SignOutOptions() {
  const signOutEverywhere = useSignOut('everywhere');
  return (
    <>
      {signOutEverywhere.isError && <Alert>{messageOf(signOutEverywhere.error)}</Alert>}
      <p>
        If you used Tandem on a shared or lost device, sign out everywhere. You will need your
        password again on every device, this one too.
      </p>
      <div className="button-row">
        <Button
          variant="secondary"
          busy={signOutEverywhere.isPending}
          busyLabel="Signing out…"
          onClick={() => signOutEverywhere.mutate()}
        >
          Sign out everywhere
        </Button>
      </div>
    </>
  );
}
