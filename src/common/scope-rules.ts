import { z } from 'zod';
import { caseFlagLabels, caseFlags, type CaseFlag } from './vocabulary.js';

/**
 * Pilot-scope rules as data (试点范围规则), shared by the server (evaluation, storage) and the web
 * rule editor (forms, validation, readable labels). Pure: no I/O, no server code, no Node modules.
 *
 * The court's plan (青法〔2021〕116号, DOMAIN.md A4) judges a case by two dates:
 * - its FILING date (立案日期) for the department rules of phases 2–4: a rule applies to cases filed
 *   within its effective window [effectiveFrom, effectiveTo] (both inclusive);
 * - the date its file is ARCHIVED (归档日期) for phase 5: every case archived on or after
 *   `fullCoverageFrom` is archived single-set, whatever its filing date.
 *
 * A rule belongs to one department (承办部门) and holds a condition tree over the case's team,
 * presiding judge, type code, cause of action, parties, flags and filing date, combined with
 * all / any / not. Any condition may carry a `label`: when a rule's top condition is an `any`
 * whose matching branch is labelled, the case's explanation names that branch (rule 4 of the plan
 * is one rule with two parts).
 */

// ── dates ────────────────────────────────────────────────────────────────────────────────────────

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `s` is a real calendar date written 'YYYY-MM-DD' (2021-02-30 is not). */
export function isIsoDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

const isoDate = z
  .string({ error: '日期应为 YYYY-MM-DD 格式的字符串' })
  .refine(isIsoDate, { error: '日期应为有效的 YYYY-MM-DD 日期，例如 2021-08-01' });

/** Phase 5 of the plan: from this archiving date every case is archived single-set (A4 §5). */
export const DEFAULT_FULL_COVERAGE_FROM = '2022-01-01';

// ── conditions ───────────────────────────────────────────────────────────────────────────────────

/** What every condition may carry: a short Chinese name shown in explanations and the editor. */
interface Labelled {
  /** e.g. '涉金融机构的借款合同纠纷'. Used in explanations when this is a matching `any` branch. */
  label?: string | undefined;
}

export interface AllCondition extends Labelled {
  kind: 'all';
  /** Every one must hold; an empty list holds for every case (“全部案件”). */
  of: Condition[];
}
export interface AnyCondition extends Labelled {
  kind: 'any';
  /** At least one must hold (never empty once validated). */
  of: Condition[];
}
export interface NotCondition extends Labelled {
  kind: 'not';
  of: Condition;
}
export interface DepartmentCondition extends Labelled {
  kind: 'department';
  /** Department names, e.g. '商事审判庭'. */
  in: string[];
}
export interface TeamCondition extends Labelled {
  kind: 'team';
  /**
   * Team names, e.g. '速裁团队'. A team name is only meaningful within its department (民事审判庭
   * and 商事审判庭 both have a 速裁团队): rules belong to one department, which qualifies the team.
   */
  in: string[];
}
export interface JudgeCondition extends Labelled {
  kind: 'judge';
  /** Display names of presiding judges (承办法官), e.g. '沈宝琴'. */
  in: string[];
}
export interface TypeCodeCondition extends Labelled {
  kind: 'typeCode';
  /** The 类型代字 is one of these, e.g. ['民监', '刑监']. */
  in?: string[] | undefined;
  /** The 类型代字 contains this text, e.g. '监' (监字号). */
  contains?: string | undefined;
  /** The 类型代字 starts with this text, e.g. '司救' (司法救助). */
  startsWith?: string | undefined;
  /**
   * The 类型代字 belongs to one of these families of the type-code table (DOMAIN.md §5.4), e.g.
   * ['执'] for 执, 执恢, 执保, 执异 … ('行赔' is its own family, not '行').
   */
  family?: string[] | undefined;
}
export interface CauseOfActionCondition extends Labelled {
  kind: 'causeOfAction';
  /** The cause is one of these or below one of them in the 案由 hierarchy (含下级案由). */
  under: string[];
}
export interface FinancialInstitutionPartyCondition extends Labelled {
  kind: 'financialInstitutionParty';
}
export interface FlagCondition extends Labelled {
  kind: 'flag';
  flag: CaseFlag;
}
export interface FiledOnCondition extends Labelled {
  kind: 'filedOn';
  /** Filed on or after this date. */
  from?: string | undefined;
  /** Filed on or before this date. */
  to?: string | undefined;
}

