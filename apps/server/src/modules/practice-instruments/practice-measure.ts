import type { Kysely } from 'kysely';
import { AppError } from '@tandem/core';
import { getInstrument, type InstrumentDefinition, type ResponseScorer } from '@tandem/instruments';
import type { DB } from '../../db/schema.ts';
import { whyNotAssignable } from '../measures/instrument-availability.ts';
import { acceptedLicences, practiceMeasureSettings } from '../measures/instruments.repo.ts';
import { practiceInstrumentIdOf } from './practice-instrument-key.ts';
import { cachedScorer } from './practice-instrument-scorer.ts';
import {
  practiceInstrumentMeta,
  practiceInstrumentTitles,
  practiceQuestionnaireJson,
} from './practice-instruments.repo.ts';

/** One version of a practice's imported Questionnaire, ready to show and score. */
export interface PracticeMeasure {
  id: string;
  /** `practice:<id>`, what assignments, occasions and responses name it by. */
  key: string;
  url: string;
  version: string;
  title: string;
  retired: boolean;
  questionnaire: unknown;
  scorer: ResponseScorer;
  /** The built-in instrument it is scored as (recognised by LOINC codes), else null. */
  recognised: InstrumentDefinition | null;
}

/** The practice measure a key names, or null when the key names none of this practice's. */
export async function practiceMeasure(
  db: Kysely<DB>,
  practiceId: string,
  key: string,
): Promise<PracticeMeasure | null> {
  const id = practiceInstrumentIdOf(key);
  if (id === null) return null;
  const row = await practiceInstrumentMeta(db, practiceId, id);
  if (!row) return null;
  const scorer = await cachedScorer(practiceId, id, () =>
    practiceQuestionnaireJson(db, practiceId, id),
  );
  const { target } = scorer;
  return {
    id,
    key,
    url: row.url,
    version: row.version,
    title: row.title,
    retired: row.retiredAt !== null,
    // The JSON as stored, kept by the scorer (so a cached scorer spares reading it again).
    questionnaire: scorer.index.resource,
    scorer,
    recognised: target.kind === 'recognised' ? target.definition : null,
  };
}

/**
 * A practice instrument may be assigned when it exists and is not retired;
 * one recognised as a built-in instrument follows that instrument's rules
 * (its licence, and an alert fallback contact when it asks about risk).
 */
export async function checkPracticeMeasureAssignable(
  db: Kysely<DB>,
  practiceId: string,
  key: string,
  path: string,
): Promise<void> {
  const measure = await practiceMeasure(db, practiceId, key);
  if (!measure) {
    throw new AppError('VALIDATION_FAILED', { path, message: 'This measure does not exist.' });
  }
  if (measure.retired) throw new AppError('INSTRUMENT_RETIRED', { path });
  if (measure.recognised === null) return;
  const [accepted, settings] = await Promise.all([
    acceptedLicences(db, practiceId),
    practiceMeasureSettings(db, practiceId),
  ]);
  const why = whyNotAssignable(
    measure.recognised,
    accepted.has(measure.recognised.id),
    settings.alertFallbackStaffId !== null,
  );
  if (why === 'licence') throw new AppError('INSTRUMENT_LICENCE_REQUIRED', { path });
  if (why === 'fallback-contact') throw new AppError('ALERT_FALLBACK_REQUIRED', { path });
}

export interface MeasureName {
  title: string;
  shortTitle: string;
}

/** Names of measures by key, built-in or the practice's own, for read paths that list them. */
export async function measureNames(
  db: Kysely<DB>,
  practiceId: string,
  keys: Iterable<string>,
): Promise<Map<string, MeasureName>> {
  const names = new Map<string, MeasureName>();
  const practiceIds = new Map<string, string>();
  for (const key of keys) {
    const definition = getInstrument(key);
    if (definition) names.set(key, { title: definition.title, shortTitle: definition.shortTitle });
    const id = practiceInstrumentIdOf(key);
    if (id !== null) practiceIds.set(id, key);
  }
  const rows = await practiceInstrumentTitles(db, practiceId, [...practiceIds.keys()]);
  for (const [id, key] of practiceIds) {
    const row = rows.get(id);
    if (row) {
      const title = `${row.title} (v${row.version})`;
      names.set(key, { title, shortTitle: title });
    }
  }
  return names;
}

/** Questions a client answers (groups and display texts are not questions). */
export function questionCount(measure: PracticeMeasure): number {
  let count = 0;
  for (const item of measure.scorer.index.items.values()) {
    if (item.type !== 'group' && item.type !== 'display' && !item.hidden) count += 1;
  }
  return count;
}
