import type { CpuProfile } from './cpu-profile.ts';
import { ms, table } from './latency-stats.ts';

/** Where a function's code lives, as a reader of the figures would group it. */
const AREAS: [RegExp, string][] = [
  // The benchmark's own frames in the app's process: stopping the profiler (it builds the profile).
  [/\/apps\/server\/bench\//, '(bench)'],
  [/\/node_modules\/(pg|pg-protocol|pg-pool|pg-types|postgres-[a-z]+|pgpass)\//, 'pg driver'],
  [/\/node_modules\/kysely\//, 'Kysely'],
  [/\/node_modules\/(zod|fastify-type-provider-zod)\//, 'Zod'],
  [
    /\/node_modules\/(fastify|@fastify\/[^/]+|find-my-way|avvio|light-my-request|fast-json-stringify|secure-json-parse|fast-querystring|helmet|cookie|fastify-plugin|toad-cache|rfdc|abstract-logging|pino)\//,
    'Fastify',
  ],
  [/\/node_modules\/temporal-polyfill\//, 'Temporal'],
  [/\/packages\/instruments\//, 'instrument library'],
  [/\/packages\/core\//, 'core package'],
  [/\/apps\/server\/src\/modules\/audit\//, 'app: audit'],
  [/\/apps\/server\/src\/modules\/(measures|alerts)\//, 'app: measures, alerts'],
  [/\/apps\/server\/src\//, 'app: other'],
  [/\/node_modules\//, 'other packages'],
];

/** What each area's time is, for the printed table. */
export const AREA_NOTES: Record<string, string> = {
  'pg driver': 'wire protocol, row parsing, type parsers, its socket writes',
  Kysely: 'building and compiling SQL',
  Zod: 'body validation and response serialization (fastify-type-provider-zod)',
  Fastify: 'routing, hooks, cookies, helmet headers, reply',
  Temporal: 'time zones (localDate)',
  'instrument library': 'scoring, change, not-on-track',
  'app: audit': 'canonical JSON and SHA-256 of the chain',
  'app: measures, alerts': 'services, repositories, mapping',
  'app: other': 'sessions, access, http glue',
  'Node runtime': 'sockets, streams, timers, not called from the code above',
  GC: 'garbage collection',
  '(program)': 'V8 and native work not attributed to a function',
};

function ownArea(url: string): string | null {
  if (url === '' || url.startsWith('node:')) return null;
  for (const [pattern, area] of AREAS) if (pattern.test(url)) return area;
  return null;
}

function shortLocation(url: string, line: number): string {
  if (url === '') return '(native)';
  const trimmed = url
    .replace(/^file:\/\//, '')
    .replace(/^.*\/node_modules\//, '')
    .replace(/^\/work\/main\//, '');
  return `${trimmed}:${line + 1}`;
}

export interface ProfileSummary {
  requests: number;
  /** Sampled CPU of this process that was not idle, per request. */
  busyMsPerRequest: number;
  areas: { area: string; msPerRequest: number; share: number }[];
  functions: { name: string; where: string; area: string; msPerRequest: number; share: number }[];
}

/**
 * Self time of every function in a profile, grouped by where its code lives.
 * Native and Node-internal frames (JSON.parse, a hash, a socket write) count
 * for the nearest caller in the app or a package: JSON.parse under the pg
 * driver is the driver's time. Only what the event loop calls directly stays
 * "Node runtime".
 */
export function summariseProfile(profile: CpuProfile, requests: number): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const areaOf = new Map<number, string>();
  const resolveArea = (id: number): string => {
    const known = areaOf.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const name = node?.callFrame.functionName ?? '';
    let area: string;
    if (name === '(garbage collector)') area = 'GC';
    else if (name === '(program)' || name === '(idle)' || name === '(root)') area = name;
    else {
      const up = parent.get(id);
      const inherited = up === undefined ? '(root)' : resolveArea(up);
      area =
        ownArea(node?.callFrame.url ?? '') ?? (inherited === '(root)' ? 'Node runtime' : inherited);
    }
    areaOf.set(id, area);
    return area;
  };

  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, index) => {
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0));
  });
  let busyUs = 0;
  const areaUs = new Map<string, number>();
  const functionUs = new Map<string, { name: string; where: string; area: string; us: number }>();
  for (const [id, us] of selfUs) {
    const area = resolveArea(id);
    if (area === '(idle)' || area === '(root)' || area === '(bench)') continue;
    busyUs += us;
    areaUs.set(area, (areaUs.get(area) ?? 0) + us);
    const frame = byId.get(id)?.callFrame;
    const name = frame?.functionName || '(anonymous)';
    const where = shortLocation(frame?.url ?? '', frame?.lineNumber ?? 0);
    const key = `${name}@${where}`;
    const entry = functionUs.get(key) ?? { name, where, area, us: 0 };
    entry.us += us;
    functionUs.set(key, entry);
  }
  const perRequest = (us: number) => us / 1000 / requests;
  return {
    requests,
    busyMsPerRequest: perRequest(busyUs),
    areas: [...areaUs]
      .map(([area, us]) => ({ area, msPerRequest: perRequest(us), share: us / busyUs }))
      .sort((a, b) => b.msPerRequest - a.msPerRequest),
    functions: [...functionUs.values()]
      .sort((a, b) => b.us - a.us)
      .slice(0, 15)
      .map((f) => ({ ...f, msPerRequest: perRequest(f.us), share: f.us / busyUs })),
  };
}

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

export function printProfile(title: string, summary: ProfileSummary): void {
  console.log('');
  console.log(
    `${title}: ${ms(summary.busyMsPerRequest)} ms of sampled app CPU per request over ${summary.requests} requests`,
  );
  console.log(
    table(
      [
        ['area', 'what', 'ms/req', 'share'],
        ...summary.areas.map((a) => [
          a.area,
          AREA_NOTES[a.area] ?? '',
          ms(a.msPerRequest),
          percent(a.share),
        ]),
      ],
      2,
    ),
  );
  console.log('  Top functions by self time (natives under their own name):');
  console.log(
    table(
      [
        ['function', 'where', 'area', 'ms/req', 'share'],
        ...summary.functions.map((f) => [
          f.name,
          f.where,
          f.area,
          ms(f.msPerRequest),
          percent(f.share),
        ]),
      ],
      3,
    ),
  );
}
