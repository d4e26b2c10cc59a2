import { describe, expect, it } from 'vitest';
import { cacheNameFor, mayKeep, routeOf } from './sw-routing.ts';

const origin = 'https://tandem.example.org';
const shell = ['/index.html', '/manifest.webmanifest', '/icons/icon.svg'];
const get = (path: string, mode = 'cors') => ({ method: 'GET', url: origin + path, mode });

describe('routeOf', () => {
  it('never handles the API: answers carry personal data and must not be cached', () => {
    expect(routeOf(get('/api/me/plans/safety-plan'), origin, shell)).toBe('pass');
    expect(routeOf(get('/api/session', 'navigate'), origin, shell)).toBe('pass');
    expect(routeOf(get('/api'), origin, shell)).toBe('pass');
  });

  it('leaves writes and other origins alone', () => {
    expect(routeOf({ ...get('/assets/a.js'), method: 'POST' }, origin, shell)).toBe('pass');
    expect(
      routeOf({ method: 'GET', url: 'https://cdn.example/x.js', mode: 'cors' }, origin, shell),
    ).toBe('pass');
  });

  it('serves page loads network-first (the cached index.html offline)', () => {
    expect(routeOf(get('/client/safety-plan', 'navigate'), origin, shell)).toBe('navigation');
  });

  it("serves the build's files and the shell's public files from the cache", () => {
    expect(routeOf(get('/assets/PlanPage-abc.js'), origin, shell)).toBe('asset');
    expect(routeOf(get('/icons/icon.svg'), origin, shell)).toBe('asset');
    expect(routeOf(get('/robots.txt'), origin, shell)).toBe('pass');
  });
});

describe('mayKeep', () => {
  it('keeps only whole answers for hashed build files', () => {
    expect(mayKeep(`${origin}/assets/a.js`, { status: 200, type: 'basic' })).toBe(true);
    expect(mayKeep(`${origin}/assets/a.js`, { status: 404, type: 'basic' })).toBe(false);
    expect(mayKeep(`${origin}/assets/a.js`, { status: 206, type: 'basic' })).toBe(false);
    expect(mayKeep(`${origin}/client`, { status: 200, type: 'basic' })).toBe(false);
  });
});

it('names each build its own cache, under the prefix sign-out keeps', () => {
  expect(cacheNameFor('abc')).toBe('tandem-app-abc');
});
