import { useNavigate } from 'react-router';
import { isApiError } from '../../shared/api/api-error.ts';
import { isBrokenLinkError } from '../../shared/api/link-error.ts';
import type { FormErrors } from '../../shared/forms/use-form-errors.ts';
import { useSubmitGuard } from '../../shared/forms/use-submit-guard.ts';
import { homePathFor } from '../../shared/session/home-path.ts';
import { useAcceptInvitation } from './invitation-api.ts';
import type { InvitationDetails } from './invitation-api.ts';
import { tooManyTriesMessage } from './join-messages.ts';

const consentChangedMessage =
  'Your practice has just updated this text. Please read the new version, then tick the box again.';

interface InvitationSubmitOptions {
  token: string;
  invitation: InvitationDetails;
  /** The form's error state; it has a "consent" field (shown only when there is a text). */
  errors: Pick<FormErrors<'consent'>, 'showFieldErrors' | 'showFormError' | 'showApiError'>;
  /** The link stopped working (used in another tab, expired) while the form was open. */
  onLinkBroken: () => void;
  /** The practice changed its consent text meanwhile: fetch the new one to read. */
  onConsentChanged: () => void;
  /** Unticks the consent box, so the old version is not sent again. */
  uncheckConsent: () => void;
}

/**
 * Sends an accepted invitation, with a new password or the existing one, and
 * opens the person's area. Both invitation forms share what the answer means:
 * a broken link, a consent text changed meanwhile, too many wrong tries, or an
 * error for one field (by its `path`).
 */
export function useInvitationSubmit({
  token,
  invitation,
  errors,
  onLinkBroken,
  onConsentChanged,
  uncheckConsent,
}: InvitationSubmitOptions) {
  const accept = useAcceptInvitation();
  const guard = useSubmitGuard();
  const navigate = useNavigate();
  const { consent } = invitation;

  function submit(password: string) {
    if (!guard.begin()) return;
    accept.mutate(
      consent ? { token, password, acceptConsentVersion: consent.version } : { token, password },
      {
        onSettled: guard.end,
        onError: (error) => {
          if (isBrokenLinkError(error)) {
            onLinkBroken();
          } else if (isApiError(error) && error.code === 'CONSENT_REQUIRED') {
            // Ticking again would send the old version again: show the new text first.
            uncheckConsent();
            onConsentChanged();
            errors.showFieldErrors({ consent: consentChangedMessage });
          } else if (isApiError(error) && error.code === 'RATE_LIMITED') {
            errors.showFormError(tooManyTriesMessage(error.retryAfterSeconds));
          } else {
            errors.showApiError(error);
          }
        },
        // `replace` also drops the token from the browser history.
        onSuccess: ({ user }) => void navigate(homePathFor(user), { replace: true }),
      },
    );
  }

  return { submit, isPending: accept.isPending };
}
