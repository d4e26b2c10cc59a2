import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { uuidSchema } from '@tandem/core';
import type { Deps } from '../../deps.ts';
import { rolesOnly } from '../../http/access-rule.ts';
import {
  actorOf,
  emptyBody,
  errorResponses,
  idParams,
  iso,
  isoOrNull,
  router,
} from '../../http/route-kit.ts';
import { MAX_QUESTIONNAIRE_BYTES } from './importable-questionnaire.ts';
import { practiceInstrumentKey } from './practice-instrument-key.ts';
import {
  importPracticeInstrument,
  listPracticeInstruments,
  previewPracticeInstrument,
  retirePracticeInstrumentById,
  type PracticeInstrumentView,
} from './practice-instruments.service.ts';

/** A parsed Questionnaire: read by the import checks and the library, not by this schema. */
const questionnaireBody = z.record(z.string(), z.unknown());

const planSchema = z.object({
  url: z.string(),
  version: z.string(),
  title: z.string(),
  recognisedAs: z.string().nullable(),
  summary: z.string(),
  unmappable: z.array(z.string()),
});

const practiceInstrumentSchema = z.object({
  id: z.string(),
  /** What assignments name it by: `practice:<id>`. */
  instrumentId: z.string(),
  url: z.string(),
  version: z.string(),
  title: z.string(),
  recognisedAs: z.string().nullable(),
  summary: z.string(),
  importedAt: z.string(),
  importedBy: z.object({ id: z.string(), name: z.string().nullable() }),
  retiredAt: z.string().nullable(),
});

function toJson(view: PracticeInstrumentView): z.infer<typeof practiceInstrumentSchema> {
  return {
    id: view.id,
    instrumentId: practiceInstrumentKey(view.id),
    url: view.url,
    version: view.version,
    title: view.title,
    recognisedAs: view.recognisedAs,
    summary: view.summary,
    importedAt: iso(view.importedAt),
    importedBy: { id: view.importedBy, name: view.importedByName },
    retiredAt: isoOrNull(view.retiredAt),
  };
}

const adminOnly = { access: rolesOnly('admin') };
// Room for a 256 KB Questionnaire and the envelope around it; the service checks the Questionnaire itself.
const bodyLimit = MAX_QUESTIONNAIRE_BYTES + 16 * 1024;

/** The practice's own Questionnaires: import (admin), list (staff), retire (admin). */
export function practiceInstrumentRoutes(app: FastifyInstance, deps: Deps): void {
  const r = router(app);

  r.post('/api/admin/practice-instruments/preview', {
    config: adminOnly,
    bodyLimit,
    schema: {
      tags: ['admin'],
      body: z.strictObject({ questionnaire: questionnaireBody }),
      response: { 200: z.object({ plan: planSchema }), ...errorResponses },
    },
    handler: async (request) => ({
      plan: await previewPracticeInstrument(deps, actorOf(request), request.body.questionnaire),
    }),
  });

  r.post('/api/admin/practice-instruments', {
    config: adminOnly,
    bodyLimit,
    schema: {
      tags: ['admin'],
      body: z.strictObject({ id: uuidSchema, questionnaire: questionnaireBody }),
      response: {
        200: z.object({ instrument: practiceInstrumentSchema, plan: planSchema }),
        201: z.object({ instrument: practiceInstrumentSchema, plan: planSchema }),
        ...errorResponses,
      },
    },
    handler: async (request, reply) => {
      const outcome = await importPracticeInstrument(deps, actorOf(request), request.body);
      return reply
        .status(outcome.created ? 201 : 200)
        .send({ instrument: toJson(outcome.instrument), plan: outcome.plan });
    },
  });

  r.get('/api/practice-instruments', {
    // Definitions only (titles, urls, versions): staff choose from them; nobody's answers.
    config: { access: rolesOnly('therapist', 'supervisor', 'admin') },
    schema: {
      tags: ['measures'],
      response: {
        200: z.object({ instruments: z.array(practiceInstrumentSchema) }),
        ...errorResponses,
      },
    },
    handler: async (request) => ({
      instruments: (await listPracticeInstruments(deps, actorOf(request))).map(toJson),
    }),
  });

  r.post('/api/admin/practice-instruments/:id/retire', {
    config: adminOnly,
    schema: {
      tags: ['admin'],
      params: idParams,
      body: emptyBody,
      response: { 200: z.object({ instrument: practiceInstrumentSchema }), ...errorResponses },
    },
    handler: async (request) => ({
      instrument: toJson(
        await retirePracticeInstrumentById(deps, actorOf(request), request.params.id),
      ),
    }),
  });
}
