import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { rolesOnly } from '../../http/access-rule.ts';
import { actorOf, errorResponses, iso, isoOrNull, router } from '../../http/route-kit.ts';
import { myNotices } from './staff-notices.service.ts';

const noticeSchema = z.object({
  id: z.string(),
  kind: z.enum(['not-on-track', 'overdue']),
  clientId: z.string(),
  clientName: z.string(),
  instrumentId: z.string(),
  instrumentTitle: z.string(),
  createdAt: z.string(),
  delivery: z.enum(['immediate', 'digest']),
  /** When the e-mail (at once) or the digest told them; null while it waits. */
  notifiedAt: z.string().nullable(),
});

export function staffNoticeRoutes(app: FastifyInstance, deps: Deps): void {
  const r = router(app);

  r.get('/api/me/notices', {
    config: { access: rolesOnly('therapist', 'supervisor') },
    schema: {
      tags: ['alerts'],
      description:
        'Caseload notices told to the signed-in staff member in the last 30 days (a client newly not on track, a measure not answered in time), newest first.',
      response: { 200: z.object({ notices: z.array(noticeSchema) }), ...errorResponses },
    },
    handler: async (request) => ({
      notices: (await myNotices(deps, actorOf(request))).map((n) => ({
        id: n.id,
        kind: n.kind,
        clientId: n.clientId,
        clientName: n.clientName,
        instrumentId: n.instrumentId,
        instrumentTitle: n.instrumentTitle,
        createdAt: iso(n.createdAt),
        delivery: n.delivery,
        notifiedAt: isoOrNull(n.notifiedAt),
      })),
    }),
  });
}
