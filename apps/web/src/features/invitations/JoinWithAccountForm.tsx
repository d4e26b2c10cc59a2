import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link } from 'react-router';
import { useFormErrors } from '../../shared/forms/use-form-errors.ts';
import { checkRequired, collectErrors, hasErrors } from '../../shared/forms/validation.ts';
import { Alert } from '../../shared/ui/Alert.tsx';
import { Button } from '../../shared/ui/Button.tsx';
import { TextField } from '../../shared/ui/TextField.tsx';
import { consentNotAcceptedMessage } from '../consent/consent-wording.ts';
import { InvitationConsentField } from './InvitationConsentField.tsx';
import type { InvitationDetails } from './invitation-api.ts';
import { useInvitationSubmit } from './use-invitation-submit.ts';

const fieldIds = { password: 'invitation-password', consent: 'invitation-consent' } as const;
const apiPaths: Readonly<Record<string, keyof typeof fieldIds>> = {
  acceptConsentVersion: 'consent',
};

interface JoinWithAccountFormProps {
  token: string;
  invitation: InvitationDetails;
  onLinkBroken: () => void;
  onConsentChanged: () => void;
}

/**
 * The address already has a Tandem password (from another practice): the
 * person confirms it to join, rather than choosing a second one. The server
 * checks it and limits wrong tries like sign-in.
 */
export function JoinWithAccountForm({
  token,
  invitation,
  onLinkBroken,
  onConsentChanged,
}: JoinWithAccountFormProps) {
  const [password, setPassword] = useState('');
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
      ['password', checkRequired(password, 'Enter the password you use on Tandem.')],
      ['consent', consent && !consentAccepted ? consentNotAcceptedMessage : undefined],
    ] as const);
    if (hasErrors(problems)) {
      errors.showFieldErrors(problems);
      return;
    }
    errors.clear();
    accept.submit(password);
  }

  return (
    <form className="form form--wide" onSubmit={handleSubmit} noValidate>
      {errors.formError && <Alert key={errors.formErrorKey}>{errors.formError}</Alert>}
      <div className="form">
        <TextField
          id={fieldIds.password}
          label="Password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          error={errors.fieldErrors.password}
        />
        <p className="form__note">
          <Link to="/forgot-password">Forgot your password?</Link> You can choose a new one, then
          open this invitation link again.
        </p>
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
        <Button type="submit" busy={accept.isPending} busyLabel="Joining…">
          Join {invitation.practiceName}
        </Button>
      </div>
    </form>
  );
}
