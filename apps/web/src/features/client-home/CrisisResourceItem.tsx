import { VisuallyHidden } from '../../shared/ui/VisuallyHidden.tsx';
import { ContactLine } from './ContactLine.tsx';
import type { CrisisResource } from './client-home-api.ts';

export function CrisisResourceItem({ resource }: { resource: CrisisResource }) {
  return (
    <li>
      <p className="help-panel__resource-name">{resource.name}</p>
      {resource.description && <p>{resource.description}</p>}
      <ul className="help-panel__contacts">
        {resource.phone && <ContactLine verb="Call" scheme="tel" contact={resource.phone} />}
        {resource.text && <ContactLine verb="Text" scheme="sms" contact={resource.text} />}
        {resource.url && (
          <li>
            <a href={resource.url} rel="noreferrer noopener" target="_blank">
              Chat or read more online
              <VisuallyHidden> with {resource.name} (opens in a new tab)</VisuallyHidden>
            </a>
          </li>
        )}
      </ul>
    </li>
  );
}
