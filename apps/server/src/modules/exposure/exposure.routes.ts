import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { rolesOnly } from '../../http/access-rule.ts';
import {
  actorOf,
  errorResponses,
  idParams,
  router,
  staleErrorSchema,
} from '../../http/route-kit.ts';
import { visibilitySchema } from '../check-ins/check-ins.schemas.ts';
import {
  hierarchySaveSchema,
  hierarchySchema,
  newHierarchySchema,
  newPracticeSchema,
  practiceSchema,
} from './exposure.schemas.ts';
import { createHierarchy, listHierarchies, saveHierarchy } from './hierarchies.service.ts';
import {
  listExposurePractices,
  recordExposurePractice,
  setExposurePracticeVisibility,
} from './practices.service.ts';

const tags = ['between sessions'];
const lowerId = z
  .string()
  .max(64)
  .transform((id) => id.toLowerCase());
const ownHierarchyParams = z.strictObject({ hierarchyId: lowerId });
const clientHierarchyParams = z.strictObject({ id: lowerId, hierarchyId: lowerId });

const hierarchies = { 200: z.object({ hierarchies: z.array(hierarchySchema) }), ...errorResponses };
const oneHierarchy = z.object({ hierarchy: hierarchySchema });
const created = { 200: oneHierarchy, 201: oneHierarchy, ...errorResponses };
const saved = { 200: oneHierarchy, ...errorResponses, 412: staleErrorSchema(hierarchySchema) };
const onePractice = z.object({ practice: practiceSchema });
const practices = { 200: z.object({ practices: z.array(practiceSchema) }), ...errorResponses };

/**
 * Exposure work: hierarchies the client and their therapist write together
 * (supervisors read), and the client's practices of their steps (private or
 * shared, the client's choice).
 */
export function exposureRoutes(app: FastifyInstance, deps: Deps): void {
  const r = router(app);

  r.get('/api/me/exposure/hierarchies', {
    config: { access: rolesOnly('client') },
    schema: { tags, response: hierarchies },
    handler: async (request) => ({
      hierarchies: await listHierarchies(deps, actorOf(request), null),
    }),
  });

  r.post('/api/me/exposure/hierarchies', {
    config: { access: rolesOnly('client') },
    schema: { tags, body: newHierarchySchema, response: created },
    handler: async (request, reply) => {
      const outcome = await createHierarchy(deps, actorOf(request), null, request.body);
      return reply.status(outcome.created ? 201 : 200).send({ hierarchy: outcome.hierarchy });
    },
  });

  r.put('/api/me/exposure/hierarchies/:hierarchyId', {
    config: { access: rolesOnly('client') },
    schema: { tags, params: ownHierarchyParams, body: hierarchySaveSchema, response: saved },
    handler: async (request) => ({
      hierarchy: await saveHierarchy(
        deps,
        actorOf(request),
        null,
        request.params.hierarchyId,
        request.body,
      ),
    }),
  });

  r.get('/api/clients/:id/exposure/hierarchies', {
    config: { access: rolesOnly('therapist', 'supervisor') },
    schema: { tags, params: idParams, response: hierarchies },
    handler: async (request) => ({
      hierarchies: await listHierarchies(deps, actorOf(request), request.params.id),
    }),
  });

  r.post('/api/clients/:id/exposure/hierarchies', {
    config: { access: rolesOnly('therapist') },
    schema: { tags, params: idParams, body: newHierarchySchema, response: created },
    handler: async (request, reply) => {
      const outcome = await createHierarchy(
        deps,
        actorOf(request),
        request.params.id,
        request.body,
      );
      return reply.status(outcome.created ? 201 : 200).send({ hierarchy: outcome.hierarchy });
    },
  });

  r.put('/api/clients/:id/exposure/hierarchies/:hierarchyId', {
    config: { access: rolesOnly('therapist') },
    schema: { tags, params: clientHierarchyParams, body: hierarchySaveSchema, response: saved },
    handler: async (request) => ({
      hierarchy: await saveHierarchy(
        deps,
        actorOf(request),
        request.params.id,
        request.params.hierarchyId,
        request.body,
      ),
    }),
  });

  r.post('/api/me/exposure/practices', {
    config: { access: rolesOnly('client') },
    schema: {
      tags,
      body: newPracticeSchema,
      response: { 200: onePractice, 201: onePractice, ...errorResponses },
    },
    handler: async (request, reply) => {
      const outcome = await recordExposurePractice(deps, actorOf(request), request.body);
      return reply.status(outcome.created ? 201 : 200).send({ practice: outcome.practice });
    },
  });

  r.get('/api/me/exposure/practices', {
    config: { access: rolesOnly('client') },
    schema: { tags, response: practices },
    handler: async (request) => ({
      practices: await listExposurePractices(deps, actorOf(request), null),
    }),
  });

  r.put('/api/me/exposure/practices/:id/visibility', {
    config: { access: rolesOnly('client') },
    schema: {
      tags,
      params: idParams,
      body: z.strictObject({ visibility: visibilitySchema }),
      response: { 200: onePractice, ...errorResponses },
    },
    handler: async (request) => ({
      practice: await setExposurePracticeVisibility(
        deps,
        actorOf(request),
        request.params.id,
        request.body.visibility,
      ),
    }),
  });

  r.get('/api/clients/:id/exposure/practices', {
    config: { access: rolesOnly('therapist', 'supervisor') },
    schema: { tags, params: idParams, response: practices },
    handler: async (request) => ({
      practices: await listExposurePractices(deps, actorOf(request), request.params.id),
    }),
  });
}
