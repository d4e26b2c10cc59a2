import type { InstrumentDefinition, ItemDefinition } from '../../definition/types.ts';
import { bands, sumScale } from '../../definition/build.ts';
import { drinksPerDay, frequencyOfDrinking, neverToDaily } from '../audit-shared.ts';

// LOINC item codes seen only in a secondary source (HL7 Portugal value set).
const itemCodes = ['68518-0', '68519-8', '68520-6'];

// Wording of the public-domain AUDIT-C form (Bush et al. 1998; SAMHSA
// tool_auditc.pdf) as reproduced in CamCOPS audit.xml (c_q1..c_q3).
const items: ItemDefinition[] = [
  {
    id: '1',
    text: 'How often did you have a drink containing alcohol in the past year?',
    options: frequencyOfDrinking,
    reverse: false,
    scored: true,
  },
  {
    id: '2',
    text: 'How many drinks did you have on a typical day when you were drinking in the past year?',
    options: drinksPerDay('0, 1, or 2'),
    reverse: false,
    scored: true,
  },
  {
    id: '3',
    text: 'How often did you have 6 or more drinks on one occasion in the past year?',
    options: neverToDaily,
    reverse: false,
    scored: true,
  },
];

export const auditC: InstrumentDefinition = {
  id: 'audit-c',
  title: 'AUDIT Alcohol Consumption Questions',
  shortTitle: 'AUDIT-C',
  version: '1.0.0',
  stem: 'Consider a “drink” to be a can or bottle of beer, a glass of wine, a wine cooler, or one cocktail or a shot of hard liquor (like scotch, gin, or vodka).',
  items,
  loinc: { panel: '72109-2', total: '75626-2' },
  secondaryLoinc: itemCodes.map((code, index) => ({
    code,
    codes: String(index + 1),
    source: 'HL7PT_AUDIT',
    why: 'found only in the HL7 Portugal value set (secondary); not checked on loinc.org',
  })),
  total: sumScale('total', 'AUDIT-C total', items, ['1', '2', '3'], {
    // The published cut-offs differ by sex (women 3, men 4); the bands place
    // a total against both rather than pick one.
    bands: bands(
      ['below-both', 'Below both cut-offs', 0, 2],
      ['women-positive', 'Positive for women (3 or more), below the cut-off for men', 3, 3],
      ['both-positive', 'Positive for women and men (4 or more)', 4, 12],
    ),
    source: 'USCORE_AUDITC',
  }),
  subscales: [],
  caseness: {
    kind: 'by-sex',
    thresholds: {
      female: { scale: 'total', comparator: 'atLeast', value: 3 },
      male: { scale: 'total', comparator: 'atLeast', value: 4 },
    },
    source: 'USCORE_AUDITC',
  },
  indications: [
    {
      kind: 'threshold',
      id: 'positive-women',
      label: 'Positive by the cut-off for women (3 or more)',
      threshold: { scale: 'total', comparator: 'atLeast', value: 3 },
      source: 'USCORE_AUDITC',
    },
    {
      kind: 'threshold',
      id: 'positive-men',
      label: 'Positive by the cut-off for men (4 or more)',
      threshold: { scale: 'total', comparator: 'atLeast', value: 4 },
      source: 'USCORE_AUDITC',
    },
  ],
  criticalItems: [],
  missingItems: { kind: 'none', note: 'the AUDIT-C has no published missing-item rule' },
  betterDirection: 'lower',
  change: {},
  licence: {
    kind: 'public-domain',
    text: '"AUDIT-C is available for use in the public domain" (SAMHSA, tool_auditc.pdf, as quoted in CamCOPS docs).',
    attribution:
      'Bush K, Kivlahan DR, McDonell MB, Fihn SD, Bradley KA. The AUDIT alcohol consumption questions (AUDIT-C). Arch Intern Med 1998;158:1789–1795.',
  },
  enabledByDefault: true,
  sources: [
    {
      key: 'CAMCOPS',
      citation:
        'CamCOPS extra_strings audit.xml (AUDIT-C questions c_q1–c_q3 after Bush et al. 1998 / SAMHSA tool_auditc.pdf; options) and docs tasks audit.rst (public-domain statement)',
      url: 'https://github.com/ucam-department-of-psychiatry/camcops',
    },
    {
      key: 'USCORE_AUDITC',
      citation:
        'HL7 US Core example Observation AUDIT-C 75626-2 "Total score [AUDIT-C]": positive at 4 or more for men and 3 or more for women (Bradley et al. 2003, PMID 12695273)',
      url: 'https://hl7.org/fhir/us/core/Observation-AUDIT-C-item-example-75626-2.html',
    },
    {
      key: 'FSH_AUDITC_PANEL',
      citation:
        'Public FHIR Shorthand Questionnaire using LOINC 72109-2 "Alcohol Use Disorder Identification Test - Consumption [AUDIT-C]"',
    },
    {
      key: 'HL7PT_AUDIT',
      citation:
        'HL7 Portugal value set cpe-auditobservation-vs: item codes 68518-0, 68519-8, 68520-6 (secondary)',
      url: 'https://hl7.pt/fhir/Terminologias/ValueSet/cpe-auditobservation-vs',
    },
  ],
};
