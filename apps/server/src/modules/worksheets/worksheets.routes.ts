import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { rolesOnly, signedIn } from '../../http/access-rule.ts';
import { actorOf, errorResponses, idParams, router } from '../../http/route-kit.ts';
import { visibilitySchema } from '../check-ins/check-ins.schemas.ts';
import {
  laterAnswersSchema,
  newWorksheetEntrySchema,
  questionnaireSchema,
  worksheetEntrySchema,
  worksheetKeyParams,
} from './worksheets.schemas.ts';
import {
  addLaterAnswers,
  createWorksheetEntry,
  getWorksheetDefinition,
  myWorksheetEntries,
  myWorksheetEntry,
  setMyWorksheetVisibility,
} from './worksheets.service.ts';

const oneEntry = z.object({ entry: worksheetEntrySchema });

/** Worksheets (the thought record): definitions for everyone signed in; entries for their client. */
export function worksheetRoutes(app: FastifyInstance, deps: Deps): void {
  const r = router(app);

  r.get('/api/worksheets/:key', {
    config: { access: signedIn() },
    schema: {
      tags: ['between sessions'],
      params: worksheetKeyParams,
      response: { 200: z.object({ questionnaire: questionnaireSchema }), ...errorResponses },
    },
    handler: async (request) => ({
      questionnaire: await getWorksheetDefinition(deps, actorOf(request), request.params.key),
    }),
  });

  r.post('/api/me/worksheets', {
    config: { access: rolesOnly('client') },
    schema: {
      tags: ['between sessions'],
      body: newWorksheetEntrySchema,
      response: { 200: oneEntry, 201: oneEntry, ...errorResponses },
    },
    handler: async (request, reply) => {
      const outcome = await createWorksheetEntry(deps, actorOf(request), request.body);
      return reply.status(outcome.created ? 201 : 200).send({ entry: outcome.entry });
    },
  });

  r.get('/api/me/worksheets', {
    config: { access: rolesOnly('client') },
    schema: {
      tags: ['between sessions'],
      response: { 200: z.object({ entries: z.array(worksheetEntrySchema) }), ...errorResponses },
    },
    handler: async (request) => ({ entries: await myWorksheetEntries(deps, actorOf(request)) }),
  });

  r.get('/api/me/worksheets/:id', {
    config: { access: rolesOnly('client') },
    schema: {
      tags: ['between sessions'],
      params: idParams,
      response: { 200: oneEntry, ...errorResponses },
    },
    handler: async (request) => ({
      entry: await myWorksheetEntry(deps, actorOf(request), request.params.id),
    }),
  });

  r.put('/api/me/worksheets/:id/visibility', {
    config: { access: rolesOnly('client') },
    schema: {
      tags: ['between sessions'],
      params: idParams,
      body: z.strictObject({ visibility: visibilitySchema }),
      response: { 200: oneEntry, ...errorResponses },
    },
    handler: async (request) => ({
      entry: await setMyWorksheetVisibility(
        deps,
        actorOf(request),
        request.params.id,
        request.body.visibility,
      ),
    }),
  });

  r.put('/api/me/worksheets/:id/later-answers', {
    config: { access: rolesOnly('client') },
    schema: {
      tags: ['between sessions'],
      params: idParams,
      body: laterAnswersSchema,
      response: { 200: oneEntry, ...errorResponses },
    },
    handler: async (request) => ({
      entry: await addLaterAnswers(deps, actorOf(request), request.params.id, request.body.answers),
    }),
  });
}
