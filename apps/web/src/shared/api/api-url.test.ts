import { describe, expect, it } from 'vitest';
import { apiUrl } from './api-url.ts';

describe('apiUrl', () => {
  it('fills the placeholders, encoded so a value cannot change the route', () => {
    expect(apiUrl('/api/clients/{id}/archive', { id: 'c1' })).toBe('/api/clients/c1/archive');
    expect(apiUrl('/api/clients/{id}', { id: '../admin?x=1#y' })).toBe(
      '/api/clients/..%2Fadmin%3Fx%3D1%23y',
    );
  });

  it('appends the query parameters that have a value', () => {
    expect(apiUrl('/api/clients', {}, { status: 'archived' })).toBe('/api/clients?status=archived');
    expect(apiUrl('/api/clients', {}, { status: undefined, page: null })).toBe('/api/clients');
    expect(apiUrl('/api/x', {}, { a: 'b c&d', n: 2, on: true, tag: ['p', 'q'] })).toBe(
      '/api/x?a=b+c%26d&n=2&on=true&tag=p&tag=q',
    );
  });

  it('fails loudly on a missing path parameter instead of calling a wrong URL', () => {
    expect(() => apiUrl('/api/clients/{id}', {})).toThrow('/api/clients/{id}: no value for {id}');
  });
});
