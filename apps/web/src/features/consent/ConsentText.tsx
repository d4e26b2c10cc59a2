import { useId } from 'react';
import type { ConsentDocument } from './consent-api.ts';
import { consentBlocks } from './consent-blocks.ts';

/**
 * The practice's consent text, in full and in the page's own flow: no inner
 * scroll box, which is hard to use on a phone and at large text sizes. Title
 * lines show in bold and "- " lines as lists (see consent-blocks.ts).
 */
export function ConsentText({ consent }: { consent: ConsentDocument }) {
  const headingId = useId();
  return (
    <section className="consent" aria-labelledby={headingId}>
      <h2 id={headingId}>Consent to use Tandem</h2>
      <p className="muted">Version {consent.version}</p>
      <div className="card consent__text">
        {/* The text is static for a given version; indexes are stable keys. */}
        {consentBlocks(consent.text).map((block, blockIndex) => (
          <div className="consent__block" key={blockIndex}>
            {block.title !== null && <p className="consent__title">{block.title}</p>}
            {block.parts.map((part, partIndex) =>
              part.kind === 'text' ? (
                <p key={partIndex}>{part.text}</p>
              ) : (
                <ul key={partIndex}>
                  {part.items.map((item, itemIndex) => (
                    <li key={itemIndex}>{item}</li>
                  ))}
                </ul>
              ),
            )}
          </div>
        ))}
      </div>
    </section>
  );
}
