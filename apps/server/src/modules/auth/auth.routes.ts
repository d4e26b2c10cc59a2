import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { emailSchema, passwordSchema, tokenSchema, uuidSchema } from '@tandem/core';
import type { Deps } from '../../deps.ts';
import { publicRoute, signedIn } from '../../http/access-rule.ts';
import { clearSessionCookie, setAnonCsrfCookie, setSessionCookie } from '../../http/cookies.ts';
import { actorOf, emptyBody, errorResponses, router } from '../../http/route-kit.ts';
import { endAllSessions, endSession } from '../sessions/sessions.service.ts';
import { userViewSchema } from '../users/user-schema.ts';
import { userView } from '../users/user-view.ts';
import { randomToken } from './secrets.ts';
import { changePassword, completePasswordReset, requestPasswordReset } from './password.service.ts';
import { signIn } from './sign-in.service.ts';
import { switchPractice } from './switch-practice.service.ts';

const csrfOnly = z.object({ csrfToken: z.string() });

export function authRoutes(app: FastifyInstance, deps: Deps): void {
  const r = router(app);

  r.get('/api/session', {
    config: { access: publicRoute },
    schema: {
      tags: ['session'],
      response: {
        200: z.object({
          user: userViewSchema.nullable(),
          csrfToken: z.string(),
          // For signed-in people: whether invitations leave by e-mail or wait in the admin's
          // outbox (no SMTP_URL), so a confirmation never claims an e-mail was sent when it was not.
          mailDelivery: z.enum(['email', 'outbox']).nullable(),
        }),
      },
    },
    handler: async (request, reply) => {
      if (request.actor) {
        return {
          user: await userView(deps.db, request.actor),
          csrfToken: request.csrfToken ?? '',
          mailDelivery: deps.config.smtpUrl === null ? ('outbox' as const) : ('email' as const),
        };
      }
      let token = request.csrfToken;
      if (token === null) {
        token = randomToken();
        setAnonCsrfCookie(reply, deps.config, token);
      }
      return { user: null, csrfToken: token, mailDelivery: null };
    },
  });

  r.post('/api/auth/sign-in', {
    config: { access: publicRoute },
    schema: {
      tags: ['session'],
      body: z.strictObject({
        email: emailSchema,
        password: z.string().min(1, 'Enter your password.').max(200),
      }),
      response: {
        200: z.object({ user: userViewSchema, csrfToken: z.string() }),
        ...errorResponses,
      },
    },
    handler: async (request, reply) => {
      const { user, session } = await signIn(deps, { ...request.body, origin: request.origin });
      setSessionCookie(reply, deps.config, session.cookieToken);
      return { user, csrfToken: session.csrfToken };
    },
  });

  r.post('/api/auth/switch-practice', {
    config: { access: signedIn({ allowWithoutConsent: true }) },
    schema: {
      tags: ['session'],
      body: z.strictObject({ practiceId: uuidSchema }),
      response: {
        200: z.object({ user: userViewSchema, csrfToken: z.string() }),
        ...errorResponses,
      },
    },
    handler: async (request, reply) => {
      const { user, session } = await switchPractice(
        deps,
        actorOf(request),
        request.body.practiceId,
      );
      setSessionCookie(reply, deps.config, session.cookieToken);
      return { user, csrfToken: session.csrfToken };
    },
  });

  r.post('/api/auth/sign-out', {
    config: { access: signedIn({ allowWithoutConsent: true }) },
    schema: { tags: ['session'], body: emptyBody, response: { 200: csrfOnly, ...errorResponses } },
    handler: async (request, reply) => {
      await endSession(deps, actorOf(request));
      return signedOut(reply, deps);
    },
  });

  r.post('/api/auth/sign-out-everywhere', {
    config: { access: signedIn({ allowWithoutConsent: true }) },
    schema: { tags: ['session'], body: emptyBody, response: { 200: csrfOnly, ...errorResponses } },
    handler: async (request, reply) => {
      await endAllSessions(deps, actorOf(request));
      return signedOut(reply, deps);
    },
  });

  r.post('/api/auth/change-password', {
    config: { access: signedIn({ allowWithoutConsent: true }) },
    schema: {
      tags: ['session'],
      body: z.strictObject({
        currentPassword: z.string().min(1).max(200),
        newPassword: passwordSchema,
      }),
      response: { 200: csrfOnly, ...errorResponses },
    },
    handler: async (request, reply) => {
      // A new session (new cookie, new CSRF token) replaces every old one.
      const session = await changePassword(deps, actorOf(request), request.body);
      setSessionCookie(reply, deps.config, session.cookieToken);
      return { csrfToken: session.csrfToken };
    },
  });

  r.post('/api/auth/password-reset/request', {
    config: { access: publicRoute },
    schema: {
      tags: ['session'],
      body: z.strictObject({ email: emailSchema }),
      response: { 202: z.object({}), ...errorResponses },
    },
    handler: async (request, reply) => {
      await requestPasswordReset(deps, { email: request.body.email, origin: request.origin });
      return reply.status(202).send({});
    },
  });

  r.post('/api/auth/password-reset/complete', {
    config: { access: publicRoute },
    schema: {
      tags: ['session'],
      body: z.strictObject({ token: tokenSchema, newPassword: passwordSchema }),
      response: { 204: z.null(), ...errorResponses },
    },
    handler: async (request, reply) => {
      await completePasswordReset(deps, { ...request.body, origin: request.origin });
      return reply.status(204).send(null);
    },
  });
}

function signedOut(reply: Parameters<typeof clearSessionCookie>[0], deps: Deps) {
  clearSessionCookie(reply, deps.config);
  const csrfToken = randomToken();
  setAnonCsrfCookie(reply, deps.config, csrfToken);
  return { csrfToken };
}