/** A condition on a case (a node of a rule's condition tree). */
export type Condition =
  | AllCondition
  | AnyCondition
  | NotCondition
  | DepartmentCondition
  | TeamCondition
  | JudgeCondition
  | TypeCodeCondition
  | CauseOfActionCondition
  | FinancialInstitutionPartyCondition
  | FlagCondition
  | FiledOnCondition;
export type ConditionKind = Condition['kind'];

export const conditionKinds = [
  'all',
  'any',
  'not',
  'department',
  'team',
  'judge',
  'typeCode',
  'causeOfAction',
  'financialInstitutionParty',
  'flag',
  'filedOn',
] as const satisfies readonly ConditionKind[];

/** Names of the condition kinds, for the editor's pick list. */
export const conditionKindLabels: Record<ConditionKind, string> = {
  all: '同时满足',
  any: '满足其一',
  not: '并非',
  department: '承办部门',
  team: '承办团队',
  judge: '承办法官',
  typeCode: '类型代字',
  causeOfAction: '案由',
  financialInstitutionParty: '当事人中有金融机构',
  flag: '案件标识',
  filedOn: '立案日期',
};

/** Limits that keep a stored rule set cheap to evaluate and safe to recurse over. */
export const MAX_CONDITION_DEPTH = 8;
export const MAX_CONDITION_NODES = 200;

const label = z.string().trim().min(1, '名称不能为空').max(60, '名称不能超过 60 个字').optional();

/** A non-empty list of distinct non-empty names. */
function nameList(what: string) {
  return z
    .array(z.string({ error: `${what}应为文字` }).trim().min(1, `${what}不能为空`).max(100, `${what}不能超过 100 个字`), {
      error: `${what}应为列表`,
    })
    .min(1, `至少填写一个${what}`)
    .refine((xs) => new Set(xs).size === xs.length, { error: `${what}不能重复` });
}

const fragment = (what: string) => z.string().trim().min(1, `${what}不能为空`).max(10, `${what}不能超过 10 个字`);

/** Condition tree schema (recursive). Rejects unknown kinds, empty lists and open date ranges. */
export const scopeCondition: z.ZodType<Condition> = z.lazy(() =>
  z.discriminatedUnion(
    'kind',
    [
      z.object({ kind: z.literal('all'), label, of: z.array(scopeCondition, { error: '条件列表应为数组' }) }),
      z.object({
        kind: z.literal('any'),
        label,
        of: z.array(scopeCondition, { error: '条件列表应为数组' }).min(1, '“满足其一”至少需要一个条件'),
      }),
      z.object({ kind: z.literal('not'), label, of: scopeCondition }),
      z.object({ kind: z.literal('department'), label, in: nameList('承办部门') }),
      z.object({ kind: z.literal('team'), label, in: nameList('承办团队') }),
      z.object({ kind: z.literal('judge'), label, in: nameList('承办法官') }),
      z
        .object({
          kind: z.literal('typeCode'),
          label,
          in: nameList('类型代字').optional(),
          contains: fragment('“包含”的文字').optional(),
          startsWith: fragment('“开头为”的文字').optional(),
          family: nameList('类型代字类别').optional(),
        })
        .refine((c) => c.in !== undefined || c.contains !== undefined || c.startsWith !== undefined || c.family !== undefined, {
          error: '类型代字条件至少需要“为”“包含”“开头为”“属于类别”之一',
        }),
      z.object({ kind: z.literal('causeOfAction'), label, under: nameList('案由') }),
      z.object({ kind: z.literal('financialInstitutionParty'), label }),
      z.object({ kind: z.literal('flag'), label, flag: z.enum(caseFlags, { error: '未知的案件标识' }) }),
      z
        .object({ kind: z.literal('filedOn'), label, from: isoDate.optional(), to: isoDate.optional() })
        .refine((c) => c.from !== undefined || c.to !== undefined, { error: '立案日期条件至少需要起始日期或截止日期' })
        .refine((c) => c.from === undefined || c.to === undefined || c.from <= c.to, {
          error: '立案日期条件的截止日期不能早于起始日期',
          path: ['to'],
        }),
    ],
    { error: '未知的条件类型' },
  ),
);

// ── rules and rule sets ──────────────────────────────────────────────────────────────────────────

