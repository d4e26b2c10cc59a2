export type * from './definition/types.ts';
export { getInstrument, listInstruments } from './registry.ts';
export { scoreResponse } from './scoring/score-response.ts';
export { validateAnswers } from './scoring/validate-answers.ts';
export { itemScore } from './scoring/item-score.ts';
export { bandFor } from './scoring/thresholds.ts';
export { toQuestionnaire, TANDEM_FHIR_BASE } from './fhir-export/to-questionnaire.ts';
