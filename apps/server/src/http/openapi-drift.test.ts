import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { generateOpenApiDocument } from './openapi-document.ts';

describe('OpenAPI document', () => {
  it('the committed apps/server/openapi.json matches the routes (run `npm run generate -w apps/server`)', async () => {
    const committed = await readFile(new URL('../../openapi.json', import.meta.url), 'utf8');
    expect(committed).toBe(await generateOpenApiDocument());
  });

  it('documents every API route with its error body', async () => {
    const document = JSON.parse(await generateOpenApiDocument()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    expect(Object.keys(document.paths)).toContain('/api/clients/{id}');
    expect(Object.keys(document.paths)).toContain('/api/auth/sign-in');
  });
});
