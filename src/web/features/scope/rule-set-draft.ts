import {
  scopeRuleSet,
  type Condition,
  type ConditionKind,
  type ScopeRule,
  type ScopeRuleSet,
} from '../../../common/scope-rules';
import { issuesFromZod, type EditorIssue } from './rule-set-issues';

/**
 * The rule-set editor's model: a rule set being edited, possibly incomplete (a rule without a
 * number or a date yet), checked by the shared zod schema on every change so that the form says
 * exactly what the server would.
 */

export interface EditorRule {
  /** React key, stable while the rule moves in the list. */
  key: string;
  /** A rule added in this editor: its id is generated from its number on save. */
  isNew: boolean;
  /** The stable identifier of an existing rule (read-only); '' for a new rule. */
  id: string;
  number: number | null;
  department: string;
  label: string;
  condition: Condition;
  effectiveFrom: string | null;
  effectiveTo: string | null;
}

export interface EditorState {
  fullCoverageFrom: string | null;
  rules: EditorRule[];
}

/** The schema needs a version; the server assigns the real one when it saves the draft. */
const PLACEHOLDER_VERSION = 1;

let keys = 0;
const nextKey = () => `rule-${++keys}`;

/** The editor pre-filled from a saved rule set (in force or a draft), rules in order of number. */
export function editorStateOf(ruleSet: Pick<ScopeRuleSet, 'fullCoverageFrom' | 'rules'>): EditorState {
  return {
    fullCoverageFrom: ruleSet.fullCoverageFrom,
    rules: [...ruleSet.rules]
      .sort((a, b) => a.number - b.number)
      .map((r) => ({
        key: nextKey(),
        isNew: false,
        id: r.id,
        number: r.number,
        department: r.department,
        label: r.label,
        condition: structuredClone(r.condition),
        effectiveFrom: r.effectiveFrom,
        effectiveTo: r.effectiveTo,
      })),
  };
}

/** A new rule at the end of the list, numbered after the last one; it holds for every case until narrowed. */
export function newRule(state: EditorState, department = ''): EditorRule {
  const last = Math.max(0, ...state.rules.map((r) => r.number ?? 0));
  return {
    key: nextKey(),
    isNew: true,
    id: '',
    number: last + 1,
    department,
    label: '',
    condition: { kind: 'all', of: [] },
    effectiveFrom: null,
    effectiveTo: null,
  };
}

/**
 * The id a new rule gets: 'r<number>', or 'r<number>-2', -3 … when that is taken by another rule of
 * this set or was ever used by a rule of an earlier version (ids are kept across versions, and a
 * case's stored decision names its rule by id).
 */
