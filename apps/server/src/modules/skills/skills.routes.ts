import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { rolesOnly } from '../../http/access-rule.ts';
import { actorOf, errorResponses, idParams, router } from '../../http/route-kit.ts';
import { visibilitySchema } from '../check-ins/check-ins.schemas.ts';
import {
  newSkillPracticeSchema,
  skillPracticeSchema,
  skillsSummarySchema,
} from './skills.schemas.ts';
import {
  clientSkillsSummary,
  logSkillPractice,
  mySkillPractices,
  mySkillsSummary,
  setMySkillPracticeVisibility,
} from './skills.service.ts';

const onePractice = z.object({ practice: skillPracticeSchema });

/** The skills practice log: the client's own, and "what helps" for them and their care team. */
export function skillRoutes(app: FastifyInstance, deps: Deps): void {
  const r = router(app);

  r.post('/api/me/skill-practices', {
    config: { access: rolesOnly('client') },
    schema: {
      tags: ['between sessions'],
      body: newSkillPracticeSchema,
      response: { 200: onePractice, 201: onePractice, ...errorResponses },
    },
    handler: async (request, reply) => {
      const outcome = await logSkillPractice(deps, actorOf(request), request.body);
      return reply.status(outcome.created ? 201 : 200).send({ practice: outcome.practice });
    },
  });

  r.get('/api/me/skill-practices', {
    config: { access: rolesOnly('client') },
    schema: {
      tags: ['between sessions'],
      response: {
        200: z.object({ practices: z.array(skillPracticeSchema) }),
        ...errorResponses,
      },
    },
    handler: async (request) => ({ practices: await mySkillPractices(deps, actorOf(request)) }),
  });

  r.put('/api/me/skill-practices/:id/visibility', {
    config: { access: rolesOnly('client') },
    schema: {
      tags: ['between sessions'],
      params: idParams,
      body: z.strictObject({ visibility: visibilitySchema }),
      response: { 200: onePractice, ...errorResponses },
    },
    handler: async (request) => ({
      practice: await setMySkillPracticeVisibility(
        deps,
        actorOf(request),
        request.params.id,
        request.body.visibility,
      ),
    }),
  });

  r.get('/api/me/skills/summary', {
    config: { access: rolesOnly('client') },
    schema: {
      tags: ['between sessions'],
      response: { 200: skillsSummarySchema, ...errorResponses },
    },
    handler: async (request) => mySkillsSummary(deps, actorOf(request)),
  });

  r.get('/api/clients/:id/skills/summary', {
    config: { access: rolesOnly('therapist', 'supervisor') },
    schema: {
      tags: ['between sessions'],
      params: idParams,
      response: { 200: skillsSummarySchema, ...errorResponses },
    },
    handler: async (request) => clientSkillsSummary(deps, actorOf(request), request.params.id),
  });
}
