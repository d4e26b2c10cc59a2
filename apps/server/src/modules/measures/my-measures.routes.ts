import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { uuidSchema } from '@tandem/core';
import type { Deps } from '../../deps.ts';
import { rolesOnly } from '../../http/access-rule.ts';
import { actorOf, errorResponses, idParams, iso, isoOrNull, router } from '../../http/route-kit.ts';
import { crisisSchema } from '../crisis/crisis.routes.ts';
import { responseItemsSchema } from '../practice-instruments/response-items.schema.ts';
import {
  answersSchema,
  bandRefSchema,
  bandSchema,
  draftAnswersSchema,
  draftValueSchema,
} from './measures.schemas.ts';
import { myMeasures } from './results.service.ts';
import { submitResponse } from './submit-response.service.ts';
import { myTodo, saveMyDraft } from './todo.service.ts';

const submittedSchema = z.object({
  response: z.object({
    id: z.string(),
    instrumentId: z.string(),
    title: z.string(),
    submittedAt: z.string(),
    showResults: z.boolean(),
    total: z.number().nullable(),
    band: bandRefSchema.nullable(),
    meaning: z.string().nullable(),
  }),
  crisis: z
    .object({ resources: crisisSchema, hasSafetyPlan: z.boolean(), message: z.string() })
    .nullable(),
});

/** The client's side: what is due, saving progress, submitting, and their own results. */
export function myMeasuresRoutes(app: FastifyInstance, deps: Deps): void {
  const r = router(app);

  r.get('/api/me/measures/todo', {
    config: { access: rolesOnly('client') },
    schema: {
      tags: ['measures'],
      response: {
        200: z.object({
          todo: z.array(
            z.object({
              occasionId: z.string(),
              instrumentId: z.string(),
              title: z.string(),
              shortTitle: z.string(),
              dueOn: z.string(),
              closesAt: z.string(),
              itemCount: z.number(),
              draft: z.record(z.string(), draftValueSchema).nullable(),
              draftSavedAt: z.string().nullable(),
            }),
          ),
        }),
        ...errorResponses,
      },
    },
    handler: async (request) => ({
      todo: (await myTodo(deps, actorOf(request))).map((item) => ({
        ...item,
        closesAt: iso(item.closesAt),
        draftSavedAt: isoOrNull(item.draftSavedAt),
      })),
    }),
  });

  r.put('/api/me/measures/occasions/:id/draft', {
    config: { access: rolesOnly('client') },
    schema: {
      tags: ['measures'],
      params: idParams,
      body: z.strictObject({ answers: draftAnswersSchema }),
      response: { 204: z.null(), ...errorResponses },
    },
    handler: async (request, reply) => {
      await saveMyDraft(deps, actorOf(request), request.params.id, request.body.answers);
      return reply.status(204).send(null);
    },
  });

  r.post('/api/me/measures/responses', {
    config: { access: rolesOnly('client') },
    schema: {
      tags: ['measures'],
      body: z.strictObject({
        id: uuidSchema,
        occasionId: uuidSchema.nullable().default(null),
        instrumentId: z.string().max(64),
        // A built-in instrument's answers by item id; a practice instrument's go in `item`.
        answers: answersSchema.default({}),
        item: responseItemsSchema.optional(),
      }),
      response: { 200: submittedSchema, 201: submittedSchema, ...errorResponses },
    },
    handler: async (request, reply) => {
      const outcome = await submitResponse(deps, actorOf(request), request.body);
      const { response } = outcome;
      return reply.status(outcome.created ? 201 : 200).send({
        response: {
          id: response.id,
          instrumentId: response.instrumentId,
          title: outcome.title,
          submittedAt: iso(response.submittedAt),
          showResults: outcome.showResults,
          total: outcome.showResults ? response.total : null,
          band:
            outcome.showResults && response.band
              ? {
                  id: response.band,
                  label:
                    outcome.definition?.total.bands.find((b) => b.id === response.band)?.label ??
                    response.band,
                }
              : null,
          meaning: outcome.meaning,
        },
        crisis: outcome.crisis,
      });
    },
  });

  r.get('/api/me/measures', {
    config: { access: rolesOnly('client') },
    schema: {
      tags: ['measures'],
      response: {
        200: z.object({
          measures: z.array(
            z.object({
              instrumentId: z.string(),
              title: z.string(),
              shortTitle: z.string(),
              min: z.number(),
              max: z.number(),
              betterDirection: z.enum(['lower', 'higher']),
              bands: z.array(bandSchema),
              points: z.array(
                z.object({
                  at: z.string(),
                  total: z.number().nullable(),
                  band: bandRefSchema.nullable(),
                }),
              ),
              meaning: z.string().nullable(),
            }),
          ),
        }),
        ...errorResponses,
      },
    },
    handler: async (request) => ({
      measures: (await myMeasures(deps, actorOf(request))).map((m) => ({
        ...m,
        points: m.points.map((p) => ({ ...p, at: iso(p.at) })),
      })),
    }),
  });
}
