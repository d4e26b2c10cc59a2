import { z } from 'zod';
import { roles } from '@tandem/core';

export const userViewSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  role: z.enum(roles),
  practiceId: z.string(),
  practiceName: z.string(),
  consentRequired: z.boolean(),
  demo: z.boolean(),
  /** Every practice the person may sign in to, this one included (a switcher shows when there are several). */
  practices: z.array(z.object({ id: z.string(), name: z.string(), role: z.enum(roles) })),
});
