import { useId } from 'react';
import { Link } from 'react-router';
import { formatDateTime } from '../../shared/format/format-date.ts';
import { Button } from '../../shared/ui/Button.tsx';
import { VisuallyHidden } from '../../shared/ui/VisuallyHidden.tsx';
import type { Alert } from './alert-types.ts';
import { alertStateLabel, answerText, recipientText } from './alert-wording.ts';

interface AlertCardProps {
  alert: Alert;
  /** Where the client's page is (therapist or supervisor area). */
  clientPathBase: string;
  acknowledging: boolean;
  onAcknowledge: (alert: Alert) => void;
  onResolve: (alert: Alert) => void;
}

/** One alert: the answer that raised it, when, its state, who else has it and who acted. */
export function AlertCard({
  alert,
  clientPathBase,
  acknowledging,
  onAcknowledge,
  onResolve,
}: AlertCardProps) {
  const titleId = useId();
  const forWhom = <VisuallyHidden> the alert for {alert.clientName}</VisuallyHidden>;
  return (
    <article className={`alert-card alert-card--${alert.state}`} aria-labelledby={titleId}>
      <h3 id={titleId} className="alert-card__title">
        <Link to={`${clientPathBase}/${alert.clientId}`}>{alert.clientName}</Link>:{' '}
        {alert.instrumentTitle}
      </h3>
      <p>
        <span className="badge alert-card__state">{alertStateLabel(alert.state)}</span> Raised{' '}
        {formatDateTime(alert.createdAt)}
        {alert.escalatedAt && <> · Escalated {formatDateTime(alert.escalatedAt)}</>}
      </p>
      <dl className="definition-list">
        <dt>Question</dt>
        <dd>
          Item {alert.itemId}: {alert.itemText}
        </dd>
        <dt>Answer</dt>
        <dd>{answerText(alert)}</dd>
        <dt>Who has it</dt>
        <dd>
          <ul className="cell-list">
            {alert.recipients.map((r) => (
              <li key={r.staffId}>
                {recipientText(r, r.notifiedAt ? formatDateTime(r.notifiedAt) : null)}
              </li>
            ))}
          </ul>
        </dd>
        {alert.acknowledged && (
          <>
            <dt>Acknowledged</dt>
            <dd>
              {alert.acknowledged.by.displayName}, {formatDateTime(alert.acknowledged.at)}
            </dd>
          </>
        )}
        {alert.resolved && (
          <>
            <dt>Resolved</dt>
            <dd>
              {alert.resolved.by.displayName}, {formatDateTime(alert.resolved.at)}
            </dd>
            <dt>Note</dt>
            <dd className="alert-card__note">{alert.resolved.note}</dd>
          </>
        )}
      </dl>
      {alert.state !== 'resolved' && (
        <div className="button-row">
          {alert.state === 'new' && (
            <Button
              variant="secondary"
              busy={acknowledging}
              busyLabel="Acknowledging…"
              onClick={() => onAcknowledge(alert)}
            >
              Acknowledge{forWhom}
            </Button>
          )}
          <Button variant="secondary" onClick={() => onResolve(alert)}>
            Resolve{forWhom}
          </Button>
        </div>
      )}
    </article>
  );
}
