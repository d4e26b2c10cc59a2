import { describe, expect, it } from 'vitest';
import {
  actionsFor,
  occasionLine,
  occasionText,
  reminderText,
  scheduleText,
  shortDate,
} from './assignment-wording.ts';

describe('assignment wording', () => {
  it('describes each kind of schedule', () => {
    expect(scheduleText({ kind: 'once' })).toBe('Once');
    expect(scheduleText({ kind: 'every-n-days', days: 1 })).toBe('Every day');
    expect(scheduleText({ kind: 'every-n-days', days: 14 })).toBe('Every 14 days');
    expect(scheduleText({ kind: 'weekly', weekday: 3 })).toBe('Every week on Wednesday');
  });

  it('offers pause or resume, and stop, until an assignment is stopped', () => {
    expect(actionsFor('active')).toEqual(['pause', 'stop']);
    expect(actionsFor('paused')).toEqual(['resume', 'stop']);
    expect(actionsFor('stopped')).toEqual([]);
  });

  it('says how the last reminder went', () => {
    const at = '2026-01-01T09:00:00Z';
    expect(reminderText({ reminders: false, lastReminder: null })).toBe('Reminders off');
    expect(reminderText({ reminders: true, lastReminder: null })).toBe('No reminder sent yet');
    expect(reminderText({ reminders: true, lastReminder: { state: 'failed', at } })).toBe(
      'Reminder could not be delivered',
    );
    expect(reminderText({ reminders: true, lastReminder: { state: 'opened', at } })).toBe(
      'Reminder opened',
    );
  });
});

describe('recent occasions in words', () => {
  it('says what became of each occasion, by its own date in any time zone', () => {
    const day = shortDate('2026-11-03');
    expect(day).toMatch(/3/);
    expect(day).toMatch(/Nov/);
    expect(occasionText({ dueOn: '2026-11-03', state: 'left-half-done' })).toBe(
      `Left half done on ${day}`,
    );
    expect(occasionText({ dueOn: '2026-11-03', state: 'missed' })).toBe(`Missed ${day}`);
    expect(occasionText({ dueOn: '2026-11-03', state: 'done' })).toBe(`Answered, due ${day}`);
    expect(occasionText({ dueOn: '2026-11-03', state: 'open' })).toBe(`Open now, due ${day}`);
  });

  it('adds what became of the reminder', () => {
    const at = '2026-11-03T09:00:00Z';
    const missed = { dueOn: '2026-11-03', state: 'missed' as const };
    expect(occasionLine({ ...missed, reminder: { state: 'sent', at } })).toMatch(
      /^Missed .*; reminder e-mail sent$/,
    );
    expect(occasionLine({ ...missed, reminder: { state: 'failed', at } })).toMatch(
      /could not be delivered$/,
    );
    expect(occasionLine({ ...missed, reminder: { state: 'opened', at } })).toMatch(
      /opened in the app$/,
    );
    expect(occasionLine({ ...missed, reminder: null })).toBe(occasionText(missed));
  });
});
