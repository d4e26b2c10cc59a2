import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Deps } from '../deps.ts';
import { SESSION_COOKIE } from '../http/cookies.ts';
import { startSession } from '../modules/sessions/sessions.service.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * A browser stand-in for HTTP tests: keeps cookies between requests and sends
 * the CSRF token on writes, like the web app does. Goes through the real app
 * with Fastify's inject (no network).
 */
export class TestAgent {
  private cookies = new Map<string, string>();
  csrfToken: string | null = null;
  /**
   * Like the web app after a click: requests say they follow the person's own
   * activity (which keeps the session alive). `inBackground()` turns it off,
   * like a page that refreshes itself.
   */
  private userActivity = true;

  constructor(
    readonly app: FastifyInstance,
    private readonly ip = '127.0.0.1',
  ) {}

  /** Signs in without a password round-trip (fast, for matrix tests); sign-in itself has its own tests. */
  async actAs(deps: Deps, user: { practiceId: string; id: string }): Promise<this> {
    const session = await startSession(deps, { practiceId: user.practiceId, userId: user.id });
    this.cookies.set(SESSION_COOKIE, session.cookieToken);
    this.csrfToken = session.csrfToken;
    return this;
  }

  inBackground(): this {
    this.userActivity = false;
    return this;
  }

  async fetchCsrf(): Promise<string> {
    const response = await this.request('GET', '/api/session');
    this.csrfToken = response.json<{ csrfToken: string }>().csrfToken;
    return this.csrfToken;
  }

  async signIn(email: string, password: string): Promise<LightMyRequestResponse> {
    if (this.csrfToken === null) await this.fetchCsrf();
    const response = await this.post('/api/auth/sign-in', { email, password });
    if (response.statusCode === 200)
      this.csrfToken = response.json<{ csrfToken: string }>().csrfToken;
    return response;
  }

  get(url: string) {
    return this.request('GET', url);
  }

  post(url: string, body: unknown = {}) {
    return this.request('POST', url, body);
  }

  put(url: string, body: unknown = {}) {
    return this.request('PUT', url, body);
  }

  async request(method: Method, url: string, body?: unknown, headers: Record<string, string> = {}) {
    const options: InjectOptions = {
      method,
      url,
      remoteAddress: this.ip,
      headers: {
        ...(this.cookies.size > 0
          ? { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') }
          : {}),
        ...(method !== 'GET' && this.csrfToken ? { 'x-csrf-token': this.csrfToken } : {}),
        ...(this.userActivity ? { 'x-user-activity': '1' } : {}),
        ...headers,
      },
      ...(body === undefined ? {} : { payload: body as InjectOptions['payload'] }),
    };
    const response = await this.app.inject(options);
    const fresh = readCsrfToken(response);
    if (fresh !== undefined) this.csrfToken = fresh;
    for (const cookie of response.cookies) {
      if (cookie.value === '' || (cookie.expires && cookie.expires.getTime() < Date.now()))
        this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
    return response;
  }

  hasSessionCookie(): boolean {
    return this.cookies.has(SESSION_COOKIE);
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  /** Presents a cookie as a browser (or an attacker who copied it) would. */
  withCookie(name: string, value: string): this {
    this.cookies.set(name, value);
    return this;
  }
}

/** Like the web app: any JSON answer carrying `csrfToken` replaces the token it holds. */
function readCsrfToken(response: LightMyRequestResponse): string | undefined {
  if (!String(response.headers['content-type'] ?? '').startsWith('application/json')) {
    return undefined;
  }
  try {
    const body: unknown = response.json();
    return typeof body === 'object' && body !== null && 'csrfToken' in body
      ? typeof body.csrfToken === 'string'
        ? body.csrfToken
        : undefined
      : undefined;
  } catch {
    return undefined;
  }
}
