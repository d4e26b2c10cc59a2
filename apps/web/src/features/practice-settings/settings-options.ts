import type { SelectOption } from '../../shared/ui/SelectField.tsx';

/** Every IANA time zone the browser knows, with the current one kept even if it does not. */
export function timeZoneOptions(current: string): SelectOption<string>[] {
  const zones =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const all = zones.includes(current) || current === '' ? zones : [current, ...zones];
  return all.map((zone) => ({ value: zone, label: zone.replace(/_/g, ' ') }));
}

const presets = [15, 30, 60, 120, 240, 480, 1440, 2880, 10080];

/** "15 minutes", "2 hours", "1 day", "7 days". */
export function minutesText(minutes: number): string {
  if (minutes % 1440 === 0) return minutes === 1440 ? '1 day' : `${minutes / 1440} days`;
  if (minutes % 60 === 0) return minutes === 60 ? '1 hour' : `${minutes / 60} hours`;
  return `${minutes} minutes`;
}

/** The escalation intervals to choose from, the saved one included. */
export function escalationOptions(current: number): SelectOption<string>[] {
  const values = presets.includes(current) ? presets : [...presets, current].sort((a, b) => a - b);
  return values.map((minutes) => ({ value: String(minutes), label: minutesText(minutes) }));
}

/** The country's name in the reader's language ("GB" → "United Kingdom"), or null. */
export function countryName(code: string): string | null {
  if (!/^[A-Za-z]{2}$/.test(code)) return null;
  try {
    const name = new Intl.DisplayNames(undefined, { type: 'region' }).of(code.toUpperCase());
    return name && name !== code.toUpperCase() ? name : null;
  } catch {
    return null;
  }
}
