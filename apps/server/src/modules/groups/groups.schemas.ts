import { z } from 'zod';
import { multiLineText, nameText, uuidSchema } from '@tandem/core';
import { homeworkToolKinds, homeworkToolSchema } from '../homework/homework.schemas.ts';
import { isoDateSchema } from '../measures/measures.schemas.ts';
import { safetyCheckAnswers, safetyCheckKeys } from './safety-check.ts';

export const groupKinds = ['couple', 'family'] as const;
export type GroupKind = (typeof groupKinds)[number];

/** A couple is two people; a family is two or more, up to a household. */
export const GROUP_SIZE = { couple: { min: 2, max: 2 }, family: { min: 2, max: 8 } } as const;
export const GROUP_NAME_MAX = 100;
export const OWN_GOAL_MAX = 2000;
export const SAFETY_NOTE_MAX = 2000;

const groupName = nameText().pipe(
  z.string().trim().min(1, 'Give the group a name only the care team sees.').max(GROUP_NAME_MAX),
);
const memberIds = z.array(uuidSchema).min(1, 'Choose the members.').max(GROUP_SIZE.family.max);

/** Like idParams: any id out of reach, well-formed or not, answers 404 (never 400). */
export const groupParams = z.strictObject({
  groupId: z
    .string()
    .max(64)
    .transform((id) => id.toLowerCase()),
});

export const newGroupSchema = z.strictObject({
  /** Made on the therapist's device: a retry answers the stored group. */
  id: uuidSchema,
  kind: z.enum(groupKinds),
  name: groupName,
  memberIds,
});
export type NewGroup = z.infer<typeof newGroupSchema>;

export const groupChangeSchema = z.strictObject({
  name: groupName.optional(),
  /** The members from now on (a member removed keeps what they wrote; it stays theirs). */
  memberIds: memberIds.optional(),
  /** Ending is final: the group leaves the lists; each member's own work stays theirs. */
  end: z.literal(true).optional(),
});
export type GroupChange = z.infer<typeof groupChangeSchema>;

export const safetyCheckRequestSchema = z.strictObject({
  /** The members asked to answer the private safety check (each alone, on their own device). */
  memberIds,
});

export const privateConversationSchema = z.strictObject({
  /** The member the therapist spoke with alone about their safety check. */
  clientId: uuidSchema,
});

export const groupHomeworkSchema = z.strictObject({
  /** Made on the therapist's device; each member's homework id is derived from it. */
  id: uuidSchema,
  tool: homeworkToolSchema,
  dueOn: isoDateSchema,
  note: multiLineText().pipe(z.string().max(1000)).nullable(),
});
export type GroupHomework = z.infer<typeof groupHomeworkSchema>;

export const ownGoalSchema = z.strictObject({
  /** Made on the member's device: a retry stores nothing twice. */
  id: uuidSchema,
  text: multiLineText().pipe(
    z.string().trim().min(1, 'Write what you hope will change.').max(OWN_GOAL_MAX),
  ),
  /** Let the other members see it (the care team always does). */
  shareWithGroup: z.boolean().default(false),
});
export type OwnGoal = z.infer<typeof ownGoalSchema>;

const answer = z.enum(safetyCheckAnswers, { error: 'Choose yes, no or I would rather not say.' });

export const safetyCheckSchema = z.strictObject({
  id: uuidSchema,
  answers: z.strictObject(
    Object.fromEntries(safetyCheckKeys.map((key) => [key, answer])) as Record<
      (typeof safetyCheckKeys)[number],
      typeof answer
    >,
  ),
  /** Anything the member wants the therapist alone to know. */
  note: multiLineText().pipe(z.string().max(SAFETY_NOTE_MAX)).nullable(),
});
export type SafetyCheck = z.infer<typeof safetyCheckSchema>;

/** Ready: every member answered without concern, or was spoken with alone since. */
export const jointWorkStates = ['ready', 'check-first', 'talk-privately-first'] as const;

const memberSummary = z.object({ clientId: z.string(), displayName: z.string() });

export const groupListSchema = z.object({
  groups: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(groupKinds),
      name: z.string(),
      members: z.array(memberSummary),
      jointWork: z.enum(jointWorkStates),
      createdAt: z.string(),
    }),
  ),
});

export const groupViewSchema = z.object({
  id: z.string(),
  kind: z.enum(groupKinds),
  name: z.string(),
  createdAt: z.string(),
  endedAt: z.string().nullable(),
  jointWork: z.enum(jointWorkStates),
  safetyQuestions: z.array(z.object({ key: z.string(), text: z.string() })),
  members: z.array(
    memberSummary.extend({
      /** The member's own goal for the work (their care team sees it; the others only if shared). */
      ownGoal: z
        .object({ text: z.string(), at: z.string(), sharedWithGroup: z.boolean() })
        .nullable(),
      safetyCheck: z.object({
        status: z.enum(['not-asked', 'waiting', 'answered']),
        requestedAt: z.string().nullable(),
        answeredAt: z.string().nullable(),
        answers: z
          .array(z.object({ key: z.string(), answer: z.enum(safetyCheckAnswers) }))
          .nullable(),
        note: z.string().nullable(),
        /** The latest answer asks for a private conversation that has not been recorded since. */
        needsPrivateConversation: z.boolean(),
        privateConversationAt: z.string().nullable(),
      }),
      /** The member's latest score on each measure they answered. */
      measures: z.array(
        z.object({
          instrumentId: z.string(),
          shortTitle: z.string(),
          total: z.number(),
          band: z.string().nullable(),
          at: z.string(),
        }),
      ),
    }),
  ),
  /** Homework set for every member at once, with how each member's went. */
  homework: z.array(
    z.object({
      id: z.string(),
      tool: z.object({
        kind: z.enum(homeworkToolKinds),
        key: z.string().nullable(),
        name: z.string(),
      }),
      dueOn: z.string(),
      note: z.string().nullable(),
      assignedAt: z.string(),
      members: z.array(
        z.object({
          clientId: z.string(),
          homeworkId: z.string(),
          status: z.enum(['waiting', 'done', 'not-done', 'cancelled']),
          helpfulness: z.number().nullable(),
          /** The entry the member linked, when they shared it; null when none or kept private. */
          entry: z.object({ kind: z.string(), id: z.string() }).nullable(),
        }),
      ),
    }),
  ),
});
export type GroupView = z.infer<typeof groupViewSchema>;

/** What a member sees of their groups: only their own part, nothing about the others. */
export const myGroupsSchema = z.object({
  groups: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(groupKinds),
      ownGoal: z
        .object({ text: z.string(), at: z.string(), sharedWithGroup: z.boolean() })
        .nullable(),
      safetyCheck: z.object({ asked: z.boolean(), answeredAt: z.string().nullable() }),
      /** The goals other members chose to let this member see; no one else is named here. */
      sharedWithMe: z.array(
        z.object({ displayName: z.string(), text: z.string(), at: z.string() }),
      ),
    }),
  ),
  safetyQuestions: z.array(z.object({ key: z.string(), text: z.string() })),
});
export type MyGroups = z.infer<typeof myGroupsSchema>;

export const safetyCheckAnswerSchema = z.object({
  /** Show crisis resources and say the therapist will talk with them alone. */
  needsPrivateConversation: z.boolean(),
  answeredAt: z.string(),
});
