/** Mirrors the server: a care team has 1 to 10 therapists. */
export const maxCareTeamSize = 10;

/**
 * The quick check before saving a care team.
 *
 * @example checkCareTeam([]) // 'Choose at least one therapist.'
 */
export function checkCareTeam(therapistIds: readonly string[]): string | undefined {
  if (therapistIds.length === 0) return 'Choose at least one therapist.';
  if (therapistIds.length > maxCareTeamSize) return `Choose at most ${maxCareTeamSize} therapists.`;
  return undefined;
}

/**
 * The server names the refused therapist by its place in the list
 * ("therapistIds.1"); the form shows every such error at the group.
 */
export const careTeamApiPaths: Readonly<Record<string, 'therapists'>> = Object.fromEntries(
  ['therapistIds', ...Array.from({ length: maxCareTeamSize }, (_, i) => `therapistIds.${i}`)].map(
    (path): [string, 'therapists'] => [path, 'therapists'],
  ),
);
