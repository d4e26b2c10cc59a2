#!/usr/bin/env node
// Fails when relative imports form a cycle, and when a package imports against the
// allowed direction (core and instruments: nothing in the repo; web: never server code).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const sourceRoots = [
  'packages/core/src',
  'packages/instruments/src',
  'apps/server/src',
  'apps/web/src',
];
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full);
    else if (/\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name)) files.push(full);
  }
};
for (const dir of sourceRoots) walk(path.join(root, dir));

const importPattern = /^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm;
const graph = new Map();
const problems = [];
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const deps = [];
  for (const match of text.matchAll(importPattern)) {
    const spec = match[1];
    const rel = path.relative(root, file);
    if (spec.startsWith('.')) deps.push(path.resolve(path.dirname(file), spec));
    else if (spec.startsWith('@tandem/')) {
      const allowed =
        rel.startsWith('packages/core/') || rel.startsWith('packages/instruments/')
          ? []
          : rel.startsWith('apps/web/')
            ? ['@tandem/core', '@tandem/instruments']
            : ['@tandem/core', '@tandem/instruments'];
      if (!allowed.includes(spec))
        problems.push(`${rel} imports ${spec} against the dependency direction`);
    }
  }
  graph.set(file, deps);
}

const state = new Map();
const stack = [];
const visit = (file) => {
  state.set(file, 'active');
  stack.push(file);
  for (const dep of graph.get(file) ?? []) {
    if (!graph.has(dep)) continue;
    if (state.get(dep) === 'active') {
      const cycle = stack
        .slice(stack.indexOf(dep))
        .concat(dep)
        .map((f) => path.relative(root, f));
      problems.push(`import cycle: ${cycle.join(' -> ')}`);
    } else if (!state.has(dep)) visit(dep);
  }
  stack.pop();
  state.set(file, 'done');
};
for (const file of graph.keys()) if (!state.has(file)) visit(file);

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`No import cycles or direction violations in ${files.length} files.`);
