import type { Kysely } from 'kysely';
import type { StaffRole } from '@tandem/core';
import type { DB } from '../../db/schema.ts';
import type { PracticeScope } from '../access/require-access.ts';

export interface PracticeSettings {
  timeZone: string;
  country: string;
  alertFallbackStaffId: string | null;
  escalationMinutes: number;
}

export interface FallbackCandidate {
  id: string;
  displayName: string;
  role: Extract<StaffRole, 'therapist' | 'supervisor'>;
}

type SettingsScope = PracticeScope<'practice.settings'>;

export async function readPracticeSettings(
  db: Kysely<DB>,
  scope: SettingsScope,
): Promise<PracticeSettings> {
  const row = await db
    .selectFrom('practices')
    .select(['time_zone', 'country', 'alert_fallback_staff_id', 'escalation_minutes'])
    .where('id', '=', scope.practiceId)
    .executeTakeFirstOrThrow();
  return {
    timeZone: row.time_zone,
    country: row.country,
    alertFallbackStaffId: row.alert_fallback_staff_id,
    escalationMinutes: row.escalation_minutes,
  };
}

export async function writePracticeSettings(
  db: Kysely<DB>,
  scope: SettingsScope,
  settings: PracticeSettings,
): Promise<void> {
  await db
    .updateTable('practices')
    .set({
      time_zone: settings.timeZone,
      country: settings.country,
      alert_fallback_staff_id: settings.alertFallbackStaffId,
      escalation_minutes: settings.escalationMinutes,
    })
    .where('id', '=', scope.practiceId)
    .execute();
}

/** Who may be the alert fallback contact: active therapists and supervisors, by name. */
export async function fallbackCandidates(
  db: Kysely<DB>,
  scope: SettingsScope,
): Promise<FallbackCandidate[]> {
  const rows = await db
    .selectFrom('users')
    .select(['id', 'display_name', 'role'])
    .where('practice_id', '=', scope.practiceId)
    .where('status', '=', 'active')
    .where('role', 'in', ['therapist', 'supervisor'])
    .orderBy('display_name')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    displayName: r.display_name,
    role: r.role === 'supervisor' ? 'supervisor' : 'therapist',
  }));
}

/**
 * Are measures with a risk question being sent now? Then the fallback contact
 * cannot be taken away. A yes or no: the admin learns nothing about whom.
 */
export async function riskBearingAssignmentsActive(
  db: Kysely<DB>,
  scope: SettingsScope,
  riskBearingInstrumentIds: readonly string[],
): Promise<boolean> {
  if (riskBearingInstrumentIds.length === 0) return false;
  const row = await db
    .selectFrom('measure_assignments')
    .select('id')
    .where('practice_id', '=', scope.practiceId)
    .where('status', '<>', 'stopped')
    .where('instrument_id', 'in', riskBearingInstrumentIds)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
