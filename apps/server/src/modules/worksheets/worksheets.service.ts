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
import type { WorksheetQuestionnaire } from './definitions/extensions.ts';
import { worksheetDefinition } from './definitions/index.ts';
import { checkWorksheetAnswers } from './worksheet-answers.ts';
import {
  worksheetEntryView,
  type SealedResponse,
  type WorksheetEntryView,
} from './worksheet-view.ts';
import { insertWorksheetEntry, worksheetEntriesOf, worksheetEntryById } from './worksheets.repo.ts';
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
  const checked = checkWorksheetAnswers(definition, input.answers);
  const now = deps.clock();
  const sealed: SealedResponse = {
    resourceType: 'QuestionnaireResponse',
    questionnaire: `${definition.url}|${definition.version}`,
    status: 'completed',
    authored: now.toISOString(),
    item: checked.items,
  };
  const { created, row } = await createOwnEntry(deps, actor, scopes, {
    id: input.id,
    operation: 'worksheet.create',
    resourceType: 'worksheet-entry',
    request: { worksheet: input.worksheet, answers: checked.answers, visibility: input.visibility },
    insert: (trx) =>
      insertWorksheetEntry(trx, scopes.write, {
        id: input.id,
        worksheetKey: input.worksheet,
        worksheetVersion: definition.version,
        recordedAt: now,
        answers: deps.cipher.seal(JSON.stringify(sealed), {
          column: column.worksheetAnswers,
          rowId: input.id,
        }),
        ratings: checked.ratings,
        visibility: input.visibility,
      }),
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
