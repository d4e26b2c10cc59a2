import {
  builtInCanonical,
  optionValueSystem,
  type Answers,
  type InstrumentDefinition,
} from '@tandem/instruments';

/** The canonical a response names: the Questionnaire's url and the definition version answered. */
export function canonicalOf(definition: InstrumentDefinition): string {
  return builtInCanonical(definition);
}

/**
 * The answers as a FHIR QuestionnaireResponse (what is stored, with the
 * version answered, so a later change to the definition never changes what
 * was said). Each answer is the option's code and label on the form.
 * Unanswered items are left out, as FHIR expects.
 */
export function toQuestionnaireResponse(
  definition: InstrumentDefinition,
  answers: Answers,
  authored: Date,
): Record<string, unknown> {
  const item = definition.items.flatMap((question) => {
    const value = answers[question.id];
    if (value === null || value === undefined) return [];
    const option = question.options.find((candidate) => candidate.value === value);
    return [
      {
        linkId: question.id,
        answer: [
          {
            valueCoding: {
              system: optionValueSystem,
              code: String(value),
              ...(option ? { display: option.label } : {}),
            },
          },
        ],
      },
    ];
  });
  return {
    resourceType: 'QuestionnaireResponse',
    questionnaire: canonicalOf(definition),
    status: 'completed',
    authored: authored.toISOString(),
    item,
  };
}

/** The answers back from a stored response (item id → option value). */
export function answersOf(response: unknown): Record<string, number> {
  const answers: Record<string, number> = {};
  const items = (response as { item?: unknown }).item;
  if (!Array.isArray(items)) return answers;
  for (const entry of items as { linkId?: unknown; answer?: unknown }[]) {
    const first = Array.isArray(entry.answer) ? (entry.answer[0] as unknown) : undefined;
    const code = (first as { valueCoding?: { code?: unknown } } | undefined)?.valueCoding?.code;
    if (typeof entry.linkId === 'string' && typeof code === 'string') {
      const value = Number(code);
      if (Number.isFinite(value)) answers[entry.linkId] = value;
    }
  }
  return answers;
}
