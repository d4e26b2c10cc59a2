import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '@tandem/core';
import type { Deps } from '../deps.ts';
import type { MaybeActor } from './actor.ts';
import type { AccessRule } from './access-rule.ts';
import { ANON_CSRF_COOKIE, clearSessionCookie, SESSION_COOKIE } from './cookies.ts';
import { resolveSession } from '../modules/sessions/sessions.service.ts';
import { sameSecret } from '../modules/auth/secrets.ts';
import { appendAuditEventNow } from '../modules/audit/audit.repo.ts';

declare module 'fastify' {
  interface FastifyRequest {
    actor: MaybeActor;
    /** The CSRF token this request must carry on writes (session's, or the anonymous cookie's). */
    csrfToken: string | null;
    sessionExpired: boolean;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Loads the actor from the session cookie, then enforces the route's declared
 * access rule and CSRF before any handler runs. Per-resource decisions are the
 * policy module's, inside each use case.
 */
export const requestContext = fp(
  (app: FastifyInstance, opts: { deps: Deps }) => {
    const { deps } = opts;
    app.decorateRequest('actor', null);
    app.decorateRequest('csrfToken', null);
    app.decorateRequest('sessionExpired', false);

    // Access and CSRF are checked in onRequest, before the body is parsed or
    // validated: a caller who may not use a route learns nothing about its schema.
    app.addHook('onRequest', async (request, reply) => {
      // Decide by the route that matched, never by the raw URL: the router decodes
      // percent-escapes, so "/%61pi/clients" reaches the "/api/clients" route.
      const routeUrl = request.routeOptions.url;
      if (routeUrl === undefined || !routeUrl.startsWith('/api/')) return;
      const resolved = await resolveSession(deps, request.cookies[SESSION_COOKIE]);
      switch (resolved.state) {
        case 'active':
          request.actor = resolved.actor;
          request.csrfToken = resolved.csrfToken;
          break;
        case 'expired':
          request.sessionExpired = true;
          clearSessionCookie(reply, deps.config);
          request.csrfToken = request.cookies[ANON_CSRF_COOKIE] ?? null;
          break;
        case 'none':
          request.csrfToken = request.cookies[ANON_CSRF_COOKIE] ?? null;
          break;
      }
      const rule = request.routeOptions.config?.access;
      // Deny by default: an API route that declares no rule is not served.
      if (rule === undefined) throw new AppError('NOT_FOUND');
      await enforceRule(deps, request, rule, routeUrl);
      if (!SAFE_METHODS.has(request.method)) checkCsrf(request);
    });
  },
  { name: 'request-context' },
);

async function enforceRule(
  deps: Deps,
  request: FastifyRequest,
  rule: AccessRule,
  routeUrl: string,
): Promise<void> {
  if (rule.kind === 'public') return;
  const actor = request.actor;
  if (actor === null) {
    throw new AppError(request.sessionExpired ? 'SESSION_EXPIRED' : 'AUTHENTICATION_REQUIRED');
  }
  if (rule.kind === 'roles' && !rule.roles.includes(actor.role)) {
    // A signed-in person trying a route their role may not use is a denial worth keeping.
    await appendAuditEventNow(
      deps.db,
      {
        practiceId: actor.practiceId,
        actorId: actor.userId,
        actorRole: actor.role,
        action: 'route.denied',
        resourceType: 'route',
        resourceId: `${request.method} ${routeUrl}`,
        outcome: 'denied',
      },
      deps.clock(),
    );
    throw new AppError('FORBIDDEN');
  }
  if (!actor.consentCurrent && rule.allowWithoutConsent !== true) {
    throw new AppError('CONSENT_PENDING');
  }
}

function checkCsrf(request: FastifyRequest): void {
  const sent = request.headers['x-csrf-token'];
  const expected = request.csrfToken;
  if (typeof sent !== 'string' || expected === null || !sameSecret(sent, expected)) {
    throw new AppError('CSRF_TOKEN_INVALID');
  }
}
