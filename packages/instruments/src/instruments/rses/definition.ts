import type { InstrumentDefinition } from '../../definition/types.ts';
import { itemRange, numberedItems, sumScale } from '../../definition/build.ts';

// University of Maryland item order; the reverse-scored set depends on it.
const items = numberedItems(
  [
    'On the whole, I am satisfied with myself.',
    'At times, I think I am no good at all.',
    'I feel that I have a number of good qualities.',
    'I am able to do things as well as most other people.',
    'I feel I do not have much to be proud of.',
    'I certainly feel useless at times.',
    "I feel that I'm a person of worth, at least on an equal plane with others.",
    'I wish I could have more respect for myself.',
    'All in all, I am inclined to feel that I am a failure.',
    'I take a positive attitude toward myself.',
  ],
  [
    { value: 3, label: 'Strongly agree' },
    { value: 2, label: 'Agree' },
    { value: 1, label: 'Disagree' },
    { value: 0, label: 'Strongly disagree' },
  ],
  { reverse: [2, 5, 6, 8, 9] },
);

export const rses: InstrumentDefinition = {
  id: 'rses',
  title: 'Rosenberg Self-Esteem Scale',
  shortTitle: 'RSES',
  version: '1.0.0',
  stem: 'Below is a list of statements dealing with your general feelings about yourself.',
  items,
  // UMD: "There are no discrete cut-off points to delineate high and low
  // self-esteem", so no bands and no caseness.
  total: sumScale('total', 'RSES total', items, itemRange(1, 10), { source: 'RSES_SCORING' }),
  subscales: [],
  caseness: null,
  indications: [],
  criticalItems: [],
  missingItems: { kind: 'none', note: 'no published missing-item rule was found for the RSES' },
  betterDirection: 'higher',
  change: {},
  licence: {
    kind: 'conditional',
    text: 'The University of Maryland states that the Rosenberg family has given permission to use the Self-Esteem Scale for educational and professional research, with no charge. Use in a commercial product is not addressed; a practice admin should confirm before enabling it.',
    attribution:
      'Rosenberg M. Society and the Adolescent Self-Image. Princeton, NJ: Princeton University Press; 1965.',
    url: 'https://socy.umd.edu/quick-links/rosenberg-scale-faq-0',
  },
  enabledByDefault: false,
  sources: [
    {
      key: 'UMD_RSES',
      citation:
        'University of Maryland, Rosenberg Self-Esteem Scale FAQ (permission for educational and professional research; no discrete cut-off points)',
      url: 'https://socy.umd.edu/quick-links/rosenberg-scale-faq-0',
    },
    {
      key: 'RSES_SCORING',
      citation:
        'Copies of the UMD form (scribd 47548675; UCSC course page): items in UMD order; Strongly agree 3, Agree 2, Disagree 1, Strongly disagree 0; items 2, 5, 6, 8, 9 reversed; total 0–30',
    },
  ],
};
