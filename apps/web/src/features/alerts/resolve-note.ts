/** Mirrors the server's limit on a resolution note. */
export const resolveNoteMaxLength = 2000;

export function checkResolveNote(note: string): string | undefined {
  const text = note.trim();
  if (text === '') return 'Write what was done, in a few words.';
  if (text.length > resolveNoteMaxLength) {
    return `Use at most ${resolveNoteMaxLength} characters (now ${text.length}).`;
  }
  return undefined;
}
