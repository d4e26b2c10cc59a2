import { describe, expect, it } from 'vitest';
import {
  addDays,
  dueInWords,
  helpfulnessLabel,
  helpfulnessScale,
  statusInWords,
  toolLink,
} from './homework-wording.ts';

describe('homework wording', () => {
  it('says when it is for, from the client’s today, without blame', () => {
    expect(dueInWords('2026-06-12', '2026-06-12')).toBe('For today');
    expect(dueInWords('2026-06-13', '2026-06-12')).toBe('For tomorrow');
    expect(dueInWords('2026-06-20', '2026-06-12')).toMatch(/^For .*20/);
    expect(dueInWords('2026-06-10', '2026-06-12')).toMatch(/You can still do it/);
  });

  it('adds days across months', () => {
    expect(addDays('2026-01-28', 7)).toBe('2026-02-04');
  });

  it('has words for every point of the scale', () => {
    expect(helpfulnessScale.map((p) => p.value)).toEqual(['1', '2', '3', '4', '5']);
    expect(helpfulnessLabel(5)).toBe('Very helpful');
    expect(helpfulnessLabel(null)).toBe('');
  });

  it('opens the tool', () => {
    expect(toolLink('check-in', null)).toBe('/client/check-in');
    expect(toolLink('skill', 'paced-breathing')).toBe('/client/skills/paced-breathing');
    expect(toolLink('worksheet', 'thought-record')).toBe('/client/thought-record');
    expect(toolLink('worksheet', 'boundaries')).toBe('/client/worksheets/boundaries');
    expect(toolLink('other', null)).toBeNull();
    expect(toolLink('activities', null)).toBe('/client/activities');
    expect(toolLink('exposure-practice', null)).toBe('/client/exposure');
    expect(toolLink('goal-rating', null)).toBe('/client/goals');
    expect(toolLink('measure', 'gad-7')).toBeNull();
    expect(toolLink('measure', 'gad-7', 'occasion-1')).toBe('/client/measures/occasion-1');
  });

  it('names each state for the care team', () => {
    expect(statusInWords({ status: 'done', overdue: false, helpfulness: 4 })).toBe(
      'Done: quite helpful (4 of 5)',
    );
    expect(statusInWords({ status: 'waiting', overdue: true, helpfulness: null })).toBe(
      'Waiting, past its date',
    );
    expect(statusInWords({ status: 'not-done', overdue: false, helpfulness: null })).toBe(
      'Not done this time',
    );
  });
});
