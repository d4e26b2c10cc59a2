import { AppError, isUuid } from '@tandem/core';
import type { Deps } from '../../deps.ts';
import { column } from '../../crypto/encrypted-columns.ts';
import type { EntryVisibility } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { requireClientAccess, type ClientScope } from '../access/require-access.ts';
import { appendAuditEvent } from '../audit/audit.repo.ts';
import { auditedBy } from '../audit/audited-by.ts';
import { claimSubmission } from '../idempotency/claim-submission.ts';
import { skillName, type SkillKey } from './skill-catalogue.ts';
import { skillPracticeView, type SkillPracticeView } from './skill-practice-view.ts';
import {
  insertSkillPractice,
  setSkillPracticeVisibility,
  skillPracticeById,
  skillPracticesOf,
  sudsDropBySkill,
} from './skills.repo.ts';
import type { NewSkillPractice } from './skills.schemas.ts';

type ServiceDeps = Pick<Deps, 'db' | 'clock' | 'cipher'>;

const FUTURE_SLACK_MS = 5 * 60_000;
const BACKFILL_DAYS = 366;
const LIST_LIMIT = 400;

function checkWhen(practicedAt: Date, now: Date): void {
  if (practicedAt.getTime() > now.getTime() + FUTURE_SLACK_MS) {
    throw new AppError('VALIDATION_FAILED', {
      path: 'practicedAt',
      message: 'A practice cannot be in the future.',
    });
  }
  if (practicedAt.getTime() < now.getTime() - BACKFILL_DAYS * 86_400_000) {
    throw new AppError('VALIDATION_FAILED', {
      path: 'practicedAt',
      message: 'A practice can be logged up to a year afterwards.',
    });
  }
}

/**
 * A client logs a practice of a skill, with their distress before and after.
 * A replay answers the stored practice; the same id with other content is
 * SUBMISSION_ID_REUSED.
 */
export async function logSkillPractice(
  deps: ServiceDeps,
  actor: Actor,
  input: NewSkillPractice,
): Promise<{ created: boolean; practice: SkillPracticeView }> {
  const scope = await requireClientAccess(deps, actor, 'client.entries.write', actor.userId);
  const readScope = await requireClientAccess(deps, actor, 'client.entries.read', actor.userId);
  const now = deps.clock();
  const practicedAt = new Date(input.practicedAt);
  checkWhen(practicedAt, now);
  const note = input.note === null || input.note.trim() === '' ? null : input.note;
  return deps.db.transaction().execute(async (trx) => {
    const claim = await claimSubmission(
      trx,
      {
        practiceId: scope.practiceId,
        actorId: actor.userId,
        operation: 'skill-practice.create',
        submissionId: input.id,
      },
      { ...input, practicedAt: practicedAt.toISOString(), note },
      now,
    );
    if (claim === 'new') {
      const inserted = await insertSkillPractice(trx, scope, {
        id: input.id,
        skillKey: input.skill,
        practicedAt,
        recordedAt: now,
        sudsBefore: input.sudsBefore,
        sudsAfter: input.sudsAfter,
        note:
          note === null
            ? null
            : deps.cipher.seal(note, { column: column.skillPracticeNote, rowId: input.id }),
        visibility: input.visibility,
      });
      if (!inserted) throw new AppError('SUBMISSION_ID_REUSED', { path: 'id' });
    }
    const stored = await skillPracticeById(trx, readScope, input.id);
    if (!stored) throw new AppError('SUBMISSION_ID_REUSED', { path: 'id' });
    await appendAuditEvent(
      trx,
      {
        ...auditedBy(actor),
        action: 'skill-practice.create',
        resourceType: 'skill-practice',
        resourceId: input.id,
        clientId: scope.clientId,
        outcome: 'allowed',
        detail: { replay: claim === 'replay', visibility: stored.visibility },
      },
      now,
    );
    return { created: claim === 'new', practice: skillPracticeView(deps.cipher, stored) };
  });
}

export async function mySkillPractices(
  deps: ServiceDeps,
  actor: Actor,
): Promise<SkillPracticeView[]> {
  const scope = await requireClientAccess(deps, actor, 'client.entries.read', actor.userId);
  return deps.db.transaction().execute(async (trx) => {
    const rows = await skillPracticesOf(trx, scope, { limit: LIST_LIMIT });
    await appendAuditEvent(
      trx,
      {
        ...auditedBy(actor),
        action: 'skill-practices.list',
        resourceType: 'skill-practice',
        clientId: scope.clientId,
        outcome: 'allowed',
        detail: { count: rows.length },
      },
      deps.clock(),
    );
    return rows.map((row) => skillPracticeView(deps.cipher, row));
  });
}

export async function setMySkillPracticeVisibility(
  deps: ServiceDeps,
  actor: Actor,
  id: string,
  visibility: EntryVisibility,
): Promise<SkillPracticeView> {
  const scope = await requireClientAccess(deps, actor, 'client.entries.write', actor.userId);
  const readScope = await requireClientAccess(deps, actor, 'client.entries.read', actor.userId);
  if (!isUuid(id)) throw new AppError('NOT_FOUND');
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    if (!(await setSkillPracticeVisibility(trx, scope, id, visibility, now)))
      throw new AppError('NOT_FOUND');
    const stored = await skillPracticeById(trx, readScope, id);
    if (!stored) throw new AppError('NOT_FOUND');
    await appendAuditEvent(
      trx,
      {
        ...auditedBy(actor),
        action: 'skill-practice.visibility',
        resourceType: 'skill-practice',
        resourceId: id,
        clientId: scope.clientId,
        outcome: 'allowed',
        detail: { visibility },
      },
      now,
    );
    return skillPracticeView(deps.cipher, stored);
  });
}

async function summaryFor(
  deps: ServiceDeps,
  actor: Actor,
  scope: ClientScope<'client.entries.read'>,
) {
  return deps.db.transaction().execute(async (trx) => {
    const rows = await sudsDropBySkill(trx, scope);
    await appendAuditEvent(
      trx,
      {
        ...auditedBy(actor),
        action: 'skills.summary.read',
        resourceType: 'client',
        resourceId: scope.clientId,
        clientId: scope.clientId,
        outcome: 'allowed',
        detail: { skills: rows.length },
      },
      deps.clock(),
    );
    const skills = rows
      .map((row) => ({
        skill: row.skillKey as SkillKey,
        skillName: skillName(row.skillKey),
        practices: row.practices,
        meanSudsDrop: row.meanDrop,
      }))
      .sort(
        (a, b) =>
          b.meanSudsDrop - a.meanSudsDrop ||
          b.practices - a.practices ||
          a.skill.localeCompare(b.skill),
      );
    return { skills, practices: skills.reduce((sum, s) => sum + s.practices, 0) };
  });
}

/** "Which skills help me most": from every practice of the client's own. */
export async function mySkillsSummary(deps: ServiceDeps, actor: Actor) {
  const scope = await requireClientAccess(deps, actor, 'client.entries.read', actor.userId);
  return summaryFor(deps, actor, scope);
}

/** The same for the care team, from the practices the client shared only. */
export async function clientSkillsSummary(deps: ServiceDeps, actor: Actor, clientId: string) {
  const scope = await requireClientAccess(deps, actor, 'client.entries.read', clientId);
  return summaryFor(deps, actor, scope);
}
