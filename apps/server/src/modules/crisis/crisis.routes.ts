import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { publicRoute } from '../../http/access-rule.ts';
import { router } from '../../http/route-kit.ts';
import { crisisResourcesForActor } from './crisis.service.ts';

export const crisisSchema = z.object({
  country: z.string(),
  countryName: z.string(),
  emergency: z.string(),
  verified: z.boolean(),
  resources: z.array(
    z.object({
      name: z.string(),
      phone: z.string().nullable(),
      text: z.string().nullable(),
      url: z.string().nullable(),
      description: z.string(),
    }),
  ),
});

export function crisisRoutes(app: FastifyInstance, deps: Deps): void {
  // Public on purpose: help must show even when a session has expired or the person is signed out.
  router(app).get('/api/crisis-resources', {
    config: { access: publicRoute },
    schema: { tags: ['crisis'], response: { 200: crisisSchema } },
    handler: (request) => crisisResourcesForActor(deps, request.actor),
  });
}
