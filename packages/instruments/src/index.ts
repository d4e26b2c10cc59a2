export type * from './definition/types.ts';
export { getInstrument, listInstruments } from './registry.ts';
export { scoreResponse } from './scoring/score-response.ts';
export { validateAnswers } from './scoring/validate-answers.ts';
export { itemScore } from './scoring/item-score.ts';
export { bandFor } from './scoring/thresholds.ts';
export { toQuestionnaire, TANDEM_FHIR_BASE } from './fhir-export/to-questionnaire.ts';
export { extensionUrl, optionValueSystem, scoreLinkId } from './fhir-export/constants.ts';
export { questionnaireJson } from './fhir-export/serialize.ts';
export {
  JACOBSON_TRUAX_CRITICAL_VALUE,
  reliableChangeIndex,
  reliableChangeThreshold,
  reliableDirection,
  standardErrorOfDifference,
  standardErrorOfMeasurement,
  type ChangeDirection,
} from './change/reliable-change.ts';
export {
  isDysfunctional,
  isFunctional,
  jacobsonTruaxCutoffs,
  type ClinicalCutoffs,
  type NormativeSample,
} from './change/clinical-cutoffs.ts';
export {
  classifyJacobsonTruax,
  type ChangeCategory,
  type JacobsonTruaxInput,
  type JacobsonTruaxResult,
} from './change/classify-change.ts';
export {
  changeForInstrument,
  directionByPoints,
  type InstrumentChange,
} from './change/instrument-change.ts';
export {
  NHS_TALKING_THERAPIES_THRESHOLDS,
  nhsTalkingTherapiesOutcome,
  type MeasureOutcome,
  type NhsTalkingTherapiesOutcome,
  type PairedScores,
} from './change/nhs-talking-therapies.ts';
export {
  GAS_DEFAULT_RHO,
  goalAttainmentTScore,
  type GoalAttainment,
} from './change/goal-attainment.ts';
export type { ChangeInputError, ChangeResult } from './change/change-result.ts';
export {
  prepareQuestionnaire,
  scoreQuestionnaireResponse,
  type CalculatedItemResult,
  type ImportedScore,
  type ImportScoreOptions,
  type PreparedQuestionnaire,
} from './fhir-import/score-questionnaire-response.ts';
export { answersFromResponse } from './fhir-import/built-in-answers.ts';
export type { ImportIssue, ImportIssueCode, ImportResult } from './fhir-import/import-issue.ts';
export { CHANGE_METRIC_SOURCES } from './change/sources.ts';
export { notOnTrack } from './change/not-on-track.ts';
export type {
  NotOnTrackCode,
  NotOnTrackResult,
  NotOnTrackStatus,
} from './change/not-on-track-result.ts';
export {
  NOT_ON_TRACK_DEFAULT_CITATIONS,
  defaultNotOnTrackRule,
  type CutPoint,
  type DefaultCitation,
  type NotOnTrackRule,
} from './change/not-on-track-rule.ts';
export { validateNotOnTrackRule } from './change/validate-not-on-track-rule.ts';
export type { DatedScore } from './change/dated-scores.ts';
export {
  builtInCanonical,
  parseCanonical,
  type QuestionnaireIdentity,
} from './response-scoring/questionnaire-reference.ts';
export type { BuiltInRecognition } from './response-scoring/recognise-built-in.ts';
export {
  prepareResponseScorer,
  type ResponseScorer,
  type ScoringSource,
  type ScoringTarget,
} from './response-scoring/response-scorer.ts';
export {
  scoreResponseAgainst,
  scoreSubmittedResponse,
} from './response-scoring/score-submitted-response.ts';
export type {
  AnswerScore,
  CriticalAnswer,
  ResponseScore,
} from './response-scoring/response-score.ts';
