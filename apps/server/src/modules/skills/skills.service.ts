import type { Deps } from '../../deps.ts';
import { column } from '../../crypto/encrypted-columns.ts';
import type { EntryVisibility } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import {
  requireClientAccess,
  requireOwnEntries,
  type ClientScope,
} from '../access/require-access.ts';
import { appendAuditEvent } from '../audit/audit.repo.ts';
import { auditedBy } from '../audit/audited-by.ts';
import { checkEntryTime } from '../client-entries/entry-time.ts';
import { changeOwnEntryVisibility, createOwnEntry } from '../client-entries/own-entry.ts';
import { skillName, type SkillKey } from './skill-catalogue.ts';
import { skillPracticeView, type SkillPracticeView } from './skill-practice-view.ts';
import {
  insertSkillPractice,
  skillPracticeById,
  skillPracticesOf,
  sudsDropBySkill,
} from './skills.repo.ts';
import type { NewSkillPractice } from './skills.schemas.ts';

type ServiceDeps = Pick<Deps, 'db' | 'clock' | 'cipher'>;

const LIST_LIMIT = 400;

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
  const scopes = await requireOwnEntries(deps, actor);
  const now = deps.clock();
  const practicedAt = new Date(input.practicedAt);
  checkEntryTime(practicedAt, now, 'practicedAt', 'A practice');
  const note = input.note === null || input.note.trim() === '' ? null : input.note;
  const { created, row } = await createOwnEntry(deps, actor, scopes, {
    id: input.id,
    operation: 'skill-practice.create',
    resourceType: 'skill-practice',
    request: { ...input, practicedAt: practicedAt.toISOString(), note },
    insert: (trx) =>
      insertSkillPractice(trx, scopes.write, {
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
      }),
    read: (trx) => skillPracticeById(trx, scopes.read, input.id),
  });
  return { created, practice: skillPracticeView(deps.cipher, row) };
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
  const scopes = await requireOwnEntries(deps, actor);
  const row = await changeOwnEntryVisibility(deps, actor, scopes, {
    table: 'skill_practices',
    id,
    visibility,
    action: 'skill-practice.visibility',
    resourceType: 'skill-practice',
    read: (trx) => skillPracticeById(trx, scopes.read, id),
  });
  return skillPracticeView(deps.cipher, row);
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
