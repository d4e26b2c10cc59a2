import type { paths } from './generated/openapi.d.ts';

/*
 * Types of every API call, read from the generated `paths` (openapi.json, made
 * from the server's route schemas). A screen names the route as the server
 * does ('/api/clients/{id}/archive'); its parameters, body and answer follow.
 */

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

type Operation<M extends HttpMethod, P extends keyof paths> = NonNullable<paths[P][M]>;

/** The routes that answer method `M`. */
export type ApiPath<M extends HttpMethod> = {
  [P in keyof paths]: [NonNullable<paths[P][M]>] extends [never] ? never : P;
}[keyof paths];

type ParametersOf<Op> = Op extends { parameters: infer Ps } ? Ps : never;
type PathParams<Op> = NonNullable<ParametersOf<Op> extends { path?: infer T } ? T : never>;
type QueryParams<Op> = NonNullable<ParametersOf<Op> extends { query?: infer T } ? T : never>;
type JsonBody<Op> = Op extends { requestBody?: { content: { 'application/json': infer B } } }
  ? B
  : never;

/** `{}`: an object with nothing in it, which any part without required fields accepts. */
type Nothing = Record<never, never>;

/** A part of the request: left out when the route has none, optional when nothing in it is required. */
type Part<Key extends string, T> = [T] extends [never]
  ? { [K in Key]?: never }
  : Nothing extends T
    ? { [K in Key]?: T }
    : { [K in Key]: T };

/** What a call may carry: `path` parameters, `query` parameters (never personal data), a JSON `body`. */
export type ApiRequest<M extends HttpMethod, P extends ApiPath<M>> = Part<
  'path',
  PathParams<Operation<M, P>>
> &
  Part<'query', QueryParams<Operation<M, P>>> &
  Part<'body', JsonBody<Operation<M, P>>>;

/** The request argument, optional when the route needs nothing from the caller. */
export type ApiRequestArgs<M extends HttpMethod, P extends ApiPath<M>> =
  Nothing extends ApiRequest<M, P> ? [request?: ApiRequest<M, P>] : [request: ApiRequest<M, P>];

type SuccessStatus = 200 | 201 | 202 | 203 | 204;
type ResponsesOf<Op> = Op extends { responses: infer R } ? R : never;
type JsonOf<Response> = Response extends { content: { 'application/json': infer B } }
  ? B
  : undefined;

/**
 * The body of a successful answer (every 2xx the route documents). A 204 has
 * no body whatever the document says of it (the server's schemas describe it
 * as `null`), and the client reads an empty body as `undefined`.
 */
export type ApiAnswer<M extends HttpMethod, P extends ApiPath<M>> = {
  [S in keyof ResponsesOf<Operation<M, P>> & SuccessStatus]: S extends 204
    ? undefined
    : JsonOf<ResponsesOf<Operation<M, P>>[S]>;
}[keyof ResponsesOf<Operation<M, P>> & SuccessStatus];

/** The JSON body a route takes, for forms that build it before calling. */
export type ApiBody<M extends HttpMethod, P extends ApiPath<M>> = JsonBody<Operation<M, P>>;

/** One typed method of the API client: `api.GET('/api/clients', { query: { status } })`. */
export type TypedCall<M extends HttpMethod> = <P extends ApiPath<M>>(
  path: P,
  ...request: ApiRequestArgs<M, P>
) => Promise<ApiAnswer<M, P>>;