export const scopeRule = z
  .object({
    /** Stable identifier, kept across versions, e.g. 'r4-commercial-finance'. */
    id: z
      .string({ error: '请填写规则标识' })
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, '规则标识只能由小写字母、数字和连字符组成，例如 r4-commercial-finance')
      .max(64, '规则标识不能超过 64 个字符'),
    /** 规则 N, as the plan numbers them. */
    number: z.number({ error: '规则编号应为正整数' }).int('规则编号应为正整数').positive('规则编号应为正整数'),
    department: z.string({ error: '请填写承办部门' }).trim().min(1, '请填写承办部门').max(100),
    /** Chinese name, e.g. '涉金融机构的借款合同纠纷'. */
    label: z.string({ error: '请填写规则名称' }).trim().min(1, '请填写规则名称').max(100, '规则名称不能超过 100 个字'),
    condition: scopeCondition,
    /** First FILING date the rule applies to (inclusive). */
    effectiveFrom: isoDate,
    /** Last FILING date the rule applies to (inclusive), or null: no end. */
    effectiveTo: isoDate.nullable().default(null),
  })
  .refine((r) => r.effectiveTo === null || r.effectiveTo >= r.effectiveFrom, {
    error: '截止日期不能早于施行日期',
    path: ['effectiveTo'],
  })
  .superRefine((r, ctx) => {
    const size = measure(r.condition);
    if (size.depth > MAX_CONDITION_DEPTH) {
      ctx.addIssue({ code: 'custom', message: `条件嵌套不能超过 ${MAX_CONDITION_DEPTH} 层`, path: ['condition'] });
    }
    if (size.nodes > MAX_CONDITION_NODES) {
      ctx.addIssue({ code: 'custom', message: `一条规则的条件不能超过 ${MAX_CONDITION_NODES} 个`, path: ['condition'] });
    }
  });
export type ScopeRule = z.infer<typeof scopeRule>;
export type ScopeRuleInput = z.input<typeof scopeRule>;

export const scopeRuleSet = z
  .object({
    /** Published versions count up from 1; a case's decision records the version it came from. */
    version: z.number({ error: '规则集版本应为正整数' }).int('规则集版本应为正整数').positive('规则集版本应为正整数'),
    /**
     * Phase 5: every case ARCHIVED on or after this date is in scope whatever its filing date;
     * null: no full coverage. Defaults to the plan's 2022-01-01.
     */
    fullCoverageFrom: isoDate.nullable().default(DEFAULT_FULL_COVERAGE_FROM),
    rules: z.array(scopeRule, { error: '规则列表应为数组' }).max(500, '规则不能超过 500 条'),
  })
  .superRefine((s, ctx) => {
    const ids = new Map<string, number>();
    const numbers = new Map<number, number>();
    s.rules.forEach((r, i) => {
      const sameId = ids.get(r.id);
      if (sameId !== undefined) {
        ctx.addIssue({ code: 'custom', message: `规则标识“${r.id}”与第 ${sameId + 1} 条规则重复`, path: ['rules', i, 'id'] });
      } else ids.set(r.id, i);
      const sameNumber = numbers.get(r.number);
      if (sameNumber !== undefined) {
        ctx.addIssue({ code: 'custom', message: `规则编号 ${r.number} 与第 ${sameNumber + 1} 条规则重复`, path: ['rules', i, 'number'] });
      } else numbers.set(r.number, i);
    });
  });
export type ScopeRuleSet = z.infer<typeof scopeRuleSet>;
export type ScopeRuleSetInput = z.input<typeof scopeRuleSet>;

function measure(c: Condition, depth = 1): { depth: number; nodes: number } {
  if (c.kind === 'all' || c.kind === 'any') {
    let d = depth;
    let n = 1;
    for (const child of c.of) {
      const m = measure(child, depth + 1);
      d = Math.max(d, m.depth);
      n += m.nodes;
    }
    return { depth: d, nodes: n };
  }
  if (c.kind === 'not') {
    const m = measure(c.of, depth + 1);
    return { depth: m.depth, nodes: m.nodes + 1 };
  }
  return { depth, nodes: 1 };
}

// ── Chinese labels ───────────────────────────────────────────────────────────────────────────────

/** 'A', 'A、B' — the Chinese enumeration comma. */
export function listLabel(items: readonly string[]): string {
  return items.join('、');
}

