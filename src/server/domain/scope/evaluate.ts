import { caseFlagLabels, type CaseFlag } from '../../../common/vocabulary.js';
import {
  conditionLabel,
  effectiveWindowLabel,
  fullCoverageLabel,
  listLabel,
  type Condition,
  type ScopeRule,
  type ScopeRuleSet,
  type TypeCodeCondition,
} from '../../../common/scope-rules.js';
import { typeCodeFamily } from '../case-number/index.js';
import { isCauseUnder } from './cause-hierarchy.js';
import { recognizeFinancialInstitution } from './financial-institution.js';

/**
 * Pilot-scope evaluation (试点范围认定): decides whether a case is archived single-set under a rule
 * set, and says why in one Chinese sentence. Pure and deterministic: no clock, no I/O; the same rule
 * set, case and archiving date always give the same decision and the same explanation.
 *
 * The plan (DOMAIN.md A4) judges a case by two dates:
 * - the filing date `filedAt` against each rule's effective window (phases 2–4);
 * - the archiving date `asOf` against the rule set's `fullCoverageFrom` (phase 5).
 */

/** What the evaluator needs to know about a case. Judge and team by display name. */
export interface ScopeCase {
  caseNumber: string;
  /** 类型代字, e.g. '民初', '执恢', '司救民'. */
  typeCode: string;
  /** 承办部门 name, e.g. '商事审判庭'. */
  department: string;
  team?: string | null;
  /** Display name of the presiding judge, e.g. '沈宝琴'. */
  judge?: string | null;
  causeOfAction: string;
  /** Parties by name; `kind` as in partyKinds ('financial_institution' …) when known. */
  parties: Array<{ name: string; kind?: string }>;
  flags: string[];
  /** 立案日期, 'YYYY-MM-DD'. */
  filedAt: string;
}

export interface ScopeDecision {
  inScope: boolean;
  ruleId: string | null;
  ruleNumber: number | null;
  ruleSetVersion: number;
  /** 'rule': a department rule matched; 'full_coverage': phase 5 alone; 'none': out of scope. */
  basis: 'rule' | 'full_coverage' | 'none';
  /** One Chinese sentence, shown on the case page. */
  explanation: string;
}

export interface ConditionExplanation {
  holds: boolean;
  /** Why it does not hold, one Chinese clause per failed leaf ([] when it holds). */
  failed: string[];
}

/**
 * Whether a condition holds for a case, and if not, why — in Chinese clauses such as '本案不属速裁团队'
 * or '本案案由“劳务合同纠纷”不属于 劳动争议纠纷'. `holds` is true exactly when `failed` is empty.
 * For `all`, every failing child is reported; for `any`, the failures of all children; for `not`,
 * the inner condition that held.
 */
export function explainCondition(condition: Condition, c: ScopeCase): ConditionExplanation {
  return explain(condition, c, new CaseFacts(c));
}

/**
 * The pilot-scope decision for a case whose file is (to be) archived on `asOf`.
 *
 * 1. Rules are tried in order of their number; a rule matches when its department is the case's,
 *    the case's filing date lies in its effective window, and its condition holds. A match puts the
 *    case in scope with basis 'rule' — also on or after `fullCoverageFrom`: the rule is the more
 *    specific reason, so the explanation names it and stays one sentence.
 * 2. Otherwise, when `fullCoverageFrom` is set and `asOf` ≥ it, the case is in scope with basis
 *    'full_coverage'.
 * 3. Otherwise it is out, and the explanation says which part of each rule of its department failed
 *    (or that its department has no rule), and when full coverage starts.
 *
 * Dates are compared as 'YYYY-MM-DD' strings; the caller validates them.
 */
