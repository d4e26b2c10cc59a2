import type { InstrumentDefinition } from '../../definition/types.ts';
import { bands, itemRange, numberedItems, sumScale } from '../../definition/build.ts';

// WHO 2024 wording; options listed in the published order (5 first).
const items = numberedItems(
  [
    'I have felt cheerful and in good spirits',
    'I have felt calm and relaxed',
    'I have felt active and vigorous',
    'I woke up feeling fresh and rested',
    'My daily life has been filled with things that interest me',
  ],
  [
    { value: 5, label: 'All of the time' },
    { value: 4, label: 'Most of the time' },
    { value: 3, label: 'More than half of the time' },
    { value: 2, label: 'Less than half of the time' },
    { value: 1, label: 'Some of the time' },
    { value: 0, label: 'At no time' },
  ],
);

export const who5: InstrumentDefinition = {
  id: 'who-5',
  title: 'World Health Organization-Five Well-Being Index',
  shortTitle: 'WHO-5',
  version: '1.0.0',
  stem: 'Over the last two weeks...',
  items,
  // Higher is better. Raw ≤7 and raw <13 are both published cut-offs; the
  // bands are the three ranges they make.
  total: sumScale('total', 'WHO-5 raw score', items, itemRange(1, 5), {
    bands: bands(
      ['very-low', 'Very low well-being (7 or less): screen for depression', 0, 7],
      ['low', 'Poor well-being (below 13): further assessment', 8, 12],
      ['not-low', 'Not below the poor well-being cut-off', 13, 25],
    ),
    source: 'WHO5_ACBRD',
  }),
  subscales: [
    sumScale('percentage', 'WHO-5 percentage score (raw × 4)', items, itemRange(1, 5), {
      multiplier: 4,
      bands: bands(
        ['very-low', 'Very low well-being (28 or less): screen for depression', 0, 28],
        ['low', 'Poor well-being (below 50): further assessment', 29, 49],
        ['not-low', 'Not below the poor well-being cut-off', 50, 100],
      ),
      source: 'AWELL_WHO5',
    }),
  ],
  caseness: {
    kind: 'threshold',
    threshold: { scale: 'total', comparator: 'below', value: 13 },
    source: 'AWELL_WHO5',
  },
  indications: [
    {
      kind: 'threshold',
      id: 'likely-depression',
      label: 'Raw score 7 or less (28% or less): proposed cut-off for likely depression',
      threshold: { scale: 'total', comparator: 'atMost', value: 7 },
      source: 'WHO5_ACBRD',
    },
  ],
  criticalItems: [],
  missingItems: {
    kind: 'none',
    note: 'all five items are required; an incomplete questionnaire is not scored',
    source: 'AWELL_WHO5',
  },
  betterDirection: 'higher',
  change: {},
  licence: {
    kind: 'cc-by-nc-sa-3.0-igo',
    text: '© World Health Organization 2024. Licence: CC BY-NC-SA 3.0 IGO (https://creativecommons.org/licenses/by-nc-sa/3.0/igo): copying, redistribution and adaptation for non-commercial purposes only, with citation; commercial use requires permission from WHO.',
    attribution:
      'World Health Organization. The World Health Organization-Five Well-Being Index (WHO-5). Geneva: World Health Organization; 2024 (WHO/UCN/MSD/MHE/2024.1). Licence: CC BY-NC-SA 3.0 IGO.',
    url: 'https://cdn.who.int/media/docs/default-source/mental-health/who-5_english-original4da539d6ed4b49389e3afe47cda2326a.pdf',
  },
  enabledByDefault: false,
  sources: [
    {
      key: 'AWELL_WHO5',
      citation:
        'awell-score who_5 README (WHO 2024 options 5–0, raw sum 0–25, percentage = raw × 4, all items required, percentage below 50 / raw below 13 = poor well-being, WHO licence)',
      url: 'https://github.com/awell-health/awell-score',
    },
    {
      key: 'WHO5_ACBRD',
      citation:
        'ACBRD, Validation of the WHO-5 as a first-step screener for depression in adults with diabetes (2017): "Scores ≤7 and <13 have both been proposed"',
      url: 'https://acbrd.org.au/2017/08/25/validation-of-the-who-5-as-a-first-step-screener-for-depression-in-adults-with-diabetes/',
    },
    {
      key: 'TOPP2015',
      citation:
        'Topp CW, Østergaard SD, Søndergaard S, Bech P. The WHO-5 Well-Being Index: a systematic review of the literature. Psychother Psychosom 2015;84:167–176',
    },
  ],
};
