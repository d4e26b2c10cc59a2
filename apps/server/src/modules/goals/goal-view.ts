import type { Transaction } from 'kysely';
import { AppError, isUuid } from '@tandem/core';
import type { Deps } from '../../deps.ts';
import type { EncryptedColumn } from '../../crypto/encrypted-columns.ts';
import type { DB } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import type { ClientScope } from '../access/require-access.ts';
import type { AuditAction } from '../audit/audit-actions.ts';
import { appendAuditEvent } from '../audit/audit.repo.ts';
import { auditedBy } from '../audit/audited-by.ts';
import { goalsOf, ratingsOf, scalesOf, type GoalRow, type Person } from './goals.repo.ts';
import type { GoalContent, GoalStep, ScaleLevels } from './goals.schemas.ts';

/*
 * How a goal is read back (opened, with its scales and ratings) and how its
 * changes are audited: shared by every goal use case in goals.service.ts.
 */

type ServiceDeps = Pick<Deps, 'db' | 'clock' | 'cipher'>;

export const goalContentColumn: EncryptedColumn = { table: 'goals', column: 'content' };
export const scaleLevelsColumn: EncryptedColumn = { table: 'goal_scales', column: 'levels' };

export interface GoalView {
  id: string;
  content: GoalContent;
  steps: GoalStep[];
  weight: number;
  status: GoalRow['status'];
  createdAt: string;
  updatedAt: string;
  updatedBy: Person;
  scales: {
    id: string;
    version: number;
    levels: ScaleLevels;
    createdAt: string;
    createdBy: Person;
  }[];
  ratings: {
    id: string;
    level: number;
    scaleVersion: number;
    ratedAt: string;
    ratedBy: Person;
  }[];
}

export interface SealedGoal {
  content: GoalContent;
  steps: GoalStep[];
}

export function sealGoal(deps: ServiceDeps, goalId: string, goal: SealedGoal): Buffer {
  return deps.cipher.seal(JSON.stringify(goal), { column: goalContentColumn, rowId: goalId });
}

export async function viewsOf(
  deps: ServiceDeps,
  trx: Transaction<DB>,
  scope: ClientScope<'client.goals.read' | 'client.goals.edit'>,
  rows: GoalRow[],
): Promise<GoalView[]> {
  const ids = rows.map((row) => row.id);
  const [scales, ratings] = await Promise.all([
    scalesOf(trx, scope, ids),
    ratingsOf(trx, scope, ids),
  ]);
  return rows.map((row) => {
    const sealed = JSON.parse(
      deps.cipher.open(row.content, { column: goalContentColumn, rowId: row.id }),
    ) as SealedGoal;
    return {
      id: row.id,
      content: sealed.content,
      steps: sealed.steps,
      weight: row.weight,
      status: row.status,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
      updatedBy: row.updatedBy,
      scales: scales
        .filter((scale) => scale.goalId === row.id)
        .map((scale) => ({
          id: scale.id,
          version: scale.version,
          levels: JSON.parse(
            deps.cipher.open(scale.levels, { column: scaleLevelsColumn, rowId: scale.id }),
          ) as ScaleLevels,
          createdAt: scale.createdAt.toISOString(),
          createdBy: scale.createdBy,
        })),
      ratings: ratings
        .filter((rating) => rating.goalId === row.id)
        .map((rating) => ({
          id: rating.id,
          level: rating.level,
          scaleVersion: rating.scaleVersion,
          ratedAt: rating.ratedAt.toISOString(),
          ratedBy: rating.ratedBy,
        })),
    };
  });
}

export async function oneGoal(
  deps: ServiceDeps,
  trx: Transaction<DB>,
  scope: ClientScope<'client.goals.edit'>,
  goalId: string,
  lock = false,
): Promise<GoalRow> {
  if (!isUuid(goalId)) throw new AppError('NOT_FOUND');
  const [row] = await goalsOf(trx, scope, { goalId, lock });
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

export async function goalView(
  deps: ServiceDeps,
  trx: Transaction<DB>,
  scope: ClientScope<'client.goals.edit'>,
  goalId: string,
): Promise<GoalView> {
  const row = await oneGoal(deps, trx, scope, goalId);
  const [view] = await viewsOf(deps, trx, scope, [row]);
  return view!;
}

export async function audit(
  trx: Transaction<DB>,
  actor: Actor,
  scope: ClientScope,
  action: AuditAction,
  resourceId: string | null,
  detail: Record<string, unknown>,
  now: Date,
): Promise<void> {
  await appendAuditEvent(
    trx,
    {
      ...auditedBy(actor),
      action,
      resourceType: 'goal',
      resourceId,
      clientId: scope.clientId,
      outcome: 'allowed',
      detail,
    },
    now,
  );
}
