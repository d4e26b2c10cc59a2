import type { Coding, Extension, Questionnaire, QuestionnaireItem } from 'fhir/r4.js';
import type {
  InstrumentDefinition,
  ItemDefinition,
  ScaleDefinition,
  SourceCitation,
} from '../definition/types.ts';
import { itemScore } from '../scoring/item-score.ts';
import {
  TANDEM_FHIR_BASE,
  extensionUrl,
  loincSystem,
  optionValueSystem,
  scoreLinkId,
} from './constants.ts';
import {
  bandsExtension,
  casenessExtension,
  changeConstantsExtension,
  criticalItemExtension,
  indicationExtension,
  licenceExtension,
  missingItemRuleExtension,
} from './extensions.ts';
import { scoreExpression } from './score-expression.ts';

export { TANDEM_FHIR_BASE };

/**
 * The definition as a FHIR R4 Questionnaire: items with LOINC codes, answer
 * options carrying their score as ordinalValue, and one hidden calculated
 * item per scale. Deterministic: the committed JSON is this output.
 */
export function toQuestionnaire(definition: InstrumentDefinition): Questionnaire {
  const loincPanel = definition.loinc?.panel;
  return {
    resourceType: 'Questionnaire',
    id: definition.id,
    url: `${TANDEM_FHIR_BASE}/Questionnaire/${definition.id}`,
    version: definition.version,
    name: definition.shortTitle.replace(/[^A-Za-z0-9]/g, ''),
    title: definition.title,
    status: 'active',
    publisher: 'Tandem',
    copyright: `${definition.licence.text} ${definition.licence.attribution}`,
    ...(loincPanel === undefined ? {} : { code: [loinc(loincPanel)] }),
    extension: questionnaireExtensions(definition),
    item: [
      { linkId: 'stem', type: 'display', text: definition.stem },
      ...definition.items.map((item) => answerItem(definition, item)),
      scoreItem(definition, definition.total, definition.loinc?.total),
      ...definition.subscales.map((scale) => scoreItem(definition, scale, undefined)),
    ],
  };
}

function loinc(code: string): Coding {
  return { system: loincSystem, code };
}

function questionnaireExtensions(definition: InstrumentDefinition): Extension[] {
  return [
    licenceExtension(definition.licence),
    { url: extensionUrl.enabledByDefault, valueBoolean: definition.enabledByDefault },
    { url: extensionUrl.betterDirection, valueCode: definition.betterDirection },
    missingItemRuleExtension(definition.missingItems),
    ...(definition.caseness === null ? [] : casenessExtension(definition.caseness)),
    ...definition.indications.map(indicationExtension),
    ...changeConstantsExtension(definition.change),
    ...definition.sources.map(sourceExtension),
  ];
}

function sourceExtension(source: SourceCitation): Extension {
  const parts: Extension[] = [
    { url: 'key', valueCode: source.key },
    { url: 'citation', valueString: source.citation },
  ];
  if (source.url !== undefined) parts.push({ url: 'url', valueUri: source.url });
  return { url: extensionUrl.source, extension: parts };
}

function answerItem(definition: InstrumentDefinition, item: ItemDefinition): QuestionnaireItem {
  const extension: Extension[] = [];
  if (item.reverse) extension.push({ url: extensionUrl.reverseScored, valueBoolean: true });
  for (const rule of definition.criticalItems) {
    if (rule.itemId === item.id) extension.push(criticalItemExtension(rule));
  }
  return {
    linkId: item.id,
    ...(item.loinc === undefined ? {} : { code: [loinc(item.loinc)] }),
    text: item.text,
    type: 'choice',
    required: item.scored && definition.missingItems.kind === 'none',
    ...(extension.length === 0 ? {} : { extension }),
    answerOption: item.options.map((option) => ({
      valueCoding: { system: optionValueSystem, code: String(option.value), display: option.label },
      ...(item.scored
        ? {
            extension: [
              { url: extensionUrl.ordinalValue, valueDecimal: itemScore(item, option.value) },
            ],
          }
        : {}),
    })),
  };
}

function scoreItem(
  definition: InstrumentDefinition,
  scale: ScaleDefinition,
  loincCode: string | undefined,
): QuestionnaireItem {
  const score = scoreExpression(definition, scale);
  return {
    linkId: scoreLinkId(scale.id),
    ...(loincCode === undefined ? {} : { code: [loinc(loincCode)] }),
    text: scale.label,
    type: 'decimal',
    readOnly: true,
    extension: [
      { url: extensionUrl.hidden, valueBoolean: true },
      ...score.variables.map((variable) => ({
        url: extensionUrl.variable,
        valueExpression: {
          name: variable.name,
          language: 'text/fhirpath',
          expression: variable.expression,
        },
      })),
      {
        url: extensionUrl.calculatedExpression,
        valueExpression: { language: 'text/fhirpath', expression: score.expression },
      },
      {
        url: extensionUrl.scoreScale,
        extension: [
          { url: 'multiplier', valueDecimal: scale.multiplier },
          { url: 'min', valueDecimal: scale.min },
          { url: 'max', valueDecimal: scale.max },
        ],
      },
      ...bandsExtension(scale.bands),
    ],
  };
}
