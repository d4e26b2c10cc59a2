import { describe, expect, it } from 'vitest';
import { goalHomeworkSummary, homeworkOfGoal } from './goal-homework.ts';

const hw = (goalId: string | null, status: string) => ({ goalId, status });

describe('homework of a goal', () => {
  it('counts what was set for this goal only, cancelled left out', () => {
    const list = [
      hw('g', 'done'),
      hw('g', 'waiting'),
      hw('g', 'cancelled'),
      hw('h', 'done'),
      hw(null, 'done'),
    ];
    expect(homeworkOfGoal(list, 'g')).toHaveLength(2);
    expect(goalHomeworkSummary(list, 'g')).toBe('2 set, 1 done');
    expect(goalHomeworkSummary(list, 'h')).toBe('1 set, 1 done');
    expect(goalHomeworkSummary([hw('g', 'waiting')], 'g')).toBe('1 set, not done yet');
    expect(goalHomeworkSummary(list, 'none')).toBe('None yet');
  });
});
