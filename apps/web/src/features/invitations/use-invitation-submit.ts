import { useNavigate } from 'react-router';
import { isApiError } from '../../shared/api/api-error.ts';
import { isBrokenLinkError } from '../../shared/api/link-error.ts';
import type { FormErrors } from '../../shared/forms/use-form-errors.ts';
import { useSubmitGuard } from '../../shared/forms/use-submit-guard.ts';
import { homePathFor } from '../../shared/session/home-path.ts';
import { useAcceptInvitation } from './invitation-api.ts';
import type { InvitationDetails } from './invitation-api.ts';
import type { AccountChoice } from './invitation-choice.ts';

const consentChangedMessage =
  'Your practice has just updated this text. Please read the new version, then tick the box again.';

interface InvitationSubmitOptions {
  token: string;
  invitation: InvitationDetails;
  /** The form's error state; it has a "consent" field (shown only when there is a text). */
  errors: Pick<FormErrors<'consent'>, 'showFieldErrors' | 'showApiError'>;
  /** The link stopped working (used in another tab, expired) while the form was open. */
  onLinkBroken: () => void;
  /** The practice changed its consent text meanwhile: fetch the new one to read. */
  onConsentChanged: () => void;
  /** Unticks the consent box, so the old version is not sent again. */
  uncheckConsent: () => void;
}

/**
 * Sends an accepted invitation, with a new password or the existing one, and
 * opens the person's area. What the answer may mean: a broken link, a consent
 * text changed meanwhile, or an error for one field (by its `path`: a wrong
 * choice, a wrong or too common password), or for the form (too many tries,
 * with the server's words on when to try again).
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

  function submit(account: AccountChoice, password: string) {
    if (!guard.begin()) return;
    const body = { token, account, password };
    accept.mutate(consent ? { ...body, acceptConsentVersion: consent.version } : body, {
      onSettled: guard.end,
      onError: (error) => {
        if (isBrokenLinkError(error)) {
          onLinkBroken();
        } else if (isApiError(error) && error.code === 'CONSENT_REQUIRED') {
          // Ticking again would send the old version again: show the new text first.
          uncheckConsent();
          onConsentChanged();
          errors.showFieldErrors({ consent: consentChangedMessage });
        } else {
          errors.showApiError(error);
        }
      },
      // `replace` also drops the token from the browser history.
      onSuccess: ({ user }) => void navigate(homePathFor(user), { replace: true }),
    });
  }

  return { submit, isPending: accept.isPending };
}
