// Facts shared by the PHQ-9, PHQ-2, GAD-7 and GAD-2 (one family of screeners
// with one response scale and one licence statement).
import type { AnswerOption, Licence, SourceCitation } from '../definition/types.ts';

/** PHQ/GAD response options (CamCOPS extra_strings phq9.xml, gad7.xml). */
export const phqOptions: readonly AnswerOption[] = [
  { value: 0, label: 'Not at all' },
  { value: 1, label: 'Several days' },
  { value: 2, label: 'More than half the days' },
  { value: 3, label: 'Nearly every day' },
];

export const phqStem =
  'Over the last 2 weeks, how often have you been bothered by any of the following problems?';

export const phqLicence: Licence = {
  kind: 'free',
  text: '"All PHQ, GAD-7 screeners and translations are downloadable from this website and no permission is required to reproduce, translate, display or distribute them." (phqscreeners.com, as quoted in CamCOPS docs)',
  attribution:
    'Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. Copyright Pfizer Inc.',
  url: 'https://www.phqscreeners.com/',
};

export const camcopsSource: SourceCitation = {
  key: 'CAMCOPS',
  citation:
    'CamCOPS (R. Cardinal), commit e9e7dc0952943cd03ec3b98fb21bbc88bb73f35e: extra_strings phq9.xml/gad7.xml (item texts, options), docs tasks phq9.rst/gad7.rst (licence statement, cut-offs)',
  url: 'https://github.com/RudolfCardinal/camcops',
};
