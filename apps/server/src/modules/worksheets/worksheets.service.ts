import { AppError, isUuid } from '@tandem/core';
import type { Deps } from '../../deps.ts';
import { column } from '../../crypto/encrypted-columns.ts';
import type { EntryVisibility } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import {
  requireClientAccess,
  requireOwnEntries,
  requirePracticeAccess,
} from '../access/require-access.ts';
import { appendAuditEvent } from '../audit/audit.repo.ts';
import { auditedBy } from '../audit/audited-by.ts';
import { changeOwnEntryVisibility, createOwnEntry } from '../client-entries/own-entry.ts';
import { laterQuestions, type WorksheetQuestionnaire } from './definitions/extensions.ts';
import { worksheetDefinition } from './definitions/index.ts';
import { sealedWorksheetEntry } from './sealed-entry.ts';
import { checkWorksheetAnswers, type AnswerInput } from './worksheet-answers.ts';
import {
  worksheetEntryView,
  type SealedResponse,
  type WorksheetEntryView,
} from './worksheet-view.ts';
import {
  insertWorksheetEntry,
  updateWorksheetAnswers,
  worksheetEntriesOf,
  worksheetEntryById,
} from './worksheets.repo.ts';
import type { NewWorksheetEntry } from './worksheets.schemas.ts';

type ServiceDeps = Pick<Deps, 'db' | 'clock' | 'cipher'>;

const LIST_LIMIT = 200;

/** A worksheet's definition (a FHIR Questionnaire): questions only, no one's answers. */
export async function getWorksheetDefinition(
  deps: Pick<Deps, 'db' | 'clock'>,
  actor: Actor,
  key: string,
): Promise<WorksheetQuestionnaire> {
  await requirePracticeAccess(deps, actor, 'worksheets.read');
  const definition = worksheetDefinition(key);
  if (!definition) throw new AppError('NOT_FOUND');
  return definition;
}

/**
 * A client stores a finished worksheet, made on their device (perhaps
 * offline, sent later). The answers are checked against the definition and
 * sealed as one QuestionnaireResponse; only the ratings are kept as numbers.
 * A replay answers the stored entry; the same id with other content is
 * SUBMISSION_ID_REUSED.
 */
export async function createWorksheetEntry(
  deps: ServiceDeps,
  actor: Actor,
  input: NewWorksheetEntry,
): Promise<{ created: boolean; entry: WorksheetEntryView }> {
  const scopes = await requireOwnEntries(deps, actor);
  const definition = worksheetDefinition(input.worksheet);
  if (!definition) {
    throw new AppError('VALIDATION_FAILED', { path: 'worksheet', message: 'No such worksheet.' });
  }
  const now = deps.clock();
  const { row: entry, checked } = sealedWorksheetEntry(deps.cipher, definition, {
    id: input.id,
    answers: input.answers,
    recordedAt: now,
    visibility: input.visibility,
  });
  const { created, row } = await createOwnEntry(deps, actor, scopes, {
    id: input.id,
    operation: 'worksheet.create',
    resourceType: 'worksheet-entry',
    request: { worksheet: input.worksheet, answers: checked.answers, visibility: input.visibility },
    insert: (trx) => insertWorksheetEntry(trx, scopes.write, entry),
    read: (trx) => worksheetEntryById(trx, scopes.read, input.id),
    auditDetail: (stored) => ({ worksheet: stored.worksheetKey }),
  });
  return { created, entry: worksheetEntryView(deps.cipher, row) };
}

export async function myWorksheetEntries(
  deps: ServiceDeps,
  actor: Actor,
): Promise<WorksheetEntryView[]> {
  const scope = await requireClientAccess(deps, actor, 'client.entries.read', actor.userId);
  return deps.db.transaction().execute(async (trx) => {
    const rows = await worksheetEntriesOf(trx, scope, { limit: LIST_LIMIT });
    await appendAuditEvent(
      trx,
      {
        ...auditedBy(actor),
        action: 'worksheets.list',
        resourceType: 'worksheet-entry',
        clientId: scope.clientId,
        outcome: 'allowed',
        detail: { count: rows.length },
      },
      deps.clock(),
    );
    return rows.map((row) => worksheetEntryView(deps.cipher, row));
  });
}

