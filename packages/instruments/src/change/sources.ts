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
  // The "not on track" rule (not-on-track-rule.ts), from NOT-ON-TRACK.md §2 and §4.
  {
    key: 'NOT_ON_TRACK_REPORT',
    citation:
      'Tandem research report "Not on track (NOT) rules for routine outcome monitoring", shared/clinical/NOT-ON-TRACK.md §4: recommended default rule for PHQ-9 and GAD-7 and its configurable parameters',
  },
  {
    key: 'BON_RCI',
    citation:
      'Better Outcomes Now, behavioral health assessment tools: a PHQ-9 "difference of 6 or more points between assessments is indicative of reliable change" (secondary)',
    url: 'https://blog.betteroutcomesnow.com/behavioral-health-assessment-tools',
  },
  {
    key: 'BEARD2019',
    citation:
      'Beard & Delgadillo (2019), meta-analysis of early response to psychological therapy (25 studies, 11,091 patients), Depress Anxiety 36(9):866–878, DOI 10.1002/da.22931: early improvement "typically observed during the first 4 weeks"',
    url: 'https://pubmed.ncbi.nlm.nih.gov/31233263/',
  },
  {
    key: 'LOWE2004',
    citation:
      'Löwe, Unützer, Callahan, Perkins & Kroenke (2004), Med Care, PMID 15550799: minimal clinically important difference of the PHQ-9, 5 points (2 SEM), 434 older adults in the IMPACT trial',
    url: 'https://medluna.com/article/15550799',
  },
  {
    key: 'TOUSSAINT2020',
    citation:
      'Toussaint et al. (2020), sensitivity to change and minimal clinically important difference of the GAD-7, J Affect Disord 265:395–401, DOI 10.1016/j.jad.2020.01.032: MCID 4 points',
    url: 'https://fis.uke.de/portal/en/publications/sensitivity-to-change-and-minimal-clinically-important-difference-of-the-7item-generalized-anxiety-disorder-questionnaire-gad7(3ac450dc-9eb3-48dd-89ee-a5c0bc2d51c3).html',
  },
  {
    key: 'ICSI_DEPRESSION',
    citation:
      'ICSI depression guideline, "Has the patient reached remission?": response = reduction of 50 % or more; a decision on progress with psychotherapy "may require 8 to 10 weeks"',
    url: 'https://www.icsi.org/guideline_sub-pages/depression/has_patient_reached_remission/',
  },
  {
    key: 'NCQA_RESPONSE',
    citation:
      'Psychiatric Services, DOI 10.1176/appi.ps.201900295: response (PHQ-9 reduced by 50 % or more) and remission as NCQA/HEDIS indicators',
    url: 'http://ps.psychiatryonline.org/doi/full/10.1176/appi.ps.201900295',
  },
  {
    key: 'WA_COCM',
    citation:
      'Washington State collaborative care registry, Psychiatric Services, DOI 10.1176/appi.ps.201400577: psychiatric consultation between weeks 8 and 12 for patients not responding by week 8',
    url: 'https://psychiatryonline.org/doi/10.1176/appi.ps.201400577',
  },
  {
    key: 'SCHUELLER2015',
    citation:
      'Schueller, Kwasny, Dear, Titov & Mohr (2015), cut points on the PHQ-9 that predict response to CBT, Gen Hosp Psychiatry 37(5):470–475, DOI 10.1016/j.genhosppsych.2015.05.009: PHQ-9 ≥ 17 at week 4, ≥ 13 at week 9, ≥ 9 at week 14 (487 adults)',
    url: 'https://www.scholars.northwestern.edu/en/publications/cut-points-on-the-patient-health-questionnaire-phq-9-that-predict',
  },
];
