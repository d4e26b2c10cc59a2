/**
 * Canonical base for everything Tandem publishes in FHIR: Questionnaire urls,
 * our StructureDefinitions (extensions) and our CodeSystem. `tandem.health` is
 * a name we use as an identifier only; nothing is fetched from it.
 */
export const TANDEM_FHIR_BASE = 'http://tandem.health/fhir';

export const extensionUrl = {
  ordinalValue: 'http://hl7.org/fhir/StructureDefinition/ordinalValue',
  hidden: 'http://hl7.org/fhir/StructureDefinition/questionnaire-hidden',
  variable: 'http://hl7.org/fhir/StructureDefinition/variable',
  calculatedExpression:
    'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression',
  bands: `${TANDEM_FHIR_BASE}/StructureDefinition/severity-bands`,
  scoreScale: `${TANDEM_FHIR_BASE}/StructureDefinition/score-scale`,
  caseness: `${TANDEM_FHIR_BASE}/StructureDefinition/caseness`,
  indication: `${TANDEM_FHIR_BASE}/StructureDefinition/screening-indication`,
  criticalItem: `${TANDEM_FHIR_BASE}/StructureDefinition/critical-item`,
  reverseScored: `${TANDEM_FHIR_BASE}/StructureDefinition/reverse-scored`,
  missingItemRule: `${TANDEM_FHIR_BASE}/StructureDefinition/missing-item-rule`,
  betterDirection: `${TANDEM_FHIR_BASE}/StructureDefinition/better-direction`,
  changeConstants: `${TANDEM_FHIR_BASE}/StructureDefinition/change-constants`,
  licence: `${TANDEM_FHIR_BASE}/StructureDefinition/licence`,
  enabledByDefault: `${TANDEM_FHIR_BASE}/StructureDefinition/enabled-by-default`,
  source: `${TANDEM_FHIR_BASE}/StructureDefinition/source`,
} as const;

/**
 * Code system of answer codes: the code is the number printed beside the
 * option on the published form (the display is that option's label). The
 * score an option contributes is in its ordinalValue, which differs from the
 * code for reverse-scored items.
 */
export const optionValueSystem = `${TANDEM_FHIR_BASE}/CodeSystem/option-value`;

export const loincSystem = 'http://loinc.org';

/** linkId of the hidden calculated item for a scale (`total` or a subscale id). */
export function scoreLinkId(scaleId: string): string {
  return `score-${scaleId}`;
}
