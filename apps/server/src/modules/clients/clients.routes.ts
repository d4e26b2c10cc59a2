import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { displayNameSchema, emailSchema, uuidSchema } from '@tandem/core';
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
import type { ClientSummary } from './clients.repo.ts';
import {
  caseload,
  clientsForAdmin,
  getClient,
  inviteClient,
  myCareTeam,
  resendClientInvitation,
  setCareTeam,
  setClientArchived,
} from './clients.service.ts';

export const clientSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  email: z.string(),
  status: z.enum(['invited', 'active', 'archived']),
  invitedAt: z.string(),
  joinedAt: z.string().nullable(),
  therapists: z.array(z.object({ id: z.string(), displayName: z.string() })),
});
const clientBody = z.object({ client: clientSchema });

export const toClientJson = (c: ClientSummary) => ({
  ...c,
  invitedAt: iso(c.invitedAt),
  joinedAt: isoOrNull(c.joinedAt),
});

export function clientRoutes(app: FastifyInstance, deps: Deps): void {
  const r = router(app);

  r.get('/api/clients', {
    config: { access: rolesOnly('therapist', 'supervisor') },
    schema: {
      tags: ['clients'],
      querystring: z.strictObject({ status: z.enum(['active', 'archived']).default('active') }),
      response: {
        200: z.object({
          clients: z.array(clientSchema),
          /** The practice's calendar date now: the default start of a schedule for several clients. */
          today: z.string(),
        }),
        ...errorResponses,
      },
    },
    handler: async (request) => {
      const listed = await caseload(deps, actorOf(request), request.query.status);
      return { clients: listed.clients.map(toClientJson), today: listed.today };
    },
  });

  r.post('/api/clients/invite', {
    config: { access: rolesOnly('therapist') },
    schema: {
      tags: ['clients'],
      body: z.strictObject({ id: uuidSchema, email: emailSchema, displayName: displayNameSchema }),
      response: { 200: clientBody, 201: clientBody, ...errorResponses },
    },
    handler: async (request, reply) => {
      const { client, created } = await inviteClient(deps, actorOf(request), request.body);
      return reply.status(created ? 201 : 200).send({ client: toClientJson(client) });
    },
  });

  r.get('/api/clients/:id', {
    config: { access: rolesOnly('therapist', 'supervisor', 'admin', 'client') },
    schema: {
      tags: ['clients'],
      params: idParams,
      response: { 200: clientBody, ...errorResponses },
    },
    handler: async (request) => ({
      client: toClientJson(await getClient(deps, actorOf(request), request.params.id)),
    }),
  });

  r.post('/api/clients/:id/archive', {
    config: { access: rolesOnly('therapist') },
    schema: {
      tags: ['clients'],
      params: idParams,
      body: emptyBody,
      response: { 200: clientBody, ...errorResponses },
    },
    handler: async (request) => ({
      client: toClientJson(
        await setClientArchived(deps, actorOf(request), request.params.id, true),
      ),
    }),
  });

  r.post('/api/clients/:id/restore', {
    config: { access: rolesOnly('therapist') },
    schema: {
      tags: ['clients'],
      params: idParams,
      body: emptyBody,
      response: { 200: clientBody, ...errorResponses },
    },
    handler: async (request) => ({
      client: toClientJson(
        await setClientArchived(deps, actorOf(request), request.params.id, false),
      ),
    }),
  });

  r.post('/api/clients/:id/resend-invitation', {
    config: { access: rolesOnly('therapist') },
    schema: {
      tags: ['clients'],
      params: idParams,
      body: emptyBody,
      response: { 204: z.null(), ...errorResponses },
    },
    handler: async (request, reply) => {
      await resendClientInvitation(deps, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  });

  r.get('/api/me/care-team', {
    config: { access: rolesOnly('client') },
    schema: {
      tags: ['clients'],
      response: {
        200: z.object({
          therapists: z.array(z.object({ id: z.string(), displayName: z.string() })),
        }),
        ...errorResponses,
      },
    },
    handler: async (request) => ({ therapists: await myCareTeam(deps, actorOf(request)) }),
  });
}

/** The admin's side of clients: who they are and who their therapists are; nothing clinical. */
export function adminClientRoutes(app: FastifyInstance, deps: Deps): void {
  const r = router(app);

  r.get('/api/admin/clients', {
    config: { access: rolesOnly('admin') },
    schema: {
      tags: ['admin'],
      response: { 200: z.object({ clients: z.array(clientSchema) }), ...errorResponses },
    },
    handler: async (request) => ({
      clients: (await clientsForAdmin(deps, actorOf(request))).map(toClientJson),
    }),
  });

  r.put('/api/admin/clients/:id/care-team', {
    config: { access: rolesOnly('admin') },
    schema: {
      tags: ['admin'],
      params: idParams,
      body: z.strictObject({
        therapistIds: z
          .array(uuidSchema)
          .min(1, 'Choose at least one therapist.')
          .max(10, 'Choose at most 10 therapists.'),
      }),
      response: { 200: clientBody, ...errorResponses },
    },
    handler: async (request) => ({
      client: toClientJson(
        await setCareTeam(deps, actorOf(request), request.params.id, request.body.therapistIds),
      ),
    }),
  });
}
