import { writeFile } from 'node:fs/promises';
import { format, resolveConfig } from 'prettier';
import { errorCatalogue } from '@tandem/core';

// Writes docs/ERRORS.md from the one error catalogue (packages/core/src/errors.ts).
const rows = Object.entries(errorCatalogue).map(
  ([code, { status, message }]) => `| \`${code}\` | ${status} | ${message} |`,
);
const text = `# Error codes

Generated from \`packages/core/src/errors.ts\` by \`npm run generate -w apps/server\`; do not edit by hand.

Every error the API answers is a JSON body \`{ "code", "message", "path"? }\`. The \`code\` is stable:
programs should branch on it, never on the message. \`path\` names the field at fault (for example
\`email\`, or \`params.id\` for a path parameter). A response with status 500 carries the code
\`INTERNAL\` and never a stack trace or SQL.

| code | HTTP status | default message |
|---|---|---|
${rows.join('\n')}
`;
const target = new URL('../../../docs/ERRORS.md', import.meta.url);
// Formatted as `npm run format` would, so that generating twice changes nothing.
const options = (await resolveConfig(target.pathname)) ?? {};
await writeFile(target, await format(text, { ...options, filepath: target.pathname }));
console.log(`wrote ${target.pathname}`);
