import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../deps.ts';
import { rolesOnly } from '../../http/access-rule.ts';
import { actorOf, errorResponses, idParams, router } from '../../http/route-kit.ts';
import { saveStrengthsSchema, saveValuesSchema, valuesAnswerSchema } from './values.schemas.ts';
import { clientValues, myValues, saveMyStrengths, saveMyValues } from './values.service.ts';

/**
 * What matters to the client: their values card sort and strengths list. The
 * client's own, private or shared as they choose; their care team and
 * supervisors read the shared ones; an admin sees none.
 */
export function valuesRoutes(app: FastifyInstance, deps: Deps): void {
  const r = router(app);
  const tags = ['between sessions'];
  const answer = { 200: valuesAnswerSchema, ...errorResponses };

  r.get('/api/me/values', {
    config: { access: rolesOnly('client') },
    schema: { tags, response: answer },
    handler: async (request) => myValues(deps, actorOf(request)),
  });

  r.put('/api/me/values', {
    config: { access: rolesOnly('client') },
    schema: { tags, body: saveValuesSchema, response: answer },
    handler: async (request) => saveMyValues(deps, actorOf(request), request.body),
  });

  r.put('/api/me/strengths', {
    config: { access: rolesOnly('client') },
    schema: { tags, body: saveStrengthsSchema, response: answer },
    handler: async (request) => saveMyStrengths(deps, actorOf(request), request.body),
  });

  r.get('/api/clients/:id/values', {
    config: { access: rolesOnly('therapist', 'supervisor') },
    schema: { tags, params: idParams, response: answer },
    handler: async (request) => clientValues(deps, actorOf(request), request.params.id),
  });
}
