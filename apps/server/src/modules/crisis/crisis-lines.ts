import { readFileSync } from 'node:fs';

/**
 * Crisis lines by country, from shared/clinical/crisis-lines.json (each entry
 * cites its sources there). Shown to clients on every page; it is data, not a
 * promise that anyone at the practice is watching.
 */
interface CrisisLineEntry {
  iso_code: string;
  country: string;
  emergency: string;
  lines: {
    name: string;
    phone: string | null;
    sms: string | null;
    chat: string | null;
    hours: string | null;
  }[];
  verified: boolean;
}

export interface CrisisResources {
  country: string;
  countryName: string;
  emergency: string;
  verified: boolean;
  resources: {
    name: string;
    phone: string | null;
    text: string | null;
    url: string | null;
    description: string;
  }[];
}

const entries = JSON.parse(
  readFileSync(new URL('./crisis-lines.json', import.meta.url), 'utf8'),
) as CrisisLineEntry[];

export function crisisResourcesFor(country: string): CrisisResources {
  const entry =
    entries.find((e) => e.iso_code === country) ?? entries.find((e) => e.iso_code === 'US');
  if (!entry) throw new Error('crisis-lines.json has no US entry');
  return {
    country: entry.iso_code,
    countryName: entry.country,
    emergency: entry.emergency,
    verified: entry.verified,
    resources: entry.lines.map((line) => ({
      name: line.name,
      phone: line.phone,
      text: line.sms,
      url: line.chat,
      description: line.hours ? `Open ${line.hours}` : '',
    })),
  };
}

export const knownCountries: readonly string[] = entries.map((e) => e.iso_code);
