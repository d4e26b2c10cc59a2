import { useState } from 'react';
import { LoadingState } from '../../shared/ui/LoadingState.tsx';
import { PageTitle } from '../../shared/ui/PageTitle.tsx';
import { QueryError } from '../../shared/ui/QueryError.tsx';
import { StatusMessage } from '../../shared/ui/StatusMessage.tsx';
import { usePracticeConsent } from './admin-consent-api.ts';
import { ConsentEditorForm } from './ConsentEditorForm.tsx';

/** The practice's consent text: what Tandem is and is not, and who sees what. */
export function ConsentEditorPage() {
  const consent = usePracticeConsent();
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  return (
    <>
      <PageTitle>Consent text</PageTitle>
      <div className="narrow-text">
        <p className="lead">
          Clients read and accept this text before they start. Say what Tandem is and is not (it is
          not a crisis service), and who can see what.
        </p>
        <p>
          Saving makes a new version. Every client is then asked to read and accept it the next time
          they open Tandem.
        </p>
      </div>
      <StatusMessage>
        {savedVersion === null
          ? null
          : `Saved as version ${savedVersion}. Clients will be asked to accept it the next time they open Tandem.`}
      </StatusMessage>
      {consent.isPending && <LoadingState />}
      {consent.isError && (
        <QueryError error={consent.error} onRetry={() => void consent.refetch()} />
      )}
      {consent.data && (
        <ConsentEditorForm
          current={consent.data}
          onSaved={(saved) => setSavedVersion(saved.version)}
        />
      )}
    </>
  );
}
