import { describe, expect, it } from 'vitest';
import {
  countryName,
  escalationOptions,
  minutesText,
  timeZoneOptions,
} from './settings-options.ts';

describe('practice settings options', () => {
  it('words escalation intervals', () => {
    expect(minutesText(15)).toBe('15 minutes');
    expect(minutesText(60)).toBe('1 hour');
    expect(minutesText(240)).toBe('4 hours');
    expect(minutesText(1440)).toBe('1 day');
    expect(minutesText(10080)).toBe('7 days');
    expect(minutesText(90)).toBe('90 minutes');
  });

  it('keeps a saved interval that is not a preset', () => {
    expect(escalationOptions(60).map((o) => o.value)).toContain('60');
    expect(escalationOptions(90).map((o) => o.value)).toEqual([
      '15',
      '30',
      '60',
      '90',
      '120',
      '240',
      '480',
      '1440',
      '2880',
      '10080',
    ]);
  });

  it('lists time zones, keeping the saved one', () => {
    expect(timeZoneOptions('Europe/London').map((o) => o.value)).toContain('Europe/London');
    expect(timeZoneOptions('Mars/Olympus')[0]).toEqual({
      value: 'Mars/Olympus',
      label: 'Mars/Olympus',
    });
  });

  it('names a country from its code', () => {
    expect(countryName('gb')).toMatch(/United Kingdom|UK/);
    expect(countryName('G')).toBeNull();
  });
});
