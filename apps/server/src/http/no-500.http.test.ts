import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../testing/test-app.ts';
import { TestAgent } from '../testing/test-agent.ts';
import { cases, roleNames, userFor, type World } from '../modules/access/role-matrix.cases.ts';
import { buildWorld } from '../modules/access/role-matrix.world.ts';

/**
 * Property: whatever arrives at whatever route, from whoever, the answer is a
 * coded 2xx–4xx, never a 500. Each run starts from a request the role matrix
 * knows to be valid (so it gets past the schema) and spoils one part of it: a
 * text field, the whole body, the id in the path or the query string. Routes
 * added to the matrix are covered here with no change.
 */
let ctx: TestContext;
let world: World;
const agents = new Map<string, TestAgent>();

beforeAll(async () => {
  ctx = await createTestApp();
  world = await buildWorld(ctx);
  for (const role of roleNames) {
    const user = userFor(role, world);
    const agent = new TestAgent(ctx.app, '10.99.0.1');
    if (user) await agent.actAs(ctx.deps, user);
    else await agent.fetchCsrf();
    agents.set(role, agent);
  }
});
afterAll(async () => ctx.close());

/**
 * Text that databases and logs choke on: NUL (PostgreSQL refuses it), other
 * control characters, bidirectional overrides, lone surrogates, line and
 * paragraph separators, mixed into ordinary words; and any code unit at all.
 */
const nasty = fc.constantFrom(
  '\u0000',
  '\u0001',
  '\u0007',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u009f',
  '\u202e',
  '\u2066',
  '\u200f',
  '\u2028',
  '\ud800',
  '\udfff',
  '\r\n',
  '\t',
);
const hostileText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc
    .array(fc.oneof(fc.string({ maxLength: 8 }), nasty), { minLength: 1, maxLength: 6 })
    .map((parts) => parts.join('')),
);
const hostileValue = fc.oneof(
  hostileText,
  fc.integer(),
  fc.double(),
  fc.constant(null),
  fc.boolean(),
  fc.array(hostileText, { maxLength: 3 }),
  fc.dictionary(hostileText, hostileText, { maxKeys: 2 }),
);

/** Percent-encoding of any text; a lone surrogate has no UTF-8, so its would-be bytes stand in. */
const encodeAny = (text: string) => {
  try {
    return encodeURIComponent(text);
  } catch {
    return `${encodeURIComponent(text.replace(/[\uD800-\uDFFF]/g, ''))}%ED%A0%80`;
  }
};
const hostilePathPart = fc.oneof(
  fc.uuid().map((id) => id.toUpperCase()),
  hostileText.filter((t) => t.length > 0 && t.length < 70).map(encodeAny),
  fc.constantFrom('%00', '%C0%80', '%ED%A0%80', '%FF', 'a%00b', '..%2F..%2Fetc'),
);
const hostileQuery = fc.oneof(
  hostileText.map((s) => `?status=${encodeAny(s)}`),
  fc.constantFrom('?status=%00', '?status=%FF', '?%00=1', '?status=active&status=archived'),
);

type Spoil =
  | { kind: 'field'; pick: number; value: unknown }
  | { kind: 'body'; value: unknown }
  | { kind: 'path'; part: string }
  | { kind: 'query'; query: string };

const spoil: fc.Arbitrary<Spoil> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('field' as const),
      pick: fc.nat(),
      value: hostileValue,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('body' as const),
      value: fc.oneof(
        fc.jsonValue({ maxDepth: 3 }),
        fc.dictionary(hostileText, hostileValue, { maxKeys: 3 }),
      ),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('path' as const), part: hostilePathPart }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('query' as const), query: hostileQuery }) },
);

/** Every place in a JSON value that holds a leaf, as a path of keys. */
function leafPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leafPaths(v, [...path, i]));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => leafPaths(v, [...path, k]));
  }
  return [path];
}

function replaceAt(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  copy[head] = replaceAt(copy[head], rest, replacement);
  return copy;
}

/** The request with one part spoilt. Path ids are the last segment that names a record. */
function spoilt(route: string, base: { url: string; body: unknown }, how: Spoil) {
  switch (how.kind) {
    case 'field': {
      const paths = leafPaths(base.body);
      const path = paths[how.pick % paths.length] ?? [];
      return { url: base.url, body: replaceAt(base.body ?? {}, path, how.value) };
    }
    case 'body':
      return { url: base.url, body: how.value };
    case 'path': {
      if (!route.includes(':id')) return { url: `${base.url}/${how.part}`, body: base.body };
      const [before, after = ''] = route.split(':id');
      const prefix = base.url.slice(0, before?.length ?? 0);
      const suffix = after === '' ? '' : base.url.slice(base.url.length - after.length);
      return { url: `${prefix}${how.part}${suffix}`, body: base.body };
    }
    case 'query':
      return { url: `${base.url}${how.query}`, body: base.body };
  }
}

/** The characters that broke things before, each on its own. */
const troublesome = [
  '\u0000',
  '\u0001',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u202e',
  '\u2066',
  '\u2028',
  '\ud800',
  '\udfff',
  '\r',
];

/** A role the matrix expects to succeed on this route (else one that gets furthest). */
function roleThatSucceeds(c: (typeof cases)[string]): (typeof roleNames)[number] {
  return (
    roleNames.find((role) => (c.expect[role] ?? c.otherwise) < 300) ??
    roleNames.find((role) => (c.expect[role] ?? c.otherwise) !== 401) ??
    'anonymous'
  );
}

describe('no input produces a 500', () => {
  it('for every text of every valid request, with each troublesome character in it', async () => {
    const failures: string[] = [];
    for (const [route, c] of Object.entries(cases)) {
      const body = c.body?.(world);
      const role = roleThatSucceeds(c);
      for (const path of leafPaths(body)) {
        for (const character of troublesome) {
          const leaf = path.reduce<unknown>(
            (value, key) => (value as Record<string | number, unknown>)[key],
            body,
          );
          if (typeof leaf !== 'string') continue;
          const spoiltBody = replaceAt(body, path, `x${character}${leaf}`);
          const response = await agents.get(role)!.request(c.method, c.url(world), spoiltBody);
          const uncoded = response.statusCode >= 400 && !('code' in response.json<object>());
          if (response.statusCode >= 500 || uncoded) {
            failures.push(
              `${route} ${path.join('.')} ${JSON.stringify(character)}: ${response.statusCode}`,
            );
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });

  // 3000 requests through the real app: minutes on a busy two-core machine, not seconds.
  it(
    'for every route and role, with one part of a valid request spoilt',
    { timeout: 240_000 },
    async () => {
      const routes = Object.entries(cases).filter(([route]) => route !== 'GET /api/openapi.json');
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...routes),
          fc.constantFrom(...roleNames),
          spoil,
          async ([route, c], role, how) => {
            const base = { url: c.url(world), body: c.body?.(world) };
            const request = spoilt(route.split(' ')[1] ?? '', base, how);
            const response = await agents
              .get(role)!
              .request(c.method, request.url, c.method === 'GET' ? undefined : request.body);
            expect(
              response.statusCode,
              `${c.method} ${request.url} ${JSON.stringify(request.body)}`,
            ).toBeLessThan(500);
            if (response.statusCode >= 400) expect(response.json()).toHaveProperty('code');
          },
        ),
        { numRuns: 3000 },
      );
    },
  );
});
