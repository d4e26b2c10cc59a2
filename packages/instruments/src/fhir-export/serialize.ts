import type { InstrumentDefinition } from '../definition/types.ts';
import { toQuestionnaire } from './to-questionnaire.ts';

/** The exact text committed as fhir/<id>.json (shared by the generator and the drift test). */
export function questionnaireJson(definition: InstrumentDefinition): string {
  return `${JSON.stringify(toQuestionnaire(definition), null, 2)}\n`;
}

/** File name of a definition's committed Questionnaire, relative to packages/instruments/fhir. */
export function questionnaireFileName(definition: InstrumentDefinition): string {
  return `${definition.id}.json`;
}
