import { AppError, notFound } from '@tandem/core';
import {
  CHANGE_METRIC_SOURCES,
  NOT_ON_TRACK_DEFAULT_CITATIONS,
  defaultNotOnTrackRule,
  getInstrument,
  listInstruments,
  validateNotOnTrackRule,
  type InstrumentDefinition,
  type NotOnTrackRule,
} from '@tandem/instruments';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import { requirePracticeAccess } from '../access/require-access.ts';
import { appendAuditEvent } from '../audit/audit.repo.ts';
import { auditedBy } from '../audit/audited-by.ts';
import { canonicalJson } from '../audit/canonical-json.ts';
import { enqueueStandingsRefresh } from '../measures/standings-refresh-job.ts';
import { describeNotOnTrackRule } from './describe-not-on-track-rule.ts';
import { storedNotOnTrackRules, writeNotOnTrackRules } from './not-on-track-rules.repo.ts';

type ServiceDeps = Pick<Deps, 'db' | 'clock'>;

export interface CitedDefault {
  parameter: string;
  evidence: 'primary' | 'secondary' | 'product choice';
  note: string;
  sources: { key: string; citation: string; url: string | null }[];
}

export interface NotOnTrackRuleView {
  instrumentId: string;
  title: string;
  shortTitle: string;
  scale: { min: number; max: number };
  /** The library's default and where each of its values comes from. */
  default: NotOnTrackRule;
  defaultSummary: string[];
  citations: CitedDefault[];
  /** The practice's own parameters, or null: the default is in force. */
  practiceRule: NotOnTrackRule | null;
  inForce: NotOnTrackRule;
  inForceSummary: string[];
}

/** Measures with a published default rule: the ones a practice can tune (PHQ-9, GAD-7). */
function supported(): InstrumentDefinition[] {
  return listInstruments().filter((d) => defaultNotOnTrackRule(d.id) !== null);
}

function citationsFor(rule: NotOnTrackRule): CitedDefault[] {
  return NOT_ON_TRACK_DEFAULT_CITATIONS.filter(
    // The cut points are cited only where the default has some (PHQ-9, not GAD-7).
    (c) => !c.parameter.startsWith('cutPoints') || rule.cutPoints.points.length > 0,
  ).map((c) => ({
    parameter: c.parameter,
    evidence: c.evidence,
    note: c.note,
    sources: c.sources.map((key) => {
      const found = CHANGE_METRIC_SOURCES.find((s) => s.key === key);
      return { key, citation: found?.citation ?? key, url: found?.url ?? null };
    }),
  }));
}

function viewOf(definition: InstrumentDefinition, stored: unknown): NotOnTrackRuleView {
  const fallback = defaultNotOnTrackRule(definition.id);
  if (!fallback) throw new Error(`${definition.id} has no default not-on-track rule`);
  const checked = stored === undefined ? null : validateNotOnTrackRule(definition, stored);
  // A stored rule that no longer validates (a library change) is not in force: on-track.ts agrees.
  const practiceRule = checked?.ok ? checked.value : null;
  const inForce = practiceRule ?? fallback;
  return {
    instrumentId: definition.id,
    title: definition.title,
    shortTitle: definition.shortTitle,
    scale: { min: definition.total.min, max: definition.total.max },
    default: fallback,
    defaultSummary: describeNotOnTrackRule(definition, fallback),
    citations: citationsFor(fallback),
    practiceRule,
    inForce,
    inForceSummary: describeNotOnTrackRule(definition, inForce),
  };
}

/**
 * The "not on track" rule in force for each measure that has one, with the
 * default, its sources and the practice's own parameters. Staff all read it
 * (a therapist sees how a flag was decided); no client data.
 */
export async function notOnTrackRules(
  deps: ServiceDeps,
  actor: Actor,
): Promise<NotOnTrackRuleView[]> {
  const scope = await requirePracticeAccess(deps, actor, 'practice.notOnTrack.read');
  const stored = await storedNotOnTrackRules(deps.db, scope);
  return supported().map((definition) => viewOf(definition, stored[definition.id]));
}

/**
 * The admin sets a measure's parameters, or with null goes back to the
 * default. Checked by the library's validator (every field, on the measure's
 * scale; the first problem is answered with its field path, `rule.caseness`).
 * Idempotent: the rule already in force changes nothing and starts no
 * recomputation. A change is audited with before and after, and the
 * standings of the practice's clients on that measure are recomputed in the
 * background (standings-refresh-job.ts says why not lazily).
 */
export async function setNotOnTrackRule(
  deps: ServiceDeps,
  actor: Actor,
  instrumentId: string,
  rule: unknown,
): Promise<{ view: NotOnTrackRuleView; changed: boolean }> {
  const scope = await requirePracticeAccess(deps, actor, 'practice.settings');
  const definition = getInstrument(instrumentId);
  if (!definition || defaultNotOnTrackRule(definition.id) === null) throw notFound();
  let next: NotOnTrackRule | null = null;
  if (rule !== null) {
    const checked = validateNotOnTrackRule(definition, rule, 'rule.');
    if (!checked.ok) {
      const [first] = checked.errors;
      throw new AppError('VALIDATION_FAILED', {
        path: first?.field ?? 'rule',
        message: first ? besideField(first) : 'The rule is not valid.',
      });
    }
    next = checked.value;
  }
  const now = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const stored = await storedNotOnTrackRules(trx, scope, { forUpdate: true });
    const before = viewOf(definition, stored[definition.id]);
    // Setting the default's own values is the default: stored as "none", so a later
    // change of the library's default reaches this practice too.
    const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);
    const override = next === null || same(next, before.default) ? null : next;
    const storedBefore = stored[definition.id];
    const changed =
      override === null
        ? storedBefore !== undefined
        : storedBefore === undefined || !same(override, storedBefore);
    if (changed) {
      if (override === null) delete stored[definition.id];
      else stored[definition.id] = override;
      await writeNotOnTrackRules(trx, scope, stored);
    }
    const after = viewOf(definition, override ?? undefined);
    if (!same(before.inForce, after.inForce)) {
      await enqueueStandingsRefresh(
        trx,
        { practiceId: scope.practiceId, instrumentId: definition.id },
        now,
      );
    }
    await appendAuditEvent(
      trx,
      {
        ...auditedBy(actor),
        action: 'practice.notOnTrack.update',
        resourceType: 'practice',
        resourceId: scope.practiceId,
        outcome: 'allowed',
        detail: {
          instrumentId: definition.id,
          before: before.practiceRule,
          after: override,
          changed,
        },
      },
      now,
    );
    return { view: after, changed };
  });
}

/** The library's message without the field name it starts with: the path names the field. */
function besideField(error: { field: string; message: string }): string {
  const rest = error.message.startsWith(`${error.field} `)
    ? error.message.slice(error.field.length + 1)
    : error.message;
  return `${rest.charAt(0).toUpperCase()}${rest.slice(1)}.`.replace(/\.\.$/, '.');
}
