import { AppError, isUuid } from '@tandem/core';
import { getInstrument, type ResponseScorer } from '@tandem/instruments';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import { requirePracticeAccess } from '../access/require-access.ts';
import { appendAuditEvent } from '../audit/audit.repo.ts';
import { auditedBy } from '../audit/audited-by.ts';
import { claimSubmission } from '../idempotency/claim-submission.ts';
import { checkImportable } from './importable-questionnaire.ts';
import { prepareScorer } from './practice-instrument-scorer.ts';
import {
  insertPracticeInstrument,
  practiceInstrumentByUrlVersion,
  practiceInstrumentRow,
  practiceInstrumentRows,
  retirePracticeInstrument,
  type PracticeInstrumentRow,
} from './practice-instruments.repo.ts';

type ServiceDeps = Pick<Deps, 'db' | 'clock'>;

/** What the library will do with a Questionnaire, said before anyone relies on it. */
export interface ScoringPlan {
  url: string;
  version: string;
  title: string;
  /** The built-in instrument id it is scored as, or null when totalled by its own scoring. */
  recognisedAs: string | null;
  summary: string;
  /** Why a Questionnaire carrying a built-in panel code is not scored as it. */
  unmappable: string[];
}

export interface PracticeInstrumentView extends PracticeInstrumentRow {
  summary: string;
}

function planOf(questionnaire: Record<string, unknown>): {
  plan: ScoringPlan;
  scorer: ResponseScorer;
} {
  const identity = checkImportable(questionnaire);
  const scorer = prepareScorer(questionnaire);
  const { recognition } = scorer;
  const recognised = recognition?.status === 'recognised' ? recognition.definition : null;
  return {
    scorer,
    plan: {
      ...identity,
      recognisedAs: recognised?.id ?? null,
      summary: summaryOf(recognised?.shortTitle ?? null),
      unmappable: recognition?.status === 'unmappable' ? [...recognition.problems] : [],
    },
  };
}

function summaryOf(recognisedShortTitle: string | null): string {
  return recognisedShortTitle === null
    ? 'Totalled by its own scoring; no bands, no critical items, no change thresholds.'
    : `Scored as ${recognisedShortTitle} (recognised by LOINC codes): bands and critical items apply.`;
}

function viewOf(
  row: PracticeInstrumentRow,
  recognisedShortTitle: string | null,
): PracticeInstrumentView {
  return { ...row, summary: summaryOf(recognisedShortTitle) };
}

/** What importing this Questionnaire would do, without importing it. */
export async function previewPracticeInstrument(
  deps: ServiceDeps,
  actor: Actor,
  questionnaire: Record<string, unknown>,
): Promise<ScoringPlan> {
  await requirePracticeAccess(deps, actor, 'instruments.import');
  return planOf(questionnaire).plan;
}

/**
 * The admin imports a Questionnaire under a client-generated id. Refused,
 * naming the field, when Tandem could not show or keep it, or the library
 * cannot read it; a url and version already imported is 409. A retry of the
 * same request answers the stored instrument.
 */
export async function importPracticeInstrument(
  deps: ServiceDeps,
  actor: Actor,
  input: { id: string; questionnaire: Record<string, unknown> },
): Promise<{ created: boolean; instrument: PracticeInstrumentView; plan: ScoringPlan }> {
  const scope = await requirePracticeAccess(deps, actor, 'instruments.import');
  const { plan } = planOf(input.questionnaire);
  const now = deps.clock();
  const created = await deps.db.transaction().execute(async (trx) => {
    const claim = await claimSubmission(
      trx,
      {
        practiceId: scope.practiceId,
        actorId: actor.userId,
        operation: 'instrument.import',
        submissionId: input.id,
      },
      { questionnaire: input.questionnaire },
      now,
    );
    if (claim === 'replay') return false;
    const existing = await practiceInstrumentByUrlVersion(
      trx,
      scope.practiceId,
      plan.url,
      plan.version,
    );
    if (existing)
      throw new AppError('QUESTIONNAIRE_ALREADY_IMPORTED', { path: 'questionnaire.version' });
    const stored = await insertPracticeInstrument(
      trx,
      {
        practiceId: scope.practiceId,
        id: input.id,
        url: plan.url,
        version: plan.version,
        title: plan.title,
        questionnaire: input.questionnaire,
        recognisedAs: plan.recognisedAs,
        importedBy: actor.userId,
      },
      now,
    );
    // The id is already another instrument's (imported by someone else): nothing of theirs is told.
    if (!stored) throw new AppError('SUBMISSION_ID_REUSED', { path: 'id' });
    await appendAuditEvent(
      trx,
      {
        ...auditedBy(actor),
        action: 'instrument.practice.import',
        resourceType: 'practice-instrument',
        resourceId: input.id,
        outcome: 'allowed',
        detail: { url: plan.url, version: plan.version, recognisedAs: plan.recognisedAs },
      },
      now,
    );
    return true;
  });
  const row = await practiceInstrumentRow(deps.db, scope.practiceId, input.id);
  if (!row) throw new AppError('SUBMISSION_ID_REUSED', { path: 'id' });
  return { created, instrument: { ...row, summary: plan.summary }, plan };
}

/** The practice's imported Questionnaires: definitions only, retired ones included. */
export async function listPracticeInstruments(
  deps: ServiceDeps,
  actor: Actor,
): Promise<PracticeInstrumentView[]> {
  const scope = await requirePracticeAccess(deps, actor, 'instruments.read');
  const rows = await practiceInstrumentRows(deps.db, scope.practiceId);
  return rows.map((row) =>
    viewOf(
      row,
      row.recognisedAs === null
        ? null
        : (getInstrument(row.recognisedAs)?.shortTitle ?? row.recognisedAs),
    ),
  );
}

/**
 * No new assignments from now on. Assignments already made, their occasions
 * and every stored response keep their version and keep scoring and showing.
 */
export async function retirePracticeInstrumentById(
  deps: ServiceDeps,
  actor: Actor,
  id: string,
): Promise<PracticeInstrumentView> {
  const scope = await requirePracticeAccess(deps, actor, 'instruments.import');
  if (!isUuid(id)) throw new AppError('NOT_FOUND');
  const now = deps.clock();
  await deps.db.transaction().execute(async (trx) => {
    const row = await practiceInstrumentRow(trx, scope.practiceId, id);
    if (!row) throw new AppError('NOT_FOUND');
    if (!(await retirePracticeInstrument(trx, scope.practiceId, id, now))) return;
    await appendAuditEvent(
      trx,
      {
        ...auditedBy(actor),
        action: 'instrument.practice.retire',
        resourceType: 'practice-instrument',
        resourceId: id,
        outcome: 'allowed',
      },
      now,
    );
  });
  const [view] = (await listPracticeInstruments(deps, actor)).filter((i) => i.id === id);
  if (!view) throw new AppError('NOT_FOUND');
  return view;
}
