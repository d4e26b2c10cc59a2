import { Button } from '../../shared/ui/Button.tsx';
import { VisuallyHidden } from '../../shared/ui/VisuallyHidden.tsx';
import { notAssignableText } from '../measures/instrument-availability.ts';
import type { Instrument } from '../measures/measure-types.ts';

interface InstrumentCardProps {
  instrument: Instrument;
  accepting: boolean;
  onAccept: () => void;
}

export function InstrumentCard({ instrument, accepting, onAccept }: InstrumentCardProps) {
  const why = notAssignableText(instrument);
  return (
    <li className="card instrument-card">
      <h2 className="instrument-card__title">
        {instrument.shortTitle}: {instrument.title}
      </h2>
      <p>
        {instrument.itemCount} questions, scores {instrument.min} to {instrument.max}
        {instrument.riskBearing ? '; has a risk question that raises alerts' : ''}.
      </p>
      <p className="instrument-card__licence">
        {instrument.licence.text} {instrument.licence.attribution}
        {instrument.licence.url && (
          <>
            {' '}
            <a href={instrument.licence.url} rel="noreferrer noopener" target="_blank">
              Licence
              <VisuallyHidden> of the {instrument.shortTitle} (opens in a new tab)</VisuallyHidden>
            </a>
          </>
        )}
      </p>
      <p>
        <span className="badge">
          {instrument.assignable ? 'Can be assigned' : 'Not available yet'}
        </span>{' '}
        {why}
      </p>
      {!instrument.licenceAccepted && (
        <Button variant="secondary" busy={accepting} busyLabel="Accepting…" onClick={onAccept}>
          Accept licence<VisuallyHidden> of the {instrument.shortTitle}</VisuallyHidden>
        </Button>
      )}
    </li>
  );
}
