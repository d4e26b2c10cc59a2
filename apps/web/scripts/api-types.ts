import openapiTS, { astToString } from 'openapi-typescript';

/** The server's OpenAPI document (committed; `npm run generate -w apps/server` rewrites it). */
export const openApiDocumentUrl = new URL('../../server/openapi.json', import.meta.url);
/** Where the web app's API types live (committed; checked for drift by openapi-drift.test.ts). */
export const apiTypesUrl = new URL('../src/shared/api/generated/openapi.d.ts', import.meta.url);

const header = `// Generated from apps/server/openapi.json by \`npm run generate:api -w apps/web\`. Do not edit:
// change the server's route schemas, run \`npm run generate -w apps/server\` (which runs this too),
// and commit both files. src/shared/api/openapi-drift.test.ts fails when they differ.

`;

/**
 * The TypeScript types of every API route (`paths`), made from the OpenAPI
 * document's text. Pure apart from openapi-typescript itself, so the drift
 * test and the generate script produce byte-for-byte the same file.
 */
export async function generateApiTypes(documentText: string): Promise<string> {
  const ast = await openapiTS(JSON.parse(documentText) as Parameters<typeof openapiTS>[0], {
    // Keys in a stable order, so a diff shows what changed in the API and nothing else.
    alphabetize: true,
    silent: true,
  });
  return header + astToString(ast);
}
