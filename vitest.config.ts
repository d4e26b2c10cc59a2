import { defineConfig } from 'vitest/config';
import { findSharedFhirFixtures } from './scripts/shared-fixtures.ts';

const fhirFixtures = findSharedFhirFixtures(import.meta.dirname);
if (fhirFixtures === null) {
  console.warn(
    'The shared FHIR fixtures were not found: the FHIR interoperability tests will fail. ' +
      'Set TANDEM_FHIR_FIXTURES to the shared/fixtures/fhir folder.',
  );
}
// Test files read this; a missing folder makes them fail (naming the path), never skip.
const env = { TANDEM_FHIR_FIXTURES: fhirFixtures ?? '/nonexistent/shared/fixtures/fhir' };

// One runner for every workspace. Pure packages run without a database; server
// tests are in-process HTTP tests on a real PostgreSQL (embedded by default,
// DATABASE_URL when set), started once by the server project's global setup.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'packages',
          env,
          include: ['packages/*/src/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'server',
          env,
          include: ['apps/server/src/**/*.test.ts'],
          globalSetup: ['apps/server/src/testing/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
          pool: 'forks',
        },
      },
      {
        test: {
          name: 'web',
          include: ['apps/web/src/**/*.test.{ts,tsx}'],
        },
      },
    ],
  },
});
