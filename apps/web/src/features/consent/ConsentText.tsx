import { useId } from 'react';
import type { ConsentDocument } from './consent-api.ts';

/**
 * The practice's consent text in a scrollable, labelled region. The region is
 * focusable so it can be scrolled with the keyboard.
 */
export function ConsentText({ consent }: { consent: ConsentDocument }) {
  const headingId = useId();
  const paragraphs = consent.text.split(/\n\s*\n/).filter((paragraph) => paragraph.trim() !== '');
  return (
    <section className="consent">
      <h2 id={headingId}>Consent to use Tandem</h2>
      <p className="muted">Version {consent.version}</p>
      <div
        className="scroll-box consent__text"
        role="region"
        aria-labelledby={headingId}
        tabIndex={0}
      >
        {paragraphs.map((paragraph, index) => (
          // The text is static for a given version; the index is a stable key.
          <p key={index}>{paragraph.trim()}</p>
        ))}
      </div>
    </section>
  );
}
