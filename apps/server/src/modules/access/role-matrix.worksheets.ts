import { randomUUID } from 'node:crypto';
import type { TestContext } from '../../testing/test-app.ts';
import { TestAgent } from '../../testing/test-agent.ts';
import type { TestUser } from '../../testing/builders.ts';

// Client A's thought records and skill practices for the role matrix
// (role-matrix.worksheet-cases.ts), and the valid requests the worksheet tests share.

/** Client A's worksheets and skill practices, one of each shared and one kept private. */
export interface WorksheetWorld {
  sharedWorksheetId: string;
  privateWorksheetId: string;
  sharedPracticeId: string;
  privatePracticeId: string;
}

/** A complete thought record. */
export function thoughtRecordAnswers(): Record<string, unknown> {
  return {
    situation: 'A friend did not answer my message.',
    'emotion-1': 'Anxious',
    'emotion-1-before': 80,
    'emotion-2': 'Sad',
    'emotion-2-before': 60,
    thought: 'They are fed up with me.',
    traps: [3, 8],
    'evidence-for': 'They usually answer quickly.',
    'evidence-against': 'They said they had a busy week.',
    'balanced-thought': 'They are probably busy; I can ask tomorrow.',
    'emotion-1-after': 40,
    'emotion-2-after': 45,
  };
}

export const newThoughtRecord = (visibility: 'private' | 'shared' = 'private') => ({
  id: randomUUID(),
  worksheet: 'thought-record',
  answers: thoughtRecordAnswers(),
  visibility,
});

export const newSkillPractice = (visibility: 'private' | 'shared' = 'private') => ({
  id: randomUUID(),
  skill: 'paced-breathing',
  practicedAt: new Date().toISOString(),
  sudsBefore: 70,
  sudsAfter: 40,
  note: 'Helped a bit.',
  visibility,
});

export async function buildWorksheetWorld(
  ctx: TestContext,
  clientA: TestUser,
): Promise<WorksheetWorld> {
  const client = await new TestAgent(ctx.app).actAs(ctx.deps, clientA);
  const ids: string[] = [];
  for (const visibility of ['shared', 'private'] as const) {
    const worksheet = await client.post('/api/me/worksheets', newThoughtRecord(visibility));
    if (worksheet.statusCode !== 201) throw new Error(`world: worksheet ${worksheet.statusCode}`);
    ids.push(worksheet.json<{ entry: { id: string } }>().entry.id);
  }
  for (const visibility of ['shared', 'private'] as const) {
    const practice = await client.post('/api/me/skill-practices', newSkillPractice(visibility));
    if (practice.statusCode !== 201) throw new Error(`world: practice ${practice.statusCode}`);
    ids.push(practice.json<{ practice: { id: string } }>().practice.id);
  }
  const [sharedWorksheetId, privateWorksheetId, sharedPracticeId, privatePracticeId] = ids as [
    string,
    string,
    string,
    string,
  ];
  return { sharedWorksheetId, privateWorksheetId, sharedPracticeId, privatePracticeId };
}
