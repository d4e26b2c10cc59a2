// Every exported Questionnaire, generated and committed, conforms to HL7's
// FHIR R4 (4.0.1) JSON Schema. The check is shown to work on the fixtures:
// HL7's own examples pass, known faults in third-party files are found, and
// deliberately broken Questionnaires fail with the place named.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listInstruments } from '../registry.ts';
import { checkAgainstSchema } from './json-schema-check.ts';
import { toQuestionnaire } from './to-questionnaire.ts';

const fixtures =
  process.env.TANDEM_FHIR_FIXTURES ??
  new URL('../../../../../shared/fixtures/fhir/', import.meta.url).pathname;
const exportedDir = new URL('../../fhir/', import.meta.url).pathname;
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const schema = readJson(`${fixtures}/schema/fhir.schema.R4-4.0.1.json`) as Record<string, unknown>;

describe('FHIR R4 JSON Schema', () => {
  it.each(listInstruments().map((definition) => [definition.id, definition] as const))(
    '%s: the generated Questionnaire conforms',
    (_, definition) => {
      expect(checkAgainstSchema(schema, 'Questionnaire', toQuestionnaire(definition))).toEqual([]);
    },
  );

  it.each(readdirSync(exportedDir).filter((name) => name.endsWith('.json')))(
    'committed fhir/%s conforms',
    (name) => {
      expect(
        checkAgainstSchema(schema, 'Questionnaire', readJson(`${exportedDir}/${name}`)),
      ).toEqual([]);
    },
  );

  it('accepts every HL7 example in the fixtures, and finds the known faults in the third-party ones', () => {
    // Faults found by this check in third-party files, which the importer still
    // reads (it is lenient where the schema is strict): variable names with
    // "_" (R4 Expression.name is an id), durations as strings, a valueString
    // that is not a string, narrative text without a div.
    const knownFaults: Readonly<Record<string, { count: number; kinds: RegExp }>> = {
      'questionnaires/fhirpathjs-phq9.R4.json': {
        count: 11,
        kinds: /valueExpression\.name: does not match|valueString: must be of type string/,
      },
      'questionnaires/lforms-phq9.R4.json': {
        count: 21,
        kinds: /valueExpression\.name: does not match|valueDuration\.value: must be of type number/,
      },
      'questionnaires/lforms-phq9-weight-function.R4.json': {
        count: 11,
        kinds: /valueDuration\.value: must be of type number/,
      },
      'questionnaires/lforms-argonaut-phq9-ish.R4.json': {
        count: 1,
        kinds: /Questionnaire\.text: div is required/,
      },
    };
    const files = ['questionnaires', 'questionnaire-responses', 'fhir-r4-examples'].flatMap((dir) =>
      readdirSync(`${fixtures}/${dir}`)
        .filter((name) => name.endsWith('.json') && name !== 'package.json')
        .map((name) => `${dir}/${name}`),
    );
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const resource = readJson(`${fixtures}/${file}`) as { resourceType: string };
      const errors = checkAgainstSchema(schema, resource.resourceType, resource);
      const known = knownFaults[file];
      if (known === undefined) {
        expect(errors, file).toEqual([]);
      } else {
        expect(errors, file).toHaveLength(known.count);
        for (const error of errors) expect(error, file).toMatch(known.kinds);
      }
    }
  });

  it('rejects broken Questionnaires, naming the place', () => {
    const [definition] = listInstruments();
    if (definition === undefined) throw new Error('no instruments');
    const good = toQuestionnaire(definition);
    const broken = [
      { ...good, status: 'published' },
      { ...good, unknownField: true },
      { ...good, item: [{ linkId: 1, type: 'choice' }] },
      { ...good, item: [{ linkId: 'x', type: 'dropdown' }] },
      { ...good, resourceType: 'Questionnare' },
      { ...good, url: 'has spaces' },
    ];
    const found = broken.map((resource) => checkAgainstSchema(schema, 'Questionnaire', resource));
    for (const errors of found) expect(errors.length).toBeGreaterThan(0);
    expect(found[0]?.[0]).toMatch(/^Questionnaire\.status: /);
    expect(found[1]?.[0]).toMatch(/unknown property unknownField/);
    expect(found[2]?.join('\n')).toMatch(
      /Questionnaire\.item\[0\]\.linkId: must be of type string/,
    );
    expect(found[3]?.join('\n')).toMatch(
      /Questionnaire\.item\[0\]\.type: "dropdown" is not one of/,
    );
  });
});
