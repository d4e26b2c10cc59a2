import { splitFirstNumber } from './contact-link.ts';

/**
 * The one instruction that must always show, even when the list of help lines
 * cannot load: call the emergency number (named when the country is known).
 */
export function EmergencyLine({ emergency }: { emergency: string | undefined }) {
  const parts = emergency ? splitFirstNumber(emergency) : null;
  return (
    <p>
      <strong>
        If you are in danger or might hurt yourself, call{' '}
        {parts ? (
          <>
            <a href={`tel:${parts.dialable}`}>{emergency}</a> now.
          </>
        ) : (
          'your local emergency number now.'
        )}
      </strong>
    </p>
  );
}
