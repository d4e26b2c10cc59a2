import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { AppError } from '@tandem/core';
import {
  getInstrument,
  scoreResponse,
  validateAnswers,
  type InstrumentDefinition,
} from '@tandem/instruments';
import type { DB } from '../../db/schema.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import { requireClientAccess, type ClientScope } from '../access/require-access.ts';
import { raiseCriticalItemAlerts } from '../alerts/raise-alerts.ts';
import { appendAuditEvent } from '../audit/audit.repo.ts';
import { auditedBy } from '../audit/audited-by.ts';
import { crisisResourcesFor, type CrisisResources } from '../crisis/crisis-lines.ts';
import { claimSubmission } from '../idempotency/claim-submission.ts';
import { assignmentsOfClient } from './assignments.repo.ts';
import { clientTimeZone } from './client-time-zone.repo.ts';
import { practiceMeasureSettings } from './instruments.repo.ts';
import { refreshMeasureStatus } from './measure-status.repo.ts';
import { completeOccasion, openOccasionForUpdate } from './occasions.repo.ts';
import { canonicalOf, toQuestionnaireResponse } from './questionnaire-response.ts';
import { insertResponse, responseBySubmission, type StoredResponse } from './responses.repo.ts';
import { resultMeaning } from './result-meaning.ts';

type ServiceDeps = Pick<Deps, 'db' | 'clock'>;

export interface SubmitInput {
  id: string;
  occasionId: string | null;
  instrumentId: string;
  answers: Record<string, number | null>;
}

export interface SubmitOutcome {
  created: boolean;
  response: StoredResponse;
  definition: InstrumentDefinition;
  showResults: boolean;
  meaning: string | null;
  crisis: { resources: CrisisResources; hasSafetyPlan: boolean; message: string } | null;
}

/** Said with every crisis screen: nobody is watching the answers as they come in. */
export const NOT_WATCHED_MESSAGE =
  'Your answers are not watched in real time. If you might act on thoughts of harming yourself, call or text one of these services now.';

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

/**
 * A client submits their answers. Scoring, any critical-item alert and the
 * audit event are written in the transaction that stores the answers, so an
 * acknowledged submission always has its alert, and the browser is never
 * trusted with a score. A retry with the same id answers the stored result
 * (and the crisis screen again, if it had one) and creates nothing; the same
 * id with other answers is SUBMISSION_ID_REUSED. A response that cannot be
 * scored (too many items left out) is still kept, and still alerts.
 */
