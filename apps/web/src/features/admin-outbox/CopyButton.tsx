import { useState } from 'react';
import type { ReactNode } from 'react';
import { Button } from '../../shared/ui/Button.tsx';

interface CopyButtonProps {
  text: string;
  /** The button's visible label, with any screen-reader-only detail: "Copy link …". */
  children: ReactNode;
}

/**
 * Copies text to the clipboard. Browsers offer the clipboard only on HTTPS or
 * localhost; elsewhere the button is left out and the text can be selected by
 * hand.
 */
export function CopyButton({ text, children }: CopyButtonProps) {
  const [result, setResult] = useState<'copied' | 'failed' | null>(null);
  if (typeof navigator.clipboard?.writeText !== 'function') return null;

  function copy() {
    navigator.clipboard.writeText(text).then(
      () => setResult('copied'),
      () => setResult('failed'),
    );
  }

  return (
    <div className="button-row">
      <Button variant="secondary" className="button--small" onClick={copy}>
        {children}
      </Button>
      <span role="status">
        {result === 'copied' && 'Copied.'}
        {result === 'failed' && 'Copying did not work. Select the text and copy it instead.'}
      </span>
    </div>
  );
}
