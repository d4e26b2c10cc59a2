import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { roles } from '@tandem/core';
import type { Deps } from '../../deps.ts';
import { publicRoute } from '../../http/access-rule.ts';
import { router } from '../../http/route-kit.ts';
import { instanceInfo } from './instance.service.ts';

export function instanceRoutes(app: FastifyInstance, deps: Deps): void {
  router(app).get('/api/instance', {
    config: { access: publicRoute },
    schema: {
      tags: ['session'],
      response: {
        200: z.object({
          demo: z
            .object({
              accounts: z.array(
                z.object({ role: z.enum(roles), email: z.string(), displayName: z.string() }),
              ),
            })
            .nullable(),
          passwordReset: z.enum(['email', 'operator']),
        }),
      },
    },
    handler: () => instanceInfo(deps),
  });
}
