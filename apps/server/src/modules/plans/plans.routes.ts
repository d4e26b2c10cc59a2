import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { rolesOnly } from '../../http/access-rule.ts';
import { actorOf, errorResponses, router, staleErrorSchema } from '../../http/route-kit.ts';
import {
  planContentSchema,
  planKindSchema,
  planSaveSchema,
  planSchema,
  planSectionSchema,
} from './plans.schemas.ts';
import { planHistory, readPlan, savePlan } from './plans.service.ts';

const ownParams = z.strictObject({ kind: planKindSchema });
const clientParams = z.strictObject({
  id: z
    .string()
    .max(64)
    .transform((id) => id.toLowerCase()),
  kind: planKindSchema,
});

const planAnswer = z.object({ plan: planSchema.nullable(), sections: z.array(planSectionSchema) });
const savedAnswer = z.object({ plan: planSchema });
const historyAnswer = z.object({
  versions: z.array(
    z.object({
      version: z.number(),
      editedAt: z.string(),
      editedBy: z.object({ displayName: z.string(), role: z.string() }),
      content: planContentSchema,
    }),
  ),
});
const saveResponses = {
  200: savedAnswer,
  ...errorResponses,
  412: staleErrorSchema(planSchema.nullable()),
};

/**
 * The safety plan and the coping plan: living documents the client and their
 * therapist write together. The client reaches their own under /api/me (one
 * address the phone keeps offline); the care team under the client's id.
 */
export function planRoutes(app: FastifyInstance, deps: Deps): void {
  const r = router(app);

  r.get('/api/me/plans/:kind', {
    config: { access: rolesOnly('client') },
    schema: {
      tags: ['between sessions'],
      params: ownParams,
      response: { 200: planAnswer, ...errorResponses },
    },
    handler: async (request) => readPlan(deps, actorOf(request), null, request.params.kind),
  });

  r.put('/api/me/plans/:kind', {
    config: { access: rolesOnly('client') },
    schema: {
      tags: ['between sessions'],
      params: ownParams,
      body: planSaveSchema,
      response: saveResponses,
    },
    handler: async (request) => ({
      plan: await savePlan(deps, actorOf(request), null, request.params.kind, request.body),
    }),
  });

  r.get('/api/me/plans/:kind/versions', {
    config: { access: rolesOnly('client') },
    schema: {
      tags: ['between sessions'],
      params: ownParams,
      response: { 200: historyAnswer, ...errorResponses },
    },
    handler: async (request) => ({
      versions: await planHistory(deps, actorOf(request), null, request.params.kind),
    }),
  });

  r.get('/api/clients/:id/plans/:kind', {
    config: { access: rolesOnly('therapist', 'supervisor') },
    schema: {
      tags: ['between sessions'],
      params: clientParams,
      response: { 200: planAnswer, ...errorResponses },
    },
    handler: async (request) =>
      readPlan(deps, actorOf(request), request.params.id, request.params.kind),
  });

  r.put('/api/clients/:id/plans/:kind', {
    config: { access: rolesOnly('therapist') },
    schema: {
      tags: ['between sessions'],
      params: clientParams,
      body: planSaveSchema,
      response: saveResponses,
    },
    handler: async (request) => ({
      plan: await savePlan(
        deps,
        actorOf(request),
        request.params.id,
        request.params.kind,
        request.body,
      ),
    }),
  });

  r.get('/api/clients/:id/plans/:kind/versions', {
    config: { access: rolesOnly('therapist', 'supervisor') },
    schema: {
      tags: ['between sessions'],
      params: clientParams,
      response: { 200: historyAnswer, ...errorResponses },
    },
    handler: async (request) => ({
      versions: await planHistory(deps, actorOf(request), request.params.id, request.params.kind),
    }),
  });
}
