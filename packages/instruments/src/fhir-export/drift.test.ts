// The committed fhir/<id>.json files must equal what the definitions generate.
// Fix a failure with `npm run generate -w packages/instruments`.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listInstruments } from '../registry.ts';
import { questionnaireFileName, questionnaireJson } from './serialize.ts';

const fhirDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fhir');

describe('committed FHIR Questionnaires', () => {
  it.each(listInstruments().map((definition) => [definition.id, definition] as const))(
    '%s matches its definition',
    (_, definition) => {
      const committed = readFileSync(join(fhirDir, questionnaireFileName(definition)), 'utf8');
      expect(committed).toBe(questionnaireJson(definition));
    },
  );

  it('has no file without a definition', () => {
    const expected = listInstruments().map(questionnaireFileName).sort();
    const present = readdirSync(fhirDir)
      .filter((name) => name.endsWith('.json'))
      .sort();
    expect(present).toEqual(expected);
  });
});
