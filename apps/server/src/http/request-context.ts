import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError, findUnstorableText } from '@tandem/core';
import type { Deps } from '../deps.ts';
import type { MaybeActor, RequestOrigin } from './actor.ts';
import type { AccessRule } from './access-rule.ts';
import { ANON_CSRF_COOKIE, clearSessionCookie, SESSION_COOKIE } from './cookies.ts';
import { resolveSession } from '../modules/sessions/sessions.service.ts';
import { sameSecret } from '../modules/auth/secrets.ts';
import { appendAuditEventNow } from '../modules/audit/audit.repo.ts';
import { auditedBy } from '../modules/audit/audited-by.ts';

declare module 'fastify' {
  interface FastifyRequest {
    actor: MaybeActor;
    /** The CSRF token this request must carry on writes (session's, or the anonymous cookie's). */
    csrfToken: string | null;
    sessionExpired: boolean;
    /** Where the request came from, and the session it held (for audit). */
    origin: RequestOrigin;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The web app marks requests that follow something the person did (a click, a
 * key, opening a page) with this header; background refreshes go without it.
 * Writes always count as activity.
 */
export const USER_ACTIVITY_HEADER = 'x-user-activity';

/**
 * Loads the actor from the session cookie, then enforces the route's declared
 * access rule and CSRF before any handler runs, for every route the app
 * serves (not only `/api`). Per-resource decisions are the policy module's,
 * inside each use case.
 */
export const requestContext = fp(
  (app: FastifyInstance, opts: { deps: Deps }) => {
    const { deps } = opts;
    app.decorateRequest('actor', null);
    app.decorateRequest('csrfToken', null);
    app.decorateRequest('sessionExpired', false);
    app.decorateRequest('origin', null as unknown as RequestOrigin);

    // Access and CSRF are checked in onRequest, before the body is parsed or
    // validated: a caller who may not use a route learns nothing about its schema.
    app.addHook('onRequest', async (request, reply) => {
      request.origin = { sourceAddress: request.ip, sessionId: null };
      // Decide by the route that matched, never by the raw URL: the router decodes
      // percent-escapes, so "/%61pi/clients" reaches the "/api/clients" route.
      const rule = request.routeOptions.config?.access;
      // No route matched: the not-found handler answers, and it serves nothing.
      if (request.routeOptions.url === undefined) return;
      // Unreachable (the app refuses to start with such a route); deny all the same.
      if (rule === undefined) throw new AppError('NOT_FOUND');
      const userActivity =
        !SAFE_METHODS.has(request.method) || request.headers[USER_ACTIVITY_HEADER] === '1';
      const resolved = await resolveSession(deps, request.cookies[SESSION_COOKIE], {
        sourceAddress: request.ip,
        userActivity,
      });
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
      request.origin = { sourceAddress: request.ip, sessionId: request.actor?.sessionId ?? null };
      await enforceRule(deps, request, rule);
      if (!SAFE_METHODS.has(request.method)) checkCsrf(request);
    });

    // A safety net under the route schemas: text PostgreSQL can never store (U+0000,
    // a lone surrogate) anywhere in the input is a field error, never a database error.
    app.addHook('preValidation', (request, _reply, done) => {
      for (const [part, value] of [
        ['', request.body],
        ['params', request.params],
        ['query', request.query],
      ] as const) {
        const found = findUnstorableText(value);
        if (found) {
          const path = [part, found.path].filter((p) => p !== '').join('.');
          done(
            new AppError('VALIDATION_FAILED', {
              message: `${path === '' ? 'The request' : path}: remove the invisible control characters from this text.`,
              ...(path === '' ? {} : { path }),
            }),
          );
          return;
        }
      }
      done();
    });

    // Answers carry people's data (and the outbox, live one-time links): no browser,
    // proxy or service worker may keep a copy. The web app's static files say otherwise.
    app.addHook('onSend', async (_request, reply, payload) => {
      if (!reply.hasHeader('cache-control')) void reply.header('cache-control', 'no-store');
      return payload;
    });
  },
  { name: 'request-context' },
);

async function enforceRule(deps: Deps, request: FastifyRequest, rule: AccessRule): Promise<void> {
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
        ...auditedBy(actor),
        action: 'route.denied',
        resourceType: 'route',
        resourceId: `${request.method} ${request.routeOptions.url ?? ''}`,
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
