// The HTTP load client: a process of its own (forked by run-load.ts), so that
// the requests it makes and times never share an event loop with the server
// they measure. It runs one LoadJob per message and answers a LoadResult.
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import {
  FRESH_ID,
  type Expectation,
  type LoadJob,
  type LoadResult,
  type RequestSpec,
} from './load-job.ts';
import { sampleLockWaits } from './lock-sampler.ts';

interface Answer {
  status: number;
  body: string;
  setCookie: string[];
}

function send(
  job: LoadJob,
  agent: http.Agent | false,
  spec: RequestSpec,
  localAddress: string | undefined,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: job.host,
        port: job.port,
        method: spec.method,
        path: spec.path,
        headers: spec.headers,
        agent,
        ...(localAddress === undefined ? {} : { localAddress }),
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
            setCookie: response.headers['set-cookie'] ?? [],
          }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(spec.body?.replaceAll(FRESH_ID, () => randomUUID()));
  });
}

/** Why the answer is not what every answer must be, or null when it is. */
function problemWith(answer: Answer, spec: RequestSpec, expect: Expectation): string | null {
  if (answer.status !== expect.status) return `status ${answer.status}`;
  if (spec.expectCrisis !== undefined) {
    const parsed = JSON.parse(answer.body) as { crisis?: unknown };
    const crisis = parsed.crisis !== null && parsed.crisis !== undefined;
    if (crisis !== spec.expectCrisis)
      return crisis ? 'a crisis screen not expected' : 'no crisis screen';
  }
  if (expect.clients !== undefined) {
    const parsed = JSON.parse(answer.body) as { clients?: unknown };
    const count = Array.isArray(parsed.clients) ? parsed.clients.length : -1;
    if (count !== expect.clients) return `${count} clients instead of ${expect.clients}`;
  }
  if (expect.setsCookie !== undefined) {
    const prefix = `${expect.setsCookie}=`;
    if (!answer.setCookie.some((cookie) => cookie.startsWith(prefix))) {
      return `no ${expect.setsCookie} cookie`;
    }
  }
  return null;
}

/** `total` requests, `concurrency` at a time; `onDone` gets each one's latency. */
async function drive(
  job: LoadJob,
  total: number,
  onDone: (latencyMs: number, problem: string | null, answer: Answer) => void,
): Promise<void> {
  const agent =
    job.sourceAddresses === null
      ? new http.Agent({ keepAlive: true, maxSockets: job.concurrency })
      : false;
  let issued = 0;
  const worker = async () => {
    while (issued < total) {
      const index = issued++;
      const spec = job.requests[Math.floor(Math.random() * job.requests.length)];
      if (spec === undefined) throw new Error('the job has no requests');
      const addresses = job.sourceAddresses;
      const localAddress = addresses === null ? undefined : addresses[index % addresses.length];
      const started = performance.now();
      const answer = await send(job, agent, spec, localAddress);
      onDone(performance.now() - started, problemWith(answer, spec, job.expect), answer);
    }
  };
  try {
    await Promise.all(Array.from({ length: job.concurrency }, worker));
  } finally {
    if (agent) agent.destroy();
  }
}

async function run(job: LoadJob): Promise<LoadResult> {
  const result: LoadResult = {
    latenciesMs: [],
    elapsedMs: 0,
    failures: 0,
    firstFailure: null,
    lockWaits: null,
  };
  const record = (problem: string | null, answer: Answer) => {
    if (problem === null) return;
    result.failures += 1;
    result.firstFailure ??= `${problem}: ${answer.body.slice(0, 300)}`;
  };
  // The warm-up's answers are checked too: a wrong answer there means a broken setup.
  await drive(job, job.warmup, (_latency, problem, answer) => record(problem, answer));
  const db = job.sampleLocksUrl === null ? null : new pg.Client(job.sampleLocksUrl);
  try {
    await db?.connect();
    const sampler = db === null ? null : sampleLockWaits(db);
    const started = performance.now();
    await drive(job, job.count, (latency, problem, answer) => {
      result.latenciesMs.push(latency);
      record(problem, answer);
    });
    result.elapsedMs = performance.now() - started;
    result.lockWaits = (await sampler?.stop()) ?? null;
  } finally {
    await db?.end();
  }
  return result;
}

process.on('message', (job: LoadJob) => {
  run(job).then(
    (result) => process.send?.({ ok: true, result }),
    (error: unknown) =>
      process.send?.({ ok: false, error: error instanceof Error ? error.message : String(error) }),
  );
});
