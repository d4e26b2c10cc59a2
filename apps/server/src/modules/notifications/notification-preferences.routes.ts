import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { rolesOnly } from '../../http/access-rule.ts';
import { actorOf, errorResponses, router } from '../../http/route-kit.ts';
import { notificationKinds } from './notification-kinds.ts';
import { staffNoticeRoutes } from './staff-notices.routes.ts';
import {
  myNotificationPreferences,
  setMyNotificationPreferences,
} from './notification-preferences.service.ts';

const preference = z.strictObject({
  kind: z.enum(notificationKinds),
  delivery: z.enum(['immediate', 'digest']),
});
const preferencesBody = z.object({ preferences: z.array(preference) });

const staffOnly = { access: rolesOnly('therapist', 'supervisor') };

export function notificationPreferenceRoutes(app: FastifyInstance, deps: Deps): void {
  const r = router(app);
  // The notices these preferences deliver, as the app shows them.
  staffNoticeRoutes(app, deps);

  r.get('/api/me/notification-preferences', {
    config: staffOnly,
    schema: {
      tags: ['alerts'],
      response: { 200: preferencesBody, ...errorResponses },
    },
    handler: async (request) => ({
      preferences: await myNotificationPreferences(deps, actorOf(request)),
    }),
  });

  r.put('/api/me/notification-preferences', {
    config: staffOnly,
    schema: {
      tags: ['alerts'],
      description:
        'Saves the kinds given; the others stay as they were. A critical-item alert always also goes at once to someone.',
      body: z.strictObject({
        preferences: z
          .array(preference)
          .max(notificationKinds.length)
          .superRefine((list, ctx) => {
            const seen = new Set<string>();
            list.forEach((p, index) => {
              if (seen.has(p.kind)) {
                ctx.addIssue({
                  code: 'custom',
                  message: 'Each kind may be given once.',
                  path: [index, 'kind'],
                });
              }
              seen.add(p.kind);
            });
          }),
      }),
      response: { 200: preferencesBody, ...errorResponses },
    },
    handler: async (request) => ({
      preferences: await setMyNotificationPreferences(
        deps,
        actorOf(request),
        request.body.preferences,
      ),
    }),
  });
}
