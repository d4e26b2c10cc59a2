import type { InstrumentDefinition } from '../../definition/types.ts';
import { bands, numberedItems, sumScale } from '../../definition/build.ts';
import { camcopsSource, phqLicence, phqOptions, phqStem } from '../phq-shared.ts';

// GAD-2 is GAD-7 items 1 and 2, asked on their own. No panel or total LOINC
// code was found, so only the item codes are given.
const items = numberedItems(
  ['Feeling nervous, anxious or on edge', 'Not being able to stop or control worrying'],
  phqOptions,
  { loinc: ['69725-0', '68509-9'] },
);

export const gad2: InstrumentDefinition = {
  id: 'gad-2',
  title: 'Generalized Anxiety Disorder 2-item scale',
  shortTitle: 'GAD-2',
  version: '1.0.0',
  stem: phqStem,
  items,
  total: sumScale('total', 'GAD-2 total', items, ['1', '2'], {
    bands: bands(
      ['negative', 'Below the screening cut-off', 0, 2],
      ['positive', 'Screen positive: give the full GAD-7', 3, 6],
    ),
    source: 'KROENKE2007',
  }),
  subscales: [],
  caseness: {
    kind: 'threshold',
    threshold: { scale: 'total', comparator: 'atLeast', value: 3 },
    source: 'KROENKE2007',
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
      key: 'KROENKE2007',
      citation:
        'Kroenke K et al. Anxiety disorders in primary care: prevalence, impairment, comorbidity, and detection. Ann Intern Med 2007;146:317–325 (GAD-2 ≥3: sensitivity 86%, specificity 83%), as summarised in awell-score GAD_2 README',
    },
  ],
};
