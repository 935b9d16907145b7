import { performance } from 'node:perf_hooks';
import { parseCaseNumber } from '../src/server/domain/case-number/index.js';
import { defaultRuleSet, evaluateScope, type ScopeCase } from '../src/server/domain/scope/index.js';
import { demoCourt } from '../src/server/demo/demo-court.js';

/**
 * Pilot-scope evaluation throughput: `count` cases (the demo court's realistic cases, cycled)
 * against the plan's default rule set, archiving dates during the pilot (so every rule is tried).
 */
export function scopeEvaluateBench(count: number) {
  const demo = demoCourt();
  const judgeName = new Map(demo.users.map((u) => [u.username, u.displayName]));
  const facts: ScopeCase[] = demo.cases.map((c) => {
    const parsed = parseCaseNumber(c.caseNumber);
    return {
      caseNumber: c.caseNumber,
      typeCode: parsed.ok ? parsed.value.typeCode : '',
      department: c.department,
      team: c.team ?? null,
      judge: c.judge ? (judgeName.get(c.judge) ?? null) : null,
      causeOfAction: c.causeOfAction,
      parties: (c.parties ?? []).map((p) => ({ name: p.name, kind: p.kind })),
      flags: c.flags ?? [],
      filedAt: c.filedAt,
    };
  });
  const ruleSet = defaultRuleSet();
  let inScope = 0;
  for (let i = 0; i < 2000; i++) evaluateScope(ruleSet, facts[i % facts.length]!, '2021-12-31'); // warm-up
  const t0 = performance.now();
  for (let i = 0; i < count; i++) {
    if (evaluateScope(ruleSet, facts[i % facts.length]!, '2021-12-31').inScope) inScope++;
  }
  const seconds = (performance.now() - t0) / 1000;
  return {
    scenario: 'scope-evaluate',
    cases: count,
    distinctCases: facts.length,
    inScope,
    seconds: Math.round(seconds * 1000) / 1000,
    casesPerSecond: Math.round(count / seconds),
  };
}
