/**
 * The extensions a worksheet definition may use, beyond plain FHIR R4
 * Questionnaire items. The web renderer (apps/web/src/features/questionnaire)
 * reads the same URLs; see definitions/README.md.
 */
export const extensionUrl = {
  /** SDC: `page` on a top-level group shows that group as one step of a guided sequence. */
  itemControl: 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl',
  minValue: 'http://hl7.org/fhir/StructureDefinition/minValue',
  maxValue: 'http://hl7.org/fhir/StructureDefinition/maxValue',
  /** Once answered, the answer stays in view on every later step (the automatic thought). */
  keepInView: 'http://tandem.health/fhir/StructureDefinition/keep-in-view',
  /**
   * On a rating asked again at the end: `before` names the first rating, `name`
   * the item that says what was rated. The change is shown to the client and
   * the two numbers are kept for summaries (never the words).
   */
  ratingChange: 'http://tandem.health/fhir/StructureDefinition/rating-change',
  /** On an answer option: a plain explanation shown under its label. */
  optionHelp: 'http://tandem.health/fhir/StructureDefinition/option-help',
  /**
   * On the Questionnaire (valueBoolean): the worksheet may touch painful
   * memories, so the screen shows a content note first and a Pause control on
   * every step.
   */
  traumaInformed: 'http://tandem.health/fhir/StructureDefinition/trauma-informed',
  /**
   * On a step (valueBoolean): its questions may be left empty at first and
   * answered later, on the client's saved entry
   * (`PUT /api/me/worksheets/:id/later-answers`).
   */
  answerLater: 'http://tandem.health/fhir/StructureDefinition/answer-later',
} as const;

export const itemControlSystem = 'http://hl7.org/fhir/questionnaire-item-control';

/** The part of a FHIR R4 Questionnaire a worksheet definition uses. */
export interface WorksheetExtension {
  url: string;
  valueBoolean?: boolean;
  valueInteger?: number;
  valueString?: string;
  valueCodeableConcept?: { coding: { system: string; code: string }[] };
  extension?: WorksheetExtension[];
}

export interface WorksheetAnswerOption {
  valueCoding: { system: string; code: string; display: string };
  extension?: WorksheetExtension[];
}

/**
 * FHIR enableWhen as worksheets use it: whether a question has an answer, or
 * whether a one-answer choice question has a given option (its `code`).
 */
export type WorksheetEnableWhen =
  | { question: string; operator: 'exists'; answerBoolean: boolean }
  | { question: string; operator: '='; answerCoding: { system: string; code: string } };

export interface WorksheetItem {
  linkId: string;
  type: 'group' | 'display' | 'string' | 'text' | 'integer' | 'choice';
  text: string;
  required?: boolean;
  repeats?: boolean;
  maxLength?: number;
  enableWhen?: WorksheetEnableWhen[];
  answerOption?: WorksheetAnswerOption[];
  extension?: WorksheetExtension[];
  item?: WorksheetItem[];
}

/** A type, not an interface: it is sent as a JSON object, which the route schema types as a record. */
export type WorksheetQuestionnaire = {
  resourceType: 'Questionnaire';
  id: string;
  url: string;
  version: string;
  name: string;
  title: string;
  status: 'active';
  description: string;
  extension?: WorksheetExtension[];
  item: WorksheetItem[];
};

/** Marks a whole worksheet as trauma-informed (see `extensionUrl.traumaInformed`). */
export const traumaInformed: WorksheetExtension = {
  url: extensionUrl.traumaInformed,
  valueBoolean: true,
};

/** Marks a step whose questions can be answered later (see `extensionUrl.answerLater`). */
export const answerLater: WorksheetExtension = {
  url: extensionUrl.answerLater,
  valueBoolean: true,
};

/** The questions (by linkId) inside items marked answer-later; empty when there are none. */
export function laterQuestions(definition: WorksheetQuestionnaire): Set<string> {
  const found = new Set<string>();
  const visit = (items: readonly WorksheetItem[], inside: boolean) => {
    for (const item of items) {
      const marked =
        inside ||
        (item.extension ?? []).some(
          (e) => e.url === extensionUrl.answerLater && e.valueBoolean === true,
        );
      if (marked && item.type !== 'group' && item.type !== 'display') found.add(item.linkId);
      visit(item.item ?? [], marked);
    }
  };
  visit(definition.item, false);
  return found;
}

/** True when the definition carries the trauma-informed mark. */
export function isTraumaInformed(definition: WorksheetQuestionnaire): boolean {
  return (definition.extension ?? []).some(
    (e) => e.url === extensionUrl.traumaInformed && e.valueBoolean === true,
  );
}

/** A rating from 0 (not at all) to 100 (completely), as the thought record asks it. */
export const rating = (
  linkId: string,
  text: string,
  required: boolean,
  extra: Partial<WorksheetItem> = {},
): WorksheetItem => ({
  linkId,
  type: 'integer',
  text,
  required,
  extension: range(0, 100),
  ...extra,
});

/** Asked only once `question` has an answer. */
export const whenAnswered = (question: string) => ({
  enableWhen: [{ question, operator: 'exists' as const, answerBoolean: true }],
});

/** A top-level group shown as one step (SDC itemControl `page`). */
export const page: WorksheetExtension = {
  url: extensionUrl.itemControl,
  valueCodeableConcept: { coding: [{ system: itemControlSystem, code: 'page' }] },
};

export const range = (min: number, max: number): WorksheetExtension[] => [
  { url: extensionUrl.minValue, valueInteger: min },
  { url: extensionUrl.maxValue, valueInteger: max },
];

/** Asked only when the one-answer choice `question` has the option `code` of `system`. */
export const whenChosen = (question: string, system: string, code: number) => ({
  enableWhen: [{ question, operator: '=' as const, answerCoding: { system, code: String(code) } }],
});
