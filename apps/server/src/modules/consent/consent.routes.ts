import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { consentTextSchema } from '@tandem/core';
import type { Deps } from '../../deps.ts';
import { rolesOnly, signedIn } from '../../http/access-rule.ts';
import { actorOf, errorResponses, iso, router } from '../../http/route-kit.ts';
import {
  acceptConsent,
  consentForActor,
  consentForAdmin,
  updateConsentText,
} from './consent.service.ts';

const adminConsent = z.object({
  version: z.number().int(),
  text: z.string(),
  updatedAt: z.string(),
});

export function consentRoutes(app: FastifyInstance, deps: Deps): void {
  const r = router(app);

  r.get('/api/consent', {
    config: { access: signedIn({ allowWithoutConsent: true }) },
    schema: {
      tags: ['consent'],
      response: {
        200: z.object({
          version: z.number().int(),
          text: z.string(),
          acceptedVersion: z.number().int().nullable(),
        }),
        ...errorResponses,
      },
    },
    handler: async (request) => {
      const consent = await consentForActor(deps, actorOf(request));
      return {
        version: consent.version,
        text: consent.text,
        acceptedVersion: consent.acceptedVersion,
      };
    },
  });

  r.post('/api/consent/accept', {
    config: { access: signedIn({ allowWithoutConsent: true }) },
    schema: {
      tags: ['consent'],
      body: z.strictObject({ version: z.number().int().positive() }),
      response: { 204: z.null(), ...errorResponses },
    },
    handler: async (request, reply) => {
      await acceptConsent(deps, actorOf(request), request.body.version);
      return reply.status(204).send(null);
    },
  });

  r.get('/api/admin/consent', {
    config: { access: rolesOnly('admin') },
    schema: { tags: ['admin'], response: { 200: adminConsent, ...errorResponses } },
    handler: async (request) => {
      const consent = await consentForAdmin(deps, actorOf(request));
      return { ...consent, updatedAt: iso(consent.updatedAt) };
    },
  });

  r.put('/api/admin/consent', {
    config: { access: rolesOnly('admin') },
    schema: {
      tags: ['admin'],
      body: z.strictObject({ text: consentTextSchema }),
      response: { 200: adminConsent, ...errorResponses },
    },
    handler: async (request) => {
      const consent = await updateConsentText(deps, actorOf(request), request.body.text);
      return { ...consent, updatedAt: iso(consent.updatedAt) };
    },
  });
}
