import type { InstrumentDefinition } from '../../definition/types.ts';
import { bands, numberedItems, sumScale } from '../../definition/build.ts';
import { camcopsSource, phqLicence, phqOptions, phqStem } from '../phq-shared.ts';

// PHQ-2 is PHQ-9 items 1 and 2, asked on their own.
const items = numberedItems(
  ['Little interest or pleasure in doing things', 'Feeling down, depressed, or hopeless'],
  phqOptions,
  // PHQ-9 items 1 and 2 (MII PROMs Questionnaire; US Core PHQ-9 example).
  { loinc: ['44250-9', '44255-8'] },
);

export const phq2: InstrumentDefinition = {
  id: 'phq-2',
  title: 'Patient Health Questionnaire-2',
  shortTitle: 'PHQ-2',
  version: '1.0.0',
  stem: phqStem,
  items,
  // The item codes are the PHQ-9's (verified); the panel and total codes were
  // found only in secondary sources, so they are recorded, not shipped.
  secondaryLoinc: [
    {
      code: '55757-9',
      codes: 'panel',
      source: 'PHQ2_PANEL',
      why: 'seen only in a third-party FHIR Shorthand Questionnaire; not checked on loinc.org',
    },
    {
      code: '55758-7',
      codes: 'total',
      source: 'PHQ2_PANEL',
      why: 'seen only in Synthea-style generated records; not checked on loinc.org',
    },
  ],
  total: sumScale('total', 'PHQ-2 total', items, ['1', '2'], {
    bands: bands(
      ['negative', 'Below the screening cut-off', 0, 2],
      ['positive', 'Screen positive: give the full PHQ-9', 3, 6],
    ),
    source: 'KROENKE2003',
  }),
  subscales: [],
  caseness: {
    kind: 'threshold',
    threshold: { scale: 'total', comparator: 'atLeast', value: 3 },
    source: 'KROENKE2003',
  },
  indications: [],
  criticalItems: [],
  missingItems: {
    kind: 'none',
    note: 'no published missing-item rule for a two-item screen; both items are needed',
  },
  betterDirection: 'lower',
  change: {},
  licence: phqLicence,
  enabledByDefault: true,
  sources: [
    camcopsSource,
    {
      key: 'KROENKE2003',
      citation:
        'Kroenke K, Spitzer RL, Williams JBW. The Patient Health Questionnaire-2: validity of a two-item depression screener. Med Care 2003;41:1284–1292 (optimal cut-point 3), as summarised in awell-score phq_2 README',
    },
    {
      key: 'PHQ2_PANEL',
      citation:
        'LOINC 55757-9 "Patient Health Questionnaire 2 item (PHQ-2)" as used by a public FHIR Shorthand Questionnaire; 55758-7 "PHQ-2 total score [Reported]" as used in Synthea-style records (secondary)',
    },
  ],
};
