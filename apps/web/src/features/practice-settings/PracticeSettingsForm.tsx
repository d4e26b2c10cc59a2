import { useState } from 'react';
import type { FormEvent } from 'react';
import { useFormErrors } from '../../shared/forms/use-form-errors.ts';
import { useSubmitGuard } from '../../shared/forms/use-submit-guard.ts';
import { Alert } from '../../shared/ui/Alert.tsx';
import { Button } from '../../shared/ui/Button.tsx';
import { SelectField } from '../../shared/ui/SelectField.tsx';
import { TextField } from '../../shared/ui/TextField.tsx';
import { useSavePracticeSettings } from './practice-settings-api.ts';
import type { PracticeSettings } from './practice-settings-api.ts';
import { countryName, escalationOptions, timeZoneOptions } from './settings-options.ts';

const fieldIds = {
  timeZone: 'practice-time-zone',
  country: 'practice-country',
  alertFallbackStaffId: 'practice-fallback',
  escalationMinutes: 'practice-escalation',
} as const;

const nobody = '';

interface PracticeSettingsFormProps {
  settings: PracticeSettings;
  onSaved: () => void;
}

export function PracticeSettingsForm({ settings, onSaved }: PracticeSettingsFormProps) {
  const [timeZone, setTimeZone] = useState(settings.timeZone);
  const [country, setCountry] = useState(settings.country);
  const [fallback, setFallback] = useState(settings.alertFallbackStaffId ?? nobody);
  const [escalation, setEscalation] = useState(String(settings.escalationMinutes));
  const errors = useFormErrors(fieldIds);
  const save = useSavePracticeSettings();
  const guard = useSubmitGuard();
  const named = countryName(country.trim());

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const code = country.trim();
    if (!/^[A-Za-z]{2}$/.test(code)) {
      errors.showFieldErrors({ country: 'Use the two-letter country code, such as GB.' });
      return;
    }
    errors.clear();
    if (!guard.begin()) return;
    save.mutate(
      {
        timeZone,
        country: code.toUpperCase(),
        alertFallbackStaffId: fallback === nobody ? null : fallback,
        escalationMinutes: Number(escalation),
      },
      { onSettled: guard.end, onError: errors.showApiError, onSuccess: onSaved },
    );
  }

  return (
    <form className="form" onSubmit={handleSubmit} noValidate>
      {errors.formError && <Alert key={errors.formErrorKey}>{errors.formError}</Alert>}
      <SelectField
        id={fieldIds.timeZone}
        label="Time zone"
        hint="Used for the practice's days, such as “acknowledged the same day”. Each client's schedule follows their own time zone."
        value={timeZone}
        options={timeZoneOptions(timeZone)}
        onChange={setTimeZone}
        error={errors.fieldErrors.timeZone}
      />
      <TextField
        id={fieldIds.country}
        label="Country for crisis lines"
        hint={`Two letters, such as GB or US. Clients see this country's crisis lines on every page.${named ? ` Now: ${named}.` : ''}`}
        autoComplete="off"
        value={country}
        onChange={setCountry}
        error={errors.fieldErrors.country}
      />
      <SelectField
        id={fieldIds.alertFallbackStaffId}
        label="Alert fallback contact"
        hint="Gets an alert that nobody has acknowledged in time, in Tandem and by e-mail. Measures that can raise alerts cannot be assigned until someone is chosen."
        value={fallback}
        options={[
          { value: nobody, label: 'Nobody yet' },
          ...settings.staff.map((person) => ({
            value: person.id,
            label: `${person.displayName} (${person.role})`,
          })),
        ]}
        onChange={setFallback}
        error={errors.fieldErrors.alertFallbackStaffId}
      />
      <SelectField
        id={fieldIds.escalationMinutes}
        label="Escalate an alert nobody has acknowledged after"
        value={escalation}
        options={escalationOptions(settings.escalationMinutes)}
        onChange={setEscalation}
        error={errors.fieldErrors.escalationMinutes}
      />
      <div className="button-row">
        <Button type="submit" busy={save.isPending} busyLabel="Saving…">
          Save settings
        </Button>
      </div>
    </form>
  );
}
