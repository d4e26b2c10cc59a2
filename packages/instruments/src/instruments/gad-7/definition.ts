import type { InstrumentDefinition } from '../../definition/types.ts';
import { bands, itemRange, numberedItems, sumScale } from '../../definition/build.ts';
import { camcopsSource, phqLicence, phqOptions, phqStem } from '../phq-shared.ts';

const items = numberedItems(
  [
    'Feeling nervous, anxious or on edge',
    'Not being able to stop or control worrying',
    'Worrying too much about different things',
    'Trouble relaxing',
    'Being so restless that it is hard to sit still',
    'Becoming easily annoyed or irritable',
    'Feeling afraid as if something awful might happen',
  ],
  phqOptions,
  { loinc: ['69725-0', '68509-9', '69733-4', '69734-2', '69735-9', '69689-8', '69736-7'] },
);

export const gad7: InstrumentDefinition = {
  id: 'gad-7',
  title: 'Generalized Anxiety Disorder 7-item scale',
  shortTitle: 'GAD-7',
  version: '1.0.0',
  stem: phqStem,
  items,
  loinc: { panel: '69737-5', total: '70274-6' },
  total: sumScale('total', 'GAD-7 total', items, itemRange(1, 7), {
    // Spitzer 2006 cut points 5/10/15. The NHS Data Dictionary table
    // (0–4, 5–10, 11–15, 15–21) overlaps itself and is not used.
    bands: bands(
      ['minimal', 'Minimal', 0, 4],
      ['mild', 'Mild', 5, 9],
      ['moderate', 'Moderate', 10, 14],
      ['severe', 'Severe', 15, 21],
    ),
    source: 'SPITZER2006',
  }),
  subscales: [],
  caseness: {
    kind: 'threshold',
    threshold: { scale: 'total', comparator: 'atLeast', value: 8 },
    source: 'NHSDD_GAD7',
  },
  indications: [
    {
      kind: 'threshold',
      id: 'gad-screen',
      label: 'At or above the screening cut-point for generalised anxiety disorder (10)',
      threshold: { scale: 'total', comparator: 'atLeast', value: 10 },
      source: 'SPITZER2006',
    },
  ],
  criticalItems: [],
  missingItems: { kind: 'mean-substitution', maxMissing: 2, source: 'NHSDD_GAD7' },
  betterDirection: 'lower',
  change: {
    reliability: {
      kind: 'alpha',
      value: 0.89,
      source: 'LOWE2008',
      evidence: 'primary',
      note: 'Internal consistency in the German general population (Löwe et al. 2008 abstract).',
    },
    clinical: {
      mean: 12.59,
      sd: 3.96,
      sample: 'Australian adults with GAD at trial baseline (Dear et al. 2011)',
      source: 'MEASURELY_REPO',
      evidence: 'secondary',
    },
    normative: {
      mean: 3.2,
      sd: 3.5,
      sample: 'German general population, women (Löwe et al. 2008); men 2.7 (3.2)',
      source: 'LOWE2008',
      evidence: 'primary',
    },
    reliableChange: {
      value: 4,
      source: 'NCT05134103',
      evidence: 'secondary',
      note: 'NHS Talking Therapies threshold; two independent secondary sources agree (NCT05134103, cbtwatch).',
    },
  },
  licence: phqLicence,
  enabledByDefault: true,
  sources: [
    camcopsSource,
    {
      key: 'SPITZER2006',
      citation:
        'Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing generalized anxiety disorder: the GAD-7. Arch Intern Med 2006;166:1092–1097 (cut points 5, 10, 15; ≥10 sensitivity 89%, specificity 82%, as quoted in CamCOPS gad7.rst)',
    },
    {
      key: 'NHSDD_GAD7',
      citation:
        'NHS Data Dictionary: Generalised Anxiety Disorder Questionnaire (cut-off 7, so 8 or above is clinically significant; one or two missing values substituted with the average of the non-missing items)',
      url: 'https://www.datadictionary.nhs.uk/data_dictionary/nhs_business_definitions/g/generalised_anxiety_disorder_questionnaire_de.asp',
    },
    {
      key: 'MII_GAD7',
      citation:
        'Medizininformatik-Initiative PROMs module GAD-7 Questionnaire and ObservationDefinition (panel 69737-5, total 70274-6, item codes)',
      url: 'https://github.com/medizininformatik-initiative/kerndatensatzmodul-proms',
    },
    {
      key: 'LOWE2008',
      citation:
        'Löwe B et al. Validation and standardization of the Generalized Anxiety Disorder Screener (GAD-7) in the general population. Med Care 2008;46:266–274',
    },
    {
      key: 'MEASURELY_REPO',
      citation: 'PsychlytxTD/measurely subscale_info_lists/GAD_7.R (means and SDs with references)',
      url: 'https://github.com/PsychlytxTD/measurely',
    },
    {
      key: 'NCT05134103',
      citation:
        'Trial registration NCT05134103 restating NHS Talking Therapies definitions (reliable improvement: GAD-7 reduction of 4 or more)',
    },
  ],
};
