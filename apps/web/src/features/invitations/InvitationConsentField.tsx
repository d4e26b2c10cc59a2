import { CheckboxField } from '../../shared/ui/CheckboxField.tsx';
import type { ConsentDocument } from '../consent/consent-api.ts';
import { ConsentText } from '../consent/ConsentText.tsx';
import { consentCheckboxLabel } from '../consent/consent-wording.ts';

interface InvitationConsentFieldProps {
  id: string;
  consent: ConsentDocument;
  accepted: boolean;
  onChange: (accepted: boolean) => void;
  error: string | undefined;
}

/** A client's invitation: the practice's consent text, accepted together with the password. */
export function InvitationConsentField({
  id,
  consent,
  accepted,
  onChange,
  error,
}: InvitationConsentFieldProps) {
  return (
    <>
      <ConsentText consent={consent} />
      <CheckboxField
        id={id}
        label={consentCheckboxLabel}
        checked={accepted}
        onChange={onChange}
        error={error}
        required
      />
    </>
  );
}
