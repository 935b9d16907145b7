import type { z } from 'zod';
import type { RuleSetIssue } from '../../api/scope.hooks';
import { ApiError } from '../../api/client';

/** A finding with its path as segments: ['rules', 3, 'condition', 'of', 0, 'under']. */
export interface EditorIssue {
  code: string;
  severity: 'error' | 'warning' | 'info';
  path: Array<string | number>;
  message: string;
  /** Where it came from: the form's own check, or the server's answer to the last save. */
  source: 'client' | 'server';
}

/** Reads both path forms the server sends: 'rules.3.condition' and ['rules', 3, 'condition']. */
export function normalizeIssuePath(path: unknown): Array<string | number> {
  const segments: unknown[] = Array.isArray(path) ? path : typeof path === 'string' && path !== '' ? path.split('.') : [];
  return segments.map((s) => (typeof s === 'number' ? s : /^\d+$/.test(String(s)) ? Number(s) : String(s)));
}

export function pathKey(path: ReadonlyArray<string | number>): string {
  return path.join('.');
}

/** The form's own check: the issues of a failed zod parse, as findings. */
export function issuesFromZod(error: z.ZodError): EditorIssue[] {
  return error.issues.map((i) => ({
    code: 'SCOPE_SCHEMA',
    severity: 'error',
    path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
    message: i.message,
    source: 'client',
  }));
}

function isIssue(x: unknown): x is RuleSetIssue {
  return typeof x === 'object' && x !== null && typeof (x as { message?: unknown }).message === 'string';
}

/** Findings from the server: a 201's `findings`, or a 400 SCOPE_RULE_SET_INVALID's `details.issues`. */
export function serverIssues(findings: unknown): EditorIssue[] {
  if (!Array.isArray(findings)) return [];
  return findings.filter(isIssue).map((i) => ({
    code: typeof i.code === 'string' ? i.code : 'SCOPE_FINDING',
    severity: i.severity === 'warning' || i.severity === 'info' ? i.severity : 'error',
    path: normalizeIssuePath(i.path),
    message: i.message,
    source: 'server',
  }));
}

/** The issues of a refused save, when the server said why rule by rule; otherwise none. */
export function issuesOfError(error: unknown): EditorIssue[] {
  if (!(error instanceof ApiError) || error.code !== 'SCOPE_RULE_SET_INVALID') return [];
  return serverIssues((error.details as { issues?: unknown } | undefined)?.issues);
}

/** The index of the rule an issue is about (path 'rules.<i>…'), or null for the rule set itself. */
export function ruleIndexOf(path: ReadonlyArray<string | number>): number | null {
  return path[0] === 'rules' && typeof path[1] === 'number' ? path[1] : null;
}

/** Issues exactly at `path` (the field's own messages). */
export function issuesAt(issues: readonly EditorIssue[], path: ReadonlyArray<string | number>): EditorIssue[] {
  const key = pathKey(path);
  return issues.filter((i) => pathKey(i.path) === key);
}

/** Issues at `path` or anywhere below it (to mark a rule or a condition group). */
export function issuesUnder(issues: readonly EditorIssue[], path: ReadonlyArray<string | number>): EditorIssue[] {
  const key = pathKey(path);
  return issues.filter((i) => {
    const k = pathKey(i.path);
    return k === key || k.startsWith(`${key}.`);
  });
}

/**
 * A finding as one line for the list beside the form, prefixed with the rule it is about
 * ('规则 4：…') unless the message already says so (the server's domain findings do).
 */
export function issueLine(issue: EditorIssue, ruleNumberAt: (index: number) => number | null | undefined): string {
  const index = ruleIndexOf(issue.path);
  if (index === null || /^规则\s*\d+/.test(issue.message)) return issue.message;
  const number = ruleNumberAt(index);
  return `${number ? `规则 ${number}` : `第 ${index + 1} 条规则`}：${issue.message}`;
}

export const severityLabels: Record<EditorIssue['severity'], string> = { error: '错误', warning: '警告', info: '提示' };