export function evaluateScope(ruleSet: ScopeRuleSet, c: ScopeCase, asOf: string): ScopeDecision {
  const facts = new CaseFacts(c);
  const own = ruleSet.rules.filter((r) => r.department === c.department).sort((a, b) => a.number - b.number);
  const misses: Array<{ rule: ScopeRule; reasons: string[] }> = [];

  for (const rule of own) {
    const result = explain(rule.condition, c, facts);
    const window = windowReasons(rule, c.filedAt);
    if (result.holds && window.length === 0) {
      return {
        inScope: true,
        ruleId: rule.id,
        ruleNumber: rule.number,
        ruleSetVersion: ruleSet.version,
        basis: 'rule',
        explanation: `纳入单套制试点：${rule.department} · ${matchedLabel(rule, c, facts)}（规则 ${rule.number}，${effectiveWindowLabel(rule)}）`,
      };
    }
    misses.push({ rule, reasons: [...result.failed, ...window] });
  }

  const full = ruleSet.fullCoverageFrom;
  if (full !== null && asOf >= full) {
    return {
      inScope: true,
      ruleId: null,
      ruleNumber: null,
      ruleSetVersion: ruleSet.version,
      basis: 'full_coverage',
      explanation: `纳入单套制：${full} 起归档的案件全部实行单套制（规则集第 ${ruleSet.version} 版）`,
    };
  }

  let explanation: string;
  if (misses.length === 0) {
    explanation = `未纳入单套制试点：本院尚未对${c.department || '该部门'}制定单套制试点规则`;
  } else if (misses.length === 1) {
    const { rule, reasons } = misses[0]!;
    explanation = `未纳入单套制试点：${c.department}仅“${rule.label}”纳入（规则 ${rule.number}），${reasons.join('，')}`;
  } else {
    const listed = misses.map(({ rule }) => `“${rule.label}”（规则 ${rule.number}）`).join('、');
    const why = misses.map(({ rule, reasons }) => `规则 ${rule.number}：${reasons.join('，')}`).join('；');
    explanation = `未纳入单套制试点：${c.department}仅${listed}纳入；${why}`;
  }
  if (full !== null) explanation += `；${fullCoverageLabel(full)}`;

  return { inScope: false, ruleId: null, ruleNumber: null, ruleSetVersion: ruleSet.version, basis: 'none', explanation };
}

/**
 * The explanation of a case already archived, which keeps the regime it was archived under whatever
 * later rule-set versions say (issue 3, "sticky"): '已于 2021-11-02 按规则集第 1 版归档，保持原认定：…'.
 */
export function stickyExplanation(prev: ScopeDecision, archivedAt: string): string {
  return `已于 ${archivedAt} 按规则集第 ${prev.ruleSetVersion} 版归档，保持原认定：${prev.explanation}`;
}

// ── internals ────────────────────────────────────────────────────────────────────────────────────

/**
 * Facts derived once per case (the financial-institution scan is the only costly one). A party is a
 * financial institution by its recorded kind, or by its name unless it is recorded as a natural
 * person (a person may be called 王银行).
 */
class CaseFacts {
  private fi: boolean | undefined;
  constructor(private readonly c: ScopeCase) {}

  get hasFinancialInstitution(): boolean {
    this.fi ??= this.c.parties.some(
      (p) => p.kind === 'financial_institution' || (p.kind !== 'natural_person' && recognizeFinancialInstitution(p.name).match),
    );
    return this.fi;
  }
}

/** The label to name in an in-scope explanation: the first matching labelled branch of a top `any`. */
function matchedLabel(rule: ScopeRule, c: ScopeCase, facts: CaseFacts): string {
  if (rule.condition.kind === 'any') {
    for (const branch of rule.condition.of) {
      if (branch.label !== undefined && explain(branch, c, facts).holds) return branch.label;
    }
  }
  return rule.label;
}

function windowReasons(rule: ScopeRule, filedAt: string): string[] {
  if (filedAt < rule.effectiveFrom) return [`本案立案日期 ${filedAt} 早于规则 ${rule.number} 施行日期 ${rule.effectiveFrom}`];
  if (rule.effectiveTo !== null && filedAt > rule.effectiveTo) {
    return [`本案立案日期 ${filedAt} 晚于规则 ${rule.number} 截止日期 ${rule.effectiveTo}`];
  }
  return [];
}

