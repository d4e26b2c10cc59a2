import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { rolesOnly } from '../../http/access-rule.ts';
import { actorOf, errorResponses, idParams, router } from '../../http/route-kit.ts';
import { visibilitySchema } from '../check-ins/check-ins.schemas.ts';
import {
  activityListSchema,
  activityMoodSchema,
  activityOutcomeSchema,
  activitySchema,
  newActivitySchema,
} from './activation.schemas.ts';
import {
  myActivities,
  myActivityMood,
  planActivity,
  rateActivity,
  setMyActivityVisibility,
} from './activation.service.ts';

const oneActivity = z.object({ activity: activitySchema });

/** Behavioural activation: the client's activity schedule, and how it goes with their mood. */
export function activationRoutes(app: FastifyInstance, deps: Deps): void {
  const r = router(app);

  r.post('/api/me/activities', {
    config: { access: rolesOnly('client') },
    schema: {
      tags: ['between sessions'],
      body: newActivitySchema,
      response: { 200: oneActivity, 201: oneActivity, ...errorResponses },
    },
    handler: async (request, reply) => {
      const outcome = await planActivity(deps, actorOf(request), request.body);
      return reply.status(outcome.created ? 201 : 200).send({ activity: outcome.activity });
    },
  });

  r.get('/api/me/activities', {
    config: { access: rolesOnly('client') },
    schema: {
      tags: ['between sessions'],
      response: { 200: activityListSchema, ...errorResponses },
    },
    handler: async (request) => myActivities(deps, actorOf(request)),
  });

  r.get('/api/me/activities/mood', {
    config: { access: rolesOnly('client') },
    schema: {
      tags: ['between sessions'],
      response: { 200: activityMoodSchema, ...errorResponses },
    },
    handler: async (request) => myActivityMood(deps, actorOf(request)),
  });

  r.put('/api/me/activities/:id/outcome', {
    config: { access: rolesOnly('client') },
    schema: {
      tags: ['between sessions'],
      params: idParams,
      body: activityOutcomeSchema,
      response: { 200: oneActivity, ...errorResponses },
    },
    handler: async (request) => ({
      activity: await rateActivity(deps, actorOf(request), request.params.id, request.body),
    }),
  });

  r.put('/api/me/activities/:id/visibility', {
    config: { access: rolesOnly('client') },
    schema: {
      tags: ['between sessions'],
      params: idParams,
      body: z.strictObject({ visibility: visibilitySchema }),
      response: { 200: oneActivity, ...errorResponses },
    },
    handler: async (request) => ({
      activity: await setMyActivityVisibility(
        deps,
        actorOf(request),
        request.params.id,
        request.body.visibility,
      ),
    }),
  });
}
