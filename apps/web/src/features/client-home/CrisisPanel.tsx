import { useId } from 'react';
import { CrisisCallButtons } from './CrisisCallButtons.tsx';
import { EmergencyLine } from './EmergencyLine.tsx';
import { useCrisisResources } from './client-home-api.ts';

export const crisisPanelId = 'need-help-now';

/**
 * "Need help now?" on every client page. It says plainly what Tandem is not,
 * and still gives the one thing everybody can do when the list cannot load.
 */
export function CrisisPanel() {
  const headingId = useId();
  const { data } = useCrisisResources();
  return (
    <aside className="help-panel" aria-labelledby={headingId} id={crisisPanelId} tabIndex={-1}>
      <div className="help-panel__inner">
        <h2 className="help-panel__title" id={headingId}>
          Need help now?
        </h2>
        <p>
          Tandem is not a crisis service. Nobody watches your answers in real time, so please do not
          wait for a reply here.
        </p>
        {data === undefined ? (
          <EmergencyLine emergency={undefined} />
        ) : (
          <>
            {/* Large one-tap buttons: the emergency number first, then each line. */}
            <CrisisCallButtons
              resources={data}
              linesIntro={data.countryName && <p>Help lines in {data.countryName}:</p>}
            />
            {data.verified === false && data.resources.length > 0 && (
              <p className="muted">These numbers come from public listings and may have changed.</p>
            )}
          </>
        )}
      </div>
    </aside>
  );
}
