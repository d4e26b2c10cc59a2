import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { singleLineText, uuidSchema } from '@tandem/core';
import type { Deps } from '../../deps.ts';
import { rolesOnly } from '../../http/access-rule.ts';
import { actorOf, errorResponses, idParams, router } from '../../http/route-kit.ts';
import { visibilitySchema } from '../check-ins/check-ins.schemas.ts';
import { myInsights, setSharedInsightVisibilityOf, shareInsight } from './insights.service.ts';

const estimateSchema = z.object({ value: z.number(), low: z.number(), high: z.number() });

export const insightSchema = z.object({
  factor: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('tag'), tagKind: z.string(), label: z.string() }),
    z.object({ kind: z.literal('skill'), skillKey: z.string(), label: z.string() }),
    z.object({ kind: z.literal('sleep') }),
  ]),
  estimate: estimateSchema,
  direction: z.enum(['higher', 'lower', 'unclear']),
  daysWith: z.number(),
  daysWithout: z.number(),
  explanation: z.string(),
});

export const sharedInsightSchema = z.object({
  id: z.string(),
  factorId: z.string(),
  createdAt: z.string(),
  visibility: visibilitySchema,
  insight: insightSchema,
});

const oneShared = z.object({ shared: sharedInsightSchema });

/** The client's insights (mood against tags and sleep) and sharing one with the care team. */
export function insightRoutes(app: FastifyInstance, deps: Deps): void {
  const r = router(app);

  r.get('/api/me/insights', {
    config: { access: rolesOnly('client') },
    schema: {
      tags: ['between sessions'],
      response: {
        200: z.object({
          insights: z.array(insightSchema.extend({ id: z.string() })),
          daysWithCheckIns: z.number(),
          shared: z.array(sharedInsightSchema),
        }),
        ...errorResponses,
      },
    },
    handler: async (request) => myInsights(deps, actorOf(request)),
  });

  r.post('/api/me/insights/shares', {
    config: { access: rolesOnly('client') },
    schema: {
      tags: ['between sessions'],
      body: z.strictObject({
        id: uuidSchema,
        factorId: singleLineText().pipe(z.string().min(1).max(120)),
      }),
      response: { 200: oneShared, 201: oneShared, ...errorResponses },
    },
    handler: async (request, reply) => {
      const outcome = await shareInsight(deps, actorOf(request), request.body);
      return reply.status(outcome.created ? 201 : 200).send({ shared: outcome.shared });
    },
  });

  r.put('/api/me/insights/shares/:id/visibility', {
    config: { access: rolesOnly('client') },
    schema: {
      tags: ['between sessions'],
      params: idParams,
      body: z.strictObject({ visibility: visibilitySchema }),
      response: { 200: oneShared, ...errorResponses },
    },
    handler: async (request) => ({
      shared: await setSharedInsightVisibilityOf(
        deps,
        actorOf(request),
        request.params.id,
        request.body.visibility,
      ),
    }),
  });
}
