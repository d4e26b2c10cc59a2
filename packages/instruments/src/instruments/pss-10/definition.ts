import type { InstrumentDefinition } from '../../definition/types.ts';
import { itemRange, numberedItems, sumScale } from '../../definition/build.ts';

const items = numberedItems(
  [
    'In the last month, how often have you been upset because of something that happened unexpectedly?',
    'In the last month, how often have you felt that you were unable to control the important things in your life?',
    'In the last month, how often have you felt nervous and “stressed”?',
    'In the last month, how often have you felt confident about your ability to handle your personal problems?',
    'In the last month, how often have you felt that things were going your way?',
    'In the last month, how often have you found that you could not cope with all the things that you had to do?',
    'In the last month, how often have you been able to control irritations in your life?',
    'In the last month, how often have you felt that you were on top of things?',
    'In the last month, how often have you been angered because of things that were outside of your control?',
    'In the last month, how often have you felt difficulties were piling up so high that you could not overcome them?',
  ],
  [
    { value: 0, label: 'Never' },
    { value: 1, label: 'Almost never' },
    { value: 2, label: 'Sometimes' },
    { value: 3, label: 'Fairly often' },
    { value: 4, label: 'Very often' },
  ],
  { reverse: [4, 5, 7, 8] },
);

export const pss10: InstrumentDefinition = {
  id: 'pss-10',
  title: 'Perceived Stress Scale (10-item version)',
  shortTitle: 'PSS-10',
  version: '1.0.0',
  stem: 'The questions in this scale ask you about your feelings and thoughts during the last month. In each case, please indicate how often you felt or thought a certain way.',
  items,
  // The PSS is normed, not diagnostic: Cohen published no bands, so none are
  // shipped (the 0–13 / 14–26 / 27–40 split seen online is not the author's).
  total: sumScale('total', 'PSS-10 total', items, itemRange(1, 10), { source: 'PSS_DESC' }),
  subscales: [],
  caseness: null,
  indications: [],
  criticalItems: [],
  missingItems: { kind: 'none', note: 'no published missing-item rule was found for the PSS-10' },
  betterDirection: 'lower',
  change: {},
  licence: {
    kind: 'conditional',
    text: 'Terms not confirmed with the copyright holder. The scale is described as free for non-profit academic research and education; commercial use is unclear. A practice admin should confirm the terms before enabling it.',
    attribution:
      'Cohen S, Kamarck T, Mermelstein R. A global measure of perceived stress. J Health Soc Behav 1983;24:385–396. Cohen S, Williamson G. Perceived stress in a probability sample of the United States. In: Spacapan S, Oskamp S, eds. The Social Psychology of Health. Newbury Park, CA: Sage; 1988.',
  },
  enabledByDefault: false,
  sources: [
    {
      key: 'PSS_DESC',
      citation:
        'jpoko/ccc-dashboard scales_detailed_descriptions/pss-detailed.md (options 0–4, reverse items 4, 5, 7, 8 scored 4 − answer, total 0–40); huma-engineering/huma-docs perceived-stress-scale.md (items); item texts cross-checked in several public implementations',
    },
  ],
};
