import { useState } from 'react';
import type { FormEvent } from 'react';
import { useFormErrors } from '../../shared/forms/use-form-errors.ts';
import {
  checkNewPassword,
  checkPasswordConfirmation,
  collectErrors,
  hasErrors,
} from '../../shared/forms/validation.ts';
import { Alert } from '../../shared/ui/Alert.tsx';
import { Button } from '../../shared/ui/Button.tsx';
import { NewPasswordFields } from '../auth/NewPasswordFields.tsx';
import { consentNotAcceptedMessage } from '../consent/consent-wording.ts';
import { InvitationConsentField } from './InvitationConsentField.tsx';
import type { InvitationDetails } from './invitation-api.ts';
import { useInvitationSubmit } from './use-invitation-submit.ts';

const fieldIds = {
  newPassword: 'invitation-new-password',
  confirmation: 'invitation-confirm-password',
  consent: 'invitation-consent',
} as const;
const apiPaths = { password: 'newPassword', acceptConsentVersion: 'consent' } as const;

interface AcceptInvitationFormProps {
  token: string;
  invitation: InvitationDetails;
  onLinkBroken: () => void;
  onConsentChanged: () => void;
}

/** A new account: the person chooses their Tandem password (and a client accepts the consent text). */
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
  const accept = useInvitationSubmit({
    token,
    invitation,
    errors,
    onLinkBroken,
    onConsentChanged,
    uncheckConsent: () => setConsentAccepted(false),
  });
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
    accept.submit(newPassword);
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
        <InvitationConsentField
          id={fieldIds.consent}
          consent={consent}
          accepted={consentAccepted}
          onChange={setConsentAccepted}
          error={errors.fieldErrors.consent}
        />
      )}
      <div className="button-row">
        <Button type="submit" busy={accept.isPending} busyLabel="Setting up your account…">
          Set password and continue
        </Button>
      </div>
    </form>
  );
}
