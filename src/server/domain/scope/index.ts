/**
 * Pilot scope (试点范围): which cases are archived single-set, under which rule, and why. Pure domain
 * code: no I/O. The rule schemas and labels shared with the web editor live in
 * src/common/scope-rules.ts.
 */
export { evaluateScope, explainCondition, stickyExplanation } from './evaluate.js';
export type { ConditionExplanation, ScopeCase, ScopeDecision } from './evaluate.js';
export { defaultRuleSet, PILOT_START } from './default-rule-set.js';
export { canonicalCause, causeHierarchySource, causePath, isCauseUnder, isKnownCause, knownCauses, subCauses } from './cause-hierarchy.js';
export { financialInstitutionKeywords, recognizeFinancialInstitution } from './financial-institution.js';
export type { FinancialInstitutionRecognition } from './financial-institution.js';
export { ruleSetFindings } from './rule-set-findings.js';
export type { RuleSetFinding, RuleSetFindings } from './rule-set-findings.js';
