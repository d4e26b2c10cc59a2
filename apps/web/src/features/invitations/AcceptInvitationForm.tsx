import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link } from 'react-router';
import { useFormErrors } from '../../shared/forms/use-form-errors.ts';
import { hasErrors } from '../../shared/forms/validation.ts';
import { Alert } from '../../shared/ui/Alert.tsx';
import { Button } from '../../shared/ui/Button.tsx';
import { ChoiceGroup } from '../../shared/ui/ChoiceGroup.tsx';
import { TextField } from '../../shared/ui/TextField.tsx';
import { NewPasswordFields } from '../auth/NewPasswordFields.tsx';
import { InvitationConsentField } from './InvitationConsentField.tsx';
import type { InvitationDetails } from './invitation-api.ts';
import {
  acceptButtonText,
  accountOptions,
  accountQuestion,
  checkInvitationForm,
} from './invitation-choice.ts';
import type { AccountChoice, InvitationField } from './invitation-choice.ts';
import { useInvitationSubmit } from './use-invitation-submit.ts';

const fieldIds = {
  password: 'invitation-password',
  confirmation: 'invitation-confirm-password',
  consent: 'invitation-consent',
} as const;
const apiPaths = { acceptConsentVersion: 'consent' } as const;

interface AcceptInvitationFormProps {
  token: string;
  invitation: InvitationDetails;
  onLinkBroken: () => void;
  onConsentChanged: () => void;
}

/**
 * The person says whether they are new to Tandem (and choose a password) or
 * already use it with this address (and enter that password); a client also
 * accepts the consent text. The server decides: a wrong choice, a wrong or
 * too common password, or too many tries come back at the password field.
 */
export function AcceptInvitationForm({
  token,
  invitation,
  onLinkBroken,
  onConsentChanged,
}: AcceptInvitationFormProps) {
  const [account, setAccount] = useState<AccountChoice | null>(null);
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [consentAccepted, setConsentAccepted] = useState(false);
  const errors = useFormErrors<InvitationField>(fieldIds, apiPaths);
  const accept = useInvitationSubmit({
    token,
    invitation,
    errors,
    onLinkBroken,
    onConsentChanged,
    uncheckConsent: () => setConsentAccepted(false),
  });
  const { consent } = invitation;

  function choose(next: AccountChoice) {
    // A password typed for the other choice is not carried over.
    setAccount(next);
    setPassword('');
    setConfirmation('');
    errors.clear();
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (account === null) return;
    const problems = checkInvitationForm({
      account,
      password,
      confirmation,
      consentNeeded: consent !== null,
      consentAccepted,
    });
    if (hasErrors(problems)) {
      errors.showFieldErrors(problems);
      return;
    }
    errors.clear();
    accept.submit(account, password);
  }

  const button = account === null ? null : acceptButtonText(account, invitation.practiceName);
  return (
    <form className="form form--wide" onSubmit={handleSubmit} noValidate>
      {errors.formError && <Alert key={errors.formErrorKey}>{errors.formError}</Alert>}
      <ChoiceGroup
        name="invitation-account"
        legend={accountQuestion}
        value={account}
        options={accountOptions}
        onChange={choose}
        layout="column"
      />
      {account !== null && (
        <>
          {/* Keyed by the choice: the browser offers a saved password only for "existing". */}
          <div className="form" key={account}>
            {account === 'new' ? (
              <NewPasswordFields
                ids={{ newPassword: fieldIds.password, confirmation: fieldIds.confirmation }}
                newPassword={password}
                confirmation={confirmation}
                onNewPasswordChange={setPassword}
                onConfirmationChange={setConfirmation}
                errors={{
                  newPassword: errors.fieldErrors.password,
                  confirmation: errors.fieldErrors.confirmation,
                }}
              />
            ) : (
              <>
                <TextField
                  id={fieldIds.password}
                  label="Your Tandem password"
                  hint="The password you use on Tandem with this address."
                  type="password"
                  autoComplete="current-password"
                  value={password}
                  onChange={setPassword}
                  error={errors.fieldErrors.password}
                />
                <p className="form__note">
                  <Link to="/forgot-password">Forgot your password?</Link> Once you have a new one,
                  open this invitation link again.
                </p>
              </>
            )}
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
            <Button type="submit" busy={accept.isPending} busyLabel={button?.busyLabel}>
              {button?.label}
            </Button>
          </div>
        </>
      )}
    </form>
  );
}
