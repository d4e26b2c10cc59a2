import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { rolesOnly } from '../../http/access-rule.ts';
import { actorOf, errorResponses, idParams, router } from '../../http/route-kit.ts';
import { journalEditSchema, journalEntrySchema, newJournalEntrySchema } from './journal.schemas.ts';
import { createJournalEntry, editJournalEntry, myJournal } from './journal.service.ts';

const oneEntry = z.object({ entry: journalEntrySchema });

/** The client's journal: free writing, private by default. */
export function journalRoutes(app: FastifyInstance, deps: Deps): void {
  const r = router(app);

  r.post('/api/me/journal', {
    config: { access: rolesOnly('client') },
    schema: {
      tags: ['between sessions'],
      body: newJournalEntrySchema,
      response: { 200: oneEntry, 201: oneEntry, ...errorResponses },
    },
    handler: async (request, reply) => {
      const outcome = await createJournalEntry(deps, actorOf(request), request.body);
      return reply.status(outcome.created ? 201 : 200).send({ entry: outcome.entry });
    },
  });

  r.get('/api/me/journal', {
    config: { access: rolesOnly('client') },
    schema: {
      tags: ['between sessions'],
      response: { 200: z.object({ entries: z.array(journalEntrySchema) }), ...errorResponses },
    },
    handler: async (request) => ({ entries: await myJournal(deps, actorOf(request)) }),
  });

  r.put('/api/me/journal/:id', {
    config: { access: rolesOnly('client') },
    schema: {
      tags: ['between sessions'],
      params: idParams,
      body: journalEditSchema,
      response: { 200: oneEntry, ...errorResponses },
    },
    handler: async (request) => ({
      entry: await editJournalEntry(deps, actorOf(request), request.params.id, request.body),
    }),
  });
}
