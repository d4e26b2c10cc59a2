import type { SourceCitation } from '../definition/types.ts';

/**
 * Sources of the change-metric formulas and service thresholds, by the keys
 * used in results (`sources`, `source`) and in INSTRUMENT-FACTS.md /
 * instruments.json. Instrument-specific constants cite their own sources in
 * the instrument definitions.
 */
export const CHANGE_METRIC_SOURCES: readonly SourceCitation[] = [
  {
    key: 'CLINSIG_PKG',
    citation:
      'cran/clinicalsignificance v3.0.0: R/rci-utils.R, R/calc_rci.R, R/calc_cutoff.R, R/calc_recovered.R (Jacobson & Truax 1991 RCI, cut-offs, categories)',
    url: 'https://github.com/cran/clinicalsignificance',
  },
  {
    key: 'CLINSIG_OLD',
    citation:
      'clinsig R package, clinsig/R/clinsig.R (cut-offs a, b, c with the functional SD for b)',
    url: 'https://github.com/TypeFox/R-Examples',
  },
  {
    key: 'SUDDENGAINS',
    citation:
      'milanwiedemann/suddengains R/define_crit1_cutoff.R (reliable change from SD and reliability)',
    url: 'https://github.com/milanwiedemann/suddengains',
  },
  {
    key: 'NHSD_OUTCOMES',
    citation:
      'NHS Digital, Psychological Therapies report on the use of IAPT services, outcomes definitions (recovery, reliable improvement, reliable recovery)',
    url: 'https://digital.nhs.uk/data-and-information/publications/statistical/psychological-therapies-report-on-the-use-of-iapt-services',
  },
  {
    key: 'FINGERTIPS',
    citation:
      'PHE Fingertips, common mental disorders glossary (caseness; finished a course of treatment)',
    url: 'https://fingertips.phe.org.uk/profile/common-mental-disorders/supporting-information/Glossary',
  },
  {
    key: 'NHSDD_PHQ9',
    citation:
      'NHS Data Dictionary, Patient Health Questionnaire-9 (cut-off 9: 10 or above is clinically significant)',
    url: 'http://www.datadictionary.nhs.uk/data_dictionary/nhs_business_definitions/p/patient_health_questionnaire-9_de.asp',
  },
  {
    key: 'NHSDD_GAD7',
    citation:
      'NHS Data Dictionary, Generalised Anxiety Disorder questionnaire (cut-off 7: 8 or above is clinically significant)',
    url: 'https://datadictionary.nhs.uk/data_dictionary/nhs_business_definitions/g/generalised_anxiety_disorder_questionnaire_de.asp',
  },
  {
    key: 'NCT05134103',
    citation:
      'Trial registration NCT05134103 restating the IAPT definitions: reliable improvement is a fall of 6 or more on PHQ-9 and/or 4 or more on GAD-7 (secondary)',
    url: 'https://inclinicaltrials.com/major-depressive-disorder/NCT05134103/details',
  },
  {
    key: 'CBTWATCH',
    citation: 'cbtwatch.com: IAPT reliable change of 6 on PHQ-9 and 4 on GAD-7 (secondary)',
    url: 'http://www.cbtwatch.com/tag/no-justification-for-nhs-talking-theapies/',
  },
  {
    key: 'GASR',
    citation:
      'taylordunn/gasr R/calculate.R calc_tscore(): Kiresuk & Sherman GAS T-score, rho = 0.3',
    url: 'https://github.com/taylordunn/gasr',
  },
];
