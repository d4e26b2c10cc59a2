import { useState } from 'react';
import type { FormEvent } from 'react';
import { messageOf } from '../../shared/api/api-error.ts';
import { useSubmitGuard } from '../../shared/forms/use-submit-guard.ts';
import { Alert } from '../../shared/ui/Alert.tsx';
import { Button } from '../../shared/ui/Button.tsx';
import { ChoiceGroup } from '../../shared/ui/ChoiceGroup.tsx';
import type { NotificationPreference } from './alert-types.ts';
import { alertKindLabels, deliveryLabels } from './alert-wording.ts';
import { useSaveNotificationPreferences } from './alerts-api.ts';

type Delivery = NotificationPreference['delivery'];

const deliveryOptions = (Object.keys(deliveryLabels) as Delivery[]).map((value) => ({
  value,
  label: deliveryLabels[value],
}));

interface NotificationPreferencesFormProps {
  preferences: readonly NotificationPreference[];
  onSaved: () => void;
}

/** At once or in a summary, per kind of alert. */
export function NotificationPreferencesForm({
  preferences,
  onSaved,
}: NotificationPreferencesFormProps) {
  const [chosen, setChosen] = useState(() => [...preferences]);
  const save = useSaveNotificationPreferences();
  const guard = useSubmitGuard();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!guard.begin()) return;
    save.mutate({ preferences: chosen }, { onSettled: guard.end, onSuccess: onSaved });
  }

  return (
    <form className="form" onSubmit={handleSubmit} noValidate>
      {save.isError && <Alert>{messageOf(save.error)}</Alert>}
      {chosen.map((preference) => (
        <ChoiceGroup
          key={preference.kind}
          name={`delivery-${preference.kind}`}
          legend={alertKindLabels[preference.kind]}
          layout="column"
          value={preference.delivery}
          options={deliveryOptions}
          onChange={(delivery) =>
            setChosen((current) =>
              current.map((p) => (p.kind === preference.kind ? { ...p, delivery } : p)),
            )
          }
        />
      ))}
      <p className="field__hint">
        Whatever you choose, Tandem makes sure someone at the practice is told of a risk answer at
        once.
      </p>
      <div className="button-row">
        <Button type="submit" variant="secondary" busy={save.isPending} busyLabel="Saving…">
          Save how alerts reach me
        </Button>
      </div>
    </form>
  );
}
