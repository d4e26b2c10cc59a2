import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { AppError } from '@tandem/core';
import type { Deps } from '../../deps.ts';
import type { EncryptedColumn } from '../../crypto/encrypted-columns.ts';
import type { ClientValuesKind, DB, EntryVisibility } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import {
  requireClientAccess,
  requireOwnEntries,
  type ClientScope,
} from '../access/require-access.ts';
import { setEntryVisibility } from '../access/visible-entries.ts';
import { appendAuditEvent } from '../audit/audit.repo.ts';
import { auditedBy } from '../audit/audited-by.ts';
import {
  strengthOptions,
  valueCards,
  type StrengthKey,
  type ValueCardKey,
  type ValuePile,
} from './value-cards.ts';
import {
  insertValuesRow,
  updateValuesContent,
  valuesRowsOf,
  type ValuesRow,
} from './values.repo.ts';
import type { SaveStrengths, SaveValues, StrengthsView, ValuesView } from './values.schemas.ts';

type ServiceDeps = Pick<Deps, 'db' | 'clock' | 'cipher'>;
type OwnScopes = Awaited<ReturnType<typeof requireOwnEntries>>;

const contentColumn: EncryptedColumn = { table: 'client_values', column: 'content' };

interface ValuesContent {
  cards: { key: ValueCardKey; pile: ValuePile }[];
  own: { id: string; name: string; pile: ValuePile }[];
}
interface StrengthsContent {
  picked: StrengthKey[];
  own: { id: string; text: string }[];
}

export interface ValuesAnswer {
  cards: { key: ValueCardKey; name: string; description: string }[];
  strengthOptions: { key: StrengthKey; name: string }[];
  values: ValuesView | null;
  strengths: StrengthsView | null;
}

const cardOrder = new Map<string, number>(valueCards.map((card, index) => [card.key, index]));
const strengthOrder = new Map<string, number>(strengthOptions.map((s, index) => [s.key, index]));

/** One stored form per meaning: the cards and picked strengths in catalogue order. */
function valuesContent(input: SaveValues): ValuesContent {
  return {
    cards: [...input.cards]
      .sort((a, b) => cardOrder.get(a.key)! - cardOrder.get(b.key)!)
      .map((card) => ({ key: card.key, pile: card.pile })),
    own: input.own.map((value) => ({ id: value.id, name: value.name, pile: value.pile })),
  };
}

function strengthsContent(input: SaveStrengths): StrengthsContent {
  return {
    picked: [...input.picked].sort((a, b) => strengthOrder.get(a)! - strengthOrder.get(b)!),
    own: input.own.map((strength) => ({ id: strength.id, text: strength.text })),
  };
}

function opened(deps: ServiceDeps, row: ValuesRow): string {
  return deps.cipher.open(row.content, { column: contentColumn, rowId: row.id });
}

function viewOf(deps: ServiceDeps, rows: readonly ValuesRow[]): ValuesAnswer {
  const saved = (row: ValuesRow) => ({
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    visibility: row.visibility,
  });
  const values = rows.find((row) => row.kind === 'values');
  const strengths = rows.find((row) => row.kind === 'strengths');
  return {
    cards: valueCards.map((card) => ({ ...card })),
    strengthOptions: strengthOptions.map((option) => ({ ...option })),
    values: values
      ? { ...saved(values), ...(JSON.parse(opened(deps, values)) as ValuesContent) }
      : null,
    strengths: strengths
      ? { ...saved(strengths), ...(JSON.parse(opened(deps, strengths)) as StrengthsContent) }
      : null,
  };
}

async function readAll(
  deps: ServiceDeps,
  actor: Actor,
  scope: ClientScope<'client.entries.read'>,
): Promise<ValuesAnswer> {
  return deps.db.transaction().execute(async (trx) => {
    const rows = await valuesRowsOf(trx, scope);
    await appendAuditEvent(
      trx,
      {
        ...auditedBy(actor),
        action: 'values.read',
        resourceType: 'client-values',
        clientId: scope.clientId,
        outcome: 'allowed',
        detail: { kinds: rows.map((row) => row.kind) },
      },
      deps.clock(),
    );
    return viewOf(deps, rows);
  });
}

