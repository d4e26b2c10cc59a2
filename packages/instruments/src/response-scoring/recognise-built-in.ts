import type { InstrumentDefinition, ItemDefinition } from '../definition/types.ts';
import { loincSystem } from '../fhir-export/constants.ts';
import {
  codingsAt,
  type IndexedItem,
  type IndexedQuestionnaire,
} from '../fhir-import/questionnaire-index.ts';

/**
 * Whether a Questionnaire from elsewhere is a built-in instrument in another
 * dress, so that it gets the instrument's bands, caseness and critical items
 * rather than only the total its own FHIRPath computes.
 */
export type BuiltInRecognition =
  /** Questionnaire.code carries no built-in instrument's LOINC panel code. */
  | { readonly status: 'not-claimed' }
  | {
      readonly status: 'recognised';
      readonly definition: InstrumentDefinition;
      /** The Questionnaire's linkId → the built-in item id, for every mapped item. */
      readonly itemByLinkId: ReadonlyMap<string, string>;
    }
  /** The panel code is there, but not every scored item maps: scored by its own FHIRPath. */
  | {
      readonly status: 'unmappable';
      readonly instrument: string;
      readonly problems: readonly string[];
    };

/**
 * Recognises a Questionnaire as a built-in instrument when Questionnaire.code
 * carries the instrument's verified LOINC panel code and every scored item
 * maps, strictly, to one item of the Questionnaire:
 *
 * - exactly one item carries the item's LOINC code;
 * - it is a `choice` item that does not repeat and is not inside a repeating group;
 * - its answer list is in the Questionnaire, every option carries a score
 *   (ordinalValue), and the scores are exactly the item's published option
 *   values, one option each.
 *
 * The score an answer gets is then its option's ordinal, read as the option
 * value. Instruments with reverse-scored items are never recognised: whether
 * another author's ordinals are already reversed cannot be known. Unscored
 * items (PHQ-9 item 10) are mapped when they pass the same test, and
 * otherwise left out (they change no score).
 *
 * @example
 * recogniseBuiltIn(index, listInstruments()) // LHC-Forms PHQ-9 → { status: 'recognised', definition: phq9, … }
 */
export function recogniseBuiltIn(
  index: IndexedQuestionnaire,
  instruments: readonly InstrumentDefinition[],
): BuiltInRecognition {
  const panels = new Set(
    codingsAt(index.resource, 'code')
      .filter((coding) => coding.system === loincSystem)
      .map((coding) => coding.code),
  );
  const definition = instruments.find(
    (candidate) => candidate.loinc?.panel !== undefined && panels.has(candidate.loinc.panel),
  );
  if (definition === undefined) return { status: 'not-claimed' };

  const problems: string[] = [];
  if (definition.items.some((item) => item.reverse)) {
    problems.push(`${definition.shortTitle} has reverse-scored items`);
  }
  const itemByLinkId = new Map<string, string>();
  for (const item of definition.items) {
    const found = mapItem(index, item);
    if (typeof found === 'string') {
      if (item.scored) problems.push(`item ${item.id}: ${found}`);
    } else {
      itemByLinkId.set(found.linkId, item.id);
    }
  }
  if (problems.length > 0) {
    return { status: 'unmappable', instrument: definition.id, problems };
  }
  return { status: 'recognised', definition, itemByLinkId };
}

/** The one Questionnaire item that is this built-in item, or why there is none. */
function mapItem(index: IndexedQuestionnaire, item: ItemDefinition): IndexedItem | string {
  const code = item.loinc;
  if (code === undefined) return 'has no verified LOINC code to map by';
  const coded = index.order
    .map((linkId) => index.items.get(linkId))
    .filter(
      (candidate): candidate is IndexedItem =>
        candidate !== undefined &&
        candidate.codes.some((coding) => coding.system === loincSystem && coding.code === code),
    );
  if (coded.length === 0) return `no item carries LOINC ${code}`;
  if (coded.length > 1) return `${coded.length} items carry LOINC ${code}`;
  const [candidate] = coded as [IndexedItem];
  const where = `"${candidate.linkId}" (LOINC ${code})`;
  if (candidate.type !== 'choice') return `${where} is a ${candidate.type} item, not a choice`;
  if (candidate.repeats || candidate.ancestors.some((id) => index.items.get(id)?.repeats)) {
    return `${where} can be answered more than once`;
  }
  if (candidate.options.kind !== 'resolved') {
    return `${where} has no answer list in the Questionnaire`;
  }
  const ordinals = candidate.options.list.options.map((option) => option.ordinal);
  const published = item.options.map((option) => option.value);
  if (!sameValues(ordinals, published)) {
    const shown = ordinals.map((ordinal) => (ordinal === null ? 'none' : String(ordinal)));
    return `${where} scores its options ${shown.join(', ')}, not ${published.join(', ')}`;
  }
  return candidate;
}

/** One option per published value: the same values, none missing, none twice, none unscored. */
function sameValues(ordinals: readonly (number | null)[], published: readonly number[]): boolean {
  if (ordinals.length !== published.length) return false;
  const scored = ordinals.filter((ordinal): ordinal is number => ordinal !== null);
  if (scored.length !== ordinals.length) return false;
  const ascending = (values: readonly number[]) => [...values].sort((a, b) => a - b);
  const right = ascending(published);
  return ascending(scored).every((value, position) => value === right[position]);
}
