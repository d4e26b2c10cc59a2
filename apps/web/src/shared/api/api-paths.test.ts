import { describe, expectTypeOf, it } from 'vitest';
import type { ApiClient } from './api-client.ts';
import type { ApiAnswer, ApiBody, ApiPath, ApiRequest } from './api-paths.ts';

// Checked by the compiler (npm run typecheck): a wrong route, parameter or body must not compile.
describe('types from openapi.json', () => {
  it('lists the routes of each method', () => {
    expectTypeOf<'/api/session'>().toExtend<ApiPath<'get'>>();
    expectTypeOf<'/api/auth/sign-in'>().toExtend<ApiPath<'post'>>();
    expectTypeOf<'/api/auth/sign-in'>().not.toExtend<ApiPath<'get'>>();
  });

  it('types answers, bodies and parameters as the server declares them', () => {
    expectTypeOf<ApiAnswer<'get', '/api/clients'>['clients'][number]['status']>().toEqualTypeOf<
      'invited' | 'active' | 'archived'
    >();
    expectTypeOf<ApiBody<'post', '/api/auth/sign-in'>>().toEqualTypeOf<{
      email: string;
      password: string;
    }>();
    expectTypeOf<ApiRequest<'get', '/api/clients'>['query']>().toEqualTypeOf<
      { status?: 'active' | 'archived' } | undefined
    >();
    expectTypeOf<ApiRequest<'post', '/api/clients/{id}/archive'>['path']>().toEqualTypeOf<{
      id: string;
    }>();
    // 204 No Content.
    expectTypeOf<ApiAnswer<'post', '/api/consent/accept'>>().toEqualTypeOf<undefined>();
  });

  it('refuses calls the server would refuse', () => {
    // Never run: only compiled.
    const calls = (api: ApiClient) => [
      // @ts-expect-error not a route
      api.GET('/api/no-such-route'),
      // @ts-expect-error the id is required
      api.POST('/api/clients/{id}/archive'),
      // @ts-expect-error not one of the filters
      api.GET('/api/clients', { query: { status: 'everyone' } }),
      // @ts-expect-error the password is required
      api.POST('/api/auth/sign-in', { body: { email: 'a@example.org' } }),
      // @ts-expect-error unknown fields are refused by the server's strict schemas
      api.POST('/api/auth/sign-in', { body: { email: 'a', password: 'b', remember: true } }),
      // Fine: nothing required.
      api.GET('/api/session'),
      api.POST('/api/auth/sign-out'),
    ];
    expectTypeOf(calls).toBeFunction();
  });
});
