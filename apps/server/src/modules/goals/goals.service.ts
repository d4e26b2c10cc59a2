import { randomUUID } from 'node:crypto';
import { AppError } from '@tandem/core';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import { requireClientAccess } from '../access/require-access.ts';
import { claimSubmission } from '../idempotency/claim-submission.ts';
import { clientTimeZone } from '../measures/client-time-zone.repo.ts';
import { seriesDates } from '../measures/series-dates.ts';
import { gasSeries, GAS_RHO, type TScorePoint } from './gas-series.ts';
import { practiceGasRho } from './gas-settings.repo.ts';
import {
  audit,
  goalView,
  oneGoal,
  scaleLevelsColumn,
  sealGoal,
  viewsOf,
  type GoalView,
} from './goal-view.ts';
import {
  goalsOf,
  insertGoal,
  insertRating,
  insertScale,
  scalesOf,
  updateGoalRow,
} from './goals.repo.ts';
import type { GoalUpdate, NewGoal, NewRating, ScaleLevels } from './goals.schemas.ts';

type ServiceDeps = Pick<Deps, 'db' | 'clock' | 'cipher'>;

/** A rating may be given for a moment up to this many days back, never ahead. */
export const RATING_BACKDATE_DAYS = 60;
/** How far ahead of the server's clock a device's "now" may be (clocks drift). */
const FUTURE_SLACK_MS = 5 * 60_000;

/** The client's own goals (clientId = null) or a client's, as their care team sees them. */
function whoseClient(actor: Actor, clientId: string | null): string {
  return clientId ?? actor.userId;
}

/** The client's goals with their scales and ratings, and the GAS T-score over time. */
export async function listGoals(
  deps: ServiceDeps,
  actor: Actor,
  clientId: string | null,
): Promise<{ goals: GoalView[]; tScores: TScorePoint[]; rho: number }> {
  const scope = await requireClientAccess(
    deps,
    actor,
    'client.goals.read',
    whoseClient(actor, clientId),
  );
  return deps.db.transaction().execute(async (trx) => {
    const rows = await goalsOf(trx, scope);
    const goals = await viewsOf(deps, trx, scope, rows);
    const [timeZone, ownRho] = await Promise.all([
      clientTimeZone(trx, scope.practiceId, scope.clientId),
      practiceGasRho(trx, scope),
    ]);
    const rho = ownRho ?? GAS_RHO;
    await audit(trx, actor, scope, 'goals.read', null, { count: goals.length }, deps.clock());
    const tScores = gasSeries(
      goals
        .filter((goal) => goal.status === 'active')
        .map((goal) => {
          const moments = goal.ratings.map((rating) => new Date(rating.ratedAt));
          const dates = seriesDates(moments, timeZone);
          return {
            weight: goal.weight,
            ratings: goal.ratings.map((rating, index) => ({
              level: rating.level,
              at: moments[index]!,
              date: dates[index]!,
            })),
          };
        }),
      rho,
    );
    return { goals, tScores, rho };
  });
}

/** A new goal, by the client or their therapist; a retried create makes nothing new. */
export async function createGoal(
  deps: ServiceDeps,
  actor: Actor,
  clientId: string | null,
  input: NewGoal,
): Promise<{ created: boolean; goal: GoalView }> {
  const scope = await requireClientAccess(
    deps,
    actor,
    'client.goals.edit',
    whoseClient(actor, clientId),
  );
  const weight = input.weight ?? 1;
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const claim = await claimSubmission(
      trx,
      {
        practiceId: scope.practiceId,
        actorId: actor.userId,
        operation: 'goal.create',
        submissionId: input.id,
      },
      { clientId: scope.clientId, content: input.content, steps: input.steps, weight },
      now,
    );
    if (claim === 'new') {
      const content = sealGoal(deps, input.id, { content: input.content, steps: input.steps });
      if (!(await insertGoal(trx, scope, { id: input.id, content, weight, now }))) {
        throw new AppError('SUBMISSION_ID_REUSED', { path: 'id' });
      }
    }
    const [row] = await goalsOf(trx, scope, { goalId: input.id });
    if (!row) throw new AppError('SUBMISSION_ID_REUSED', { path: 'id' });
    const [goal] = await viewsOf(deps, trx, scope, [row]);
    await audit(trx, actor, scope, 'goal.create', input.id, { replay: claim === 'replay' }, now);
    return { created: claim === 'new', goal: goal! };
  });
}

/**
 * Changes a goal's words, steps, weight or status. Optimistic: the save names
 * the `updatedAt` it started from, and a save over a newer one is refused
 * (VERSION_CONFLICT), so nobody's words are overwritten unseen. Saving what is
 * already there changes nothing (a replayed save answers the goal as it is).
 */
