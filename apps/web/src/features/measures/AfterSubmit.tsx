import { useState } from 'react';
import { CrisisScreen } from './CrisisScreen.tsx';
import { SubmittedScreen } from './SubmittedScreen.tsx';
import type { SubmitResult } from './measure-types.ts';

/** After the server stored the answers: crisis help first when an answer calls for it, then the result. */
export function AfterSubmit({ result }: { result: SubmitResult }) {
  const [crisisSeen, setCrisisSeen] = useState(false);
  if (result.crisis !== null && !crisisSeen) {
    return <CrisisScreen crisis={result.crisis} onContinue={() => setCrisisSeen(true)} />;
  }
  return <SubmittedScreen response={result.response} />;
}
