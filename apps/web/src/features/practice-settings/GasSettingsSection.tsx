import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useFormErrors } from '../../shared/forms/use-form-errors.ts';
import { useSubmitGuard } from '../../shared/forms/use-submit-guard.ts';
import { Alert } from '../../shared/ui/Alert.tsx';
import { Button } from '../../shared/ui/Button.tsx';
import { LoadingState } from '../../shared/ui/LoadingState.tsx';
import { QueryError } from '../../shared/ui/QueryError.tsx';
import { StatusMessage } from '../../shared/ui/StatusMessage.tsx';
import { TextField } from '../../shared/ui/TextField.tsx';
import { useGasSettings, useSaveGasSettings } from './practice-settings-api.ts';

const fieldIds = { rho: 'gas-rho' } as const;

/**
 * The admin's Goal Attainment Scaling setting: the correlation between goals (ρ) in the
 * Kiresuk–Sherman T-score. 0.3 is the value Kiresuk and Sherman (1968) proposed; the
 * server checks the range. It changes no client's ratings, only the summary score.
 */
export function GasSettingsSection() {
  const headingId = useId();
  const settings = useGasSettings();
  // Kept here: a save gives the form a new key (the value in force), which starts it afresh.
  const [notice, setNotice] = useState('');
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>Goal Attainment Scaling</h2>
      <p>
        A client’s goals are summed up in one T-score, where 50 means every goal reached its
        expected level. The score assumes the goals are somewhat related; that assumption is the
        correlation below. Clients’ ratings do not change, only the summary score.
      </p>
      <StatusMessage>{notice}</StatusMessage>
      {settings.isPending && <LoadingState />}
      {settings.isError && (
        <QueryError error={settings.error} onRetry={() => void settings.refetch()} />
      )}
      {settings.data && (
        <GasSettingsForm
          key={settings.data.rho}
          rho={settings.data.rho}
          defaultRho={settings.data.defaultRho}
          onSaved={setNotice}
        />
      )}
    </section>
  );
}

function GasSettingsForm({
  rho,
  defaultRho,
  onSaved,
}: {
  rho: number;
  defaultRho: number;
  onSaved: (notice: string) => void;
}) {
  const [value, setValue] = useState(String(rho));
  const errors = useFormErrors(fieldIds);
  const save = useSaveGasSettings();
  const guard = useSubmitGuard();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const typed = value.trim().replace(',', '.');
    const number = Number(typed);
    if (typed === '' || !Number.isFinite(number)) {
      errors.showFieldErrors({ rho: 'Use a number from 0 to 0.99, such as 0.3.' });
      return;
    }
    errors.clear();
    if (!guard.begin()) return;
    save.mutate(number, {
      onSettled: guard.end,
      onError: errors.showApiError,
      onSuccess: (saved) => onSaved(`The correlation between goals is now ${saved.rho}.`),
    });
  }

  return (
    <form className="form" onSubmit={handleSubmit} noValidate>
      {errors.formError && <Alert key={errors.formErrorKey}>{errors.formError}</Alert>}
      <TextField
        id={fieldIds.rho}
        label="Correlation between goals (ρ)"
        hint={`From 0 to 0.99. The published default is ${defaultRho} (Kiresuk and Sherman, 1968).`}
        inputMode="decimal"
        autoComplete="off"
        value={value}
        onChange={setValue}
        error={errors.fieldErrors.rho}
      />
      <div className="button-row">
        <Button type="submit" busy={save.isPending} busyLabel="Saving…">
          Save the correlation
        </Button>
      </div>
    </form>
  );
}
