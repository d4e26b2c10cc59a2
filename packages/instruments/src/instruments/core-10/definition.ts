import type { InstrumentDefinition } from '../../definition/types.ts';
import { bands, itemRange, numberedItems, sumScale } from '../../definition/build.ts';

// Verbatim as required by the CC BY-ND 4.0 licence (CamCOPS core10.xml).
const items = numberedItems(
  [
    'I have felt tense, anxious or nervous',
    'I have felt I have someone to turn to for support when needed',
    'I have felt able to cope when things go wrong',
    'Talking to people has felt too much for me',
    'I have felt panic or terror',
    'I made plans to end my life',
    'I have had difficulty getting to sleep or staying asleep',
    'I have felt despairing or hopeless',
    'I have felt unhappy',
    'Unwanted images or memories have been distressing me',
  ],
  [
    { value: 0, label: 'Not at all' },
    { value: 1, label: 'Only occasionally' },
    { value: 2, label: 'Sometimes' },
    { value: 3, label: 'Often' },
    { value: 4, label: 'Most or all of the time' },
  ],
  { reverse: [2, 3] },
);

export const core10: InstrumentDefinition = {
  id: 'core-10',
  title: 'Clinical Outcomes in Routine Evaluation 10',
  shortTitle: 'CORE-10',
  version: '1.0.0',
  stem: 'This form has 10 statements about how you have been OVER THE LAST WEEK. Please read each statement and think how often you felt that way last week. Then choose the option which is closest to this. Over the last week...',
  items,
  // The clinical score is the item mean × 10, which is the plain sum when all
  // ten items are answered; with one missing it is the prorated sum.
  total: sumScale('total', 'CORE-10 clinical score', items, itemRange(1, 10), {
    bands: bands(
      ['healthy-low', 'Healthy / low level', 0, 10],
      ['mild', 'Mild', 11, 14],
      ['moderate', 'Moderate', 15, 19],
      ['moderate-severe', 'Moderate-to-severe', 20, 24],
      ['severe', 'Severe', 25, 40],
    ),
    source: 'SOCAS_CORE10',
  }),
  subscales: [],
  caseness: {
    kind: 'threshold',
    threshold: { scale: 'total', comparator: 'atLeast', value: 11 },
    source: 'SOCAS_CORE10',
  },
  indications: [],
  criticalItems: [
    {
      itemId: '6',
      atLeast: 1,
      why: 'Risk item ("I made plans to end my life"): follow up any answer other than "Not at all", whatever the total.',
      source:
        'CORE-10 risk item (CamCOPS labels it "suicidality"); the any-answer-above-0 rule is Tandem policy, the same as for PHQ-9 item 9',
    },
  ],
  missingItems: { kind: 'mean-substitution', maxMissing: 1, source: 'CORE_TRUST_BLOG' },
  betterDirection: 'lower',
  change: {
    reliability: {
      kind: 'alpha',
      value: 0.9,
      source: 'NOVOPSYCH_CORE10',
      evidence: 'secondary',
      note: 'Barkham et al. 2013, as quoted by NovoPsych.',
    },
    clinical: {
      mean: 19.7,
      sd: 7.7,
      sample: 'Primary-care counselling clients (Connell & Barkham 2007 CORE-10 manual)',
      source: 'NOVOPSYCH_CORE10',
      evidence: 'secondary',
    },
    normative: {
      mean: 4.7,
      sd: 4.8,
      sample: 'General population (Connell & Barkham 2007 CORE-10 manual)',
      source: 'NOVOPSYCH_CORE10',
      evidence: 'secondary',
    },
  },
  licence: {
    kind: 'cc-by-nd-4.0',
    text: 'Any organisation is free to reproduce CORE instruments in software, as well as on paper, under the terms of the Creative Commons Attribution-NoDerivatives 4.0 International (CC BY-ND 4.0) licence without payment of any licence fee. Items and options must be reproduced verbatim, without modification.',
    attribution:
      'CORE-10 © CORE System Trust, licensed under CC BY-ND 4.0 (https://creativecommons.org/licenses/by-nd/4.0/). Barkham M et al. The CORE-10: a short measure of psychological distress for routine use in the psychological therapies. Couns Psychother Res 2013;13:3–13.',
    url: 'https://www.coresystemtrust.org.uk/',
  },
  enabledByDefault: true,
  sources: [
    {
      key: 'CAMCOPS',
      citation:
        'CamCOPS extra_strings core10.xml (instructions, items, options), tablet_qt core10.cpp (items 2 and 3 reverse-scored), core10.py (10 × total / answered), docs tasks core10.rst (CC BY-ND 4.0 statement)',
      url: 'https://github.com/ucam-department-of-psychiatry/camcops',
    },
    {
      key: 'CORE_TRUST_BLOG',
      citation:
        'CORE System Trust, "What\'s in a name 1: scoring CORE measures": clinical score = item mean × 10; a pro-rated score can be used for the CORE-10 if one item is missing',
      url: 'https://www.coresystemtrust.org.uk/whats-in-a-name-1-scoring-core-measures/',
    },
    {
      key: 'SOCAS_CORE10',
      citation:
        'SOCAS resource hub 5b.2, scoring the CORE-10: 10 or less healthy/low level, 11–14 mild, 15–19 moderate, 20–24 moderate-to-severe, 25 or more severe; clinical cut-off 11',
      url: 'https://socasresourcehub.com/section-5b/5b-2-scoring-the-core-10-measure/',
    },
    {
      key: 'NOVOPSYCH_CORE10',
      citation:
        'NovoPsych CORE-10 page: alpha .90; general population M 4.7 SD 4.8; primary-care counselling M 19.7 SD 7.7 (Connell & Barkham 2007 manual)',
      url: 'https://novopsych.com.au/assessments/outcome-monitoring/clinical-outcomes-in-routine-evaluation-10-core-10/',
    },
  ],
};
