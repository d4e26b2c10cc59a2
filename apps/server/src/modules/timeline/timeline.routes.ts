import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { rolesOnly } from '../../http/access-rule.ts';
import { actorOf, errorResponses, idParams, router } from '../../http/route-kit.ts';
import { checkInSchema } from '../check-ins/check-ins.schemas.ts';
import { journalEntrySchema } from '../journal/journal.schemas.ts';
import { planKindSchema } from '../plans/plans.schemas.ts';
import { sharedInsightSchema } from '../insights/insights.routes.ts';
import { skillPracticeSchema } from '../skills/skills.schemas.ts';
import { worksheetEntrySchema } from '../worksheets/worksheets.schemas.ts';
import { homeworkSchema } from '../homework/homework.schemas.ts';
import { exposureTimelineItemSchema } from '../exposure/exposure-timeline.ts';
import { activityTimelineItemSchema } from '../activation/activation-timeline.ts';
import { clientTimeline } from './timeline.service.ts';

const editorSchema = z.object({ displayName: z.string(), role: z.string() });

const timelineSchema = z.object({
  /** The client's calendar date now (a session "held today" is this date). */
  clientToday: z.string(),
  items: z.array(
    z.discriminatedUnion('type', [
      z.object({ type: z.literal('check-in'), at: z.string(), checkIn: checkInSchema }),
      z.object({ type: z.literal('journal'), at: z.string(), entry: journalEntrySchema }),
      z.object({ type: z.literal('insight'), at: z.string(), shared: sharedInsightSchema }),
      z.object({
        type: z.literal('plan'),
        at: z.string(),
        kind: planKindSchema,
        version: z.number(),
        editedBy: editorSchema,
      }),
      z.object({ type: z.literal('worksheet'), at: z.string(), worksheet: worksheetEntrySchema }),
      z.object({
        type: z.literal('skill-practice'),
        at: z.string(),
        practice: skillPracticeSchema,
      }),
      z.object({ type: z.literal('homework'), at: z.string(), homework: homeworkSchema }),
      exposureTimelineItemSchema,
      activityTimelineItemSchema,
    ]),
  ),
  summary: z.object({
    since: z.string(),
    /** The latest session the therapist recorded; null: the summary covers the last 7 days. */
    lastSessionOn: z.string().nullable(),
    checkIns: z.object({
      count: z.number(),
      moodAverage: z.number().nullable(),
      previousMoodAverage: z.number().nullable(),
    }),
    sharedJournalEntries: z.number(),
    sharedWorksheets: z.number(),
    sharedSkillPractices: z.number(),
    sharedExposurePractices: z.number(),
    /** Homework answered in the window; the mean of "How helpful was it?" (1–5) of those done. */
    homework: z.object({
      done: z.number(),
      notDone: z.number(),
      helpfulnessAverage: z.number().nullable(),
    }),
    planChanges: z.array(z.object({ kind: planKindSchema, version: z.number(), at: z.string() })),
  }),
});

/** The care team's view of what the client shared between sessions. */
export function timelineRoutes(app: FastifyInstance, deps: Deps): void {
  const r = router(app);
  r.get('/api/clients/:id/timeline', {
    config: { access: rolesOnly('therapist', 'supervisor') },
    schema: {
      tags: ['between sessions'],
      params: idParams,
      response: { 200: timelineSchema, ...errorResponses },
    },
    handler: async (request) => clientTimeline(deps, actorOf(request), request.params.id),
  });
}
