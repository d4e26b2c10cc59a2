import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  displayNameSchema,
  emailSchema,
  staffRoleSchema,
  staffRoles,
  uuidSchema,
} from '@tandem/core';
import type { Deps } from '../../deps.ts';
import { rolesOnly } from '../../http/access-rule.ts';
import { actorOf, emptyBody, errorResponses, idParams, iso, router } from '../../http/route-kit.ts';
import { dismissOutboxEntry, outboxForAdmin } from '../outbox/outbox.service.ts';
import type { StaffSummary } from './staff.repo.ts';
import {
  createStaff,
  deactivateStaff,
  reactivateStaff,
  setSupervisors,
  staffOfPractice,
} from './staff.service.ts';

const staffSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  role: z.enum(staffRoles),
  status: z.enum(['invited', 'active', 'deactivated']),
  createdAt: z.string(),
  supervisorIds: z.array(z.string()),
});
const staffBody = z.object({ user: staffSchema });
const toJson = (s: StaffSummary) => ({ ...s, createdAt: iso(s.createdAt) });
const adminOnly = { access: rolesOnly('admin') };

export function staffRoutes(app: FastifyInstance, deps: Deps): void {
  const r = router(app);

  r.get('/api/admin/users', {
    config: adminOnly,
    schema: {
      tags: ['admin'],
      response: { 200: z.object({ users: z.array(staffSchema) }), ...errorResponses },
    },
    handler: async (request) => ({
      users: (await staffOfPractice(deps, actorOf(request))).map(toJson),
    }),
  });

  r.post('/api/admin/users', {
    config: adminOnly,
    schema: {
      tags: ['admin'],
      body: z.strictObject({
        id: uuidSchema,
        email: emailSchema,
        displayName: displayNameSchema,
        role: staffRoleSchema,
      }),
      response: { 200: staffBody, 201: staffBody, ...errorResponses },
    },
    handler: async (request, reply) => {
      const { user, created } = await createStaff(deps, actorOf(request), request.body);
      return reply.status(created ? 201 : 200).send({ user: toJson(user) });
    },
  });

  r.post('/api/admin/users/:id/deactivate', {
    config: adminOnly,
    schema: {
      tags: ['admin'],
      params: idParams,
      // A therapist's clients go to this therapist (required when some have no other one).
      body: z.strictObject({ handOverTo: uuidSchema.optional() }),
      response: { 200: staffBody, ...errorResponses },
    },
    handler: async (request) => ({
      user: toJson(
        await deactivateStaff(deps, actorOf(request), request.params.id, request.body.handOverTo),
      ),
    }),
  });

  r.post('/api/admin/users/:id/reactivate', {
    config: adminOnly,
    schema: {
      tags: ['admin'],
      params: idParams,
      body: emptyBody,
      response: { 200: staffBody, ...errorResponses },
    },
    handler: async (request) => ({
      user: toJson(await reactivateStaff(deps, actorOf(request), request.params.id)),
    }),
  });

  r.put('/api/admin/supervision', {
    config: adminOnly,
    schema: {
      tags: ['admin'],
      body: z.strictObject({ therapistId: uuidSchema, supervisorIds: z.array(uuidSchema).max(20) }),
      response: { 200: z.object({}), ...errorResponses },
    },
    handler: async (request) => {
      await setSupervisors(deps, actorOf(request), request.body);
      return {};
    },
  });

  r.get('/api/admin/outbox', {
    config: adminOnly,
    schema: {
      tags: ['admin'],
      response: {
        200: z.object({
          messages: z.array(
            z.object({
              id: z.string(),
              kind: z.enum(['invitation', 'password_reset', 'other']),
              to: z.string(),
              subject: z.string(),
              body: z.string(),
              status: z.enum(['pending', 'sent', 'kept', 'failed']),
              // The one-time link the message carries: shown only while 'active' and kept here.
              link: z.enum(['active', 'used', 'replaced', 'expired', 'none']),
              createdAt: z.string(),
              sentAt: z.string().nullable(),
            }),
          ),
        }),
        ...errorResponses,
      },
    },
    handler: async (request) => {
      const messages = await outboxForAdmin(deps, actorOf(request));
      return {
        messages: messages.map((m) => ({
          ...m,
          createdAt: iso(m.createdAt),
          sentAt: m.sentAt ? iso(m.sentAt) : null,
        })),
      };
    },
  });

  r.post('/api/admin/outbox/:id/dismiss', {
    config: adminOnly,
    schema: {
      tags: ['admin'],
      params: idParams,
      body: emptyBody,
      response: { 204: z.null(), ...errorResponses },
    },
    handler: async (request, reply) => {
      await dismissOutboxEntry(deps, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  });
}
