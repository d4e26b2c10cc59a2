import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ClientScope } from './require-access.ts';

/**
 * The one place a client-authored entry is read from. Every list, count,
 * summary and export of check-ins or journal entries starts here, with a scope
 * only the policy can make, so a private entry never reaches anyone but the
 * client: the visibility filter is applied by the scope, not remembered by
 * each query.
 */
type EntryScope = ClientScope<'client.entries.read'>;

export function visibleCheckIns(db: Kysely<DB>, scope: EntryScope) {
  const ofClient = db
    .selectFrom('check_ins')
    .where('practice_id', '=', scope.practiceId)
    .where('client_id', '=', scope.clientId);
  return scope.entryVisibility === 'every-entry'
    ? ofClient
    : ofClient.where('visibility', '=', 'shared');
}

export function visibleJournalEntries(db: Kysely<DB>, scope: EntryScope) {
  const ofClient = db
    .selectFrom('journal_entries')
    .where('practice_id', '=', scope.practiceId)
    .where('client_id', '=', scope.clientId);
  return scope.entryVisibility === 'every-entry'
    ? ofClient
    : ofClient.where('visibility', '=', 'shared');
}

export function visibleWorksheetEntries(db: Kysely<DB>, scope: EntryScope) {
  const ofClient = db
    .selectFrom('worksheet_entries')
    .where('practice_id', '=', scope.practiceId)
    .where('client_id', '=', scope.clientId);
  return scope.entryVisibility === 'every-entry'
    ? ofClient
    : ofClient.where('visibility', '=', 'shared');
}

export function visibleSkillPractices(db: Kysely<DB>, scope: EntryScope) {
  const ofClient = db
    .selectFrom('skill_practices')
    .where('practice_id', '=', scope.practiceId)
    .where('client_id', '=', scope.clientId);
  return scope.entryVisibility === 'every-entry'
    ? ofClient
    : ofClient.where('visibility', '=', 'shared');
}

export function visibleSharedInsights(db: Kysely<DB>, scope: EntryScope) {
  const ofClient = db
    .selectFrom('shared_insights')
    .where('practice_id', '=', scope.practiceId)
    .where('client_id', '=', scope.clientId);
  return scope.entryVisibility === 'every-entry'
    ? ofClient
    : ofClient.where('visibility', '=', 'shared');
}
