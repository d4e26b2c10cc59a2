import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { singleLineText, uuidSchema } from '@tandem/core';
import type { Deps } from '../../deps.ts';
import { rolesOnly, signedIn } from '../../http/access-rule.ts';
import { actorOf, errorResponses, idParams, iso, router } from '../../http/route-kit.ts';
import { clientSchema, toClientJson } from '../clients/clients.routes.ts';
import type { AssignmentView } from './assignment-view.ts';
import { assignMeasure, changeAssignment, listAssignments } from './assignments.service.ts';
import { bulkAssign } from './bulk-assign.service.ts';
import { caseloadWithMeasures } from './caseload.service.ts';
import {
  practiceInstruments,
  questionnaireOf,
  type InstrumentSummary,
} from './instruments.service.ts';
import type { MeasureSeries } from './measure-series.ts';
import {
  assignmentSchema,
  bandRefSchema,
  changeSchema,
  instrumentSchema,
  isoDateSchema,
  onTrackSchema,
  scheduleSchema,
  seriesSchema,
} from './measures.schemas.ts';
import { clientMeasures, responseDetail } from './results.service.ts';

export const assignmentJson = (a: AssignmentView) => ({
  id: a.id,
  clientId: a.clientId,
  instrumentId: a.instrumentId,
  title: a.title,
  shortTitle: a.shortTitle,
  schedule: a.schedule,
  startsOn: a.startsOn,
  endsOn: a.endsOn,
  windowDays: a.windowDays,
  reminders: a.reminders,
  resultsHidden: a.resultsHidden,
  status: a.status,
  version: a.version,
  createdAt: iso(a.createdAt),
  nextDueOn: a.nextDueOn,
  lastReminder: a.lastReminder ? { state: a.lastReminder.state, at: iso(a.lastReminder.at) } : null,
  recent: a.recent.map((o) => ({
    dueOn: o.dueOn,
    state: o.state,
    reminder: o.reminder ? { state: o.reminder.state, at: iso(o.reminder.at) } : null,
  })),
});

export const instrumentJson = (i: InstrumentSummary) => ({
  id: i.definition.id,
  title: i.definition.title,
  shortTitle: i.definition.shortTitle,
  version: i.definition.version,
  itemCount: i.definition.items.length,
  riskBearing: i.riskBearing,
  min: i.definition.total.min,
  max: i.definition.total.max,
  betterDirection: i.definition.betterDirection,
  bands: i.definition.total.bands.map((b) => ({
    id: b.id,
    label: b.label,
    min: b.min,
    max: b.max,
  })),
  licence: {
    kind: i.definition.licence.kind,
    text: i.definition.licence.text,
    attribution: i.definition.licence.attribution,
    url: i.definition.licence.url ?? null,
  },
  licenceAccepted: i.licenceAccepted,
  assignable: i.notAssignableReason === null,
  notAssignableReason: i.notAssignableReason,
});

const seriesJson = (s: MeasureSeries) => ({
  ...s,
  baseline: s.baseline ? { total: s.baseline.total, at: iso(s.baseline.at) } : null,
  points: s.points.map((p) => ({ ...p, at: iso(p.at) })),
  items: s.items.map((item) => ({
    ...item,
    values: item.values.map((v) => ({ ...v, at: iso(v.at) })),
  })),
});

const assignBody = z.strictObject({
  id: uuidSchema,
  instrumentId: z.string().max(64),
  schedule: scheduleSchema,
  startsOn: isoDateSchema,
  endsOn: isoDateSchema.nullable().default(null),
  windowDays: z.number().int().min(1, 'At least 1 day.').max(14, 'At most 14 days.').default(3),
  reminders: z.boolean().default(true),
  resultsHidden: z.boolean().default(false),
});

const caseloadRowSchema = clientSchema.extend({
  openAlerts: z.number(),
  overdue: z.number(),
  attention: z.object({ rank: z.number(), reasons: z.array(z.string()) }),
  measures: z.array(
    z.object({
      instrumentId: z.string(),
      shortTitle: z.string(),
      latest: z.object({ total: z.number(), band: bandRefSchema.nullable(), at: z.string() }),
      change: changeSchema.nullable(),
      notOnTrack: onTrackSchema.nullable(),
    }),
  ),
});