export async function updateGoal(
  deps: ServiceDeps,
  actor: Actor,
  clientId: string | null,
  goalId: string,
  input: GoalUpdate,
): Promise<GoalView> {
  const scope = await requireClientAccess(
    deps,
    actor,
    'client.goals.edit',
    whoseClient(actor, clientId),
  );
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const row = await oneGoal(deps, trx, scope, goalId, true);
    const [current] = await viewsOf(deps, trx, scope, [row]);
    const unchanged =
      JSON.stringify({ content: current!.content, steps: current!.steps }) ===
        JSON.stringify({ content: input.content, steps: input.steps }) &&
      current!.weight === input.weight &&
      current!.status === input.status;
    if (unchanged) return current!;
    if (Date.parse(input.baseUpdatedAt) !== row.updatedAt.getTime()) {
      throw new AppError('VERSION_CONFLICT', { path: 'baseUpdatedAt' });
    }
    await updateGoalRow(trx, scope, goalId, {
      content: sealGoal(deps, goalId, { content: input.content, steps: input.steps }),
      weight: input.weight,
      status: input.status,
      now,
    });
    await audit(trx, actor, scope, 'goal.update', goalId, { status: input.status }, now);
    return goalView(deps, trx, scope, goalId);
  });
}

/**
 * Writes the goal's attainment scale. The first save fixes the expected level
 * before any rating; a later change of any level starts a new version, and the
 * old version stays with the ratings made on it. Saving the same levels again
 * makes no new version (a replayed save changes nothing).
 */
export async function saveScale(
  deps: ServiceDeps,
  actor: Actor,
  clientId: string | null,
  goalId: string,
  levels: ScaleLevels,
): Promise<GoalView> {
  const scope = await requireClientAccess(
    deps,
    actor,
    'client.goals.edit',
    whoseClient(actor, clientId),
  );
  const now = deps.clock();
  const plain = JSON.stringify({
    muchLess: levels.muchLess,
    less: levels.less,
    expected: levels.expected,
    more: levels.more,
    muchMore: levels.muchMore,
  });
  return deps.db.transaction().execute(async (trx) => {
    await oneGoal(deps, trx, scope, goalId, true);
    const before = await goalView(deps, trx, scope, goalId);
    const current = before.scales.at(-1);
    if (current && JSON.stringify(current.levels) === plain) return before;
    const id = randomUUID();
    const version = (current?.version ?? 0) + 1;
    await insertScale(trx, scope, {
      id,
      goalId,
      version,
      levels: deps.cipher.seal(plain, { column: scaleLevelsColumn, rowId: id }),
      now,
    });
    await audit(trx, actor, scope, 'goal.scale.save', goalId, { version }, now);
    return goalView(deps, trx, scope, goalId);
  });
}

/**
 * Rates a goal on its current scale, now or back-dated up to
 * RATING_BACKDATE_DAYS, never in the future. A rating may be dated before the
 * goal was written down here: a goal already under way can be given the
 * rating it started from.
 */
export async function rateGoal(
  deps: ServiceDeps,
  actor: Actor,
  clientId: string | null,
  goalId: string,
  input: NewRating,
): Promise<{ created: boolean; goal: GoalView }> {
  const scope = await requireClientAccess(
    deps,
    actor,
    'client.goals.edit',
    whoseClient(actor, clientId),
  );
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    await oneGoal(deps, trx, scope, goalId, true);
    const claim = await claimSubmission(
      trx,
      {
        practiceId: scope.practiceId,
        actorId: actor.userId,
        operation: 'goal.rate',
        submissionId: input.id,
      },
      { goalId, level: input.level, ratedAt: input.ratedAt ?? null },
      now,
    );
    if (claim === 'new') {
      const ratedAt = input.ratedAt ? new Date(input.ratedAt) : now;
      if (ratedAt.getTime() > now.getTime() + FUTURE_SLACK_MS) {
        throw new AppError('VALIDATION_FAILED', {
          path: 'ratedAt',
          message: 'A rating cannot be in the future.',
        });
      }
      if (ratedAt.getTime() < now.getTime() - RATING_BACKDATE_DAYS * 86_400_000) {
        throw new AppError('VALIDATION_FAILED', {
          path: 'ratedAt',
          message: `A rating can be dated back up to ${RATING_BACKDATE_DAYS} days.`,
        });
      }
      const [scale] = (await scalesOf(trx, scope, [goalId])).slice(-1);
      if (!scale) throw new AppError('GOAL_SCALE_MISSING', { path: 'level' });
      const inserted = await insertRating(trx, scope, {
        id: input.id,
        goalId,
        scaleId: scale.id,
        level: input.level,
        ratedAt,
        now,
      });
      if (!inserted) throw new AppError('SUBMISSION_ID_REUSED', { path: 'id' });
    }
    const goal = await goalView(deps, trx, scope, goalId);
    if (!goal.ratings.some((rating) => rating.id === input.id)) {
      throw new AppError('SUBMISSION_ID_REUSED', { path: 'id' });
    }
    await audit(trx, actor, scope, 'goal.rate', goalId, { replay: claim === 'replay' }, now);
    return { created: claim === 'new', goal };
  });
}
