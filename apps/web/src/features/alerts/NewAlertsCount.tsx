import { newAlertsBadge } from './alert-wording.ts';
import { useNewAlertCount } from './alerts-api.ts';

/** "2 new" beside "Alerts" in the staff navigation (part of the link's name). */
export function NewAlertsCount() {
  const text = newAlertsBadge(useNewAlertCount());
  if (text === null) return null;
  return (
    <>
      <span className="visually-hidden">, </span>
      <span className="nav-count">{text}</span>
    </>
  );
}
