import { useState } from 'react';
import { LoadingState } from '../../shared/ui/LoadingState.tsx';
import { PageTitle } from '../../shared/ui/PageTitle.tsx';
import { QueryError } from '../../shared/ui/QueryError.tsx';
import { StatusMessage } from '../../shared/ui/StatusMessage.tsx';
import { GasSettingsSection } from './GasSettingsSection.tsx';
import { NotOnTrackSection } from './NotOnTrackSection.tsx';
import { PracticeSettingsForm } from './PracticeSettingsForm.tsx';
import { usePracticeSettings } from './practice-settings-api.ts';

/** /admin/practice — time zone, crisis-line country, alert fallback contact, escalation, "not on track" and the GAS correlation. */
export function PracticeSettingsPage() {
  const settings = usePracticeSettings();
  const [notice, setNotice] = useState('');
  return (
    <>
      <PageTitle>Practice settings</PageTitle>
      <p className="lead">
        How the practice's alerts and crisis help work, and when a client counts as not on track. No
        client's answers are shown here.
      </p>
      <StatusMessage>{notice}</StatusMessage>
      {settings.isPending && <LoadingState />}
      {settings.isError && (
        <QueryError error={settings.error} onRetry={() => void settings.refetch()} />
      )}
      {settings.data && (
        <PracticeSettingsForm
          settings={settings.data}
          onSaved={() => setNotice('The practice settings are saved.')}
        />
      )}
      <NotOnTrackSection />
      <GasSettingsSection />
    </>
  );
}
