import type { AnswerOption, InstrumentDefinition, ItemDefinition } from '../../definition/types.ts';
import { bands, itemRange, sumScale } from '../../definition/build.ts';
import { drinksPerDay, frequencyOfDrinking, neverToDaily } from '../audit-shared.ts';

const injuryOrConcern: readonly AnswerOption[] = [
  { value: 0, label: 'No' },
  { value: 2, label: 'Yes, but not in the last year' },
  { value: 4, label: 'Yes, during the last year' },
];

const item = (id: string, text: string, options: readonly AnswerOption[]): ItemDefinition => ({
  id,
  text,
  options,
  reverse: false,
  scored: true,
});

// Item LOINC codes as listed by the HL7 Portugal value set: a secondary
// source, so they are recorded in `secondaryLoinc`, not shipped as codes.
const itemCodes = [
  '68518-0',
  '68519-8',
  '68520-6',
  '97734-8',
  '97735-5',
  '97736-3',
  '97737-1',
  '97738-9',
  '97739-7',
  '97740-5',
];

// WHO AUDIT questionnaire (Babor et al. 2001), as reproduced in CamCOPS audit.xml.
const items: ItemDefinition[] = [
  item('1', 'How often do you have a drink containing alcohol?', frequencyOfDrinking),
  item(
    '2',
    'How many drinks containing alcohol do you have on a typical day when you are drinking?',
    drinksPerDay('1 or 2'),
  ),
  item('3', 'How often do you have six or more drinks on one occasion?', neverToDaily),
  item(
    '4',
    'How often during the last year have you found that you were not able to stop drinking once you had started?',
    neverToDaily,
  ),
  item(
    '5',
    'How often during the last year have you failed to do what was normally expected from you because of drinking?',
    neverToDaily,
  ),
  item(
    '6',
    'How often during the last year have you needed a first drink in the morning to get yourself going after a heavy drinking session?',
    neverToDaily,
  ),
  item(
    '7',
    'How often during the last year have you had a feeling of guilt or remorse after drinking?',
    neverToDaily,
  ),
  item(
    '8',
    'How often during the last year have you been unable to remember what happened the night before because you had been drinking?',
    neverToDaily,
  ),
  item('9', 'Have you or someone else been injured as a result of your drinking?', injuryOrConcern),
  item(
    '10',
    'Has a relative or friend or a doctor or another health worker been concerned about your drinking or suggested you cut down?',
    injuryOrConcern,
  ),
];

export const audit: InstrumentDefinition = {
  id: 'audit',
  title: 'Alcohol Use Disorders Identification Test',
  shortTitle: 'AUDIT',
  version: '1.0.0',
  stem: 'Now I am going to ask you some questions about your use of alcoholic beverages during this past year.',
  items,
  loinc: { total: '75624-7' },
  secondaryLoinc: itemCodes.map((code, index) => ({
    code,
    codes: String(index + 1),
    source: 'HL7PT_AUDIT',
    why: 'found only in the HL7 Portugal value set (secondary), which the facts file asks to confirm as the international LOINC AUDIT item codes',
  })),
  total: sumScale('total', 'AUDIT total', items, itemRange(1, 10), {
    bands: bands(
      ['zone-1', 'Zone I: low risk', 0, 7],
      ['zone-2', 'Zone II: hazardous drinking', 8, 15],
      ['zone-3', 'Zone III: harmful drinking', 16, 19],
      ['zone-4', 'Zone IV: possible dependence', 20, 40],
    ),
    source: 'BABOR2001',
  }),
  subscales: [
    sumScale('consumption', 'Consumption (items 1–3)', items, itemRange(1, 3), {
      source: 'BABOR2001',
    }),
    sumScale('dependence', 'Dependence symptoms (items 4–6)', items, itemRange(4, 6), {
      source: 'BABOR2001',
    }),
  ],
  caseness: {
    kind: 'threshold',
    threshold: { scale: 'total', comparator: 'atLeast', value: 8 },
    source: 'BABOR2001',
  },
  indications: [
    {
      kind: 'threshold',
      id: 'possible-dependence',
      label: 'Dependence items (4–6) score 4 or more: possible alcohol dependence',
      threshold: { scale: 'dependence', comparator: 'atLeast', value: 4 },
      source: 'AWELL_AUDIT',
    },
  ],
  criticalItems: [],
  missingItems: { kind: 'none', note: 'the AUDIT manual gives no missing-item rule' },
  betterDirection: 'lower',
  change: {},
  licence: {
    kind: 'conditional',
    text: 'Copyright © World Health Organization 2001: "The document may, however, be freely reviewed, abstracted, reproduced, and translated, in part or in whole but not for sale or for use in conjunction with commercial purposes." Commercial use needs permission from WHO.',
    attribution:
      'Babor TF, Higgins-Biddle JC, Saunders JB, Monteiro MG. AUDIT: The Alcohol Use Disorders Identification Test. Guidelines for Use in Primary Care. 2nd ed. Geneva: World Health Organization; 2001 (WHO/MSD/MSB/01.6a).',
    url: 'https://www.who.int/publications/i/item/WHO-MSD-MSB-01.6a',
  },
  enabledByDefault: false,
  sources: [
    {
      key: 'BABOR2001',
      citation:
        'Babor et al. 2001, WHO/MSD/MSB/01.6a: questionnaire, scoring (items 9–10 score 0, 2, 4), zones 0–7, 8–15, 16–19, 20–40, cut-off 8',
    },
    {
      key: 'CAMCOPS',
      citation:
        'CamCOPS extra_strings audit.xml (item and option wording) and docs tasks audit.rst (WHO licence statement)',
      url: 'https://github.com/ucam-department-of-psychiatry/camcops',
    },
    {
      key: 'AWELL_AUDIT',
      citation:
        'awell-score audit README (zones, consumption and dependence subscores; dependence 4 or more suggests possible dependence)',
      url: 'https://github.com/awell-health/awell-score',
    },
    {
      key: 'HL7PT_AUDIT',
      citation:
        'HL7 Portugal value set cpe-auditobservation-vs: 75624-7 "Total score [AUDIT]" and item codes 68518-0, 68519-8, 68520-6, 97734-8 to 97740-5 (secondary)',
      url: 'https://hl7.pt/fhir/Terminologias/ValueSet/cpe-auditobservation-vs',
    },
  ],
};
