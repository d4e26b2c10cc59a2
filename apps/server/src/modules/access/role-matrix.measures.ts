import { randomUUID } from 'node:crypto';
import type { TestPractice } from '../../testing/builders.ts';
import type { TestContext } from '../../testing/test-app.ts';
import { TestAgent } from '../../testing/test-agent.ts';

/** Measures of client A the matrix's measure routes act on. */
export interface MeasuresWorld {
  /** A GAD-7 assignment (daily), answered once: its version moves as the matrix changes it. */
  assignmentId: string;
  assignmentVersion: number;
  responseId: string;
  /** A PHQ-2 occasion left open, for saving a draft. */
  openOccasionId: string;
}

export const gad7Answers = (value: number) =>
  Object.fromEntries(Array.from({ length: 7 }, (_, i) => [String(i + 1), value]));

export async function buildMeasuresWorld(
  ctx: TestContext,
  home: TestPractice,
): Promise<MeasuresWorld> {
  const [therapistUser, clientUser] = [home.therapists[0]!, home.clients[0]!];
  const therapist = await new TestAgent(ctx.app).actAs(ctx.deps, therapistUser);
  const client = await new TestAgent(ctx.app).actAs(ctx.deps, clientUser);
  const startsOn = ctx.deps.clock().toISOString().slice(0, 10);
  const assignmentId = randomUUID();
  for (const [id, instrumentId] of [
    [assignmentId, 'gad-7'],
    [randomUUID(), 'phq-2'],
  ] as const) {
    const made = await therapist.post(`/api/clients/${clientUser.id}/assignments`, {
      id,
      instrumentId,
      schedule: { kind: 'every-n-days', days: 1 },
      startsOn,
    });
    if (made.statusCode !== 201) throw new Error(`world: assign answered ${made.statusCode}`);
  }
  const todo = (await client.get('/api/me/measures/todo')).json<{
    todo: { occasionId: string; instrumentId: string }[];
  }>().todo;
  const gad7 = todo.find((item) => item.instrumentId === 'gad-7');
  const phq2 = todo.find((item) => item.instrumentId === 'phq-2');
  if (!gad7 || !phq2) throw new Error('world: the measures are not due');
  const submitted = await client.post('/api/me/measures/responses', {
    id: randomUUID(),
    occasionId: gad7.occasionId,
    instrumentId: 'gad-7',
    answers: gad7Answers(1),
  });
  if (submitted.statusCode !== 201)
    throw new Error(`world: submit answered ${submitted.statusCode}`);
  return {
    assignmentId,
    assignmentVersion: 1,
    responseId: submitted.json<{ response: { id: string } }>().response.id,
    openOccasionId: phq2.occasionId,
  };
}
