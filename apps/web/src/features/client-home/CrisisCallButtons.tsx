import type { ReactNode } from 'react';
import { VisuallyHidden } from '../../shared/ui/VisuallyHidden.tsx';
import { crisisLineActions, emergencyAction } from './crisis-actions.ts';
import type { CrisisAction } from './crisis-actions.ts';
import type { CrisisResources } from './client-home-api.ts';

function ActionLink({ action, name }: { action: CrisisAction; name: string }) {
  return (
    <a className="crisis-button" href={action.href}>
      <span className="crisis-button__main">
        {action.kind === 'call' ? 'Call' : 'Text'} {action.number}
        <VisuallyHidden>, {name}</VisuallyHidden>
      </span>
      {action.detail && <span className="crisis-button__detail">{action.detail}</span>}
    </a>
  );
}

/**
 * Crisis lines as large one-tap call and text buttons (tel: and sms: links),
 * the emergency number first. Used where someone may need help at once.
 */
export function CrisisCallButtons({
  resources,
  linesIntro,
}: {
  resources: CrisisResources;
  /** Said before the help lines ("Help lines in Germany:"), when there are any. */
  linesIntro?: ReactNode;
}) {
  const emergency = emergencyAction(resources.emergency);
  return (
    <div className="crisis-actions">
      <p>
        <strong>
          If you are in danger or might hurt yourself, call{' '}
          {emergency ? emergency.number : 'your local emergency number'} now.
        </strong>
      </p>
      {emergency && (
        <p>
          <a className="crisis-button crisis-button--first" href={emergency.href}>
            <span className="crisis-button__main">Call {emergency.number}</span>
            <span className="crisis-button__detail">Emergency services</span>
          </a>
        </p>
      )}
      {resources.resources.length > 0 && linesIntro}
      {resources.resources.length > 0 && (
        <ul className="crisis-lines">
          {resources.resources.map((resource, index) => {
            const line = crisisLineActions(resource);
            return (
              // Names may repeat across a country's lines; the order is fixed by the server.
              <li className="crisis-line" key={`${index}-${line.name}`}>
                <p className="crisis-line__name">{line.name}</p>
                {line.description && <p>{line.description}</p>}
                {line.actions.length > 0 && (
                  <div className="crisis-line__actions">
                    {line.actions.map((action) => (
                      <ActionLink key={action.href} action={action} name={line.name} />
                    ))}
                  </div>
                )}
                {resource.text && !line.actions.some((a) => a.kind === 'text') && (
                  <p>{resource.text}</p>
                )}
                {resource.url && (
                  <p>
                    <a href={resource.url} rel="noreferrer noopener" target="_blank">
                      Chat or read more online
                      <VisuallyHidden> with {line.name} (opens in a new tab)</VisuallyHidden>
                    </a>
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
