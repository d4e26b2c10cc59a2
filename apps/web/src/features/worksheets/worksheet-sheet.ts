import { extensionOf, isRecord, records } from '../questionnaire/fhir-json.ts';
import type { Json } from '../questionnaire/fhir-json.ts';
import { parseQuestionnaire } from '../questionnaire/questionnaire-model.ts';
import type { QuestionnaireModel } from '../questionnaire/questionnaire-model.ts';

/**
 * What a worksheet screen needs beyond the renderer's model: Tandem's
 * worksheet-level marks (see the server's worksheets/definitions/README.md).
 */
export interface WorksheetSheet {
  model: QuestionnaireModel;
  /** Marked trauma-informed: shown with a content note and the Pause control. */
  traumaInformed: boolean;
  /** Questions the client may leave at first and answer later on the saved entry. */
  later: readonly string[];
}

const traumaInformedUrl = 'http://tandem.health/fhir/StructureDefinition/trauma-informed';
const answerLaterUrl = 'http://tandem.health/fhir/StructureDefinition/answer-later';

/** The linkIds of questions inside items marked answer-later, in form order. */
function laterLinkIds(items: Json[], inside = false): string[] {
  return items.flatMap((item) => {
    const marked = inside || extensionOf(item, answerLaterUrl)?.valueBoolean === true;
    const own =
      marked && item.type !== 'group' && item.type !== 'display' && typeof item.linkId === 'string'
        ? [item.linkId]
        : [];
    return [...own, ...laterLinkIds(records(item.item), marked)];
  });
}

/**
 * Reads a worksheet's Questionnaire: the model, and its marks.
 *
 * @example readWorksheetSheet(abcJson).traumaInformed // true
 */
export function readWorksheetSheet(resource: unknown): WorksheetSheet {
  return {
    model: parseQuestionnaire(resource),
    traumaInformed:
      isRecord(resource) && extensionOf(resource, traumaInformedUrl)?.valueBoolean === true,
    later: isRecord(resource) ? laterLinkIds(records(resource.item)) : [],
  };
}
