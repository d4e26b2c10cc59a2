import { useState } from 'react';
import type { FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { isApiError } from '../../shared/api/api-error.ts';
import { isBrokenLinkError } from '../../shared/api/link-error.ts';
import { useSubmitGuard } from '../../shared/forms/use-submit-guard.ts';
import { useFormErrors } from '../../shared/forms/use-form-errors.ts';
import {
  checkNewPassword,
  checkPasswordConfirmation,
  collectErrors,
  hasErrors,
} from '../../shared/forms/validation.ts';
import { homePathFor } from '../../shared/session/home-path.ts';
import { Alert } from '../../shared/ui/Alert.tsx';
import { Button } from '../../shared/ui/Button.tsx';
import { CheckboxField } from '../../shared/ui/CheckboxField.tsx';
import { NewPasswordFields } from '../auth/NewPasswordFields.tsx';
import { ConsentText } from '../consent/ConsentText.tsx';
import { consentCheckboxLabel, consentNotAcceptedMessage } from '../consent/consent-wording.ts';
import { useAcceptInvitation } from './invitation-api.ts';
import type { InvitationDetails } from './invitation-api.ts';

const fieldIds = {
  newPassword: 'invitation-new-password',
  confirmation: 'invitation-confirm-password',
  consent: 'invitation-consent',
} as const;
const apiPaths = { password: 'newPassword', acceptConsentVersion: 'consent' } as const;
const consentChangedMessage =
  'Your practice has just updated this text. Please read the new version, then tick the box again.';

interface AcceptInvitationFormProps {
  token: string;
  invitation: InvitationDetails;
  /** The link stopped working (used in another tab, expired) while the form was open. */
  onLinkBroken: () => void;
  /** The practice changed its consent text meanwhile: fetch the new one to read. */
  onConsentChanged: () => void;
}

export function AcceptInvitationForm({
  token,
  invitation,
  onLinkBroken,
  onConsentChanged,
}: AcceptInvitationFormProps) {
  const [newPassword, setNewPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [consentAccepted, setConsentAccepted] = useState(false);
  const errors = useFormErrors(fieldIds, apiPaths);
  const accept = useAcceptInvitation();
  const guard = useSubmitGuard();
  const navigate = useNavigate();
  const { consent } = invitation;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = collectErrors([
      ['newPassword', checkNewPassword(newPassword)],
      ['confirmation', checkPasswordConfirmation(newPassword, confirmation)],
      ['consent', consent && !consentAccepted ? consentNotAcceptedMessage : undefined],
    ] as const);
    if (hasErrors(problems)) {
      errors.showFieldErrors(problems);
      return;
    }
    errors.clear();
    if (!guard.begin()) return;
    accept.mutate(
      consent
        ? { token, password: newPassword, acceptConsentVersion: consent.version }
        : { token, password: newPassword },
      {
        onSettled: guard.end,
        onError: (error) => {
          if (isBrokenLinkError(error)) {
            onLinkBroken();
          } else if (isApiError(error) && error.code === 'CONSENT_REQUIRED') {
            // Ticking again would send the old version again: show the new text first.
            setConsentAccepted(false);
            onConsentChanged();
            errors.showFieldErrors({ consent: consentChangedMessage });
          } else {
            errors.showApiError(error);
          }
        },
        // `replace` also drops the token from the browser history.
        onSuccess: ({ user }) => void navigate(homePathFor(user), { replace: true }),
      },
    );
  }

  return (
    <form className="form form--wide" onSubmit={handleSubmit} noValidate>
      {errors.formError && <Alert key={errors.formErrorKey}>{errors.formError}</Alert>}
      <div className="form">
        <NewPasswordFields
          ids={fieldIds}
          newPassword={newPassword}
          confirmation={confirmation}
          onNewPasswordChange={setNewPassword}
          onConfirmationChange={setConfirmation}
          errors={errors.fieldErrors}
        />
      </div>
      {consent && (
        <>
          <ConsentText consent={consent} />
          <CheckboxField
            id={fieldIds.consent}
            label={consentCheckboxLabel}
            checked={consentAccepted}
            onChange={setConsentAccepted}
            error={errors.fieldErrors.consent}
            required
          />
        </>
      )}
      <div className="button-row">
        <Button type="submit" busy={accept.isPending} busyLabel="Setting up your account…">
          Set password and continue
        </Button>
      </div>
    </form>
  );
}
