import { useState } from 'react';
import { messageOf } from '../../shared/api/api-error.ts';
import { useSubmitGuard } from '../../shared/forms/use-submit-guard.ts';
import { Alert } from '../../shared/ui/Alert.tsx';
import { LoadingState } from '../../shared/ui/LoadingState.tsx';
import { PageTitle } from '../../shared/ui/PageTitle.tsx';
import { QueryError } from '../../shared/ui/QueryError.tsx';
import { StatusMessage } from '../../shared/ui/StatusMessage.tsx';
import { useInstruments } from '../measures/therapist-measures-api.ts';
import { InstrumentCard } from './InstrumentCard.tsx';
import { PracticeInstrumentsSection } from './PracticeInstrumentsSection.tsx';
import { useAcceptLicence } from './practice-settings-api.ts';

/** /admin/instruments — the measures library, with the licences the practice accepts. */
export function InstrumentsPage() {
  const instruments = useInstruments();
  const accept = useAcceptLicence();
  const guard = useSubmitGuard();
  const [notice, setNotice] = useState('');
  return (
    <>
      <PageTitle>Instruments</PageTitle>
      <p className="lead">
        The measures therapists can assign. A measure whose licence asks for it can be assigned once
        you accept its licence for the practice. No client's answers are shown here.
      </p>
      <StatusMessage>{notice}</StatusMessage>
      {accept.isError && <Alert>{messageOf(accept.error)}</Alert>}
      {instruments.isPending && <LoadingState />}
      {instruments.isError && (
        <QueryError error={instruments.error} onRetry={() => void instruments.refetch()} />
      )}
      {instruments.data && (
        <ul className="instrument-list">
          {instruments.data.instruments.map((instrument) => (
            <InstrumentCard
              key={instrument.id}
              instrument={instrument}
              accepting={accept.isPending && accept.variables === instrument.id}
              onAccept={() => {
                if (!guard.begin()) return;
                accept.mutate(instrument.id, {
                  onSettled: guard.end,
                  onSuccess: () =>
                    setNotice(
                      `The licence of the ${instrument.shortTitle} is accepted for the practice.`,
                    ),
                });
              }}
            />
          ))}
        </ul>
      )}
      <PracticeInstrumentsSection />
    </>
  );
}
