import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { rolesOnly } from '../../http/access-rule.ts';
import { actorOf, errorResponses, router } from '../../http/route-kit.ts';
import { gasSettings, updateGasSettings } from './gas-settings.service.ts';

const gasSettingsSchema = z.object({ rho: z.number(), defaultRho: z.number() });

const rhoSchema = z
  .number({ message: 'Use a number from 0 to 0.99.' })
  .min(0, 'Use a number from 0 to 0.99.')
  .lt(1, 'Use a number below 1.')
  .refine((rho) => Math.abs(rho * 1000 - Math.round(rho * 1000)) < 1e-9, {
    message: 'Use at most three decimals, such as 0.3.',
  });

/**
 * The practice's ρ for Goal Attainment Scaling (admin only, like the other
 * practice settings). Kiresuk & Sherman's 0.3 is the default.
 */
export function gasSettingsRoutes(app: FastifyInstance, deps: Deps): void {
  const r = router(app);
  const adminOnly = { access: rolesOnly('admin') };

  r.get('/api/admin/goal-settings', {
    config: adminOnly,
    schema: { tags: ['admin'], response: { 200: gasSettingsSchema, ...errorResponses } },
    handler: async (request) => gasSettings(deps, actorOf(request)),
  });

  r.put('/api/admin/goal-settings', {
    config: adminOnly,
    schema: {
      tags: ['admin'],
      body: z.strictObject({ rho: rhoSchema }),
      response: { 200: gasSettingsSchema, ...errorResponses },
    },
    handler: async (request) => updateGasSettings(deps, actorOf(request), request.body),
  });
}
