import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { access, chmod, mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import {
  createDatabase,
  dropDatabase,
  testDatabaseName,
  urlForDatabase,
} from './testing/database-admin.ts';
import { freePort, spawnTandem, type SpawnedTandem } from './testing/spawn-tandem.ts';

const bin = path.resolve(import.meta.dirname, '../bin/tandem.mjs');

/**
 * The real `tandem serve` process: start, demo practice, a write, `kill -9`,
 * restart on the same data, the write is still there, clean stop. On the
 * embedded PostgreSQL this also covers the PostgreSQL child left behind by the crash.
 */
const server = inject('tandemDatabaseServer');
let dataDir: string;
let databaseName: string | null = null;
const env: Record<string, string> = {};

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'tandem-process-'));
  // mkdtemp makes the folder private; as root, the embedded PostgreSQL's user must pass through it.
  await chmod(dataDir, 0o755);
  // Also with an external database: the audit key and checkpoints live in the data folder,
  // and the checkout's own ./data must stay out of the tests.
  env.TANDEM_DATA_DIR = dataDir;
  if (server.kind === 'external') {
    databaseName = testDatabaseName('file');
    await createDatabase(server.adminUrl, databaseName, 'template0');
    env.DATABASE_URL = urlForDatabase(server.adminUrl, databaseName);
  } else {
    env.TANDEM_PG_PORT = String(await freePort());
  }
  env.TANDEM_WEB_DIST = path.join(dataDir, 'no-web');
});
afterAll(async () => {
  if (databaseName) await dropDatabase(server.adminUrl, databaseName);
  await rm(dataDir, { recursive: true, force: true });
});

class Browserless {
  private cookie = '';
  private csrf = '';
  constructor(private readonly base: string) {}
  async call(method: string, url: string, body?: unknown) {
    if (this.csrf === '' && method !== 'GET') await this.call('GET', '/api/session');
    const response = await fetch(this.base + url, {
      method,
      headers: {
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(method === 'GET'
          ? {}
          : { 'content-type': 'application/json', 'x-csrf-token': this.csrf }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const [name] = (pair ?? '').split('=');
      this.cookie = [
        ...this.cookie.split('; ').filter((c) => c !== '' && !c.startsWith(`${name}=`)),
        pair,
      ].join('; ');
    }
    const json = (await response.json()) as Record<string, unknown>;
    if (typeof json.csrfToken === 'string') this.csrf = json.csrfToken;
    return { status: response.status, json };
  }
}

describe('tandem serve (a real process)', () => {
  let first: SpawnedTandem;

  it('starts with a demo practice whose documented accounts sign in', async () => {
    first = await spawnTandem(env);
    expect(first.output()).toContain('therapist@demo.tandem.test');
    const health = await new Browserless(first.url).call('GET', '/api/health');
    expect(health.json).toMatchObject({ status: 'ok', database: server.kind });
    const therapist = new Browserless(first.url);
    const signIn = await therapist.call('POST', '/api/auth/sign-in', {
      email: 'therapist@demo.tandem.test',
      password: 'demo password 123',
    });
    expect(signIn.status).toBe(200);
    expect(signIn.json.user).toMatchObject({ demo: true, role: 'therapist' });
  });

  it('loses no acknowledged write when killed with SIGKILL, and starts again on the same data', async () => {
    const therapist = new Browserless(first.url);
    await therapist.call('POST', '/api/auth/sign-in', {
      email: 'therapist@demo.tandem.test',
      password: 'demo password 123',
    });
    const id = randomUUID();
    const invited = await therapist.call('POST', '/api/clients/invite', {
      id,
      email: `durable-${id}@example.test`,
      displayName: 'Durable',
    });
    expect(invited.status).toBe(201);
    first.child.kill('SIGKILL');
    await first.exited;

    const second = await spawnTandem(env);
    try {
      expect(second.output()).not.toContain('demo practice was created');
      const again = new Browserless(second.url);
      await again.call('POST', '/api/auth/sign-in', {
        email: 'therapist@demo.tandem.test',
        password: 'demo password 123',
      });
      const list = await again.call('GET', '/api/clients');
      expect((list.json.clients as { id: string }[]).map((c) => c.id)).toContain(id);
    } finally {
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
    }
    expect(second.output()).toContain('Stopped cleanly.');
  });

  it('on Ctrl-C (SIGINT) answers the requests in flight, then stops its PostgreSQL', async () => {
    // At info level the server logs each request it has begun: that is how we know they are in flight.
    const tandem = await spawnTandem({ ...env, LOG_LEVEL: 'info' });
    try {
      const caller = new Browserless(tandem.url);
      await caller.call('GET', '/api/session');
      const begun = () =>
        tandem
          .output()
          .split('\n')
          .filter((line) => line.includes('"url":"/api/auth/sign-in"')).length;
      // Sign-ins take an argon2 verification each: several are still running when the signal comes.
      const inFlight = Array.from({ length: 8 }, (_, i) =>
        caller.call('POST', '/api/auth/sign-in', {
          email: `nobody-${i}@example.test`,
          password: 'wrong password',
        }),
      );
      while (begun() < 8) await new Promise((resolve) => setTimeout(resolve, 5));
      tandem.child.kill('SIGINT');
      const answers = await Promise.all(inFlight);
      expect(answers.map((a) => a.status)).toEqual(Array(8).fill(401));
      // The caller still holds its keep-alive connections: stopping must not wait for them.
      expect(await tandem.exited).toBe(0);
    } finally {
      if (tandem.child.exitCode === null) tandem.child.kill('SIGKILL');
    }
    expect(tandem.output()).toContain('SIGINT: stopping Tandem');
    expect(tandem.output()).toContain('Stopped cleanly.');
    if (server.kind === 'embedded') {
      // The embedded server is gone and left no lock file behind.
      await expect(access(path.join(dataDir, 'postgres', 'postmaster.pid'))).rejects.toThrow();
    }
  });

  it('says what to do when the HTTP port is taken, with no stack trace, and leaves nothing running', async () => {
    const holder = net.createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const { port } = holder.address() as net.AddressInfo;
    try {
      const child = spawn(process.execPath, [bin, 'serve'], {
        env: { ...process.env, LOG_LEVEL: 'warn', ...env, PORT: String(port) },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const [code] = (await once(child, 'exit')) as [number | null];
      expect(code).toBe(1);
      expect(output).toContain(
        `Tandem cannot start: Tandem cannot serve HTTP on 127.0.0.1:${port}`,
      );
      expect(output).toContain(
        `Fix: Stop that program, or choose another port, e.g. PORT=${port + 1}`,
      );
      expect(output).toContain('(HTTP_PORT_IN_USE)');
      expect(output).not.toMatch(/\n\s+at /);
    } finally {
      holder.close();
    }
    if (server.kind === 'embedded') {
      await expect(access(path.join(dataDir, 'postgres', 'postmaster.pid'))).rejects.toThrow();
    }
  });
});
