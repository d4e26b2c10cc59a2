import { useState } from 'react';
import type { FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { isApiError } from '../../shared/api/api-error.ts';
import { useSubmitGuard } from '../../shared/forms/use-submit-guard.ts';
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
  const guard = useSubmitGuard();
  const refreshConsent = useRefreshConsent();
  const navigate = useNavigate();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!accepted) {
      errors.showFieldErrors({ consent: consentNotAcceptedMessage });
      return;
    }
    errors.clear();
    if (!guard.begin()) return;
    accept.mutate(version, {
      onSettled: guard.end,
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
      {errors.formError && <Alert key={errors.formErrorKey}>{errors.formError}</Alert>}
      <CheckboxField
        id={fieldIds.consent}
        label={consentCheckboxLabel}
        checked={accepted}
        onChange={setAccepted}
        error={errors.fieldErrors.consent}
        required
      />
      <div className="button-row">
        <Button type="submit" busy={accept.isPending} busyLabel="Saving…">
          Accept and continue
        </Button>
      </div>
    </form>
  );
}