const ok = (): ConditionExplanation => ({ holds: true, failed: [] });
const fail = (...failed: string[]): ConditionExplanation => ({ holds: false, failed });

/** '为 A' / '为 A、B 之一' — as in the labels. */
const oneOf = (items: readonly string[]) => (items.length === 1 ? `${items[0]}` : `${listLabel(items)} 之一`);

function explain(condition: Condition, c: ScopeCase, facts: CaseFacts): ConditionExplanation {
  switch (condition.kind) {
    case 'all': {
      const failed = condition.of.flatMap((x) => explain(x, c, facts).failed);
      return failed.length === 0 ? ok() : fail(...failed);
    }
    case 'any': {
      if (condition.of.length === 0) return fail('没有可满足的条件');
      const failed: string[] = [];
      for (const x of condition.of) {
        const r = explain(x, c, facts);
        if (r.holds) return ok();
        failed.push(...r.failed);
      }
      return fail(...failed);
    }
    case 'not': {
      const inner = explain(condition.of, c, facts);
      if (!inner.holds) return ok();
      const of = condition.of;
      if (of.kind === 'all' && of.of.length === 0) return fail('该条件排除全部案件');
      const isGroup = of.kind === 'all' || of.kind === 'any' || of.kind === 'not';
      return fail(isGroup ? `本案符合〔${conditionLabel(of)}〕` : `本案${conditionLabel(of)}`);
    }
    case 'department':
      return condition.in.includes(c.department) ? ok() : fail(`本案承办部门为 ${c.department}，不是 ${oneOf(condition.in)}`);
    case 'team':
      return c.team != null && condition.in.includes(c.team) ? ok() : fail(`本案不属${listLabel(condition.in)}`);
    case 'judge':
      if (c.judge != null && condition.in.includes(c.judge)) return ok();
      return fail(c.judge ? `本案承办法官为 ${c.judge}，不是 ${oneOf(condition.in)}` : `本案未记载承办法官，不是 ${oneOf(condition.in)}`);
    case 'typeCode':
      return explainTypeCode(condition, c.typeCode);
    case 'causeOfAction':
      return condition.under.some((a) => isCauseUnder(c.causeOfAction, a))
        ? ok()
        : fail(`本案案由“${c.causeOfAction}”不属于 ${listLabel(condition.under)}`);
    case 'financialInstitutionParty':
      return facts.hasFinancialInstitution ? ok() : fail('本案当事人中没有金融机构');
    case 'flag':
      return c.flags.includes(condition.flag) ? ok() : fail(`本案没有“${flagLabel(condition.flag)}”标识`);
    case 'filedOn': {
      const failed: string[] = [];
      if (condition.from !== undefined && c.filedAt < condition.from) failed.push(`本案立案日期 ${c.filedAt} 早于 ${condition.from}`);
      if (condition.to !== undefined && c.filedAt > condition.to) failed.push(`本案立案日期 ${c.filedAt} 晚于 ${condition.to}`);
      return failed.length === 0 ? ok() : fail(...failed);
    }
  }
}

function explainTypeCode(condition: TypeCodeCondition, typeCode: string): ConditionExplanation {
  const failed: string[] = [];
  const code = `本案类型代字“${typeCode}”`;
  if (condition.in !== undefined && !condition.in.includes(typeCode)) failed.push(`${code}不是 ${oneOf(condition.in)}`);
  if (condition.contains !== undefined && !typeCode.includes(condition.contains)) failed.push(`${code}不含“${condition.contains}”`);
  if (condition.startsWith !== undefined && !typeCode.startsWith(condition.startsWith)) {
    failed.push(`${code}不以“${condition.startsWith}”开头`);
  }
  if (condition.family !== undefined) {
    const family = typeCodeFamily(typeCode);
    if (family === undefined || !condition.family.includes(family)) failed.push(`${code}不属 ${listLabel(condition.family)} 类`);
  }
  return failed.length === 0 ? ok() : fail(...failed);
}

function flagLabel(flag: string): string {
  return caseFlagLabels[flag as CaseFlag] ?? flag;
}
