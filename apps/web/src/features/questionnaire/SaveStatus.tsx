import type { AutosaveStatus } from './autosaver.ts';

const words = {
  idle: '',
  // Not announced as it happens: "Saved" follows in a moment.
  saving: '',
  saved: 'Saved',
  failed: 'Not saved just now. Your answers are still here, and we will try again.',
} as const satisfies Record<AutosaveStatus, string>;

/** "Saved", said politely (role="status"); the region stays in place so changes are read out. */
export function SaveStatus({ status }: { status: AutosaveStatus }) {
  return (
    <p className="save-status" role="status">
      {words[status]}
    </p>
  );
}