/** '为 A' or '为 A、B 之一'. */
function oneOf(items: readonly string[]): string {
  return items.length === 1 ? `为 ${items[0]}` : `为 ${listLabel(items)} 之一`;
}

const isCompound = (c: Condition) => c.kind === 'all' || c.kind === 'any';

/**
 * A readable Chinese description of a condition, for the editor and explanations, e.g.
 * '案由属于 劳动争议纠纷（含下级案由），且承办法官为 陈薇', '类型代字含“监”，或类型代字以“司救”开头',
 * '并非〔承办团队为 速裁团队〕'. Nested groups are bracketed with 〔〕. Describes the logic and ignores
 * `label` (see {@link conditionTitle}).
 */
export function conditionLabel(c: Condition): string {
  return describe(c, false);
}

/** The condition's own label when it has one, otherwise its description. */
export function conditionTitle(c: Condition): string {
  return c.label ?? conditionLabel(c);
}

function describe(c: Condition, nested: boolean): string {
  const group = (s: string) => (nested ? `〔${s}〕` : s);
  switch (c.kind) {
    case 'all':
      if (c.of.length === 0) return '全部案件';
      if (c.of.length === 1) return describe(c.of[0]!, nested);
      return group(c.of.map((x) => describe(x, true)).join('，且'));
    case 'any':
      if (c.of.length === 0) return '不匹配任何案件';
      if (c.of.length === 1) return describe(c.of[0]!, nested);
      return group(c.of.map((x) => describe(x, true)).join('，或'));
    case 'not':
      return `并非〔${describe(c.of, false)}〕`;
    case 'department':
      return `承办部门${oneOf(c.in)}`;
    case 'team':
      return `承办团队${oneOf(c.in)}`;
    case 'judge':
      return `承办法官${oneOf(c.in)}`;
    case 'typeCode': {
      const parts = typeCodeParts(c);
      return parts.length > 1 ? group(parts.join('，且')) : (parts[0] ?? '类型代字不限');
    }
    case 'causeOfAction':
      return `案由属于 ${listLabel(c.under)}（含下级案由）`;
    case 'financialInstitutionParty':
      return '当事人中有金融机构';
    case 'flag':
      return `案件标识含“${caseFlagLabels[c.flag]}”`;
    case 'filedOn':
      if (c.from !== undefined && c.to !== undefined) return `立案日期在 ${c.from} 至 ${c.to} 之间`;
      if (c.from !== undefined) return `立案日期 ≥ ${c.from}`;
      if (c.to !== undefined) return `立案日期 ≤ ${c.to}`;
      return '立案日期不限';
  }
}

function typeCodeParts(c: TypeCodeCondition): string[] {
  const parts: string[] = [];
  if (c.in !== undefined) parts.push(`类型代字${oneOf(c.in)}`);
  if (c.contains !== undefined) parts.push(`类型代字含“${c.contains}”`);
  if (c.startsWith !== undefined) parts.push(`类型代字以“${c.startsWith}”开头`);
  if (c.family !== undefined) parts.push(`类型代字属于 ${listLabel(c.family)} 类`);
  return parts;
}

/** '2021-08-01 起施行' or '2021-08-01 起施行，至 2022-06-30'. */
export function effectiveWindowLabel(rule: Pick<ScopeRule, 'effectiveFrom' | 'effectiveTo'>): string {
  return rule.effectiveTo === null ? `${rule.effectiveFrom} 起施行` : `${rule.effectiveFrom} 起施行，至 ${rule.effectiveTo}`;
}

/** '规则 4 · 商事审判庭 · 涉金融机构的借款合同纠纷、诉前调解成功的案件（2021-08-01 起施行）'. */
export function ruleTitle(rule: Pick<ScopeRule, 'number' | 'department' | 'label' | 'effectiveFrom' | 'effectiveTo'>): string {
  return `规则 ${rule.number} · ${rule.department} · ${rule.label}（${effectiveWindowLabel(rule)}）`;
}

/** '自 2022-01-01 起归档的案件全部实行单套制' or '未设定全面实行日期'. */
export function fullCoverageLabel(fullCoverageFrom: string | null): string {
  return fullCoverageFrom === null ? '未设定全面实行单套制的日期' : `自 ${fullCoverageFrom} 起归档的案件全部实行单套制`;
}
