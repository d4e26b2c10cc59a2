import type { BandRef, InstrumentDefinition } from '@tandem/instruments';

/** The band stored for a response, with its label from the definition. */
export function bandOf(definition: InstrumentDefinition, bandId: string | null): BandRef | null {
  if (bandId === null) return null;
  const band = definition.total.bands.find((candidate) => candidate.id === bandId);
  return band ? { id: band.id, label: band.label } : null;
}

/**
 * What a score means, in plain words for the client: the number, the range
 * it falls in as the published bands name it, and that it is not a
 * diagnosis. Null when the response could not be scored.
 */
export function resultMeaning(
  definition: InstrumentDefinition,
  response: { total: number | null; band: string | null },
): string | null {
  if (response.total === null) return null;
  const band = bandOf(definition, response.band);
  const score = `Your score was ${formatScore(response.total)} out of ${definition.total.max}`;
  const range = band ? `, in the range called “${band.label.toLowerCase()}”` : '';
  return `${score}${range}. A score is not a diagnosis; your therapist will go through it with you.`;
}

/** Prorated totals are exact; one decimal is enough to read. */
export function formatScore(total: number): string {
  return Number.isInteger(total) ? String(total) : total.toFixed(1);
}
