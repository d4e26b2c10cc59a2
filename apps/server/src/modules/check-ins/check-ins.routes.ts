import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { rolesOnly } from '../../http/access-rule.ts';
import { actorOf, errorResponses, idParams, router } from '../../http/route-kit.ts';
import { checkInSchema, newCheckInSchema, visibilitySchema } from './check-ins.schemas.ts';
import {
  checkInOptions,
  createCheckIn,
  myCheckIns,
  setMyCheckInVisibility,
} from './check-ins.service.ts';

const oneCheckIn = z.object({ checkIn: checkInSchema });

/** The client's check-ins: quick, private by default, sendable later from a phone that was offline. */
export function checkInRoutes(app: FastifyInstance, deps: Deps): void {
  const r = router(app);

  r.get('/api/me/check-in-options', {
    config: { access: rolesOnly('client') },
    schema: {
      tags: ['between sessions'],
      response: {
        200: z.object({
          emotions: z.array(z.object({ key: z.string(), label: z.string() })),
          tagKinds: z.array(z.object({ key: z.string(), label: z.string() })),
          suggestedTags: z.array(z.object({ kind: z.string(), label: z.string() })),
        }),
        ...errorResponses,
      },
    },
    handler: async (request) => checkInOptions(deps, actorOf(request)),
  });

  r.post('/api/me/check-ins', {
    config: { access: rolesOnly('client') },
    schema: {
      tags: ['between sessions'],
      body: newCheckInSchema,
      response: { 200: oneCheckIn, 201: oneCheckIn, ...errorResponses },
    },
    handler: async (request, reply) => {
      const outcome = await createCheckIn(deps, actorOf(request), request.body);
      return reply.status(outcome.created ? 201 : 200).send({ checkIn: outcome.checkIn });
    },
  });

  r.get('/api/me/check-ins', {
    config: { access: rolesOnly('client') },
    schema: {
      tags: ['between sessions'],
      response: { 200: z.object({ checkIns: z.array(checkInSchema) }), ...errorResponses },
    },
    handler: async (request) => ({ checkIns: await myCheckIns(deps, actorOf(request)) }),
  });

  r.put('/api/me/check-ins/:id/visibility', {
    config: { access: rolesOnly('client') },
    schema: {
      tags: ['between sessions'],
      params: idParams,
      body: z.strictObject({ visibility: visibilitySchema }),
      response: { 200: oneCheckIn, ...errorResponses },
    },
    handler: async (request) => ({
      checkIn: await setMyCheckInVisibility(
        deps,
        actorOf(request),
        request.params.id,
        request.body.visibility,
      ),
    }),
  });
}
