import { AppError } from '@tandem/core';
import {
  getInstrument,
  listInstruments,
  toQuestionnaire,
  type InstrumentDefinition,
} from '@tandem/instruments';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../../http/actor.ts';
import { requirePracticeAccess } from '../access/require-access.ts';
import {
  isRiskBearing,
  whyNotAssignable,
  type NotAssignableReason,
} from './instrument-availability.ts';
import { acceptedLicences, practiceMeasureSettings } from './instruments.repo.ts';
import { practiceInstrumentIdOf } from '../practice-instruments/practice-instrument-key.ts';
import { practiceMeasure } from '../practice-instruments/practice-measure.ts';

type ServiceDeps = Pick<Deps, 'db' | 'clock'>;

export interface InstrumentSummary {
  definition: InstrumentDefinition;
  riskBearing: boolean;
  licenceAccepted: boolean;
  notAssignableReason: NotAssignableReason | null;
}

/** The instrument library as this practice may use it (titles, licences; nobody's answers). */
export async function practiceInstruments(
  deps: ServiceDeps,
  actor: Actor,
): Promise<InstrumentSummary[]> {
  const scope = await requirePracticeAccess(deps, actor, 'instruments.read');
  const [accepted, settings] = await Promise.all([
    acceptedLicences(deps.db, scope.practiceId),
    practiceMeasureSettings(deps.db, scope.practiceId),
  ]);
  return listInstruments().map((definition) => {
    const licenceAccepted = accepted.has(definition.id);
    return {
      definition,
      riskBearing: isRiskBearing(definition),
      licenceAccepted,
      notAssignableReason: whyNotAssignable(
        definition,
        licenceAccepted,
        settings.alertFallbackStaffId !== null,
      ),
    };
  });
}

/**
 * The Questionnaire a form is drawn from, for a built-in instrument or one of
 * the actor's practice's own (`practice:<id>`: exactly the version stored,
 * retired or not, since open occasions may still be answered). Definitions
 * only; another practice's id is not found.
 */
export async function questionnaireOf(
  deps: ServiceDeps,
  actor: Actor,
  instrumentId: string,
): Promise<object> {
  if (practiceInstrumentIdOf(instrumentId) === null) return questionnaireFor(instrumentId);
  const scope = await requirePracticeAccess(
    deps,
    actor,
    actor.role === 'client' ? 'measures.own' : 'instruments.read',
  );
  const measure = await practiceMeasure(deps.db, scope.practiceId, instrumentId);
  if (!measure) throw new AppError('NOT_FOUND');
  return measure.questionnaire as object;
}

/**
 * The FHIR Questionnaire a form is drawn from. Item texts are published
 * content, not anyone's data, so any signed-in person may read them (the
 * route requires a session).
 */
export function questionnaireFor(instrumentId: string): object {
  const definition = getInstrument(instrumentId);
  if (!definition) throw new AppError('NOT_FOUND');
  return toQuestionnaire(definition);
}
