import type { InstrumentDefinition } from '../../definition/types.ts';
import { bands, itemRange, numberedItems, sumScale } from '../../definition/build.ts';
import { camcopsSource, phqLicence, phqOptions, phqStem } from '../phq-shared.ts';

const scoredItems = numberedItems(
  [
    'Little interest or pleasure in doing things',
    'Feeling down, depressed, or hopeless',
    'Trouble falling or staying asleep, or sleeping too much',
    'Feeling tired or having little energy',
    'Poor appetite or overeating',
    'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
    'Trouble concentrating on things, such as reading the newspaper or watching television',
    'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
    'Thoughts that you would be better off dead or of hurting yourself in some way',
  ],
  phqOptions,
  {
    loinc: [
      '44250-9',
      '44255-8',
      '44259-0',
      '44254-1',
      '44251-7',
      '44258-2',
      '44252-5',
      '44253-3',
      '44260-8',
    ],
  },
);

const items = [
  ...scoredItems,
  {
    id: '10',
    text: 'If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?',
    options: [
      { value: 0, label: 'Not difficult at all' },
      { value: 1, label: 'Somewhat difficult' },
      { value: 2, label: 'Very difficult' },
      { value: 3, label: 'Extremely difficult' },
    ],
    reverse: false,
    scored: false,
    loinc: '69722-7',
  },
];

export const phq9: InstrumentDefinition = {
  id: 'phq-9',
  title: 'Patient Health Questionnaire-9',
  shortTitle: 'PHQ-9',
  version: '1.0.0',
  stem: phqStem,
  items,
  loinc: { panel: '44249-1', total: '44261-6' },
  total: sumScale('total', 'PHQ-9 total', items, itemRange(1, 9), {
    bands: bands(
      ['minimal', 'Minimal', 0, 4],
      ['mild', 'Mild', 5, 9],
      ['moderate', 'Moderate', 10, 14],
      ['moderately-severe', 'Moderately severe', 15, 19],
      ['severe', 'Severe', 20, 27],
    ),
    source: 'KROENKE2001',
  }),
  subscales: [],
  caseness: {
    kind: 'threshold',
    threshold: { scale: 'total', comparator: 'atLeast', value: 10 },
    source: 'NHSDD_PHQ9',
  },
  indications: [],
  criticalItems: [
    {
      itemId: '9',
      atLeast: 1,
      why: 'Thoughts of death or self-harm: follow up whatever the total.',
      source:
        'Clinical convention (the PHQ authors define no "critical item"); CamCOPS counts item 9 as a symptom at any answer above 0',
    },
  ],
  missingItems: { kind: 'mean-substitution', maxMissing: 2, source: 'NHSDD_PHQ9' },
  betterDirection: 'lower',
  change: {
    reliability: {
      kind: 'alpha',
      value: 0.89,
      source: 'KROENKE2001',
      evidence: 'secondary',
    },
    clinical: {
      mean: 16.65,
      sd: 4.25,
      sample: 'English primary-care patients with PHQ-9 ≥10 (Gilbody et al. 2015)',
      source: 'MEASURELY_REPO',
      evidence: 'secondary',
    },
    normative: {
      mean: 2.6,
      sd: 3.5,
      sample: 'German general population aged 35–44 (Kocalevent, Hinz & Brähler 2013)',
      source: 'MEASURELY_REPO',
      evidence: 'secondary',
    },
    reliableChange: {
      value: 6,
      source: 'NCT05134103',
      evidence: 'secondary',
      note: 'NHS Talking Therapies threshold; two independent secondary sources agree (NCT05134103, cbtwatch); the Manual itself was not retrieved.',
    },
  },
  licence: phqLicence,
  enabledByDefault: true,
  sources: [
    camcopsSource,
    {
      key: 'MII_PHQ9',
      citation:
        'Medizininformatik-Initiative PROMs module, Questionnaire-mii-qst-pro-phq-9.json (LOINC panel, item, total and difficulty codes)',
      url: 'https://github.com/medizininformatik-initiative/kerndatensatzmodul-proms',
    },
    {
      key: 'KROENKE2001',
      citation:
        'Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity measure. J Gen Intern Med 2001;16:606–613',
    },
    {
      key: 'NHSDD_PHQ9',
      citation:
        'NHS Data Dictionary: Patient Health Questionnaire-9 (bands; cut-off 9, so 10 or above is clinically significant; one or two missing values substituted with the average of the non-missing items)',
      url: 'https://www.datadictionary.nhs.uk/data_dictionary/nhs_business_definitions/p/patient_health_questionnaire-9_de.asp',
    },
    {
      key: 'MEASURELY_REPO',
      citation:
        'PsychlytxTD/measurely subscale_info_lists/PHQ_9.R (means and SDs with their primary references)',
      url: 'https://github.com/PsychlytxTD/measurely',
    },
    {
      key: 'NCT05134103',
      citation:
        'Trial registration NCT05134103 restating NHS Talking Therapies definitions (reliable improvement: PHQ-9 reduction of 6 or more)',
    },
  ],
};