export async function submitResponse(
  deps: ServiceDeps,
  actor: Actor,
  input: SubmitInput,
): Promise<SubmitOutcome> {
  const scope = await requireClientAccess(deps, actor, 'client.measures.respond', actor.userId);
  const definition = checkedDefinition(input);
  const now = deps.clock();
  const result = await deps.db.transaction().execute(async (trx) => {
    const claim = await claimSubmission(
      trx,
      {
        practiceId: scope.practiceId,
        actorId: actor.userId,
        operation: 'measure.submit',
        submissionId: input.id,
      },
      { occasionId: input.occasionId, instrumentId: input.instrumentId, answers: input.answers },
      now,
    );
    if (claim === 'replay') {
      const stored = await responseBySubmission(trx, scope, input.id);
      if (!stored) throw new AppError('SUBMISSION_ID_REUSED', { path: 'id' });
      return {
        created: false,
        response: stored,
        resultsHidden: await resultsHidden(trx, scope, input),
      };
    }
    const hidden = await checkOccasion(trx, scope, input, now);
    const score = scoreResponse(definition, input.answers);
    const response: StoredResponse = {
      id: randomUUID(),
      clientId: scope.clientId,
      occasionId: input.occasionId,
      instrumentId: definition.id,
      instrumentVersion: definition.version,
      total: score.valid ? score.total : null,
      band: score.valid ? (score.band?.id ?? null) : null,
      prorated: score.prorated,
      critical: score.critical,
      submittedAt: now,
    };
    await insertResponse(
      trx,
      {
        ...response,
        practiceId: scope.practiceId,
        submissionId: input.id,
        questionnaire: canonicalOf(definition),
        response: toQuestionnaireResponse(definition, input.answers, now),
        subscales: score.subscales,
        submittedBy: actor.userId,
      },
      now,
    );
    if (response.total !== null) {
      const { notOnTrackRule } = await practiceMeasureSettings(trx, scope.practiceId);
      await refreshMeasureStatus(
        trx,
        { practiceId: scope.practiceId, clientId: scope.clientId, instrumentId: definition.id },
        now,
        {
          timeZone: await clientTimeZone(trx, scope.practiceId, scope.clientId),
          notOnTrackRules: notOnTrackRule,
        },
      );
    }
    if (input.occasionId !== null) {
      await completeOccasion(trx, scope, input.occasionId, response.id, now);
    }
    await appendAuditEvent(
      trx,
      {
        ...auditedBy(actor),
        action: 'measure.submit',
        resourceType: 'measure-response',
        resourceId: response.id,
        clientId: scope.clientId,
        outcome: 'allowed',
        detail: { instrumentId: definition.id, criticalItems: score.critical },
      },
      now,
    );
    if (score.critical.length > 0) {
      await raiseCriticalItemAlerts(
        trx,
        {
          practiceId: scope.practiceId,
          clientId: scope.clientId,
          responseId: response.id,
          instrumentId: definition.id,
          answers: score.critical.map((itemId) => ({
            itemId,
            value: input.answers[itemId] ?? 0,
          })),
        },
        now,
      );
    }
    return { created: true, response, resultsHidden: hidden };
  });
  return {
    created: result.created,
    response: result.response,
    definition,
    showResults: !result.resultsHidden,
    meaning: result.resultsHidden ? null : resultMeaning(definition, result.response),
    crisis: result.response.critical.length > 0 ? await crisisFor(deps, scope.practiceId) : null,
  };
}

/**
 * The occasion must be the client's, open now and not yet answered; without
 * one, the client must have an active assignment of the measure (an extra
 * completion between occasions). Returns whether its results are hidden.
 */
async function checkOccasion(
  trx: Kysely<DB>,
  scope: ClientScope<'client.measures.respond'>,
  input: SubmitInput,
  now: Date,
): Promise<boolean> {
  if (input.occasionId !== null) {
    const occasion = await openOccasionForUpdate(trx, scope, input.occasionId, now);
    if (!occasion) throw new AppError('MEASURE_NOT_OPEN', { path: 'occasionId' });
    if (occasion.responseId !== null) {
      throw new AppError('MEASURE_ALREADY_ANSWERED', { path: 'occasionId' });
    }
    if (occasion.instrumentId !== input.instrumentId) {
      throw new AppError('VALIDATION_FAILED', {
        path: 'instrumentId',
        message: 'These answers are for a different questionnaire.',
      });
    }
  }
  return resultsHidden(trx, scope, input, true);
}

async function resultsHidden(
  trx: Kysely<DB>,
  scope: ClientScope<'client.measures.respond'>,
  input: SubmitInput,
  requireActive = false,
): Promise<boolean> {
  const assignments = (await assignmentsOfClient(trx, scope)).filter(
    (a) => a.instrumentId === input.instrumentId,
  );
  const active = assignments.filter((a) => a.status === 'active');
  if (requireActive && input.occasionId === null && active.length === 0) {
    throw new AppError('MEASURE_NOT_OPEN', { path: 'instrumentId' });
  }
  return assignments.some((a) => a.resultsHidden);
}

async function crisisFor(
  deps: ServiceDeps,
  practiceId: string,
): Promise<{ resources: CrisisResources; hasSafetyPlan: boolean; message: string }> {
  const settings = await practiceMeasureSettings(deps.db, practiceId);
  // The safety plan arrives with the between-sessions tools; until then there is none to show.
  return {
    resources: crisisResourcesFor(settings.country),
    hasSafetyPlan: false,
    message: NOT_WATCHED_MESSAGE,
  };
}
