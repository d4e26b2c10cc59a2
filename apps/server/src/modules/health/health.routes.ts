import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { z } from 'zod';
import { AppError } from '@tandem/core';
import type { Deps } from '../../deps.ts';
import { publicRoute } from '../../http/access-rule.ts';
import { errorBodySchema, router } from '../../http/route-kit.ts';

export function healthRoutes(app: FastifyInstance, deps: Deps): void {
  router(app).get('/api/health', {
    config: { access: publicRoute },
    schema: {
      tags: ['health'],
      response: {
        200: z.object({
          status: z.literal('ok'),
          database: z.enum(['embedded', 'external']),
          version: z.string(),
        }),
        503: errorBodySchema,
      },
    },
    handler: async () => {
      try {
        await sql`select 1`.execute(deps.db);
      } catch {
        throw new AppError('SERVICE_UNAVAILABLE');
      }
      return { status: 'ok' as const, database: deps.databaseKind, version: deps.version };
    },
  });
}
