import { z } from 'zod';
import { multiLineText, singleLineText, uuidSchema } from '@tandem/core';
import { isoDateSchema } from '../measures/measures.schemas.ts';

export const HOMEWORK_NOTE_MAX = 1000;
export const HOMEWORK_TASK_MAX = 200;

const toolKey = z.string().min(1, 'Choose one.').max(100);

export const homeworkToolSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('check-in') }),
  z.strictObject({ kind: z.literal('journal') }),
  z.strictObject({ kind: z.literal('worksheet'), key: toolKey }),
  z.strictObject({ kind: z.literal('skill'), key: toolKey }),
  z.strictObject({ kind: z.literal('exposure-practice') }),
  z.strictObject({ kind: z.literal('goal-rating') }),
  z.strictObject({ kind: z.literal('activities') }),
  /** An instrument the practice may assign (its licence and alert rules apply). */
  z.strictObject({ kind: z.literal('measure'), key: toolKey }),
  z.strictObject({
    kind: z.literal('other'),
    task: singleLineText().pipe(z.string().trim().min(1, 'Say what to do.').max(HOMEWORK_TASK_MAX)),
  }),
]);

const note = multiLineText().pipe(z.string().max(HOMEWORK_NOTE_MAX)).nullable();

export const newHomeworkSchema = z.strictObject({
  id: uuidSchema,
  tool: homeworkToolSchema,
  dueOn: isoDateSchema,
  note,
  /** The client's goal this homework is for (the closed loop; modules/session-review). */
  goalId: uuidSchema.nullable().optional(),
});
export type NewHomework = z.infer<typeof newHomeworkSchema>;

export const homeworkChangeSchema = z.strictObject({
  dueOn: isoDateSchema.optional(),
  note: note.optional(),
  /** Cancelling is final: set it again to start over. */
  cancel: z.literal(true).optional(),
});
export type HomeworkChange = z.infer<typeof homeworkChangeSchema>;

export const homeworkEntryKinds = [
  'check-in',
  'journal',
  'worksheet',
  'skill-practice',
  'exposure-practice',
  'activity',
] as const;

export const homeworkToolKinds = [
  'check-in',
  'journal',
  'worksheet',
  'skill',
  'exposure-practice',
  'goal-rating',
  'activities',
  'measure',
  'other',
] as const;

/**
 * "How helpful was it?", 1–5, our own small scale. Why ask about quality and
 * not only whether it was done: the quality of homework done predicts outcome
 * more than the amount done (Kazantzis et al. 2016, "The processes of cognitive
 * behavioral therapy: review of meta-analyses", Behavior Therapy 47(5):755–772).
 * The words for each point are the web app's (features/homework/helpfulness.ts).
 */
export const helpfulnessSchema = z
  .number()
  .int('Choose one of the five.')
  .min(1, 'Choose one of the five.')
  .max(5, 'Choose one of the five.');

export const homeworkAnswerSchema = z.discriminatedUnion('outcome', [
  z.strictObject({
    outcome: z.literal('done'),
    helpfulness: helpfulnessSchema,
    note,
    /**
     * The entry made for it. `share`: items made as homework default to shared
     * (the form offers it ticked); true shares the entry with the care team,
     * false keeps it private, left out changes nothing.
     */
    entry: z
      .strictObject({
        kind: z.enum(homeworkEntryKinds),
        id: uuidSchema,
        share: z.boolean().optional(),
      })
      .nullable(),
  }),
  z.strictObject({
    outcome: z.literal('not-done'),
    note,
  }),
]);
export type HomeworkAnswer = z.infer<typeof homeworkAnswerSchema>;

export const homeworkSchema = z.object({
  id: z.string(),
  tool: z.object({
    kind: z.enum(homeworkToolKinds),
    key: z.string().nullable(),
    name: z.string(),
  }),
  dueOn: z.string(),
  note: z.string().nullable(),
  status: z.enum(['waiting', 'done', 'not-done', 'cancelled']),
  /** Waiting and the due date has passed (in the client's calendar). */
  overdue: z.boolean(),
  helpfulness: z.number().nullable(),
  answerNote: z.string().nullable(),
  /** The entry the client linked, when the reader may see it. */
  entry: z.object({ kind: z.enum(homeworkEntryKinds), id: z.string() }).nullable(),
  assignedAt: z.string(),
  answeredAt: z.string().nullable(),
  /** The goal it was set for, if any. */
  goalId: z.string().nullable(),
  /**
   * For the client only (empty for anyone else): their entries of this tool's
   * kind made since the homework was set, newest first, to link when done.
   */
  entriesMade: z.array(
    z.object({
      kind: z.enum(homeworkEntryKinds),
      id: z.string(),
      at: z.string(),
      visibility: z.enum(['private', 'shared']),
    }),
  ),
  /** For the client only: a measure's questionnaire open now, to answer. */
  occasionId: z.string().nullable(),
});

export const homeworkListSchema = z.object({
  homework: z.array(homeworkSchema),
  /** The client's calendar date now (due dates are in the client's calendar). */
  today: z.string(),
});

export const clientHomeworkSchema = homeworkListSchema.extend({
  /** What can be assigned now (read from the worksheet definitions and the skills catalogue). */
  tools: z.object({
    worksheets: z.array(z.object({ key: z.string(), title: z.string() })),
    skills: z.array(z.object({ key: z.string(), name: z.string() })),
  }),
});
