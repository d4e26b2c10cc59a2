import type { FastifyReply } from 'fastify';
import type { Config } from '../config.ts';

export const SESSION_COOKIE = 'tandem_session';
/** CSRF token for requests made before anyone signs in (double-submit, httpOnly). */
export const ANON_CSRF_COOKIE = 'tandem_csrf';

/**
 * Secure whenever the browser reached us over TLS: configured (an https public
 * URL), or seen on the request (directly, or through a trusted proxy's
 * X-Forwarded-Proto).
 */
function base(reply: FastifyReply, config: Config) {
  const secure = config.secureCookies || reply.request.protocol === 'https';
  return { path: '/', httpOnly: true, secure } as const;
}

export function setSessionCookie(reply: FastifyReply, config: Config, token: string): void {
  // No maxAge: the cookie ends with the browser; the server enforces idle and absolute expiry.
  void reply.setCookie(SESSION_COOKIE, token, { ...base(reply, config), sameSite: 'lax' });
}

export function clearSessionCookie(reply: FastifyReply, config: Config): void {
  void reply.clearCookie(SESSION_COOKIE, { ...base(reply, config), sameSite: 'lax' });
}

export function setAnonCsrfCookie(reply: FastifyReply, config: Config, token: string): void {
  void reply.setCookie(ANON_CSRF_COOKIE, token, { ...base(reply, config), sameSite: 'strict' });
}
