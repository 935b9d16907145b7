#!/usr/bin/env node
// Entry point of the `casevault` command. Runs the compiled program from dist/ when it has been
// built (npm run build), and the TypeScript sources through tsx otherwise (a fresh checkout).
import { existsSync } from 'node:fs';

const compiled = new URL('../dist/server/cli/main.js', import.meta.url);
if (existsSync(compiled)) {
  await import(compiled.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(new URL('../src/server/cli/main.ts', import.meta.url).href);
}
