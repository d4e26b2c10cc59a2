/** Who can see a client's entry, in the client's words; the same on every tool's page. */
export function whoCanSee(visibility: 'private' | 'shared'): string {
  return visibility === 'shared' ? 'You and your therapist' : 'Only you';
}
