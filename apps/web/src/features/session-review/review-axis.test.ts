import { describe, expect, it } from 'vitest';
import { axisDays, daysBetween, reviewEvents, scoreMax, type AxisReview } from './review-axis.ts';

const review: AxisReview = {
  since: '2026-03-01',
  today: '2026-03-08',
  goals: [
    {
      id: 'g',
      title: 'Walk to the shop',
      ratings: [
        { date: '2026-02-20', level: -1 },
        { date: '2026-03-05', level: 1 },
      ],
    },
  ],
  homework: [
    {
      id: 'h1',
      goalId: 'g',
      name: 'Paced breathing',
      dueOn: '2026-03-07',
      status: 'done',
      helpfulness: 4,
      assignedOn: '2026-03-01',
      answeredOn: '2026-03-04',
    },
    {
      id: 'h2',
      goalId: null,
      name: 'Journal',
      dueOn: '2026-03-12',
      status: 'waiting',
      helpfulness: null,
      assignedOn: '2026-03-02',
      answeredOn: null,
    },
    {
      id: 'h3',
      goalId: null,
      name: 'Check-in',
      dueOn: '2026-03-03',
      status: 'cancelled',
      helpfulness: null,
      assignedOn: '2026-03-01',
      answeredOn: null,
    },
  ],
  measures: [{ instrumentId: 'phq-9', name: 'PHQ-9', scores: [{ date: '2026-03-05', total: 12 }] }],
};

describe('the review axis', () => {
  it('orders every event by date, pinning the starting rating to the first day', () => {
    const events = reviewEvents(review);
    expect(events.map((e) => `${e.date} ${e.lane}`)).toEqual([
      '2026-03-01 goal',
      '2026-03-04 homework',
      '2026-03-05 goal',
      '2026-03-05 measure',
      '2026-03-12 homework',
    ]);
  });

  it('spans at least a week and reaches homework due ahead; scores round up', () => {
    const events = reviewEvents(review);
    expect(daysBetween('2026-03-01', '2026-03-08')).toBe(7);
    expect(axisDays(review, events)).toBe(11);
    expect(scoreMax(events)).toBe(15);
    expect(scoreMax([])).toBe(10);
  });
});
