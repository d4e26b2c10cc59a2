import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { isIsoDate, uuidSchema } from '@tandem/core';
import type { Deps } from '../../deps.ts';
import { rolesOnly } from '../../http/access-rule.ts';
import { actorOf, errorResponses, idParams, iso, router } from '../../http/route-kit.ts';
import { recordTherapySession } from './therapy-sessions.service.ts';

const sessionSchema = z.object({ id: z.string(), heldOn: z.string(), recordedAt: z.string() });
const answer = z.object({ session: sessionSchema });

/** The therapist records the sessions held, so the client page can say what happened since the last. */
export function therapySessionRoutes(app: FastifyInstance, deps: Deps): void {
  const r = router(app);
  r.post('/api/clients/:id/therapy-sessions', {
    config: { access: rolesOnly('therapist') },
    schema: {
      tags: ['between sessions'],
      params: idParams,
      body: z.strictObject({
        id: uuidSchema,
        heldOn: z.string().refine(isIsoDate, { message: 'A date like 2026-03-01.' }),
      }),
      response: { 200: answer, 201: answer, ...errorResponses },
    },
    handler: async (request, reply) => {
      const outcome = await recordTherapySession(
        deps,
        actorOf(request),
        request.params.id,
        request.body,
      );
      return reply.status(outcome.created ? 201 : 200).send({
        session: { ...outcome.session, recordedAt: iso(outcome.session.recordedAt) },
      });
    },
  });
}
