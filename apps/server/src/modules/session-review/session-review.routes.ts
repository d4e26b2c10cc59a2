import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { rolesOnly } from '../../http/access-rule.ts';
import { actorOf, errorResponses, idParams, router } from '../../http/route-kit.ts';
import {
  goalMeasuresSchema,
  newSessionReviewSchema,
  reviewAnswerSchema,
  reviewQuerySchema,
  sessionReviewSchema,
} from './session-review.schemas.ts';
import { recordSessionReview, saveGoalMeasures, sessionReview } from './session-review.service.ts';

const lowerId = z
  .string()
  .max(64)
  .transform((id) => id.toLowerCase());
const clientAndGoal = z.strictObject({ id: lowerId, goalId: lowerId });
const oneReview = z.object({ review: sessionReviewSchema });
const goalMeasuresAnswer = z.object({ goalId: z.string(), instrumentIds: z.array(z.string()) });

/** The closed loop: goals, homework and measures on one axis, and what was decided. Staff only. */
export function sessionReviewRoutes(app: FastifyInstance, deps: Deps): void {
  const r = router(app);

  r.get('/api/clients/:id/session-review', {
    config: { access: rolesOnly('therapist', 'supervisor') },
    schema: {
      tags: ['between sessions'],
      params: idParams,
      querystring: reviewQuerySchema,
      response: { 200: reviewAnswerSchema, ...errorResponses },
    },
    handler: async (request) =>
      sessionReview(deps, actorOf(request), request.params.id, request.query.since),
  });

  r.post('/api/clients/:id/session-reviews', {
    config: { access: rolesOnly('therapist') },
    schema: {
      tags: ['between sessions'],
      params: idParams,
      body: newSessionReviewSchema,
      response: { 200: oneReview, 201: oneReview, ...errorResponses },
    },
    handler: async (request, reply) => {
      const outcome = await recordSessionReview(
        deps,
        actorOf(request),
        request.params.id,
        request.body,
      );
      return reply.status(outcome.created ? 201 : 200).send({ review: outcome.review });
    },
  });

  r.put('/api/clients/:id/goals/:goalId/measures', {
    config: { access: rolesOnly('therapist') },
    schema: {
      tags: ['between sessions'],
      params: clientAndGoal,
      body: goalMeasuresSchema,
      response: { 200: goalMeasuresAnswer, ...errorResponses },
    },
    handler: async (request) =>
      saveGoalMeasures(
        deps,
        actorOf(request),
        request.params.id,
        request.params.goalId,
        request.body,
      ),
  });
}
