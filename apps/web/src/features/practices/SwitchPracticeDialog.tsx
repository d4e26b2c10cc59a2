import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { isApiError, messageOf } from '../../shared/api/api-error.ts';
import { roleLabel } from '../../shared/format/status-label.ts';
import { useSubmitGuard } from '../../shared/forms/use-submit-guard.ts';
import { homePathFor } from '../../shared/session/home-path.ts';
import type { PracticeMembership, User } from '../../shared/session/session-types.ts';
import { Alert } from '../../shared/ui/Alert.tsx';
import { Button } from '../../shared/ui/Button.tsx';
import { Dialog } from '../../shared/ui/Dialog.tsx';
import { VisuallyHidden } from '../../shared/ui/VisuallyHidden.tsx';
import { useSwitchPractice } from '../auth/auth-mutations.ts';
import { sessionQueryKey } from '../auth/session-queries.ts';

interface SwitchPracticeDialogProps {
  open: boolean;
  user: User;
  onClose: () => void;
}

const noLongerMemberMessage =
  'You no longer belong to this practice, so it cannot be opened. The list is updated.';

/**
 * The person's practices with their role in each. Switching opens the role's
 * start page in the other practice, whose heading then has the focus (the
 * area's screens start afresh: see RequireRole).
 */
export function SwitchPracticeDialog({ open, user, onClose }: SwitchPracticeDialogProps) {
  const switchPractice = useSwitchPractice();
  const guard = useSubmitGuard();
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  function close() {
    switchPractice.reset();
    onClose();
  }

  function switchTo(practice: PracticeMembership) {
    if (!guard.begin()) return;
    switchPractice.mutate(practice.id, {
      onSettled: guard.end,
      onSuccess: ({ user: switched }) => {
        close();
        void navigate(homePathFor(switched), { replace: true });
      },
      onError: (error) => {
        // Removed from that practice meanwhile: read the session again for the current list.
        if (isApiError(error) && error.code === 'NOT_FOUND')
          void queryClient.invalidateQueries({ queryKey: sessionQueryKey });
      },
    });
  }

  const error = switchPractice.error;
  return (
    <Dialog open={open} title="Switch practice" onClose={close}>
      <p>You belong to more than one practice on Tandem. Each keeps its own people and records.</p>
      {error && (
        <Alert>
          {isApiError(error) && error.code === 'NOT_FOUND'
            ? noLongerMemberMessage
            : messageOf(error)}
        </Alert>
      )}
      <ul className="practice-list">
        {user.practices.map((practice) => {
          const current = practice.id === user.practiceId;
          return (
            <li
              key={practice.id}
              className="practice-list__item"
              aria-current={current ? 'true' : undefined}
            >
              <span className="practice-list__text">
                <span className="practice-list__name">{practice.name}</span>
                <span className="muted">{roleLabel(practice.role)}</span>
              </span>
              {current ? (
                <span className="badge">Open now</span>
              ) : (
                <Button
                  variant="secondary"
                  className="button--small"
                  busy={switchPractice.isPending && switchPractice.variables === practice.id}
                  busyLabel="Switching…"
                  onClick={() => switchTo(practice)}
                >
                  Switch<VisuallyHidden> to {practice.name}</VisuallyHidden>
                </Button>
              )}
            </li>
          );
        })}
      </ul>
      <div className="button-row">
        <Button variant="secondary" onClick={close}>
          Cancel
        </Button>
      </div>
    </Dialog>
  );
}
