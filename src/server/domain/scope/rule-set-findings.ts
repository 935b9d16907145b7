import type { Condition, ScopeRuleSet } from '../../../common/scope-rules.js';
import { caseTypeFamilies, isKnownTypeCode } from '../case-number/index.js';
import { isKnownCause } from './cause-hierarchy.js';

/**
 * Checks a schema-valid rule set against the reference data the schema cannot see (shared with the
 * web, it knows neither the 案由 table nor the type-code table nor the court's departments). Findings
 * are values, never exceptions (STYLE.md): the editor shows them before publishing; warnings do not
 * block, errors should.
 */
export interface RuleSetFinding {
  code:
    | 'SCOPE_UNKNOWN_CAUSE'
    | 'SCOPE_UNKNOWN_TYPE_CODE'
    | 'SCOPE_UNKNOWN_TYPE_CODE_FAMILY'
    | 'SCOPE_UNKNOWN_DEPARTMENT'
    | 'SCOPE_DEPARTMENT_CONDITION_NEVER_HOLDS'
    | 'SCOPE_DEPARTMENT_WITHOUT_RULE';
  severity: 'error' | 'warning' | 'info';
  /** Path in the rule set, e.g. ['rules', 3, 'condition', 'of', 0]. */
  path: Array<string | number>;
  message: string;
}

export interface RuleSetFindings {
  /** No error-level finding. */
  ok: boolean;
  issues: RuleSetFinding[];
}

/**
 * Findings on a rule set. `departments`, when given, are the court's case-handling departments: a
 * rule for another name never applies, and a department without a rule is reported (info).
 */
export function ruleSetFindings(ruleSet: ScopeRuleSet, departments?: readonly string[]): RuleSetFindings {
  const issues: RuleSetFinding[] = [];
  const families = new Set(caseTypeFamilies.map((f) => f.family));
  ruleSet.rules.forEach((rule, i) => {
    const at = ['rules', i];
    if (departments && !departments.includes(rule.department)) {
      issues.push({
        code: 'SCOPE_UNKNOWN_DEPARTMENT',
        severity: 'error',
        path: [...at, 'department'],
        message: `规则 ${rule.number}：本院没有“${rule.department}”这个部门，该规则不会适用于任何案件`,
      });
    }
    walk(rule.condition, [...at, 'condition'], (c, path) => {
      if (c.kind === 'causeOfAction') {
        for (const cause of c.under) {
          if (!isKnownCause(cause)) {
            issues.push({
              code: 'SCOPE_UNKNOWN_CAUSE',
              severity: 'warning',
              path: [...path, 'under'],
              message: `规则 ${rule.number}：案由“${cause}”不在案由表中，只匹配同名案由，不含下级案由`,
            });
          }
        }
      }
      if (c.kind === 'typeCode') {
        for (const code of c.in ?? []) {
          if (!isKnownTypeCode(code)) {
            issues.push({
              code: 'SCOPE_UNKNOWN_TYPE_CODE',
              severity: 'info',
              path: [...path, 'in'],
              message: `规则 ${rule.number}：类型代字“${code}”不在类型代字表中（如为地方代字可忽略）`,
            });
          }
        }
        for (const family of c.family ?? []) {
          if (!families.has(family)) {
            issues.push({
              code: 'SCOPE_UNKNOWN_TYPE_CODE_FAMILY',
              severity: 'error',
              path: [...path, 'family'],
              message: `规则 ${rule.number}：“${family}”不是类型代字的类别（可选：${[...families].join('、')}）`,
            });
          }
        }
      }
      if (c.kind === 'department' && !c.in.includes(rule.department)) {
        issues.push({
          code: 'SCOPE_DEPARTMENT_CONDITION_NEVER_HOLDS',
          severity: 'warning',
          path,
          message: `规则 ${rule.number} 属于${rule.department}，其中“承办部门为 ${c.in.join('、')}”的条件对本规则的案件永不成立`,
        });
      }
    });
  });
  if (departments) {
    for (const d of departments) {
      if (!ruleSet.rules.some((r) => r.department === d)) {
        issues.push({
          code: 'SCOPE_DEPARTMENT_WITHOUT_RULE',
          severity: 'info',
          path: ['rules'],
          message: `${d}尚无试点规则${ruleSet.fullCoverageFrom ? `，其案件自 ${ruleSet.fullCoverageFrom} 起归档时纳入单套制` : ''}`,
        });
      }
    }
  }
  return { ok: !issues.some((x) => x.severity === 'error'), issues };
}

function walk(c: Condition, path: Array<string | number>, visit: (c: Condition, path: Array<string | number>) => void): void {
  visit(c, path);
  if (c.kind === 'all' || c.kind === 'any') c.of.forEach((x, i) => walk(x, [...path, 'of', i], visit));
  if (c.kind === 'not') walk(c.of, [...path, 'of'], visit);
}
