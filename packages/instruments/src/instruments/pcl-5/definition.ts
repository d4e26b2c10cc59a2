import type { InstrumentDefinition } from '../../definition/types.ts';
import { bands, itemRange, numberedItems, sumScale } from '../../definition/build.ts';

const items = numberedItems(
  [
    'Repeated, disturbing, and unwanted memories of the stressful experience?',
    'Repeated, disturbing dreams of the stressful experience?',
    'Suddenly feeling or acting as if the stressful experience were actually happening again (as if you were actually back there reliving it)?',
    'Feeling very upset when something reminded you of the stressful experience?',
    'Having strong physical reactions when something reminded you of the stressful experience (for example, heart pounding, trouble breathing, sweating)?',
    'Avoiding memories, thoughts, or feelings related to the stressful experience?',
    'Avoiding external reminders of the stressful experience (for example, people, places, conversations, activities, objects, or situations)?',
    'Trouble remembering important parts of the stressful experience?',
    'Having strong negative beliefs about yourself, other people, or the world (for example, having thoughts such as: I am bad, there is something seriously wrong with me, no one can be trusted, the world is completely dangerous)?',
    'Blaming yourself or someone else for the stressful experience or what happened after it?',
    'Having strong negative feelings such as fear, horror, anger, guilt, or shame?',
    'Loss of interest in activities that you used to enjoy?',
    'Feeling distant or cut off from other people?',
    'Trouble experiencing positive feelings (for example, being unable to feel happiness or have loving feelings for people close to you)?',
    'Irritable behavior, angry outbursts, or acting aggressively?',
    'Taking too many risks or doing things that could cause you harm?',
    'Being “superalert” or watchful or on guard?',
    'Feeling jumpy or easily startled?',
    'Having difficulty concentrating?',
    'Trouble falling or staying asleep?',
  ],
  [
    { value: 0, label: 'Not at all' },
    { value: 1, label: 'A little bit' },
    { value: 2, label: 'Moderately' },
    { value: 3, label: 'Quite a bit' },
    { value: 4, label: 'Extremely' },
  ],
);

const cluster = (id: string, label: string, from: number, to: number) =>
  sumScale(id, label, items, itemRange(from, to), { source: 'AWELL_PCL5' });

export const pcl5: InstrumentDefinition = {
  id: 'pcl-5',
  title: 'PTSD Checklist for DSM-5',
  shortTitle: 'PCL-5',
  version: '1.0.0',
  stem: 'In the past month, how much were you bothered by:',
  items,
  total: sumScale('total', 'PCL-5 total', items, itemRange(1, 20), {
    // There are no official severity bands; these three only place the total
    // against the published cut-off range of 31–33.
    bands: bands(
      ['below-cutoff', 'Below the published cut-off range (31–33)', 0, 30],
      ['within-cutoff', 'Within the published cut-off range (31–33)', 31, 33],
      ['above-cutoff', 'Above the published cut-off range (31–33)', 34, 80],
    ),
    source: 'NCPTSD_USING',
  }),
  subscales: [
    cluster('cluster-b', 'Cluster B: intrusion', 1, 5),
    cluster('cluster-c', 'Cluster C: avoidance', 6, 7),
    cluster('cluster-d', 'Cluster D: negative alterations in cognitions and mood', 8, 14),
    cluster('cluster-e', 'Cluster E: alterations in arousal and reactivity', 15, 20),
  ],
  caseness: {
    kind: 'threshold',
    threshold: { scale: 'total', comparator: 'atLeast', value: 33 },
    source: 'NCPTSD_USING',
  },
  indications: [
    {
      kind: 'cluster-pattern',
      id: 'dsm5-pattern',
      label:
        'DSM-5 symptom pattern met (screening indication only, not a diagnosis): at least 1 B, 1 C, 2 D and 2 E items rated Moderately or higher',
      endorsedAtLeast: 2,
      clusters: [
        { scale: 'cluster-b', minEndorsed: 1 },
        { scale: 'cluster-c', minEndorsed: 1 },
        { scale: 'cluster-d', minEndorsed: 2 },
        { scale: 'cluster-e', minEndorsed: 2 },
      ],
      source: 'AWELL_PCL5',
    },
  ],
  criticalItems: [],
  missingItems: {
    kind: 'none',
    note: 'no published missing-item rule was found for the PCL-5',
  },
  betterDirection: 'lower',
  change: {
    reliableChange: {
      value: 15,
      source: 'MARX2022',
      evidence: 'primary',
      note: 'Reliable change was 15 points in one sample and 18 in a second (Marx et al. 2022); Blanchard et al. 2023 report that changes of 5 or less are likely not reliable.',
    },
    clinicalCutoff: {
      value: 28,
      functional: 'atMost',
      source: 'MARX2022',
      evidence: 'primary',
      note: 'A post-treatment score of 28 or less is more likely to belong to the non-PTSD population.',
    },
  },
  licence: {
    kind: 'public-domain',
    text: 'The PCL-5 is a work of the US Government (National Center for PTSD) and is in the public domain.',
    attribution:
      'Weathers FW, Litz BT, Keane TM, Palmieri PA, Marx BP, Schnurr PP. The PTSD Checklist for DSM-5 (PCL-5). National Center for PTSD, 2013.',
    url: 'https://www.ptsd.va.gov/professional/assessment/adult-sr/ptsd-checklist.asp',
  },
  enabledByDefault: true,
  sources: [
    {
      key: 'CAMCOPS',
      citation:
        'CamCOPS extra_strings pcl5.xml (item texts and options) and docs tasks pcl5.rst (US Government work); cross-checked with SurgicalInformatics/phosp_clean and the HEAL common data element',
      url: 'https://github.com/ucam-department-of-psychiatry/camcops',
    },
    {
      key: 'AWELL_PCL5',
      citation:
        'awell-score pcl_5 README and CamCOPS pcl5.py: cluster sums B 1–5, C 6–7, D 8–14, E 15–20; an item rated 2 or more is endorsed; pattern needs 1 B, 1 C, 2 D, 2 E',
      url: 'https://github.com/awell-health/awell-score',
    },
    {
      key: 'NCPTSD_USING',
      citation:
        'National Center for PTSD, "Using the PTSD Checklist for DSM-5 (PCL-5)": a cut-off between 31 and 33 is indicative of probable PTSD (stored copy); CamCOPS uses 33',
    },
    {
      key: 'MARX2022',
      citation:
        'Marx BP et al. Reliable and clinically significant change in the clinician-administered PTSD Scale for DSM-5 and PTSD Checklist for DSM-5 among male veterans. Psychol Assess 2022;34:197–203',
      url: 'https://www.hsrd.research.va.gov/research/citations/abstract.cfm?Identifier=157955',
    },
  ],
};
