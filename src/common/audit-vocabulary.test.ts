import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditActionLabels } from './audit-vocabulary.js';

function serverSources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return serverSources(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

describe('audit vocabulary', () => {
  it('labels every action the server records', () => {
    const root = path.resolve(import.meta.dirname, '../server');
    const actions = new Set<string>();
    for (const file of serverSources(root)) {
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(/recordAudit\(\s*\w+,\s*[\w()'-]+,\s*'([a-z_.]+)'/g)) actions.add(m[1]!);
    }
    expect(actions.size).toBeGreaterThanOrEqual(10);
    for (const a of actions) expect(auditActionLabels[a], a).toBeTruthy();
  });
});
