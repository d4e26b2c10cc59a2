import { useState } from 'react';
import type { FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { isApiError } from '../../shared/api/api-error.ts';
import { useFormErrors } from '../../shared/forms/use-form-errors.ts';
import { Alert } from '../../shared/ui/Alert.tsx';
import { Button } from '../../shared/ui/Button.tsx';
import { CheckboxField } from '../../shared/ui/CheckboxField.tsx';
import { useAcceptConsent, useRefreshConsent } from './consent-api.ts';
import { consentCheckboxLabel, consentNotAcceptedMessage } from './consent-wording.ts';

const fieldIds = { consent: 'consent-accept' } as const;

export function ConsentAcceptForm({ version }: { version: number }) {
  const [accepted, setAccepted] = useState(false);
  const errors = useFormErrors(fieldIds, { version: 'consent' });
  const accept = useAcceptConsent();
  const refreshConsent = useRefreshConsent();
  const navigate = useNavigate();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (accept.isPending) return;
    if (!accepted) {
      errors.showFieldErrors({ consent: consentNotAcceptedMessage });
      return;
    }
    errors.clear();
    accept.mutate(version, {
      onError: (error) => {
        errors.showFormError(error.message);
        if (isApiError(error) && error.code === 'CONSENT_VERSION_STALE') {
          // Someone changed the text meanwhile: show the new one; ask again.
          setAccepted(false);
          void refreshConsent();
        }
      },
      onSuccess: () => void navigate('/client', { replace: true }),
    });
  }

  return (
    <form className="form section" onSubmit={handleSubmit} noValidate>
      {errors.formError && <Alert>{errors.formError}</Alert>}
      <CheckboxField
        id={fieldIds.consent}
        label={consentCheckboxLabel}
        checked={accepted}
        onChange={setAccepted}
        error={errors.fieldErrors.consent}
        required
      />
      <div className="button-row">
        <Button type="submit" busy={accept.isPending}>
          Accept and continue
        </Button>
      </div>
    </form>
  );
}
