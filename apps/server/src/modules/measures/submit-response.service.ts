import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { AppError } from '@tandem/core';
import type { InstrumentDefinition } from '@tandem/instruments';
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
import { standingContext } from './client-time-zone.repo.ts';
import { practiceMeasureSettings } from './instruments.repo.ts';
import type { SubmittedItem } from '../practice-instruments/practice-submission.ts';
import { refreshMeasureStatus } from './measure-status.repo.ts';
import { hasPlan } from '../plans/plans.repo.ts';
import { completeOccasion, openOccasionForUpdate } from './occasions.repo.ts';
import { insertResponse, responseBySubmission, type StoredResponse } from './responses.repo.ts';
import { resultMeaning } from './result-meaning.ts';
import { scoreTarget, targetOf } from './submission-target.ts';
import { noticeNewEpisode } from './standings-refresh-job.ts';

type ServiceDeps = Pick<Deps, 'db' | 'clock'>;

export interface SubmitInput {
  id: string;
  occasionId: string | null;
  instrumentId: string;
  answers: Record<string, number | null>;
  /** Answers to a practice instrument (`practice:<id>`), QuestionnaireResponse.item-shaped. */
  item?: SubmittedItem[] | undefined;
}

export interface SubmitOutcome {
  created: boolean;
  response: StoredResponse;
  title: string;
  /** The built-in definition the answers were scored as; null for a practice instrument totalled by its own scoring. */
  definition: InstrumentDefinition | null;
  showResults: boolean;
  meaning: string | null;
  crisis: { resources: CrisisResources; hasSafetyPlan: boolean; message: string } | null;
}

/** Said with every crisis screen: nobody is watching the answers as they come in. */
export const NOT_WATCHED_MESSAGE =
  'Your answers are not watched in real time. If you might act on thoughts of harming yourself, call or text one of these services now.';

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
  const target = await targetOf(deps, scope, input);
  const now = deps.clock();
  // Scored before the transaction (pure): bad answers are refused before anything is claimed.
  const score = scoreTarget(target, input, now);
  const result = await deps.db.transaction().execute(async (trx) => {
    const claim = await claimSubmission(
      trx,
      {
        practiceId: scope.practiceId,
        actorId: actor.userId,
        operation: 'measure.submit',
        submissionId: input.id,
      },
      {
        occasionId: input.occasionId,
        instrumentId: input.instrumentId,
        answers: input.answers,
        ...(input.item === undefined ? {} : { item: input.item }),
      },
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
    const response: StoredResponse = {
      id: randomUUID(),
      clientId: scope.clientId,
      occasionId: input.occasionId,
      instrumentId: score.instrumentId,
      instrumentVersion: score.version,
      total: score.total,
      band: score.band,
      prorated: score.prorated,
      critical: score.critical.map((answer) => answer.itemId),
      submittedAt: now,
    };
    await insertResponse(
      trx,
      {
        ...response,
        practiceId: scope.practiceId,
        submissionId: input.id,
        questionnaire: score.canonical,
        response: score.response,
        subscales: score.subscales,
        submittedBy: actor.userId,
      },
      now,
    );
    if (response.total !== null) {
      const key = {
        practiceId: scope.practiceId,
        clientId: scope.clientId,
        instrumentId: score.instrumentId,
      };
      const standing = await refreshMeasureStatus(
        trx,
        key,
        now,
        await standingContext(trx, scope.practiceId, scope.clientId),
      );
      // Newly not on track: the care team is told once, with this answer or not at all.
      await noticeNewEpisode(trx, key, standing, now);
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
        detail: { instrumentId: score.instrumentId, criticalItems: response.critical },
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
          instrumentId: score.alertInstrumentId,
          answers: score.critical,
        },
        now,
      );
    }
    return { created: true, response, resultsHidden: hidden };
  });
  const definition = target.kind === 'built-in' ? target.definition : target.measure.recognised;
  return {
    created: result.created,
    response: result.response,
    title: target.kind === 'built-in' ? target.definition.title : target.measure.title,
    definition,
    showResults: !result.resultsHidden,
    meaning:
      result.resultsHidden || definition === null
        ? null
        : resultMeaning(definition, result.response),
    crisis: result.response.critical.length > 0 ? await crisisFor(deps, scope) : null,
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
  scope: ClientScope<'client.measures.respond'>,
): Promise<{ resources: CrisisResources; hasSafetyPlan: boolean; message: string }> {
  const settings = await practiceMeasureSettings(deps.db, scope.practiceId);
  return {
    resources: crisisResourcesFor(settings.country),
    // The crisis screen then offers the client's own plan, one tap away.
    hasSafetyPlan: await hasPlan(deps.db, scope, 'safety-plan'),
    message: NOT_WATCHED_MESSAGE,
  };
}
