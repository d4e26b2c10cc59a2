import { z } from 'zod';
import { multiLineText, uuidSchema } from '@tandem/core';
import { visibilitySchema } from '../check-ins/check-ins.schemas.ts';
import { skillKeys } from './skill-catalogue.ts';

export const SKILL_NOTE_MAX = 1000;

const suds = z.number().int().min(0).max(100);

export const newSkillPracticeSchema = z.strictObject({
  id: uuidSchema,
  skill: z.enum(skillKeys),
  practicedAt: z.iso.datetime({
    offset: true,
    message: 'Must be a date and time, e.g. 2026-03-01T08:30:00+01:00.',
  }),
  sudsBefore: suds,
  sudsAfter: suds,
  note: multiLineText().pipe(z.string().max(SKILL_NOTE_MAX)).nullable(),
  visibility: visibilitySchema,
});

export type NewSkillPractice = z.infer<typeof newSkillPracticeSchema>;

export const skillPracticeSchema = z.object({
  id: z.string(),
  skill: z.enum(skillKeys),
  skillName: z.string(),
  practicedAt: z.string(),
  recordedAt: z.string(),
  sudsBefore: z.number(),
  sudsAfter: z.number(),
  note: z.string().nullable(),
  visibility: visibilitySchema,
});

export const skillsSummarySchema = z.object({
  /** Most helpful first: the largest mean drop in distress. */
  skills: z.array(
    z.object({
      skill: z.enum(skillKeys),
      skillName: z.string(),
      practices: z.number(),
      /** Mean of (before − after), one decimal; positive is a drop in distress. */
      meanSudsDrop: z.number(),
    }),
  ),
  practices: z.number(),
});
