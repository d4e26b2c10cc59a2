// npm run generate:api -w apps/web: rewrites src/shared/api/generated/openapi.d.ts from the
// server's openapi.json (both committed; a web test fails when they drift apart).
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { apiTypesUrl, generateApiTypes, openApiDocumentUrl } from './api-types.ts';

const types = await generateApiTypes(await readFile(openApiDocumentUrl, 'utf8'));
await writeFile(apiTypesUrl, types);
console.log(`wrote ${fileURLToPath(apiTypesUrl)}`);
