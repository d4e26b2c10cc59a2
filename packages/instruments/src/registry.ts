import type { InstrumentDefinition } from './definition/types.ts';
import { audit } from './instruments/audit/definition.ts';
import { auditC } from './instruments/audit-c/definition.ts';
import { core10 } from './instruments/core-10/definition.ts';
import { dass21 } from './instruments/dass-21/definition.ts';
import { gad2 } from './instruments/gad-2/definition.ts';
import { gad7 } from './instruments/gad-7/definition.ts';
import { k10 } from './instruments/k10/definition.ts';
import { pcl5 } from './instruments/pcl-5/definition.ts';
import { phq2 } from './instruments/phq-2/definition.ts';
import { phq9 } from './instruments/phq-9/definition.ts';
import { pss10 } from './instruments/pss-10/definition.ts';
import { rses } from './instruments/rses/definition.ts';
import { who5 } from './instruments/who-5/definition.ts';

/** Built-in instruments: free ones first, then those that need a licence accepted. */
const builtIn: readonly InstrumentDefinition[] = [
  phq9,
  phq2,
  gad7,
  gad2,
  pcl5,
  auditC,
  core10,
  who5,
  dass21,
  pss10,
  rses,
  audit,
  k10,
];

const byId = new Map(builtIn.map((definition) => [definition.id, definition]));

/** The built-in definition with this id, or undefined. */
export function getInstrument(id: string): InstrumentDefinition | undefined {
  return byId.get(id);
}

export function listInstruments(): readonly InstrumentDefinition[] {
  return builtIn;
}
