import type { FastifyReply } from 'fastify';
import type { Config } from '../config.ts';

export const SESSION_COOKIE = 'tandem_session';
/** CSRF token for requests made before anyone signs in (double-submit, httpOnly). */
export const ANON_CSRF_COOKIE = 'tandem_csrf';

function base(config: Config) {
  return { path: '/', httpOnly: true, secure: config.secureCookies } as const;
}

export function setSessionCookie(reply: FastifyReply, config: Config, token: string): void {
  // No maxAge: the cookie ends with the browser; the server enforces idle and absolute expiry.
  void reply.setCookie(SESSION_COOKIE, token, { ...base(config), sameSite: 'lax' });
}

export function clearSessionCookie(reply: FastifyReply, config: Config): void {
  void reply.clearCookie(SESSION_COOKIE, { ...base(config), sameSite: 'lax' });
}

export function setAnonCsrfCookie(reply: FastifyReply, config: Config, token: string): void {
  void reply.setCookie(ANON_CSRF_COOKIE, token, { ...base(config), sameSite: 'strict' });
}
