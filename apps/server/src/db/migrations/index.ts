import type { Migration } from 'kysely';
import { foundation } from './0001-foundation.ts';
import { accounts } from './0002-accounts.ts';
import { trust } from './0003-trust.ts';
import { jobs } from './0004-jobs.ts';
import { measures } from './0005-measures.ts';
import { practiceInstruments } from './0006-practice-instruments.ts';
import { staffNotices } from './0007-staff-notices.ts';
import { clientEntries } from './0008-client-entries.ts';
import { worksheetsAndSkills } from './0009-worksheets-and-skills.ts';
import { exposure } from './0010-exposure.ts';
import { goalsAndValues } from './0011-goals-and-values.ts';
import { homeworkAndActivation } from './0012-homework-and-activation.ts';
import { closedLoop } from './0013-closed-loop.ts';
import { couplesAndFamilies } from './0014-couples-and-families.ts';

/**
 * Every migration this build knows, by name; names sort in the order they run.
 * Add a file `NNNN-name.ts` and list it here (see ./README.md).
 */
export const migrations: Record<string, Migration> = {
  '0001-foundation': foundation,
  '0002-accounts': accounts,
  '0003-trust': trust,
  '0004-jobs': jobs,
  '0005-measures': measures,
  '0006-practice-instruments': practiceInstruments,
  '0007-staff-notices': staffNotices,
  '0008-client-entries': clientEntries,
  '0009-worksheets-and-skills': worksheetsAndSkills,
  '0010-exposure': exposure,
  '0011-goals-and-values': goalsAndValues,
  '0012-homework-and-activation': homeworkAndActivation,
  '0013-closed-loop': closedLoop,
  '0014-couples-and-families': couplesAndFamilies,
};
