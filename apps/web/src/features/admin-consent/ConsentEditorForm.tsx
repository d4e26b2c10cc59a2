import { useState } from 'react';
import type { FormEvent } from 'react';
import { formatDateTime } from '../../shared/format/format-date.ts';
import { useSubmitGuard } from '../../shared/forms/use-submit-guard.ts';
import { useFormErrors } from '../../shared/forms/use-form-errors.ts';
import { collectErrors, hasErrors } from '../../shared/forms/validation.ts';
import { Alert } from '../../shared/ui/Alert.tsx';
import { Button } from '../../shared/ui/Button.tsx';
import { TextArea } from '../../shared/ui/TextArea.tsx';
import { useSavePracticeConsent } from './admin-consent-api.ts';
import type { PracticeConsent } from './admin-consent-api.ts';
import { checkConsentText } from './consent-text-check.ts';

const fieldIds = { text: 'consent-text' } as const;

interface ConsentEditorFormProps {
  current: PracticeConsent;
  onSaved: (saved: PracticeConsent) => void;
}

export function ConsentEditorForm({ current, onSaved }: ConsentEditorFormProps) {
  const [text, setText] = useState(current.text);
  const errors = useFormErrors(fieldIds);
  const save = useSavePracticeConsent();
  const guard = useSubmitGuard();
  const unchanged = text.trim() === current.text.trim();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = collectErrors([['text', checkConsentText(text)]] as const);
    if (hasErrors(problems)) {
      errors.showFieldErrors(problems);
      return;
    }
    if (unchanged) {
      errors.showFormError(
        'The text is the same as the current version, so there is nothing to save.',
      );
      return;
    }
    errors.clear();
    if (!guard.begin()) return;
    save.mutate(text, { onSettled: guard.end, onError: errors.showApiError, onSuccess: onSaved });
  }

  return (
    <form className="form form--wide" onSubmit={handleSubmit} noValidate>
      <p className="muted">
        Current version: {current.version}, saved {formatDateTime(current.updatedAt)}.
      </p>
      {errors.formError && <Alert key={errors.formErrorKey}>{errors.formError}</Alert>}
      <TextArea
        id={fieldIds.text}
        label="Consent text"
        hint="Plain language works best. Leave an empty line between paragraphs."
        rows={18}
        value={text}
        onChange={setText}
        error={errors.fieldErrors.text}
      />
      <div className="button-row">
        <Button type="submit" busy={save.isPending} busyLabel="Saving…">
          Save consent text
        </Button>
      </div>
    </form>
  );
}