export function generatedRuleId(number: number | null, taken: ReadonlySet<string>): string {
  const base = `r${number !== null && Number.isInteger(number) && number > 0 ? number : 'new'}`;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Each rule's id as it will be saved: existing ids kept, new ones generated in list order. */
export function ruleIds(state: EditorState, usedIds: ReadonlySet<string> = new Set()): string[] {
  const taken = new Set<string>([...usedIds, ...state.rules.filter((r) => !r.isNew).map((r) => r.id)]);
  return state.rules.map((r) => {
    if (!r.isNew) return r.id;
    const id = generatedRuleId(r.number, taken);
    taken.add(id);
    return id;
  });
}

/** The body of POST /scope/rule-sets, before validation (what the schema is asked to accept). */
export function ruleSetInput(state: EditorState, usedIds?: ReadonlySet<string>) {
  const ids = ruleIds(state, usedIds);
  return {
    fullCoverageFrom: state.fullCoverageFrom,
    rules: state.rules.map((r, i) => ({
      id: ids[i],
      number: r.number,
      department: r.department,
      label: r.label,
      condition: r.condition,
      effectiveFrom: r.effectiveFrom,
      effectiveTo: r.effectiveTo,
    })),
  };
}

export type Validation =
  | { ok: true; ruleSet: { fullCoverageFrom: string | null; rules: ScopeRule[] }; issues: [] }
  | { ok: false; issues: EditorIssue[] };

/** Checks the edited rule set with the shared schema (paths index `state.rules`). */
export function validateEditor(state: EditorState, usedIds?: ReadonlySet<string>): Validation {
  const parsed = scopeRuleSet.safeParse({ ...ruleSetInput(state, usedIds), version: PLACEHOLDER_VERSION });
  if (!parsed.success) return { ok: false, issues: issuesFromZod(parsed.error).map((i) => ({ ...i, message: blankMessage(state, i.path) ?? i.message })) };
  return { ok: true, ruleSet: { fullCoverageFrom: parsed.data.fullCoverageFrom, rules: parsed.data.rules }, issues: [] };
}

/** A field the form leaves empty (null) is “not chosen yet”, not “of the wrong type” as the schema says. */
function blankMessage(state: EditorState, path: ReadonlyArray<string | number>): string | undefined {
  const [head, index, field] = path;
  if (head !== 'rules' || typeof index !== 'number' || path.length !== 3) return undefined;
  const rule = state.rules[index];
  if (field === 'effectiveFrom' && rule?.effectiveFrom === null) return '请选择施行日期';
  if (field === 'number' && rule?.number === null) return '请填写规则号';
  return undefined;
}

/**
 * Moves a rule up or down one place; the two rules swap numbers too, so that the list stays in
 * order of number (the order in which a department's rules are tried).
 */
export function moveRule(state: EditorState, index: number, by: -1 | 1): EditorState {
  const other = index + by;
  const a = state.rules[index];
  const b = state.rules[other];
  if (!a || !b) return state;
  const rules = [...state.rules];
  rules[index] = { ...b, number: a.number };
  rules[other] = { ...a, number: b.number };
  return { ...state, rules };
}

/** Rules in order of number (rules without a number last), as they are saved. */
export function sortedByNumber(state: EditorState): EditorState {
  const rules = state.rules
    .map((r, i) => ({ r, i }))
    .sort((x, y) => (x.r.number ?? Infinity) - (y.r.number ?? Infinity) || x.i - y.i)
    .map((x) => x.r);
  return rules.every((r, i) => r === state.rules[i]) ? state : { ...state, rules };
}

/** Every rule id used by any version, so that a new rule never takes an old rule's id. */
export function idsEverUsed(ruleSets: ReadonlyArray<Pick<ScopeRuleSet, 'rules'>>): Set<string> {
  return new Set(ruleSets.flatMap((s) => s.rules.map((r) => r.id)));
}

/**
 * The condition a node becomes when its kind is changed in the editor. A simple condition turned
 * into a group (all / any / not) goes inside it, so that “A” → “A and …” keeps A; a group turned
 * into something else starts afresh. The node's label stays.
 */
export function changeKind(c: Condition, kind: ConditionKind): Condition {
  if (c.kind === kind) return c;
  const label = c.label;
  const compound = c.kind === 'all' || c.kind === 'any' || c.kind === 'not';
  const inner: Condition | undefined = compound ? undefined : { ...c, label: undefined };
  const withLabel = <T extends Condition>(x: T): T => (label === undefined ? x : { ...x, label });
  switch (kind) {
    case 'all':
    case 'any': {
      const of = c.kind === 'all' || c.kind === 'any' ? c.of : c.kind === 'not' ? [c.of] : inner ? [stripLabel(inner)] : [];
      return withLabel({ kind, of });
    }
    case 'not':
      return withLabel({ kind, of: c.kind === 'all' || c.kind === 'any' ? { kind: c.kind, of: c.of } : inner ? stripLabel(inner) : { kind: 'all', of: [] } });
    default:
      return withLabel(emptyCondition(kind));
  }
}

function stripLabel(c: Condition): Condition {
  const { label: _label, ...rest } = c;
  return rest as Condition;
}

/** A fresh condition of a kind, with its lists empty for the user to fill in. */
export function emptyCondition(kind: ConditionKind): Condition {
  switch (kind) {
    case 'all':
    case 'any':
      return { kind, of: [] };
    case 'not':
      return { kind, of: { kind: 'all', of: [] } };
    case 'department':
    case 'team':
    case 'judge':
      return { kind, in: [] };
    case 'causeOfAction':
      return { kind, under: [] };
    case 'typeCode':
      return { kind };
    case 'financialInstitutionParty':
      return { kind };
    case 'flag':
      return { kind, flag: 'pre_litigation_mediation' };
    case 'filedOn':
      return { kind };
  }
}

/** Sets or clears an optional field: '' and [] mean “not given” (the schema rejects empty values). */
export function withOptional<T extends Condition, K extends keyof T>(c: T, key: K, value: T[K] | '' | readonly unknown[] | null | undefined): T {
  const next = { ...c };
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) delete next[key];
  else next[key] = value as T[K];
  return next;
}

/** Every value of one kind of list in a rule set's conditions, for suggestions (案由, 类型代字 …). */
export function collectValues(conditions: readonly Condition[], pick: (c: Condition) => readonly string[] | undefined): string[] {
  const seen = new Set<string>();
  const walk = (c: Condition) => {
    for (const v of pick(c) ?? []) seen.add(v);
    if (c.kind === 'all' || c.kind === 'any') c.of.forEach(walk);
    if (c.kind === 'not') walk(c.of);
  };
  conditions.forEach(walk);
  return [...seen].sort((a, b) => a.localeCompare(b, 'zh-CN'));
}
