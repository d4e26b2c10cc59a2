// A definition turned once into the flat lookups the scorer needs, so that
// scoring a response allocates little and never rebuilds maps or option lists
// (a researcher's export can hold a million rows). Definitions are immutable,
// so the compiled form is cached per definition object.
import type {
  Band,
  CriticalItemRule,
  InstrumentDefinition,
  ItemDefinition,
  ScaleDefinition,
} from '../definition/types.ts';
import { itemScore } from './item-score.ts';

export interface CompiledItem {
  readonly id: string;
  readonly definition: ItemDefinition;
  readonly scored: boolean;
  readonly min: number;
  readonly max: number;
  /** Score by answer value: `scores[value - min]`, NaN where the value is not a published option. */
  readonly scores: Float64Array;
  /** The published option values, for messages. */
  readonly allowedText: string;
}

export interface CompiledScale {
  readonly definition: ScaleDefinition;
  readonly id: string;
  /** Positions of the scale's items in `CompiledDefinition.items`. */
  readonly positions: Int32Array;
  readonly multiplier: number;
  readonly bands: readonly Band[];
}

export interface CompiledCritical {
  readonly rule: CriticalItemRule;
  readonly position: number;
}

export interface CompiledDefinition {
  readonly definition: InstrumentDefinition;
  readonly items: readonly CompiledItem[];
  readonly positionById: ReadonlyMap<string, number>;
  /** Positions of the scored items, in item order. */
  readonly scoredPositions: Int32Array;
  readonly total: CompiledScale;
  readonly subscales: readonly CompiledScale[];
  /** The total and the subscales by scale id. */
  readonly scaleById: ReadonlyMap<string, CompiledScale>;
  readonly critical: readonly CompiledCritical[];
  /**
   * Working buffers for one scoring call (answer values and item scores by
   * item position). Scoring is synchronous and never re-entered, so one pair
   * per definition is safe and spares two allocations per response.
   */
  readonly scratch: { readonly values: Float64Array; readonly scores: Float64Array };
}

const cache = new WeakMap<InstrumentDefinition, CompiledDefinition>();

/** The compiled form of a definition (built on first use, then cached). */
export function compiled(definition: InstrumentDefinition): CompiledDefinition {
  let found = cache.get(definition);
  if (found === undefined) {
    found = compile(definition);
    cache.set(definition, found);
  }
  return found;
}

function compile(definition: InstrumentDefinition): CompiledDefinition {
  const items = definition.items.map(compileItem);
  const positionById = new Map(items.map((item, position) => [item.id, position]));
  const scale = (source: ScaleDefinition): CompiledScale => ({
    definition: source,
    id: source.id,
    positions: Int32Array.from(source.items, (id) => {
      const position = positionById.get(id);
      if (position === undefined) throw new Error(`${definition.id}: unknown item ${id}`);
      return position;
    }),
    multiplier: source.multiplier,
    bands: source.bands,
  });
  const total = scale(definition.total);
  const subscales = definition.subscales.map(scale);
  return {
    definition,
    items,
    positionById,
    scoredPositions: Int32Array.from(
      items.flatMap((item, position) => (item.scored ? [position] : [])),
    ),
    total,
    subscales,
    scaleById: new Map([total, ...subscales].map((entry) => [entry.id, entry])),
    scratch: { values: new Float64Array(items.length), scores: new Float64Array(items.length) },
    critical: definition.criticalItems.map((rule) => {
      const position = positionById.get(rule.itemId);
      if (position === undefined) throw new Error(`${definition.id}: unknown item ${rule.itemId}`);
      return { rule, position };
    }),
  };
}

function compileItem(item: ItemDefinition): CompiledItem {
  const values = item.options.map((option) => option.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const scores = new Float64Array(max - min + 1).fill(Number.NaN);
  for (const value of values) scores[value - min] = itemScore(item, value);
  return {
    id: item.id,
    definition: item,
    scored: item.scored,
    min,
    max,
    scores,
    allowedText: values.join(', '),
  };
}

/** The score of a well-formed answer, or NaN when the value is not a published option. */
export function scoreOf(item: CompiledItem, value: number): number {
  return Number.isInteger(value) && value >= item.min && value <= item.max
    ? (item.scores[value - item.min] as number)
    : Number.NaN;
}