const clientAndAssignment = z.strictObject({
  id: z
    .string()
    .max(64)
    .transform((id) => id.toLowerCase()),
  assignmentId: z
    .string()
    .max(64)
    .transform((id) => id.toLowerCase()),
});
const clientAndResponse = z.strictObject({
  id: z
    .string()
    .max(64)
    .transform((id) => id.toLowerCase()),
  responseId: z
    .string()
    .max(64)
    .transform((id) => id.toLowerCase()),
});

/** The staff side: the instrument library, assignments, results and the caseload. */
export function measuresRoutes(app: FastifyInstance, deps: Deps): void {
  const r = router(app);

  r.get('/api/instruments', {
    config: { access: rolesOnly('therapist', 'supervisor', 'admin') },
    schema: {
      tags: ['measures'],
      response: { 200: z.object({ instruments: z.array(instrumentSchema) }), ...errorResponses },
    },
    handler: async (request) => ({
      instruments: (await practiceInstruments(deps, actorOf(request))).map(instrumentJson),
    }),
  });

  r.get('/api/instruments/:id/questionnaire', {
    // Published item texts, not anyone's data: any signed-in person may draw a form from them.
    config: { access: signedIn() },
    schema: {
      tags: ['measures'],
      params: idParams,
      response: {
        200: z.looseObject({ resourceType: z.literal('Questionnaire') }),
        ...errorResponses,
      },
    },
    handler: async (request) =>
      (await questionnaireOf(deps, actorOf(request), request.params.id)) as {
        resourceType: 'Questionnaire';
      },
  });

  r.post('/api/clients/:id/assignments', {
    config: { access: rolesOnly('therapist') },
    schema: {
      tags: ['measures'],
      params: idParams,
      body: assignBody,
      response: {
        200: z.object({ assignment: assignmentSchema }),
        201: z.object({ assignment: assignmentSchema }),
        ...errorResponses,
      },
    },
    handler: async (request, reply) => {
      const { assignment, created } = await assignMeasure(
        deps,
        actorOf(request),
        request.params.id,
        request.body,
      );
      return reply.status(created ? 201 : 200).send({ assignment: assignmentJson(assignment) });
    },
  });

  r.get('/api/clients/:id/assignments', {
    config: { access: rolesOnly('therapist', 'supervisor') },
    schema: {
      tags: ['measures'],
      params: idParams,
      response: {
        200: z.object({
          assignments: z.array(assignmentSchema),
          /** The client's calendar date now (schedules are in the client's time zone). */
          today: z.string(),
        }),
        ...errorResponses,
      },
    },
    handler: async (request) => {
      const listed = await listAssignments(deps, actorOf(request), request.params.id);
      return { assignments: listed.assignments.map(assignmentJson), today: listed.today };
    },
  });

  r.patch('/api/clients/:id/assignments/:assignmentId', {
    config: { access: rolesOnly('therapist') },
    schema: {
      tags: ['measures'],
      params: clientAndAssignment,
      body: z.strictObject({
        version: z.number().int().min(1),
        status: z.enum(['active', 'paused', 'stopped']).optional(),
        schedule: scheduleSchema.optional(),
        endsOn: isoDateSchema.nullable().optional(),
        windowDays: z
          .number()
          .int()
          .min(1, 'At least 1 day.')
          .max(14, 'At most 14 days.')
          .optional(),
        reminders: z.boolean().optional(),
        resultsHidden: z.boolean().optional(),
      }),
      response: { 200: z.object({ assignment: assignmentSchema }), ...errorResponses },
    },
    handler: async (request) => ({
      assignment: assignmentJson(
        await changeAssignment(
          deps,
          actorOf(request),
          request.params.id,
          request.params.assignmentId,
          request.body,
        ),
      ),
    }),
  });

  r.post('/api/assignments/bulk', {
    config: { access: rolesOnly('therapist') },
    schema: {
      tags: ['measures'],
      body: z.strictObject({
        id: uuidSchema,
        clientIds: z
          .array(uuidSchema)
          .min(1, 'Choose at least one client.')
          .max(200, 'At most 200 clients at once.'),
        instrumentIds: z
          .array(z.string().max(64))
          .min(1, 'Choose at least one measure.')
          .max(5, 'At most 5 measures at once.'),
        schedule: scheduleSchema,
        startsOn: isoDateSchema,
        windowDays: z
          .number()
          .int()
          .min(1, 'At least 1 day.')
          .max(14, 'At most 14 days.')
          .default(3),
      }),
      response: {
        200: z.object({ assignments: z.array(assignmentSchema) }),
        201: z.object({ assignments: z.array(assignmentSchema) }),
        ...errorResponses,
      },
    },
    handler: async (request, reply) => {
      const { assignments, created } = await bulkAssign(deps, actorOf(request), request.body);
      return reply
        .status(created ? 201 : 200)
        .send({ assignments: assignments.map(assignmentJson) });
    },
  });

  r.get('/api/clients/:id/measures', {
    config: { access: rolesOnly('therapist', 'supervisor') },
    schema: {
      tags: ['measures'],
      params: idParams,
      response: {
        200: z.object({
          timeZone: z.string(),
          measures: z.array(seriesSchema),
          talkingTherapies: z
            .object({
              phq9: z.object({ baseline: z.number(), latest: z.number() }),
              gad7: z.object({ baseline: z.number(), latest: z.number() }),
              outcome: z.object({
                recovery: z.boolean().nullable(),
                reliableImprovement: z.boolean(),
                reliableDeterioration: z.boolean(),
                reliableRecovery: z.boolean().nullable(),
                label: z.string(),
              }),
            })
            .nullable(),
        }),
        ...errorResponses,
      },
    },
    handler: async (request) => {
      const result = await clientMeasures(deps, actorOf(request), request.params.id);
      return { ...result, measures: result.measures.map(seriesJson) };
    },
  });

  r.get('/api/clients/:id/responses/:responseId', {
    config: { access: rolesOnly('therapist', 'supervisor') },
    schema: {
      tags: ['measures'],
      params: clientAndResponse,
      response: {
        200: z.object({
          response: z.object({
            id: z.string(),
            instrumentId: z.string(),
            title: z.string(),
            at: z.string(),
            total: z.number().nullable(),
            band: bandRefSchema.nullable(),
            items: z.array(
              z.object({
                id: z.string(),
                text: z.string(),
                value: z.number().nullable(),
                label: z.string().nullable(),
                critical: z.boolean(),
              }),
            ),
          }),
        }),
        ...errorResponses,
      },
    },
    handler: async (request) => {
      const detail = await responseDetail(
        deps,
        actorOf(request),
        request.params.id,
        request.params.responseId,
      );
      return { response: { ...detail, at: iso(detail.at) } };
    },
  });

  // A POST so that the search text travels in the body, never in a URL or a log line.
  r.post('/api/caseload', {
    config: { access: rolesOnly('therapist', 'supervisor') },
    schema: {
      tags: ['measures'],
      body: z.strictObject({
        status: z.enum(['active', 'archived']).default('active'),
        search: singleLineText().max(100, 'Use at most 100 characters.').default(''),
        filter: z.enum(['all', 'alerts', 'deteriorated', 'not-on-track', 'overdue']).default('all'),
      }),
      response: { 200: z.object({ clients: z.array(caseloadRowSchema) }), ...errorResponses },
    },
    handler: async (request) => {
      const rows = await caseloadWithMeasures(deps, actorOf(request), request.body);
      return {
        clients: rows.map((row) => ({
          ...toClientJson(row),
          openAlerts: row.openAlerts,
          overdue: row.overdue,
          attention: row.attention,
          measures: row.measures.map((m) => ({
            ...m,
            latest: { ...m.latest, at: iso(m.latest.at) },
          })),
        })),
      };
    },
  });
}
