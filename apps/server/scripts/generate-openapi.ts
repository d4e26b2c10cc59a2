import { writeFile } from 'node:fs/promises';
import { generateOpenApiDocument } from '../src/http/openapi-document.ts';

// npm run generate -w apps/server: rewrites openapi.json (committed; a test fails when it drifts).
const target = new URL('../openapi.json', import.meta.url);
await writeFile(target, await generateOpenApiDocument());
console.log(`wrote ${target.pathname}`);
