import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

/** Ids of the instruments whose licence the practice has accepted. */
export async function acceptedLicences(db: Kysely<DB>, practiceId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('instrument_licences')
    .select('instrument_id')
    .where('practice_id', '=', practiceId)
    .execute();
  return new Set(rows.map((row) => row.instrument_id));
}

export interface PracticeMeasureSettings {
  timeZone: string;
  alertFallbackStaffId: string | null;
  country: string;
  /** The practice's "not on track" parameters, or null for the documented default. */
  notOnTrackRule: unknown;
}

export async function practiceMeasureSettings(
  db: Kysely<DB>,
  practiceId: string,
): Promise<PracticeMeasureSettings> {
  const row = await db
    .selectFrom('practices')
    .select(['time_zone', 'alert_fallback_staff_id', 'country', 'not_on_track_rule'])
    .where('id', '=', practiceId)
    .executeTakeFirstOrThrow();
  return {
    timeZone: row.time_zone,
    alertFallbackStaffId: row.alert_fallback_staff_id,
    country: row.country,
    notOnTrackRule: row.not_on_track_rule ?? null,
  };
}
