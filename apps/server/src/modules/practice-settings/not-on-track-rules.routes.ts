import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { NotOnTrackRule } from '@tandem/instruments';
import type { Deps } from '../../deps.ts';
import { rolesOnly } from '../../http/access-rule.ts';
import { actorOf, errorResponses, router } from '../../http/route-kit.ts';
import {
  notOnTrackRules,
  setNotOnTrackRule,
  type NotOnTrackRuleView,
} from './not-on-track-rules.service.ts';

const onOff = z.boolean();
const ruleSchema = z.object({
  reliableDeterioration: z.object({ enabled: onOff, points: z.number() }),
  caseness: z.number(),
  minimumFollowUps: z.number(),
  earlyNonResponse: z.object({
    enabled: onOff,
    fromWeek: z.number(),
    minimumImprovement: z.number(),
  }),
  inadequateResponse: z.object({
    enabled: onOff,
    fromWeek: z.number(),
    minimumReductionPercent: z.number(),
  }),
  cutPoints: z.object({
    enabled: onOff,
    points: z.array(z.object({ fromWeek: z.number(), atLeast: z.number() })),
  }),
});

const ruleViewSchema = z.object({
  instrumentId: z.string(),
  title: z.string(),
  shortTitle: z.string(),
  scale: z.object({ min: z.number(), max: z.number() }),
  default: ruleSchema,
  defaultSummary: z.array(z.string()),
  citations: z.array(
    z.object({
      parameter: z.string(),
      evidence: z.enum(['primary', 'secondary', 'product choice']),
      note: z.string(),
      sources: z.array(
        z.object({ key: z.string(), citation: z.string(), url: z.string().nullable() }),
      ),
    }),
  ),
  practiceRule: ruleSchema.nullable(),
  inForce: ruleSchema,
  inForceSummary: z.array(z.string()),
});

const ruleJson = (rule: NotOnTrackRule): z.infer<typeof ruleSchema> => ({
  ...rule,
  cutPoints: { ...rule.cutPoints, points: rule.cutPoints.points.map((cut) => ({ ...cut })) },
});

const toJson = (view: NotOnTrackRuleView): z.infer<typeof ruleViewSchema> => ({
  ...view,
  default: ruleJson(view.default),
  practiceRule: view.practiceRule && ruleJson(view.practiceRule),
  inForce: ruleJson(view.inForce),
});

export function notOnTrackRuleRoutes(app: FastifyInstance, deps: Deps): void {
  const r = router(app);

  // Every staff member reads the rule in force: a therapist sees how a flag was decided.
  r.get('/api/practice/not-on-track-rules', {
    config: { access: rolesOnly('therapist', 'supervisor', 'admin') },
    schema: {
      tags: ['measures'],
      response: { 200: z.object({ rules: z.array(ruleViewSchema) }), ...errorResponses },
    },
    handler: async (request) => ({
      rules: (await notOnTrackRules(deps, actorOf(request))).map(toJson),
    }),
  });

  r.put('/api/admin/not-on-track-rules/:instrumentId', {
    config: { access: rolesOnly('admin') },
    schema: {
      tags: ['admin'],
      // An instrument id from the library (`phq-9`), not a UUID.
      params: z.strictObject({ instrumentId: z.string().max(64) }),
      // The rule is checked by the instrument library's validator (field paths, the
      // measure's scale); null goes back to the default.
      body: z.strictObject({ rule: z.record(z.string(), z.unknown()).nullable() }),
      response: {
        200: z.object({ rule: ruleViewSchema, changed: z.boolean() }),
        ...errorResponses,
      },
    },
    handler: async (request) => {
      const { view, changed } = await setNotOnTrackRule(
        deps,
        actorOf(request),
        request.params.instrumentId,
        request.body.rule,
      );
      return { rule: toJson(view), changed };
    },
  });
}
