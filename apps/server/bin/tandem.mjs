#!/usr/bin/env node
// The `tandem` command. The server is TypeScript run through tsx (no build
// step: see docs/adr/0002-typescript-without-a-build-step.md).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
