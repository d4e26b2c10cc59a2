import { PageTitle } from '../../shared/ui/PageTitle.tsx';
import { LoadingState } from '../../shared/ui/LoadingState.tsx';
import { QueryError } from '../../shared/ui/QueryError.tsx';
import { useClientConsent } from './consent-api.ts';
import { ConsentAcceptForm } from './ConsentAcceptForm.tsx';
import { ConsentText } from './ConsentText.tsx';

/** For a signed-in client who has not accepted the current consent text yet. */
export function ConsentPage() {
  const consent = useClientConsent();
  return (
    <div className="narrow-text">
      <PageTitle>Please read before you continue</PageTitle>
      {consent.isPending && <LoadingState />}
      {consent.isError && (
        <QueryError error={consent.error} onRetry={() => void consent.refetch()} />
      )}
      {consent.data && (
        <>
          <p className="lead">
            {consent.data.acceptedVersion === null
              ? 'Your practice asks you to read and accept how Tandem works before you start.'
              : 'Your practice has updated this text since you last accepted it. Please read it again.'}
          </p>
          <ConsentText consent={consent.data} />
          <ConsentAcceptForm version={consent.data.version} />
        </>
      )}
    </div>
  );
}
