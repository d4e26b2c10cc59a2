// Writes one FHIR R4 Questionnaire per built-in instrument to fhir/<id>.json
// and removes stale files. Run with `npm run generate -w packages/instruments`;
// src/fhir-export/drift.test.ts fails when the committed files are out of date.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listInstruments } from '../src/registry.ts';
import { questionnaireFileName, questionnaireJson } from '../src/fhir-export/serialize.ts';

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'fhir');
mkdirSync(outDir, { recursive: true });

const written = new Set<string>();
for (const definition of listInstruments()) {
  const name = questionnaireFileName(definition);
  writeFileSync(join(outDir, name), questionnaireJson(definition));
  written.add(name);
}
for (const name of readdirSync(outDir)) {
  if (name.endsWith('.json') && !written.has(name)) rmSync(join(outDir, name));
}
console.log(`wrote ${written.size} Questionnaires to ${outDir}`);