export async function myWorksheetEntry(
  deps: ServiceDeps,
  actor: Actor,
  id: string,
): Promise<WorksheetEntryView> {
  const scope = await requireClientAccess(deps, actor, 'client.entries.read', actor.userId);
  if (!isUuid(id)) throw new AppError('NOT_FOUND');
  return deps.db.transaction().execute(async (trx) => {
    const row = await worksheetEntryById(trx, scope, id);
    if (!row) throw new AppError('NOT_FOUND');
    await appendAuditEvent(
      trx,
      {
        ...auditedBy(actor),
        action: 'worksheet.read',
        resourceType: 'worksheet-entry',
        resourceId: id,
        clientId: scope.clientId,
        outcome: 'allowed',
      },
      deps.clock(),
    );
    return worksheetEntryView(deps.cipher, row);
  });
}

/** Private hides it from the care team at once: every read of entries goes through the scope. */
export async function setMyWorksheetVisibility(
  deps: ServiceDeps,
  actor: Actor,
  id: string,
  visibility: EntryVisibility,
): Promise<WorksheetEntryView> {
  const scopes = await requireOwnEntries(deps, actor);
  const row = await changeOwnEntryVisibility(deps, actor, scopes, {
    table: 'worksheet_entries',
    id,
    visibility,
    action: 'worksheet.visibility',
    resourceType: 'worksheet-entry',
    read: (trx) => worksheetEntryById(trx, scopes.read, id),
  });
  return worksheetEntryView(deps.cipher, row);
}

/**
 * The client adds (or changes) the answers to the questions marked
 * answer-later on one of their own saved entries, e.g. the review step of a
 * problem-solving worksheet once the plan was tried. Only those questions may
 * be answered here (another key is VALIDATION_FAILED naming it); the whole
 * entry is checked against its definition again, resealed and audited (never
 * the words). Sending the same answers again changes nothing more: retry-safe.
 */
export async function addLaterAnswers(
  deps: ServiceDeps,
  actor: Actor,
  id: string,
  later: Readonly<Record<string, AnswerInput>>,
): Promise<WorksheetEntryView> {
  const scopes = await requireOwnEntries(deps, actor);
  if (!isUuid(id)) throw new AppError('NOT_FOUND');
  return deps.db.transaction().execute(async (trx) => {
    const row = await worksheetEntryById(trx, scopes.read, id);
    if (!row) throw new AppError('NOT_FOUND');
    const definition = worksheetDefinition(row.worksheetKey);
    const allowed = definition ? laterQuestions(definition) : new Set<string>();
    if (!definition || allowed.size === 0) {
      throw new AppError('VALIDATION_FAILED', {
        path: 'answers',
        message: 'This worksheet has nothing to add later.',
      });
    }
    for (const linkId of Object.keys(later)) {
      if (!allowed.has(linkId)) {
        throw new AppError('VALIDATION_FAILED', {
          path: `answers.${linkId}`,
          message: 'Only the questions to answer later can be added.',
        });
      }
    }
    const current = worksheetEntryView(deps.cipher, row);
    const kept: Record<string, AnswerInput> = {};
    for (const [linkId, value] of Object.entries(current.answers)) {
      if (!allowed.has(linkId)) kept[linkId] = value;
    }
    const checked = checkWorksheetAnswers(definition, { ...kept, ...later });
    const previous = JSON.parse(
      deps.cipher.open(row.answers, { column: column.worksheetAnswers, rowId: row.id }),
    ) as SealedResponse;
    const sealed: SealedResponse = { ...previous, item: checked.items };
    await updateWorksheetAnswers(trx, scopes.write, id, {
      answers: deps.cipher.seal(JSON.stringify(sealed), {
        column: column.worksheetAnswers,
        rowId: id,
      }),
      ratings: checked.ratings,
    });
    await appendAuditEvent(
      trx,
      {
        ...auditedBy(actor),
        action: 'worksheet.later-answers',
        resourceType: 'worksheet-entry',
        resourceId: id,
        clientId: scopes.write.clientId,
        outcome: 'allowed',
        detail: { worksheet: row.worksheetKey, answered: Object.keys(later).length },
      },
      deps.clock(),
    );
    const stored = await worksheetEntryById(trx, scopes.read, id);
    return worksheetEntryView(deps.cipher, stored!);
  });
}
