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
});
