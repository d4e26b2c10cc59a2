import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { isTimeZone, uuidSchema } from '@tandem/core';
import type { Deps } from '../../deps.ts';
import { rolesOnly } from '../../http/access-rule.ts';
import { actorOf, emptyBody, errorResponses, router } from '../../http/route-kit.ts';
import { crisisResourcesFor } from '../crisis/crisis-lines.ts';
import { instrumentJson } from '../measures/measures.routes.ts';
import { instrumentSchema } from '../measures/measures.schemas.ts';
import { acceptInstrumentLicence } from './instrument-licence.service.ts';
import { notOnTrackRuleRoutes } from './not-on-track-rules.routes.ts';
import type { PracticeSettingsView } from './practice-settings.service.ts';
import { practiceSettings, updatePracticeSettings } from './practice-settings.service.ts';

const settingsSchema = z.object({
  timeZone: z.string(),
  country: z.string(),
  alertFallbackStaffId: z.string().nullable(),
  escalationMinutes: z.number(),
  staff: z.array(
    z.object({
      id: z.string(),
      displayName: z.string(),
      role: z.enum(['therapist', 'supervisor']),
    }),
  ),
});

/** The country's crisis lines are what clients see on every page: a country without any is refused. */
const hasCrisisLines = (country: string): boolean => {
  const found = crisisResourcesFor(country);
  return found.country === country && found.resources.length > 0;
};

const adminOnly = { access: rolesOnly('admin') };
const toJson = (view: PracticeSettingsView): z.infer<typeof settingsSchema> => view;

export function practiceSettingsRoutes(app: FastifyInstance, deps: Deps): void {
  const r = router(app);
  notOnTrackRuleRoutes(app, deps);

  r.get('/api/admin/practice-settings', {
    config: adminOnly,
    schema: { tags: ['admin'], response: { 200: settingsSchema, ...errorResponses } },
    handler: async (request) => toJson(await practiceSettings(deps, actorOf(request))),
  });

  r.put('/api/admin/practice-settings', {
    config: adminOnly,
    schema: {
      tags: ['admin'],
      body: z.strictObject({
        timeZone: z
          .string()
          .max(64)
          .refine(isTimeZone, 'Choose a time zone from the list, such as Europe/London.'),
        country: z
          .string()
          .regex(/^[A-Za-z]{2}$/, 'Use the two-letter country code, such as GB.')
          .transform((c) => c.toUpperCase())
          .refine(hasCrisisLines, 'Tandem has no crisis lines for this country yet.'),
        alertFallbackStaffId: uuidSchema.nullable(),
        escalationMinutes: z
          .number()
          .int('Use whole minutes.')
          .min(15, 'Use at least 15 minutes.')
          .max(10080, 'Use at most 10,080 minutes (7 days).'),
      }),
      response: { 200: settingsSchema, ...errorResponses },
    },
    handler: async (request) =>
      toJson(await updatePracticeSettings(deps, actorOf(request), request.body)),
  });

  r.post('/api/admin/instruments/:id/accept-licence', {
    config: adminOnly,
    schema: {
      tags: ['admin'],
      // An instrument id from the library (`k10`), not a UUID.
      params: z.strictObject({ id: z.string().max(64) }),
      body: emptyBody,
      response: { 200: z.object({ instrument: instrumentSchema }), ...errorResponses },
    },
    handler: async (request) => ({
      instrument: instrumentJson(
        await acceptInstrumentLicence(deps, actorOf(request), request.params.id),
      ),
    }),
  });
}
