#!/usr/bin/env node
// The `tandem` command. The server is TypeScript run through tsx (no build
// step: see docs/adr/0002-typescript-without-a-build-step.md).
import { register } from 'tsx/esm/api';

register();
// A reader that goes away (`tandem serve | head`, a closed terminal) must not crash
// Tandem in the middle of its work, or mid-shutdown: output is simply dropped.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE') throw error;
  });
}
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
