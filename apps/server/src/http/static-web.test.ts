import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { looksLikeFile, serveWebApp } from './static-web.ts';

describe('looksLikeFile', () => {
  it('tells files from page paths', () => {
    expect(looksLikeFile('/assets/index-1a2b.js')).toBe(true);
    expect(looksLikeFile('/assets/')).toBe(true);
    expect(looksLikeFile('/favicon.ico?v=2')).toBe(true);
    expect(looksLikeFile('/icons/icon-192.png')).toBe(true);
    expect(looksLikeFile('/')).toBe(false);
    expect(looksLikeFile('/therapist')).toBe(false);
    expect(looksLikeFile('/reset-password?x=a.b')).toBe(false);
  });
});

describe('serveWebApp', () => {
  let dist: string;
  let app: FastifyInstance;
  beforeAll(async () => {
    dist = await mkdtemp(path.join(os.tmpdir(), 'tandem-web-'));
    await mkdir(path.join(dist, 'assets'));
    await writeFile(path.join(dist, 'index.html'), '<!doctype html><title>Tandem</title>');
    await writeFile(path.join(dist, 'assets', 'app-1.js'), 'console.log(1);');
    app = Fastify();
    await serveWebApp(app, dist);
  });
  afterAll(async () => {
    await app.close();
    await rm(dist, { recursive: true, force: true });
  });

  it('serves files, the page for client routes, and 404 for a missing file', async () => {
    const script = await app.inject('/assets/app-1.js');
    expect(script.statusCode).toBe(200);
    expect(script.body).toBe('console.log(1);');
    const page = await app.inject('/therapist/clients');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    const stale = await app.inject('/assets/app-0-from-an-older-build.js');
    expect(stale.statusCode).toBe(404);
    expect(stale.headers['content-type']).toContain('text/plain');
    const api = await app.inject('/api/nothing-here');
    expect(api.statusCode).toBe(404);
    expect(api.json()).toMatchObject({ code: 'NOT_FOUND' });
  });
});
