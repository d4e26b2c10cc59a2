import type { InstrumentDefinition } from '../../definition/types.ts';
import { bands, itemRange, numberedItems, sumScale } from '../../definition/build.ts';

// Scored 1–5 per item (total 10–50); the US 0–4 coding is a different
// scale and must not be mixed with these bands.
const items = numberedItems(
  [
    'tired out for no good reason?',
    'nervous?',
    'so nervous that nothing could calm you down?',
    'hopeless?',
    'restless or fidgety?',
    'so restless you could not sit still?',
    'depressed?',
    'that everything was an effort?',
    'so sad that nothing could cheer you up?',
    'worthless?',
  ],
  [
    { value: 1, label: 'None of the time' },
    { value: 2, label: 'A little of the time' },
    { value: 3, label: 'Some of the time' },
    { value: 4, label: 'Most of the time' },
    { value: 5, label: 'All of the time' },
  ],
);

export const k10: InstrumentDefinition = {
  id: 'k10',
  title: 'Kessler Psychological Distress Scale',
  shortTitle: 'K10',
  version: '1.0.0',
  stem: 'During the last 30 days, about how often did you feel …',
  items,
  total: sumScale('total', 'K10 total', items, itemRange(1, 10), {
    bands: bands(
      ['well', 'Likely to be well', 10, 19],
      ['mild', 'Likely to have a mild disorder', 20, 24],
      ['moderate', 'Likely to have a moderate disorder', 25, 29],
      ['severe', 'Likely to have a severe disorder', 30, 50],
    ),
    source: 'K10_BANDS',
  }),
  subscales: [],
  caseness: {
    kind: 'threshold',
    threshold: { scale: 'total', comparator: 'atLeast', value: 20 },
    source: 'K10_BANDS',
  },
  indications: [],
  criticalItems: [],
  missingItems: { kind: 'none', note: 'no published missing-item rule was verified for the K10' },
  betterDirection: 'lower',
  change: {},
  licence: {
    kind: 'conditional',
    text: 'Commonly described as free to use; the terms were not confirmed with the copyright holder (Harvard Medical School, National Comorbidity Survey). A practice admin should confirm before enabling it.',
    attribution:
      'Kessler RC et al. Short screening scales to monitor population prevalences and trends in non-specific psychological distress. Psychol Med 2002;32:959–976.',
    url: 'https://www.hcp.med.harvard.edu/ncs/k6_scales.php',
  },
  enabledByDefault: false,
  sources: [
    {
      key: 'K10_ITEMS',
      citation:
        'K10 items and 1–5 scoring as printed by Australian services (geelongmenscounsellingservices.com.au; eapassist.com.au), cross-checked in several public implementations',
    },
    {
      key: 'K10_BANDS',
      citation:
        'logicly-au IAR-DST documentation domain-1.rst: 10–19 likely well, 20–24 mild, 25–29 moderate, 30–50 severe (Andrews & Slade)',
      url: 'https://github.com/logicly-au/docs.iar-dst.online',
    },
  ],
};
