import { smsHref, telephoneHref } from './telephone-href.ts';
import type { CrisisResource } from './client-home-api.ts';

export function CrisisResourceItem({ resource }: { resource: CrisisResource }) {
  const sms = resource.text ? smsHref(resource.text) : null;
  return (
    <li>
      <p className="help-panel__resource-name">{resource.name}</p>
      <p>{resource.description}</p>
      <ul className="help-panel__contacts">
        {resource.phone && (
          <li>
            Call <a href={telephoneHref(resource.phone)}>{resource.phone}</a>
          </li>
        )}
        {resource.text && <li>{sms ? <a href={sms}>{resource.text}</a> : resource.text}</li>}
        {resource.url && (
          <li>
            <a href={resource.url} rel="noreferrer noopener" target="_blank">
              {resource.url}
              <span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          </li>
        )}
      </ul>
    </li>
  );
}
