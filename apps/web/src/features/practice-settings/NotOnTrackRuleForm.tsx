import { useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { useFormErrors } from '../../shared/forms/use-form-errors.ts';
import { useSubmitGuard } from '../../shared/forms/use-submit-guard.ts';
import { Alert } from '../../shared/ui/Alert.tsx';
import { Button } from '../../shared/ui/Button.tsx';
import { CheckboxField } from '../../shared/ui/CheckboxField.tsx';
import { TextField } from '../../shared/ui/TextField.tsx';
import {
  useSaveNotOnTrackRule,
  type NotOnTrackRuleView,
} from '../measures/not-on-track-rules-api.ts';
import {
  formValues,
  numberFields,
  ruleFrom,
  switchLabels,
  valueAt,
  type RuleFormValues,
} from './not-on-track-form.ts';

interface NotOnTrackRuleFormProps {
  view: NotOnTrackRuleView;
  onSaved: (message: string) => void;
}

const domId = (instrumentId: string, path: string) =>
  `not-on-track-${instrumentId}-${path.replace(/[^a-zA-Z0-9]+/g, '-')}`;

/** One measure's parameters: a switch per part of the rule and a labelled number per value. */
export function NotOnTrackRuleForm({ view, onSaved }: NotOnTrackRuleFormProps) {
  const cutCount = view.inForce.cutPoints.points.length;
  const fields = useMemo(() => numberFields(cutCount), [cutCount]);
  const switches = useMemo(
    () => Object.keys(switchLabels).filter((path) => path !== 'cutPoints.enabled' || cutCount > 0),
    [cutCount],
  );
  const fieldIds = useMemo(
    () =>
      Object.fromEntries(
        [...switches, ...fields.map((f) => f.path)].map((path) => [
          path,
          domId(view.instrumentId, path),
        ]),
      ),
    [switches, fields, view.instrumentId],
  );
  const apiPaths = useMemo(
    () => Object.fromEntries(Object.keys(fieldIds).map((path) => [`rule.${path}`, path])),
    [fieldIds],
  );
  const [values, setValues] = useState<RuleFormValues>(() => formValues(view.inForce));
  const errors = useFormErrors(fieldIds, apiPaths);
  const save = useSaveNotOnTrackRule(view.instrumentId);
  const guard = useSubmitGuard();
  const set = (path: string, value: string | boolean) =>
    setValues((current) => ({ ...current, [path]: value }));

  function send(rule: Parameters<typeof save.mutate>[0]['rule'], done: string) {
    if (!guard.begin()) return;
    save.mutate(
      { rule },
      {
        onSettled: guard.end,
        onError: errors.showApiError,
        onSuccess: (answer) => {
          setValues(formValues(answer.rule.inForce));
          onSaved(
            answer.changed ? done : `Nothing changed: the ${view.shortTitle} rule was already so.`,
          );
        },
      },
    );
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ruleFrom(values, cutCount);
    if (!parsed.ok) {
      errors.showFieldErrors(parsed.errors);
      return;
    }
    errors.clear();
    send(parsed.rule, `The ${view.shortTitle} rule is saved. Standings are being recomputed.`);
  }

  function reset() {
    errors.clear();
    send(
      null,
      `The ${view.shortTitle} rule is back to the default. Standings are being recomputed.`,
    );
  }

  const defaultText = (path: string) => {
    const value = valueAt(view.default, path);
    if (typeof value === 'boolean') return value ? 'on' : 'off';
    return value === undefined ? 'none' : String(value);
  };

  return (
    <form className="form" onSubmit={handleSubmit} noValidate>
      {errors.formError && <Alert key={errors.formErrorKey}>{errors.formError}</Alert>}
      {fields
        .filter((field) => field.switchPath === null)
        .map((field) => (
          <TextField
            key={field.path}
            id={fieldIds[field.path] ?? field.path}
            label={field.unit === '' ? field.label : `${field.label} (${field.unit})`}
            hint={`Default: ${defaultText(field.path)}.`}
            inputMode="decimal"
            autoComplete="off"
            value={String(values[field.path] ?? '')}
            onChange={(value) => set(field.path, value)}
            error={errors.fieldErrors[field.path]}
          />
        ))}
      {switches.map((path) => (
        <div key={path}>
          <CheckboxField
            id={fieldIds[path] ?? path}
            label={`${switchLabels[path] ?? path} (default: ${defaultText(path)})`}
            checked={values[path] === true}
            onChange={(checked) => set(path, checked)}
            error={errors.fieldErrors[path]}
          />
          {fields
            .filter((field) => field.switchPath === path)
            .map((field) => (
              <TextField
                key={field.path}
                id={fieldIds[field.path] ?? field.path}
                label={field.unit === '' ? field.label : `${field.label} (${field.unit})`}
                hint={`Default: ${defaultText(field.path)}.`}
                inputMode="decimal"
                autoComplete="off"
                value={String(values[field.path] ?? '')}
                onChange={(value) => set(field.path, value)}
                error={errors.fieldErrors[field.path]}
              />
            ))}
        </div>
      ))}
      <div className="button-row">
        <Button type="submit" busy={save.isPending} busyLabel="Saving…">
          Save {view.shortTitle} rule
        </Button>
        <Button
          variant="secondary"
          onClick={reset}
          disabled={view.practiceRule === null || save.isPending}
        >
          Reset {view.shortTitle} to the default
        </Button>
      </div>
    </form>
  );
}
