import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { rolesOnly } from '../../http/access-rule.ts';
import { actorOf, errorResponses, idParams, router } from '../../http/route-kit.ts';
import { assignableTools } from './homework-tools.ts';
import {
  clientHomeworkSchema,
  homeworkAnswerSchema,
  homeworkChangeSchema,
  homeworkListSchema,
  homeworkSchema,
  newHomeworkSchema,
} from './homework.schemas.ts';
import { answerMyHomework } from './homework-answer.ts';
import { assignHomework, changeHomework, clientHomework, myHomework } from './homework.service.ts';

const oneHomework = z.object({ homework: homeworkSchema });

const lowerId = z
  .string()
  .max(64)
  .transform((id) => id.toLowerCase());
const clientAndHomework = z.strictObject({ id: lowerId, homeworkId: lowerId });

/** Homework: the therapist sets it, the client says how it went, the care team sees both. */
export function homeworkRoutes(app: FastifyInstance, deps: Deps): void {
  const r = router(app);

  r.post('/api/clients/:id/homework', {
    config: { access: rolesOnly('therapist') },
    schema: {
      tags: ['between sessions'],
      params: idParams,
      body: newHomeworkSchema,
      response: { 200: oneHomework, 201: oneHomework, ...errorResponses },
    },
    handler: async (request, reply) => {
      const outcome = await assignHomework(deps, actorOf(request), request.params.id, request.body);
      return reply.status(outcome.created ? 201 : 200).send({ homework: outcome.homework });
    },
  });

  r.get('/api/clients/:id/homework', {
    config: { access: rolesOnly('therapist', 'supervisor') },
    schema: {
      tags: ['between sessions'],
      params: idParams,
      response: { 200: clientHomeworkSchema, ...errorResponses },
    },
    handler: async (request) => ({
      ...(await clientHomework(deps, actorOf(request), request.params.id)),
      tools: assignableTools(),
    }),
  });

  r.patch('/api/clients/:id/homework/:homeworkId', {
    config: { access: rolesOnly('therapist') },
    schema: {
      tags: ['between sessions'],
      params: clientAndHomework,
      body: homeworkChangeSchema,
      response: { 200: oneHomework, ...errorResponses },
    },
    handler: async (request) => ({
      homework: await changeHomework(
        deps,
        actorOf(request),
        request.params.id,
        request.params.homeworkId,
        request.body,
      ),
    }),
  });

  r.get('/api/me/homework', {
    config: { access: rolesOnly('client') },
    schema: {
      tags: ['between sessions'],
      response: { 200: homeworkListSchema, ...errorResponses },
    },
    handler: async (request) => myHomework(deps, actorOf(request)),
  });

  r.put('/api/me/homework/:id/answer', {
    config: { access: rolesOnly('client') },
    schema: {
      tags: ['between sessions'],
      params: idParams,
      body: homeworkAnswerSchema,
      response: { 200: oneHomework, ...errorResponses },
    },
    handler: async (request) => ({
      homework: await answerMyHomework(deps, actorOf(request), request.params.id, request.body),
    }),
  });
}
