import { describe, expect, it } from 'vitest';
import { actionsFor, reminderText, scheduleText } from './assignment-wording.ts';

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