/** The client's own card sort and strengths (private ones too), with the cards to sort. */
export async function myValues(deps: ServiceDeps, actor: Actor): Promise<ValuesAnswer> {
  const scope = await requireClientAccess(deps, actor, 'client.entries.read', actor.userId);
  return readAll(deps, actor, scope);
}

/** What the care team (and a supervisor) may see: the sort and strengths the client shared. */
export async function clientValues(
  deps: ServiceDeps,
  actor: Actor,
  clientId: string,
): Promise<ValuesAnswer> {
  const scope = await requireClientAccess(deps, actor, 'client.entries.read', clientId);
  return readAll(deps, actor, scope);
}

/**
 * Saves one kind (the card sort or the strengths) as a whole. The first save
 * makes the row. Saving what is there already makes no new version (a
 * replayed save is harmless), only the visibility may change; a save of other
 * content must name the version it started from, or it is VERSION_CONFLICT,
 * so a save from another device is never overwritten unseen.
 */
async function saveKind(
  deps: ServiceDeps,
  actor: Actor,
  scopes: OwnScopes,
  kind: ClientValuesKind,
  input: { baseVersion: number; visibility: EntryVisibility; content: string },
): Promise<ValuesAnswer> {
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const outcome = await writeKind(deps, trx, scopes, kind, input, now);
    await appendAuditEvent(
      trx,
      {
        ...auditedBy(actor),
        action: 'values.save',
        resourceType: 'client-values',
        resourceId: outcome.id,
        clientId: scopes.write.clientId,
        outcome: 'allowed',
        detail: { kind, changed: outcome.changed, visibility: input.visibility },
      },
      now,
    );
    return viewOf(deps, await valuesRowsOf(trx, scopes.read));
  });
}

async function writeKind(
  deps: ServiceDeps,
  trx: Transaction<DB>,
  scopes: OwnScopes,
  kind: ClientValuesKind,
  input: { baseVersion: number; visibility: EntryVisibility; content: string },
  now: Date,
): Promise<{ id: string; changed: boolean }> {
  let [row] = await valuesRowsOf(trx, scopes.read, { kind, lock: true });
  if (!row) {
    if (input.baseVersion !== 0) throw new AppError('VERSION_CONFLICT', { path: 'baseVersion' });
    const id = randomUUID();
    const content = deps.cipher.seal(input.content, { column: contentColumn, rowId: id });
    const made = await insertValuesRow(trx, scopes.write, {
      id,
      kind,
      content,
      visibility: input.visibility,
      now,
    });
    if (made) return { id, changed: true };
    // Another save made the row first: carry on as a save over it.
    [row] = await valuesRowsOf(trx, scopes.read, { kind, lock: true });
    if (!row) throw new AppError('VERSION_CONFLICT', { path: 'baseVersion' });
  }
  let changed = false;
  if (opened(deps, row) !== input.content) {
    if (input.baseVersion !== row.version) {
      throw new AppError('VERSION_CONFLICT', { path: 'baseVersion' });
    }
    await updateValuesContent(trx, scopes.write, {
      id: row.id,
      content: deps.cipher.seal(input.content, { column: contentColumn, rowId: row.id }),
      version: row.version + 1,
      now,
    });
    changed = true;
  }
  if (row.visibility !== input.visibility) {
    await setEntryVisibility(trx, 'client_values', scopes.write, row.id, input.visibility, now);
    changed = true;
  }
  return { id: row.id, changed };
}

export async function saveMyValues(
  deps: ServiceDeps,
  actor: Actor,
  input: SaveValues,
): Promise<ValuesAnswer> {
  const scopes = await requireOwnEntries(deps, actor);
  return saveKind(deps, actor, scopes, 'values', {
    baseVersion: input.baseVersion,
    visibility: input.visibility,
    content: JSON.stringify(valuesContent(input)),
  });
}

export async function saveMyStrengths(
  deps: ServiceDeps,
  actor: Actor,
  input: SaveStrengths,
): Promise<ValuesAnswer> {
  const scopes = await requireOwnEntries(deps, actor);
  return saveKind(deps, actor, scopes, 'strengths', {
    baseVersion: input.baseVersion,
    visibility: input.visibility,
    content: JSON.stringify(strengthsContent(input)),
  });
}
