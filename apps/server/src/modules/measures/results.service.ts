import { AppError, isUuid } from '@tandem/core';
import { getInstrument, type BandRef } from '@tandem/instruments';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import { maySeeResults } from '../access/policy.ts';
import { requireClientAccess } from '../access/require-access.ts';
import { appendAuditEvent } from '../audit/audit.repo.ts';
import { auditedBy } from '../audit/audited-by.ts';
import { assignmentsOfClient } from './assignments.repo.ts';
import { clientTimeZone } from './client-time-zone.repo.ts';
import {
  measureSeries,
  talkingTherapies,
  type MeasureSeries,
  type TalkingTherapiesView,
} from './measure-series.ts';
import { onTrackOfClient } from './measure-status.repo.ts';
import { answersOf } from './questionnaire-response.ts';
import { responseOfClient, responsesOfClient, responsesWithAnswers } from './responses.repo.ts';
import { bandOf, resultMeaning } from './result-meaning.ts';
import { practiceMeasure } from '../practice-instruments/practice-measure.ts';
import { practiceSeries } from '../practice-instruments/practice-series.ts';
import { practiceResponseItems } from '../practice-instruments/practice-response-items.ts';

type ServiceDeps = Pick<Deps, 'db' | 'clock'>;

function groupByInstrument<T extends { instrumentId: string }>(
  rows: readonly T[],
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.instrumentId) ?? [];
    group.push(row);
    groups.set(row.instrumentId, group);
  }
  return groups;
}

/** The client page's measures (staff on the care team, their supervisors): charts, change, items. */
export async function clientMeasures(
  deps: ServiceDeps,
  actor: Actor,
  clientId: string,
): Promise<{
  timeZone: string;
  measures: MeasureSeries[];
  talkingTherapies: TalkingTherapiesView | null;
}> {
  const scope = await requireClientAccess(deps, actor, 'client.measures.read', clientId);
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const responses = await responsesWithAnswers(trx, scope);
    const timeZone = await clientTimeZone(trx, scope.practiceId, scope.clientId);
    const onTrack = await onTrackOfClient(trx, scope);
    const measures: MeasureSeries[] = [];
    for (const [instrumentId, group] of groupByInstrument(responses)) {
      const definition = getInstrument(instrumentId);
      if (definition) {
        measures.push({
          ...measureSeries(definition, group),
          notOnTrack: onTrack.get(instrumentId) ?? null,
        });
        continue;
      }
      // A practice instrument: every version keeps its own series, scored as it was answered.
      const own = await practiceMeasure(trx, scope.practiceId, instrumentId);
      if (own) measures.push(practiceSeries(own, group));
    }
    await appendAuditEvent(
      trx,
      {
        ...auditedBy(actor),
        action: 'measure.results.read',
        resourceType: 'measure-results',
        clientId: scope.clientId,
        outcome: 'allowed',
        detail: { responses: responses.length },
      },
      now,
    );
    return { timeZone, measures, talkingTherapies: talkingTherapies(measures) };
  });
}

export interface ResponseDetail {
  id: string;
  instrumentId: string;
  title: string;
  at: Date;
  total: number | null;
  band: BandRef | null;
  items: {
    id: string;
    text: string;
    value: number | null;
    label: string | null;
    critical: boolean;
  }[];
}

