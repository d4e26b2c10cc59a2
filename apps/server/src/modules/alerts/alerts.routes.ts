import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { multiLineText } from '@tandem/core';
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
import type { AlertView } from './alert-view.ts';
import { acknowledgeAlert, getAlert, listAlerts, resolveAlert } from './alerts.service.ts';
import { SAME_DAY_GOAL_REFERENCE } from './response-times.ts';
import { responseTimes } from './response-times.service.ts';

const person = z.object({ id: z.string(), displayName: z.string() });
const alertSchema = z.object({
  id: z.string(),
  clientId: z.string(),
  clientName: z.string(),
  instrumentId: z.string(),
  instrumentTitle: z.string(),
  itemId: z.string(),
  itemText: z.string(),
  answerValue: z.number(),
  answerLabel: z.string().nullable(),
  state: z.enum(['new', 'acknowledged', 'resolved']),
  createdAt: z.string(),
  acknowledged: z.object({ by: person, at: z.string() }).nullable(),
  resolved: z.object({ by: person, at: z.string(), note: z.string() }).nullable(),
  escalatedAt: z.string().nullable(),
  recipients: z.array(
    z.object({
      staffId: z.string(),
      displayName: z.string(),
      reason: z.enum(['care-team', 'supervisor', 'fallback']),
      delivery: z.enum(['immediate', 'digest']),
      notifiedAt: z.string().nullable(),
    }),
  ),
});
const oneAlert = z.object({ alert: alertSchema });
const timesSchema = z.object({
  count: z.number(),
  acknowledged: z.number(),
  waiting: z.number(),
  medianHoursToAcknowledge: z.number().nullable(),
  sameDayPercent: z.number().nullable(),
});

export const alertJson = (a: AlertView): z.infer<typeof alertSchema> => ({
  id: a.id,
  clientId: a.clientId,
  clientName: a.clientName,
  instrumentId: a.instrumentId,
  instrumentTitle: a.instrumentTitle,
  itemId: a.itemId,
  itemText: a.itemText,
  answerValue: a.answerValue,
  answerLabel: a.answerLabel,
  state: a.state,
  createdAt: iso(a.createdAt),
  acknowledged: a.acknowledged && { by: a.acknowledged.by, at: iso(a.acknowledged.at) },
  resolved: a.resolved && { ...a.resolved, at: iso(a.resolved.at) },
  escalatedAt: isoOrNull(a.escalatedAt),
  recipients: a.recipients.map((r) => ({ ...r, notifiedAt: isoOrNull(r.notifiedAt) })),
});

/** Only staff see alerts: a client's own crisis screen is the measures module's. */
const staffOnly = { access: rolesOnly('therapist', 'supervisor') };

export function alertRoutes(app: FastifyInstance, deps: Deps): void {
  const r = router(app);

  r.get('/api/alerts', {
    config: staffOnly,
    schema: {
      tags: ['alerts'],
      querystring: z.strictObject({ state: z.enum(['open', 'resolved']).default('open') }),
      response: { 200: z.object({ alerts: z.array(alertSchema) }), ...errorResponses },
    },
    handler: async (request) => ({
      alerts: (await listAlerts(deps, actorOf(request), request.query.state)).map(alertJson),
    }),
  });

  r.get('/api/alerts/response-times', {
    config: staffOnly,
    schema: {
      tags: ['alerts'],
      querystring: z.strictObject({ days: z.coerce.number().int().min(1).max(365).default(90) }),
      response: {
        200: z.object({
          since: z.string(),
          timeZone: z.string(),
          goal: z.string(),
          summary: timesSchema,
          byTherapist: z.array(
            timesSchema.extend({ therapistId: z.string(), displayName: z.string() }),
          ),
        }),
        ...errorResponses,
      },
    },
    handler: async (request) => {
      const times = await responseTimes(deps, actorOf(request), request.query.days);
      return { ...times, since: iso(times.since), goal: SAME_DAY_GOAL_REFERENCE };
    },
  });

  r.get('/api/alerts/:id', {
    config: staffOnly,
    schema: {
      tags: ['alerts'],
      params: idParams,
      response: { 200: oneAlert, ...errorResponses },
    },
    handler: async (request) => ({
      alert: alertJson(await getAlert(deps, actorOf(request), request.params.id)),
    }),
  });

  r.post('/api/alerts/:id/acknowledge', {
    config: staffOnly,
    schema: {
      tags: ['alerts'],
      params: idParams,
      body: emptyBody,
      response: { 200: oneAlert, ...errorResponses },
    },
    handler: async (request) => ({
      alert: alertJson(await acknowledgeAlert(deps, actorOf(request), request.params.id)),
    }),
  });

  r.post('/api/alerts/:id/resolve', {
    config: staffOnly,
    schema: {
      tags: ['alerts'],
      params: idParams,
      body: z.strictObject({
        note: z
          .string()
          .trim()
          .min(1, 'Write what was done.')
          .max(2000, 'Use at most 2,000 characters.')
          .pipe(multiLineText()),
      }),
      response: { 200: oneAlert, ...errorResponses },
    },
    handler: async (request) => ({
      alert: alertJson(
        await resolveAlert(deps, actorOf(request), request.params.id, request.body.note),
      ),
    }),
  });
}
