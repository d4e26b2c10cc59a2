import { ApiError, networkError, parseApiError, parseJsonBody } from './api-error.ts';
import type { HttpMethod, TypedCall } from './api-paths.ts';
import { apiUrl } from './api-url.ts';

/**
 * Calls typed from the server's OpenAPI document (see api-paths.ts): the
 * route as the server names it, then `{ path, query, body }` as it declares.
 *
 * @example api.GET('/api/clients', { query: { status: 'active' } }) // Promise<{ clients: … }>
 * @example api.POST('/api/clients/{id}/archive', { path: { id } })
 */
export interface TypedApi {
  GET: TypedCall<'get'>;
  POST: TypedCall<'post'>;
  PUT: TypedCall<'put'>;
  PATCH: TypedCall<'patch'>;
  DELETE: TypedCall<'delete'>;
}

export interface ApiClient extends TypedApi {
  /*
   * Untyped calls, for a route the generated types do not have yet; the
   * caller states the answer's type. Prefer the typed methods above.
   */
  get<T>(path: string): Promise<T>;
  post<T = void>(path: string, body?: object): Promise<T>;
  put<T = void>(path: string, body: object): Promise<T>;
  patch<T = void>(path: string, body: object): Promise<T>;
}

/** The 401 answers that mean "you are no longer signed in". */
export type SessionEndedCode = 'SESSION_EXPIRED' | 'AUTHENTICATION_REQUIRED';

export interface ApiClientDeps {
  fetch: typeof globalThis.fetch;
  /** Called for every answer that says the session is over (idle timeout, signed out elsewhere). */
  onSessionEnded: (code: SessionEndedCode) => void;
  /**
   * Whether the person used the page just now (see user-activity.ts). Requests
   * then carry `x-user-activity: 1`, which keeps the session alive; background
   * refreshes long after the last input go without it. Unset: never sent.
   */
  isUserActive?: () => boolean;
}

/** The header that tells the server a request follows the person's own activity. */
export const userActivityHeader = 'x-user-activity';

type Method = Uppercase<HttpMethod>;

/** What a typed call carries, seen from the inside (the types have been checked at the call). */
interface CallParts {
  path?: Record<string, string | number>;
  query?: Record<string, string | number | boolean | null | undefined>;
  body?: object;
}

function readCsrfToken(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || !('csrfToken' in body)) return undefined;
  return typeof body.csrfToken === 'string' ? body.csrfToken : undefined;
}

/**
 * The one way the web app talks to the server. It keeps the CSRF token (the
 * server hands out a new one with the session, after sign-in, sign-out and
 * accepting an invitation; any answer carrying `csrfToken` replaces the old
 * one), sends it on every write, marks requests that follow the person's own
 * activity, and turns every failure into an ApiError.
 */
export function createApiClient(deps: ApiClientDeps): ApiClient {
  let csrfToken: string | null = null;

  async function send(method: Method, path: string, body: object | undefined): Promise<unknown> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (method !== 'GET') headers['x-csrf-token'] = await ensureCsrfToken();
    if (deps.isUserActive?.() === true) headers[userActivityHeader] = '1';

    let response: Response;
    try {
      response = await deps.fetch(path, {
        method,
        headers,
        credentials: 'same-origin',
        cache: 'no-store',
        body: body === undefined ? null : JSON.stringify(body),
      });
    } catch {
      throw networkError();
    }

    const data = parseJsonBody(await response.text().catch(() => ''));
    if (!response.ok)
      throw parseApiError(response.status, data, response.headers.get('retry-after'));
    const freshToken = readCsrfToken(data);
    if (freshToken !== undefined) csrfToken = freshToken;
    return data;
  }

  async function ensureCsrfToken(): Promise<string> {
    if (csrfToken !== null) return csrfToken;
    const session = await send('GET', '/api/session', undefined);
    const token = readCsrfToken(session);
    if (token === undefined) {
      throw new ApiError('UNEXPECTED_RESPONSE', 'Please reload the page and try again.', 200);
    }
    return token;
  }

  async function request(method: Method, path: string, body?: object): Promise<unknown> {
    try {
      return await send(method, path, body);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.code === 'CSRF_TOKEN_INVALID') {
        // The token went stale (another tab signed in or out): fetch a fresh one and try once more.
        csrfToken = null;
        return send(method, path, body).catch((retryError: unknown) => {
          throw reportSessionEnd(retryError);
        });
      }
      throw reportSessionEnd(error);
    }
  }

  function reportSessionEnd(error: unknown): unknown {
    if (
      error instanceof ApiError &&
      (error.code === 'SESSION_EXPIRED' || error.code === 'AUTHENTICATION_REQUIRED')
    ) {
      csrfToken = null;
      deps.onSessionEnded(error.code);
    }
    return error;
  }

  /*
   * The one place where the typed surface meets the wire: the answer is the
   * server's JSON, typed from the same schemas the server validates it with.
   * Writes send `{}` when the route takes no fields (the server's schemas are strict objects).
   */
  function typed<M extends HttpMethod>(method: M): TypedCall<M> {
    const verb = method.toUpperCase() as Method;
    const call = (path: string, parts: CallParts = {}) =>
      request(
        verb,
        apiUrl(path, parts.path, parts.query),
        verb === 'GET' ? undefined : (parts.body ?? (verb === 'DELETE' ? undefined : {})),
      );
    return call as unknown as TypedCall<M>;
  }

  return {
    GET: typed('get'),
    POST: typed('post'),
    PUT: typed('put'),
    PATCH: typed('patch'),
    DELETE: typed('delete'),
    get: <T>(path: string) => request('GET', path) as Promise<T>,
    post: <T = void>(path: string, body: object = {}) => request('POST', path, body) as Promise<T>,
    put: <T = void>(path: string, body: object) => request('PUT', path, body) as Promise<T>,
    patch: <T = void>(path: string, body: object) => request('PATCH', path, body) as Promise<T>,
  };
}