/** One response item by item, with the option labels the client chose. */
export async function responseDetail(
  deps: ServiceDeps,
  actor: Actor,
  clientId: string,
  responseId: string,
): Promise<ResponseDetail> {
  const scope = await requireClientAccess(deps, actor, 'client.measures.read', clientId);
  if (!isUuid(responseId)) throw new AppError('NOT_FOUND');
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const stored = await responseOfClient(trx, scope, responseId);
    const definition = stored ? getInstrument(stored.instrumentId) : undefined;
    const own =
      stored && !definition
        ? await practiceMeasure(trx, scope.practiceId, stored.instrumentId)
        : null;
    if (!stored || (!definition && !own)) throw new AppError('NOT_FOUND');
    if (
      !maySeeResults(
        actor,
        (await assignmentsOfClient(trx, scope)).some(
          (a) => a.instrumentId === stored.instrumentId && a.resultsHidden,
        ),
      )
    ) {
      throw new AppError('NOT_FOUND');
    }
    await appendAuditEvent(
      trx,
      {
        ...auditedBy(actor),
        action: 'measure.response.read',
        resourceType: 'measure-response',
        resourceId: stored.id,
        clientId: scope.clientId,
        outcome: 'allowed',
      },
      now,
    );
    if (!definition && own) {
      return {
        id: stored.id,
        instrumentId: stored.instrumentId,
        title: `${own.title} (v${own.version})`,
        at: stored.submittedAt,
        total: stored.total,
        band: own.recognised ? bandOf(own.recognised, stored.band) : null,
        items: practiceResponseItems(own, stored.response, stored.critical),
      };
    }
    if (!definition) throw new AppError('NOT_FOUND');
    const answers = answersOf(stored.response);
    return {
      id: stored.id,
      instrumentId: stored.instrumentId,
      title: definition.title,
      at: stored.submittedAt,
      total: stored.total,
      band: bandOf(definition, stored.band),
      items: definition.items.map((item) => {
        const value = answers[item.id] ?? null;
        return {
          id: item.id,
          text: item.text,
          value,
          label: item.options.find((option) => option.value === value)?.label ?? null,
          critical: stored.critical.includes(item.id),
        };
      }),
    };
  });
}

export interface OwnMeasure {
  instrumentId: string;
  title: string;
  shortTitle: string;
  min: number;
  max: number;
  betterDirection: 'lower' | 'higher';
  bands: { id: string; label: string; min: number; max: number }[];
  points: { at: Date; total: number | null; band: BandRef | null }[];
  meaning: string | null;
}

/** A client's own scores over time, leaving out measures whose results the therapist hid. */
export async function myMeasures(deps: ServiceDeps, actor: Actor): Promise<OwnMeasure[]> {
  const scope = await requireClientAccess(deps, actor, 'client.measures.read', actor.userId);
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const hidden = new Set(
      (await assignmentsOfClient(trx, scope))
        .filter((assignment) => !maySeeResults(actor, assignment.resultsHidden))
        .map((assignment) => assignment.instrumentId),
    );
    const responses = (await responsesOfClient(trx, scope)).filter(
      (r) => !hidden.has(r.instrumentId),
    );
    await appendAuditEvent(
      trx,
      {
        ...auditedBy(actor),
        action: 'measure.own-results.read',
        resourceType: 'measure-results',
        clientId: scope.clientId,
        outcome: 'allowed',
      },
      now,
    );
    const measures: OwnMeasure[] = [];
    for (const [instrumentId, group] of groupByInstrument(responses)) {
      const definition = getInstrument(instrumentId);
      if (!definition) {
        const own = await practiceMeasure(trx, scope.practiceId, instrumentId);
        if (!own) continue;
        const series = practiceSeries(own, group);
        measures.push({
          instrumentId,
          title: series.title,
          shortTitle: series.shortTitle,
          min: series.min,
          max: series.max,
          betterDirection: series.betterDirection,
          bands: series.bands,
          points: series.points.map((p) => ({ at: p.at, total: p.total, band: p.band })),
          meaning: null,
        });
        continue;
      }
      const latest = [...group].reverse().find((response) => response.total !== null);
      measures.push({
        instrumentId,
        title: definition.title,
        shortTitle: definition.shortTitle,
        min: definition.total.min,
        max: definition.total.max,
        betterDirection: definition.betterDirection,
        bands: definition.total.bands.map((band) => ({ ...band })),
        points: group.map((response) => ({
          at: response.submittedAt,
          total: response.total,
          band: bandOf(definition, response.band),
        })),
        meaning: latest ? resultMeaning(definition, latest) : null,
      });
    }
    return measures;
  });
}
