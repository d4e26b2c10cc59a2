// Checks a JSON value against one definition of the official FHIR R4 JSON
// Schema (draft-06). Only the keywords that schema uses are implemented:
// $ref (local), const, enum, type, pattern, items, properties,
// additionalProperties: false, required and oneOf. Used by the export tests,
// so that every committed Questionnaire is checked against HL7's own schema
// without adding a dependency.

type Schema = Readonly<Record<string, unknown>>;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const typeChecks: Readonly<Record<string, (value: unknown) => boolean>> = {
  string: (value) => typeof value === 'string',
  number: (value) => typeof value === 'number' && Number.isFinite(value),
  integer: (value) => Number.isInteger(value),
  boolean: (value) => typeof value === 'boolean',
  object: isObject,
  array: Array.isArray,
  null: (value) => value === null,
};

const HANDLED = new Set([
  '$ref',
  'const',
  'enum',
  'type',
  'pattern',
  'items',
  'properties',
  'additionalProperties',
  'required',
  'oneOf',
  'description',
]);

/**
 * Every way `value` breaks `#/definitions/<definition>` of `root`, each as
 * "path: problem"; empty when it conforms.
 *
 * @example checkAgainstSchema(fhirSchema, 'Questionnaire', questionnaire) // []
 */
export function checkAgainstSchema(root: Schema, definition: string, value: unknown): string[] {
  const definitions = root.definitions as Readonly<Record<string, Schema>>;
  const patterns = new Map<string, RegExp>();
  const errors: string[] = [];

  const resolve = (ref: string): Schema => {
    const name = /^#\/definitions\/([^/]+)$/.exec(ref)?.[1];
    const found = name === undefined ? undefined : definitions[name];
    if (found === undefined) throw new Error(`unsupported or unknown $ref ${ref}`);
    return found;
  };

  const check = (schema: Schema, instance: unknown, path: string, found: string[]): void => {
    for (const keyword of Object.keys(schema)) {
      if (!HANDLED.has(keyword)) throw new Error(`schema keyword ${keyword} is not supported`);
    }
    // draft-06: a $ref replaces the rest of its schema object.
    if (typeof schema.$ref === 'string') {
      check(resolve(schema.$ref), instance, path, found);
      return;
    }
    if ('const' in schema && instance !== schema.const) {
      found.push(`${path}: must be ${JSON.stringify(schema.const)}`);
    }
    if (Array.isArray(schema.enum) && !schema.enum.includes(instance)) {
      found.push(`${path}: ${JSON.stringify(instance)} is not one of ${schema.enum.join(', ')}`);
    }
    if (typeof schema.type === 'string' && !(typeChecks[schema.type] ?? (() => false))(instance)) {
      found.push(`${path}: must be of type ${schema.type}`);
      return;
    }
    if (typeof schema.pattern === 'string' && typeof instance === 'string') {
      let pattern = patterns.get(schema.pattern);
      if (pattern === undefined) {
        pattern = new RegExp(schema.pattern);
        patterns.set(schema.pattern, pattern);
      }
      if (!pattern.test(instance)) found.push(`${path}: does not match ${schema.pattern}`);
    }
    if (isObject(schema.items) && Array.isArray(instance)) {
      const items = schema.items;
      instance.forEach((entry, index) => check(items, entry, `${path}[${index}]`, found));
    }
    if (isObject(instance)) {
      const properties = isObject(schema.properties) ? schema.properties : {};
      for (const [key, entry] of Object.entries(instance)) {
        const property = properties[key];
        if (isObject(property)) check(property, entry, `${path}.${key}`, found);
        else if (schema.additionalProperties === false) {
          found.push(`${path}: unknown property ${key}`);
        }
      }
      for (const key of Array.isArray(schema.required) ? (schema.required as string[]) : []) {
        if (!(key in instance)) found.push(`${path}: ${key} is required`);
      }
    }
    if (Array.isArray(schema.oneOf)) {
      const matching = schema.oneOf.filter((option) => {
        const attempt: string[] = [];
        check(option as Schema, instance, path, attempt);
        return attempt.length === 0;
      });
      if (matching.length !== 1) {
        found.push(`${path}: matches ${matching.length} of the oneOf alternatives, not exactly 1`);
      }
    }
  };

  check(resolve(`#/definitions/${definition}`), value, definition, errors);
  return errors;
}
