import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { rolesOnly } from '../../http/access-rule.ts';
import { actorOf, errorResponses, router } from '../../http/route-kit.ts';
import {
  goalSchema,
  goalsAnswerSchema,
  goalUpdateSchema,
  newGoalSchema,
  newRatingSchema,
  scaleSaveSchema,
} from './goals.schemas.ts';
import { createGoal, listGoals, rateGoal, saveScale, updateGoal } from './goals.service.ts';
import { gasSettingsRoutes } from './gas-settings.routes.ts';

const lowerId = z
  .string()
  .max(64)
  .transform((id) => id.toLowerCase());
const clientParams = z.strictObject({ id: lowerId });
const ownGoalParams = z.strictObject({ goalId: lowerId });
const clientGoalParams = z.strictObject({ id: lowerId, goalId: lowerId });

const oneGoal = z.object({ goal: goalSchema });
const created = { 200: oneGoal, 201: oneGoal, ...errorResponses };
const saved = { 200: oneGoal, ...errorResponses };

/**
 * Goals and Goal Attainment Scaling: the shared work of therapy. The client
 * and their therapist both write goals, their scales and ratings; the care
 * team and supervisors read them; an admin sees none (an admin sets only the
 * practice's ρ). The client reaches their own under /api/me, the care team
 * under the client's id.
 */
export function goalRoutes(app: FastifyInstance, deps: Deps): void {
  const r = router(app);
  const tags = ['between sessions'];
  gasSettingsRoutes(app, deps);

  r.get('/api/me/goals', {
    config: { access: rolesOnly('client') },
    schema: { tags, response: { 200: goalsAnswerSchema, ...errorResponses } },
    handler: async (request) => listGoals(deps, actorOf(request), null),
  });

  r.post('/api/me/goals', {
    config: { access: rolesOnly('client') },
    schema: { tags, body: newGoalSchema, response: created },
    handler: async (request, reply) => {
      const outcome = await createGoal(deps, actorOf(request), null, request.body);
      return reply.status(outcome.created ? 201 : 200).send({ goal: outcome.goal });
    },
  });

  r.put('/api/me/goals/:goalId', {
    config: { access: rolesOnly('client') },
    schema: { tags, params: ownGoalParams, body: goalUpdateSchema, response: saved },
    handler: async (request) => ({
      goal: await updateGoal(deps, actorOf(request), null, request.params.goalId, request.body),
    }),
  });

  r.put('/api/me/goals/:goalId/scale', {
    config: { access: rolesOnly('client') },
    schema: { tags, params: ownGoalParams, body: scaleSaveSchema, response: saved },
    handler: async (request) => ({
      goal: await saveScale(
        deps,
        actorOf(request),
        null,
        request.params.goalId,
        request.body.levels,
      ),
    }),
  });

  r.post('/api/me/goals/:goalId/ratings', {
    config: { access: rolesOnly('client') },
    schema: { tags, params: ownGoalParams, body: newRatingSchema, response: created },
    handler: async (request, reply) => {
      const outcome = await rateGoal(
        deps,
        actorOf(request),
        null,
        request.params.goalId,
        request.body,
      );
      return reply.status(outcome.created ? 201 : 200).send({ goal: outcome.goal });
    },
  });

  r.get('/api/clients/:id/goals', {
    config: { access: rolesOnly('therapist', 'supervisor') },
    schema: {
      tags,
      params: clientParams,
      response: { 200: goalsAnswerSchema, ...errorResponses },
    },
    handler: async (request) => listGoals(deps, actorOf(request), request.params.id),
  });

  r.post('/api/clients/:id/goals', {
    config: { access: rolesOnly('therapist') },
    schema: { tags, params: clientParams, body: newGoalSchema, response: created },
    handler: async (request, reply) => {
      const outcome = await createGoal(deps, actorOf(request), request.params.id, request.body);
      return reply.status(outcome.created ? 201 : 200).send({ goal: outcome.goal });
    },
  });

  r.put('/api/clients/:id/goals/:goalId', {
    config: { access: rolesOnly('therapist') },
    schema: { tags, params: clientGoalParams, body: goalUpdateSchema, response: saved },
    handler: async (request) => ({
      goal: await updateGoal(
        deps,
        actorOf(request),
        request.params.id,
        request.params.goalId,
        request.body,
      ),
    }),
  });

  r.put('/api/clients/:id/goals/:goalId/scale', {
    config: { access: rolesOnly('therapist') },
    schema: { tags, params: clientGoalParams, body: scaleSaveSchema, response: saved },
    handler: async (request) => ({
      goal: await saveScale(
        deps,
        actorOf(request),
        request.params.id,
        request.params.goalId,
        request.body.levels,
      ),
    }),
  });

  r.post('/api/clients/:id/goals/:goalId/ratings', {
    config: { access: rolesOnly('therapist') },
    schema: { tags, params: clientGoalParams, body: newRatingSchema, response: created },
    handler: async (request, reply) => {
      const outcome = await rateGoal(
        deps,
        actorOf(request),
        request.params.id,
        request.params.goalId,
        request.body,
      );
      return reply.status(outcome.created ? 201 : 200).send({ goal: outcome.goal });
    },
  });
}
