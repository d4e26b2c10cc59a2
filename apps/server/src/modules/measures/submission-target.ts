import { AppError } from '@tandem/core';
import {
  getInstrument,
  scoreResponse,
  validateAnswers,
  type InstrumentDefinition,
} from '@tandem/instruments';
import type { Deps } from '../../deps.ts';
import type { ClientScope } from '../access/require-access.ts';
import { practiceInstrumentIdOf } from '../practice-instruments/practice-instrument-key.ts';
import { practiceMeasure, type PracticeMeasure } from '../practice-instruments/practice-measure.ts';
import {
  scorePracticeSubmission,
  type SubmittedItem,
} from '../practice-instruments/practice-submission.ts';
import { canonicalOf, toQuestionnaireResponse } from './questionnaire-response.ts';

// What a submission is scored against, and its score, worked out before the
// transaction that stores it: a built-in instrument (answers by item id) or a
// practice instrument (QuestionnaireResponse items against exactly its version).

type ServiceDeps = Pick<Deps, 'db'>;

/** The part of a submission that says what it answers, and the answers. */
interface SubmitInput {
  instrumentId: string;
  answers: Record<string, number | null>;
  item?: SubmittedItem[] | undefined;
}

/** What the answers are scored against, checked before anything is stored. */
export type Target =
  | { kind: 'built-in'; definition: InstrumentDefinition }
  | { kind: 'practice'; measure: PracticeMeasure };

export async function targetOf(
  deps: ServiceDeps,
  scope: ClientScope<'client.measures.respond'>,
  input: SubmitInput,
): Promise<Target> {
  if (practiceInstrumentIdOf(input.instrumentId) === null) {
    if (input.item !== undefined) {
      throw new AppError('VALIDATION_FAILED', {
        path: 'item',
        message: 'Send answers to this measure as "answers".',
      });
    }
    return { kind: 'built-in', definition: checkedDefinition(input) };
  }
  // A retired practice instrument still takes answers to occasions already open.
  const measure = await practiceMeasure(deps.db, scope.practiceId, input.instrumentId);
  if (!measure) {
    throw new AppError('VALIDATION_FAILED', {
      path: 'instrumentId',
      message: 'This measure does not exist.',
    });
  }
  if (Object.keys(input.answers).length > 0) {
    throw new AppError('VALIDATION_FAILED', {
      path: 'answers',
      message: 'Send answers to this questionnaire as "item".',
    });
  }
  return { kind: 'practice', measure };
}

export interface Scored {
  instrumentId: string;
  version: string;
  canonical: string;
  response: Record<string, unknown>;
  total: number | null;
  band: string | null;
  prorated: boolean;
  critical: { itemId: string; value: number }[];
  subscales: Record<string, unknown>;
  /** Alerts name the built-in instrument a recognised Questionnaire is scored as. */
  alertInstrumentId: string;
}

export function scoreTarget(target: Target, input: SubmitInput, now: Date): Scored {
  if (target.kind === 'practice') {
    const { measure } = target;
    const scored = scorePracticeSubmission(measure, input.item ?? [], now);
    return {
      ...scored,
      instrumentId: measure.key,
      version: measure.version,
      alertInstrumentId: measure.recognised?.id ?? measure.key,
    };
  }
  const { definition } = target;
  const score = scoreResponse(definition, input.answers);
  return {
    instrumentId: definition.id,
    version: definition.version,
    canonical: canonicalOf(definition),
    response: toQuestionnaireResponse(definition, input.answers, now),
    total: score.valid ? score.total : null,
    band: score.valid ? (score.band?.id ?? null) : null,
    prorated: score.prorated,
    critical: score.critical.map((itemId) => ({ itemId, value: input.answers[itemId] ?? 0 })),
    subscales: score.subscales,
    alertInstrumentId: definition.id,
  };
}

function checkedDefinition(input: SubmitInput): InstrumentDefinition {
  const definition = getInstrument(input.instrumentId);
  if (!definition) {
    throw new AppError('VALIDATION_FAILED', {
      path: 'instrumentId',
      message: 'This measure does not exist.',
    });
  }
  const [first] = validateAnswers(definition, input.answers);
  if (first) {
    throw new AppError('VALIDATION_FAILED', {
      path: `answers.${first.itemId}`,
      message: first.message,
    });
  }
  return definition;
}
