import { useId } from 'react';
import { CrisisResourceItem } from './CrisisResourceItem.tsx';
import { useCrisisResources } from './client-home-api.ts';

export const crisisPanelId = 'need-help-now';

/**
 * "Need help now?" on every client page. It says plainly what Tandem is not,
 * and still gives the one thing everybody can do when the list cannot load.
 */
export function CrisisPanel() {
  const headingId = useId();
  const resources = useCrisisResources();
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
        <p>
          <strong>If you are in danger or might hurt yourself, call your local emergency number now.</strong>
        </p>
        {resources.data && resources.data.resources.length > 0 && (
          <ul>
            {resources.data.resources.map((resource) => (
              <CrisisResourceItem key={resource.name} resource={resource} />
            ))}
          </ul>
        )}
      </div>
    </aside>
  );
}
