import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { AppError } from '@tandem/core';
import { registerErrorHandler } from './error-handler.ts';

async function appThrowing(error: unknown) {
  const app = Fastify({ logger: false });
  registerErrorHandler(app);
  app.get('/boom', () => {
    throw error;
  });
  await app.ready();
  return app;
}

describe('the error handler', () => {
  it('turns an unexpected error into INTERNAL with no stack, message or SQL', async () => {
    const app = await appThrowing(
      new Error('relation "secret_table" does not exist: select * from secret_table'),
    );
    const response = await app.inject({ method: 'GET', url: '/boom' });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({
      code: 'INTERNAL',
      message: 'Something went wrong on our side. Nothing was changed.',
    });
    expect(response.body).not.toContain('secret_table');
  });

  it('maps an AppError to its catalogue status, with path and Retry-After', async () => {
    const app = await appThrowing(
      new AppError('RATE_LIMITED', { retryAfterSeconds: 42, path: 'email' }),
    );
    const response = await app.inject({ method: 'GET', url: '/boom' });
    expect(response.statusCode).toBe(429);
    expect(response.headers['retry-after']).toBe('42');
    expect(response.json()).toMatchObject({ code: 'RATE_LIMITED', path: 'email' });
  });
});
