import { useId } from 'react';
import { CrisisResourceItem } from './CrisisResourceItem.tsx';
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
        <EmergencyLine emergency={data?.emergency} />
        {data && data.resources.length > 0 && (
          <>
            {data.countryName && <p>Help lines in {data.countryName}:</p>}
            <ul className="help-panel__resources">
              {data.resources.map((resource, index) => (
                // Names may repeat across a country's lines; the order is fixed by the server.
                <CrisisResourceItem key={`${index}-${resource.name}`} resource={resource} />
              ))}
            </ul>
            {data.verified === false && (
              <p className="muted">These numbers come from public listings and may have changed.</p>
            )}
          </>
        )}
      </div>
    </aside>
  );
}
