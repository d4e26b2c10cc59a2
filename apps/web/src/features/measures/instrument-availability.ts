import type { Instrument } from './measure-types.ts';
import type { PracticeInstrument } from './practice-instruments-api.ts';

/** Why a measure cannot be assigned yet, and who can change that. */
export function notAssignableText(
  instrument: Pick<Instrument, 'notAssignableReason'>,
): string | null {
  switch (instrument.notAssignableReason) {
    case 'licence':
      return 'Its licence has not been accepted yet. Your practice admin can accept it on the Instruments page.';
    case 'fallback-contact':
      return 'It can raise alerts, and your practice has no alert fallback contact yet. Your practice admin can set one in Practice settings.';
    case null:
      return null;
  }
}

/** The measures a therapist can assign now, by short title. */
export function assignableInstruments(instruments: readonly Instrument[]): Instrument[] {
  return instruments
    .filter((instrument) => instrument.assignable)
    .sort((a, b) => a.shortTitle.localeCompare(b.shortTitle));
}

/**
 * What the assign form offers: the built-in measures that can be assigned
 * now, then the practice's own questionnaires not retired (each version is a
 * measure of its own, named by `practice:<id>`).
 */
export function measureChoices(
  instruments: readonly Instrument[],
  practiceInstruments: readonly Pick<
    PracticeInstrument,
    'instrumentId' | 'title' | 'version' | 'retiredAt'
  >[],
): { value: string; label: string }[] {
  return [
    ...assignableInstruments(instruments).map((i) => ({
      value: i.id,
      label: `${i.shortTitle} – ${i.title}`,
    })),
    ...practiceInstruments
      .filter((p) => p.retiredAt === null)
      .sort((a, b) => a.title.localeCompare(b.title) || a.version.localeCompare(b.version))
      .map((p) => ({
        value: p.instrumentId,
        label: `${p.title} (version ${p.version}) – practice questionnaire`,
      })),
  ];
}

/** The starter set for the caseload's bulk action. */
export const starterSetIds = ['phq-9', 'gad-7'] as const;
