import type { ScopeRule, ScopeRuleSet } from '../../../common/scope-rules';

export type RuleChange = 'added' | 'changed' | 'unchanged';

export interface RuleSetDiff {
  fullCoverageFrom: { before: string | null; after: string | null } | null;
  /** Per rule id of the newer set. */
  rules: Map<string, RuleChange>;
  added: ScopeRule[];
  changed: ScopeRule[];
  /** Rules of the older set whose id the newer one no longer has. */
  removed: ScopeRule[];
}

/** What a key-order–independent comparison needs: a rule's content without its id. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/** How `after` differs from `before`, rule by rule (rules are matched by their stable id). */
export function diffRuleSets(before: Pick<ScopeRuleSet, 'fullCoverageFrom' | 'rules'>, after: Pick<ScopeRuleSet, 'fullCoverageFrom' | 'rules'>): RuleSetDiff {
  const old = new Map(before.rules.map((r) => [r.id, r]));
  const rules = new Map<string, RuleChange>();
  const added: ScopeRule[] = [];
  const changed: ScopeRule[] = [];
  for (const r of after.rules) {
    const o = old.get(r.id);
    if (!o) {
      rules.set(r.id, 'added');
      added.push(r);
    } else if (canonical(o) !== canonical(r)) {
      rules.set(r.id, 'changed');
      changed.push(r);
    } else rules.set(r.id, 'unchanged');
  }
  const ids = new Set(after.rules.map((r) => r.id));
  return {
    fullCoverageFrom: before.fullCoverageFrom === after.fullCoverageFrom ? null : { before: before.fullCoverageFrom, after: after.fullCoverageFrom },
    rules,
    added,
    changed,
    removed: before.rules.filter((r) => !ids.has(r.id)),
  };
}

/** '新增规则 11；修改规则 4、7；删除规则 9' or '与现行版本相同'. */
export function diffSummary(diff: RuleSetDiff): string {
  const numbers = (rs: ScopeRule[]) => rs.map((r) => r.number).sort((a, b) => a - b).join('、');
  const parts: string[] = [];
  if (diff.fullCoverageFrom) {
    parts.push(`全面实行日期 ${diff.fullCoverageFrom.before ?? '未设定'} → ${diff.fullCoverageFrom.after ?? '未设定'}`);
  }
  if (diff.added.length) parts.push(`新增规则 ${numbers(diff.added)}`);
  if (diff.changed.length) parts.push(`修改规则 ${numbers(diff.changed)}`);
  if (diff.removed.length) parts.push(`删除规则 ${numbers(diff.removed)}`);
  return parts.length ? parts.join('；') : '与现行版本相同';
}
