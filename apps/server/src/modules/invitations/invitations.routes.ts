import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { roles, tokenSchema } from '@tandem/core';
import type { Deps } from '../../deps.ts';
import { publicRoute } from '../../http/access-rule.ts';
import { setSessionCookie } from '../../http/cookies.ts';
import { errorResponses, router } from '../../http/route-kit.ts';
import { userViewSchema } from '../users/user-schema.ts';
import { acceptInvitation, inspectInvitation } from './invitations.service.ts';

export function invitationRoutes(app: FastifyInstance, deps: Deps): void {
  const r = router(app);

  // The token travels in the body: e-mailed links carry it in the URL fragment, never in a path or query.
  r.post('/api/invitations/inspect', {
    config: { access: publicRoute },
    schema: {
      tags: ['invitations'],
      body: z.strictObject({ token: tokenSchema }),
      response: {
        200: z.object({
          email: z.string(),
          displayName: z.string(),
          role: z.enum(roles),
          practiceName: z.string(),
          consent: z.object({ version: z.number().int(), text: z.string() }).nullable(),
        }),
        ...errorResponses,
      },
    },
    handler: async (request) => {
      const view = await inspectInvitation(deps, {
        token: request.body.token,
        origin: request.origin,
      });
      return { ...view, role: view.role as (typeof roles)[number] };
    },
  });

  r.post('/api/invitations/accept', {
    config: { access: publicRoute },
    schema: {
      tags: ['invitations'],
      body: z.strictObject({
        token: tokenSchema,
        // The person's own answer; the server decides by the account (see acceptInvitation).
        account: z.enum(['new', 'existing']),
        // A new password must meet the rules; an existing account's password is checked as it is.
        password: z.string().min(1, 'Enter a password.').max(200),
        acceptConsentVersion: z.number().int().positive().optional(),
      }),
      response: {
        200: z.object({ user: userViewSchema, csrfToken: z.string() }),
        ...errorResponses,
      },
    },
    handler: async (request, reply) => {
      const { user, session } = await acceptInvitation(deps, {
        ...request.body,
        origin: request.origin,
      });
      setSessionCookie(reply, deps.config, session.cookieToken);
      return { user, csrfToken: session.csrfToken };
    },
  });
}
