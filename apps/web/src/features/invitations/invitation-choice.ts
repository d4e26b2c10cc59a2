import {
  checkNewPassword,
  checkPasswordConfirmation,
  checkRequired,
  collectErrors,
} from '../../shared/forms/validation.ts';
import type { FieldErrors } from '../../shared/forms/validation.ts';
import type { SelectOption } from '../../shared/ui/SelectField.tsx';
import { consentNotAcceptedMessage } from '../consent/consent-wording.ts';

/*
 * The invitation page cannot know whether the address already has a Tandem
 * password: the inviting practice (whose admin may hold the link) must not
 * learn that the person uses Tandem elsewhere. So the person says which
 * applies, and the server decides; a wrong choice comes back as a plain
 * message at the password field.
 */

/** What the person says about their account: new to Tandem, or already using it. */
export type AccountChoice = 'new' | 'existing';

export const accountQuestion = 'Do you already use Tandem?';

export const accountOptions: ReadonlyArray<SelectOption<AccountChoice>> = [
  { value: 'new', label: 'I’m new to Tandem' },
  { value: 'existing', label: 'I already use Tandem with this address' },
];

export type InvitationField = 'password' | 'confirmation' | 'consent';

interface InvitationFormValues {
  account: AccountChoice;
  password: string;
  confirmation: string;
  /** Clients accept the practice's consent text together with the password. */
  consentNeeded: boolean;
  consentAccepted: boolean;
}

/** The checks made before sending: a new password has the length rule and a confirmation. */
export function checkInvitationForm(values: InvitationFormValues): FieldErrors<InvitationField> {
  const passwordChecks: Array<readonly [InvitationField, string | undefined]> =
    values.account === 'new'
      ? [
          ['password', checkNewPassword(values.password)],
          ['confirmation', checkPasswordConfirmation(values.password, values.confirmation)],
        ]
      : [['password', checkRequired(values.password, 'Enter the password you use on Tandem.')]];
  return collectErrors([
    ...passwordChecks,
    [
      'consent',
      values.consentNeeded && !values.consentAccepted ? consentNotAcceptedMessage : undefined,
    ],
  ]);
}

/** The submit button, and what it says while the answer is awaited. */
export function acceptButtonText(
  account: AccountChoice,
  practiceName: string,
): { label: string; busyLabel: string } {
  return account === 'new'
    ? { label: 'Set password and join', busyLabel: 'Setting up your account…' }
    : { label: `Join ${practiceName}`, busyLabel: 'Joining…' };
}
