// Builders for Tandem's own Questionnaire extensions. Each is a complex
// extension whose parts are named after the fields of the definition types,
// so a reader can map one to the other without a table.
import type { Extension } from 'fhir/r4.js';
import type {
  Band,
  CasenessRule,
  ChangeConstants,
  CriticalItemRule,
  IndicationRule,
  Licence,
  MissingItemRule,
  Norm,
  PublishedValue,
  Threshold,
} from '../definition/types.ts';
import { extensionUrl, scoreLinkId } from './constants.ts';

type Part = Extension;

const str = (url: string, value: string): Part => ({ url, valueString: value });
const code = (url: string, value: string): Part => ({ url, valueCode: value });
const dec = (url: string, value: number): Part => ({ url, valueDecimal: value });

export function bandsExtension(bands: readonly Band[]): Extension[] {
  return bands.map((band) => ({
    url: extensionUrl.bands,
    extension: [
      code('id', band.id),
      str('label', band.label),
      dec('min', band.min),
      dec('max', band.max),
    ],
  }));
}

function thresholdParts(threshold: Threshold): Part[] {
  return [
    code('scale', scoreLinkId(threshold.scale)),
    code('comparator', threshold.comparator),
    dec('value', threshold.value),
  ];
}

export function casenessExtension(rule: CasenessRule): Extension[] {
  switch (rule.kind) {
    case 'threshold':
      return [
        {
          url: extensionUrl.caseness,
          extension: [...thresholdParts(rule.threshold), str('source', rule.source)],
        },
      ];
    case 'by-sex':
      return (['female', 'male'] as const).map((sex) => ({
        url: extensionUrl.caseness,
        extension: [
          code('sex', sex),
          ...thresholdParts(rule.thresholds[sex]),
          str('source', rule.source),
        ],
      }));
  }
}

export function indicationExtension(rule: IndicationRule): Extension {
  const head = [code('id', rule.id), str('label', rule.label)];
  switch (rule.kind) {
    case 'threshold':
      return {
        url: extensionUrl.indication,
        extension: [...head, ...thresholdParts(rule.threshold), str('source', rule.source)],
      };
    case 'cluster-pattern':
      return {
        url: extensionUrl.indication,
        extension: [
          ...head,
          dec('endorsedAtLeast', rule.endorsedAtLeast),
          ...rule.clusters.map((cluster) => ({
            url: 'cluster',
            extension: [
              code('scale', scoreLinkId(cluster.scale)),
              dec('minEndorsed', cluster.minEndorsed),
            ],
          })),
          str('source', rule.source),
        ],
      };
  }
}

export function criticalItemExtension(rule: CriticalItemRule): Extension {
  return {
    url: extensionUrl.criticalItem,
    extension: [dec('atLeast', rule.atLeast), str('why', rule.why), str('source', rule.source)],
  };
}

export function missingItemRuleExtension(rule: MissingItemRule): Extension {
  switch (rule.kind) {
    case 'none':
      return {
        url: extensionUrl.missingItemRule,
        extension: [code('kind', rule.kind), str('note', rule.note)],
      };
    case 'mean-substitution':
      return {
        url: extensionUrl.missingItemRule,
        extension: [
          code('kind', rule.kind),
          dec('maxMissing', rule.maxMissing),
          str('source', rule.source),
        ],
      };
  }
}

function publishedParts(name: string, value: PublishedValue | undefined): Part[] {
  if (value === undefined) return [];
  const parts = [
    dec('value', value.value),
    str('source', value.source),
    code('evidence', value.evidence),
  ];
  if (value.note !== undefined) parts.push(str('note', value.note));
  return [{ url: name, extension: parts }];
}

function normParts(name: string, norm: Norm | undefined): Part[] {
  if (norm === undefined) return [];
  return [
    {
      url: name,
      extension: [
        dec('mean', norm.mean),
        dec('sd', norm.sd),
        str('sample', norm.sample),
        str('source', norm.source),
        code('evidence', norm.evidence),
      ],
    },
  ];
}

export function changeConstantsExtension(change: ChangeConstants): Extension[] {
  const parts = [
    ...publishedParts('reliability', change.reliability),
    ...(change.reliability === undefined ? [] : [code('reliabilityKind', change.reliability.kind)]),
    ...normParts('clinical', change.clinical),
    ...normParts('normative', change.normative),
    ...publishedParts('reliableChange', change.reliableChange),
    ...publishedParts('clinicalCutoff', change.clinicalCutoff),
    ...(change.clinicalCutoff === undefined
      ? []
      : [code('clinicalCutoffFunctional', change.clinicalCutoff.functional)]),
  ];
  return parts.length === 0 ? [] : [{ url: extensionUrl.changeConstants, extension: parts }];
}

export function licenceExtension(licence: Licence): Extension {
  const parts = [
    code('kind', licence.kind),
    str('text', licence.text),
    str('attribution', licence.attribution),
  ];
  if (licence.url !== undefined) parts.push({ url: 'url', valueUri: licence.url });
  return { url: extensionUrl.licence, extension: parts };
}
