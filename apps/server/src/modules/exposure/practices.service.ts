import { AppError } from '@tandem/core';
import type { Transaction } from 'kysely';
import type { Deps } from '../../deps.ts';
import type { DB, EntryVisibility } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { requireClientAccess, requireOwnEntries } from '../access/require-access.ts';
import { appendAuditEvent } from '../audit/audit.repo.ts';
import { auditedBy } from '../audit/audited-by.ts';
import { checkEntryTime } from '../client-entries/entry-time.ts';
import { changeOwnEntryVisibility, createOwnEntry } from '../client-entries/own-entry.ts';
import {
  exposurePracticeById,
  exposurePracticesOf,
  hierarchyById,
  insertExposurePractice,
} from './exposure.repo.ts';
import type { NewPractice } from './exposure.schemas.ts';
import {
  exposurePracticeView,
  hierarchyView,
  sealPracticeWords,
  type ExposurePracticeView,
} from './exposure-views.ts';

type ServiceDeps = Pick<Deps, 'db' | 'clock' | 'cipher'>;

const LIST_LIMIT = 400;

const textOrNull = (text: string | null) => (text === null || text.trim() === '' ? null : text);

/** Readings are in the order they were taken, within the practice's length. */
function checkReadings(input: NewPractice): void {
  let last = -1;
  input.readings.forEach((reading, index) => {
    if (reading.minute <= last) {
      throw new AppError('VALIDATION_FAILED', {
        path: `readings.${index}.minute`,
        message: 'List the readings in order, one per minute at most.',
      });
    }
    if (reading.minute > input.minutes) {
      throw new AppError('VALIDATION_FAILED', {
        path: `readings.${index}.minute`,
        message: 'A reading cannot come after the practice ended.',
      });
    }
    last = reading.minute;
  });
}

/**
 * A client records a practice of one step of their hierarchy. Beside the
 * distress ratings (SUDS before, at the peak, after, and any taken during) it
 * keeps what the client expected and what happened, and how far the feared
 * outcome came true: in the inhibitory-learning account of exposure, what is
 * learnt comes from the mismatch between the expectation and the outcome, not
 * only from distress falling within or between practices (Craske, Treanor,
 * Conway, Zbozinek & Vervliet, 2014, "Maximizing exposure therapy: an
 * inhibitory learning approach", Behaviour Research and Therapy 58, 10–23).
 * Private by default; the id was made on the device, so a replay answers the
 * stored practice.
 */
export async function recordExposurePractice(
  deps: ServiceDeps,
  actor: Actor,
  input: NewPractice,
): Promise<{ created: boolean; practice: ExposurePracticeView }> {
  const scopes = await requireOwnEntries(deps, actor);
  const hierarchyScope = await requireClientAccess(
    deps,
    actor,
    'client.exposure.read',
    actor.userId,
  );
  const now = deps.clock();
  const practicedAt = new Date(input.practicedAt);
  checkEntryTime(practicedAt, now, 'practicedAt', 'A practice');
  checkReadings(input);
  const words = {
    safetyBehaviours: textOrNull(input.safetyBehaviours),
    predicted: textOrNull(input.predicted),
    happened: textOrNull(input.happened),
  };
  const checkStep = async (trx: Transaction<DB>) => {
    const row = await hierarchyById(trx, hierarchyScope, input.hierarchyId);
    if (!row || row.retired) {
      throw new AppError('VALIDATION_FAILED', {
        path: 'hierarchyId',
        message: 'Choose one of your hierarchies in use.',
      });
    }
    const step = hierarchyView(deps.cipher, row).steps.find((s) => s.id === input.stepId);
    if (!step || step.retired) {
      throw new AppError('VALIDATION_FAILED', {
        path: 'stepId',
        message: 'Choose a step of this hierarchy that is in use.',
      });
    }
  };
  const { created, row } = await createOwnEntry(deps, actor, scopes, {
    id: input.id,
    operation: 'exposure-practice.create',
    resourceType: 'exposure-practice',
    request: { ...input, practicedAt: practicedAt.toISOString(), ...words },
    insert: async (trx) => {
      await checkStep(trx);
      return insertExposurePractice(trx, scopes.write, {
        id: input.id,
        hierarchyId: input.hierarchyId,
        stepId: input.stepId,
        practicedAt,
        recordedAt: now,
        sudsBefore: input.sudsBefore,
        sudsPeak: input.sudsPeak,
        sudsAfter: input.sudsAfter,
        readings: input.readings,
        minutes: input.minutes,
        outcomeCameTrue: input.outcomeCameTrue,
        words: sealPracticeWords(deps.cipher, input.id, words),
        visibility: input.visibility,
      });
    },
    read: (trx) => exposurePracticeById(trx, scopes.read, input.id),
  });
  return { created, practice: exposurePracticeView(deps.cipher, row) };
}

/**
 * Practices the reader may see: the client all of theirs, the care team and
 * supervisors only those the client shared (the scope decides).
 */
export async function listExposurePractices(
  deps: ServiceDeps,
  actor: Actor,
  clientId: string | null,
): Promise<ExposurePracticeView[]> {
  const scope = await requireClientAccess(
    deps,
    actor,
    'client.entries.read',
    clientId ?? actor.userId,
  );
  return deps.db.transaction().execute(async (trx) => {
    const rows = await exposurePracticesOf(trx, scope, { limit: LIST_LIMIT });
    await appendAuditEvent(
      trx,
      {
        ...auditedBy(actor),
        action: 'exposure-practices.list',
        resourceType: 'exposure-practice',
        clientId: scope.clientId,
        outcome: 'allowed',
        detail: { count: rows.length },
      },
      deps.clock(),
    );
    return rows.map((row) => exposurePracticeView(deps.cipher, row));
  });
}

export async function setExposurePracticeVisibility(
  deps: ServiceDeps,
  actor: Actor,
  id: string,
  visibility: EntryVisibility,
): Promise<ExposurePracticeView> {
  const scopes = await requireOwnEntries(deps, actor);
  const row = await changeOwnEntryVisibility(deps, actor, scopes, {
    table: 'exposure_practices',
    id,
    visibility,
    action: 'exposure-practice.visibility',
    resourceType: 'exposure-practice',
    read: (trx) => exposurePracticeById(trx, scopes.read, id),
  });
  return exposurePracticeView(deps.cipher, row);
}
