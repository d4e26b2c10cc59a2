// Where the shared FHIR fixtures live. They are other projects' published
// artefacts (HL7 SDC, NLM LHC-Forms, MII, fhirpath.js, the R4 JSON Schema),
// kept beside the repository rather than copied into it; the FHIR
// interoperability tests read them. Order: TANDEM_FHIR_FIXTURES; a
// `shared/fixtures/fhir` folder beside the checkout or beside any folder
// above it (a clone in /work/ci finds /work/shared); this workplace's
// /work/shared. Returns null when there is none.
import { existsSync } from 'node:fs';
import path from 'node:path';

const marker = 'questionnaires';

export function findSharedFhirFixtures(repoRoot: string): string | null {
  const fromEnv = process.env.TANDEM_FHIR_FIXTURES;
  if (fromEnv) return fromEnv;
  const candidates: string[] = [];
  for (let dir = path.resolve(repoRoot); ; dir = path.dirname(dir)) {
    candidates.push(path.join(dir, 'shared', 'fixtures', 'fhir'));
    if (path.dirname(dir) === dir) break;
  }
  candidates.push('/work/shared/fixtures/fhir');
  return candidates.find((dir) => existsSync(path.join(dir, marker))) ?? null;
}
