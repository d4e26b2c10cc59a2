import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { apiTypesUrl, generateApiTypes, openApiDocumentUrl } from '../../../scripts/api-types.ts';

describe('web API types', () => {
  it('generated/openapi.d.ts matches apps/server/openapi.json (run `npm run generate -w apps/server`)', async () => {
    const committed = await readFile(apiTypesUrl, 'utf8');
    const fresh = await generateApiTypes(await readFile(openApiDocumentUrl, 'utf8'));
    expect(committed).toBe(fresh);
  }, 30_000);

  it('follows the document: a route it gains appears in the types', async () => {
    const document = {
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: {
        '/api/ping': {
          get: {
            responses: {
              200: {
                description: 'ok',
                content: {
                  'application/json': {
                    schema: { type: 'object', properties: { pong: { type: 'boolean' } } },
                  },
                },
              },
            },
          },
        },
      },
    };
    const types = await generateApiTypes(JSON.stringify(document));
    expect(types).toContain('"/api/ping": {');
    expect(types).toContain('pong?: boolean;');
  });
});
