import { retentionLabels } from '../../../common/reception-api.js';
import { typeCodeFamily } from '../case-number/index.js';

/**
 * 保管期限 (DOMAIN.md §4.6). Courts' litigation files follow the court rule 永久 / 长期 (60 years) /
 * 短期 (30 years); the national scheme for 文书档案 is 永久 / 定期30年 / 定期10年 (DA/T 13 codes Y, D30,
 * D10). Whether the SPC moved litigation files to the national scheme is not known, so both are
 * carried and the court scheme is the default; every period has both its label and a code.
 */
export type RetentionCode = 'Y' | 'C60' | 'D30' | 'D10';

export interface RetentionPeriod {
  code: RetentionCode;
  label: string;
  /** Years; null for 永久. */
  years: number | null;
  scheme: 'court' | 'national';
}

export const retentionPeriods: Record<RetentionCode, RetentionPeriod> = {
  Y: { code: 'Y', label: retentionLabels.Y, years: null, scheme: 'court' },
  C60: { code: 'C60', label: retentionLabels.C60, years: 60, scheme: 'court' },
  D30: { code: 'D30', label: retentionLabels.D30, years: 30, scheme: 'court' },
  D10: { code: 'D10', label: retentionLabels.D10, years: 10, scheme: 'national' },
};

/** Longer first: a file takes the longest period of every rule it meets ("从长"). */
export function longer(a: RetentionCode, b: RetentionCode): RetentionCode {
  const rank = (c: RetentionCode) => (c === 'Y' ? 4 : c === 'C60' ? 3 : c === 'D30' ? 2 : 1);
  return rank(a) >= rank(b) ? a : b;
}

export interface RetentionFacts {
  /** 类型代字, e.g. 民初, 刑初, 执, 司救民. */
  typeCode: string;
  /** 结案方式 as the trial system sends it (free text): 判决, 调解, 撤诉, 驳回起诉, 终结本次执行 …. */
  closingMethod: string | null;
}

export interface RetentionRule {
  id: string;
  /** What the rule says, in Chinese, for the explanation shown to the archivist. */
  description: string;
  /** Type-code families (刑, 民, 行, 执, 赔 …) it applies to; empty: every family. */
  families: readonly string[];
  /** Words of the closing method it applies to; empty: any. */
  closingWords: readonly string[];
  period: RetentionCode;
}

/**
 * The default schedule — CaseVault's reading of the court rule's principles (DOMAIN.md §4.6, M/L):
 * decided cases are kept long, withdrawn or terminated ones short, state compensation and cases that
 * made law permanently. The court's archives department adjusts it; a file whose facts meet no rule
 * gets 长期 and is flagged for a person to decide. Sentence-dependent permanence (死刑, 无期, 十年以上)
 * needs facts the trial system does not send yet, so criminal judgments are flagged for review.
 */
export const defaultRetentionSchedule: readonly RetentionRule[] = [
  { id: 'withdrawn', description: '撤诉、按撤诉处理、终止审理、发回补充侦查的案件：短期', families: [], closingWords: ['撤诉', '撤回', '终止审理', '发回补充侦查', '准予撤回'], period: 'D30' },
  { id: 'rejected-filing', description: '驳回起诉、不予受理的案件：短期', families: [], closingWords: ['驳回起诉', '不予受理'], period: 'D30' },
  { id: 'civil-decided', description: '民事、行政案件经判决、调解结案：长期', families: ['民', '行'], closingWords: ['判决', '调解', '裁定'], period: 'C60' },
  { id: 'criminal-decided', description: '刑事案件判处刑罚：长期（死刑、无期徒刑、十年以上有期徒刑应为永久，须人工核定）', families: ['刑'], closingWords: ['判决'], period: 'C60' },
  { id: 'enforcement', description: '执行案件：执行完毕、终结执行为短期；终结本次执行程序（可恢复执行）为长期', families: ['执'], closingWords: ['终结本次执行', '终本'], period: 'C60' },
  { id: 'enforcement-done', description: '执行完毕或终结执行的执行案件：短期', families: ['执'], closingWords: ['执行完毕', '终结执行', '和解'], period: 'D30' },
  { id: 'state-compensation', description: '国家赔偿案件：永久', families: ['赔', '法赔', '委赔', '行赔'], closingWords: [], period: 'Y' },
  { id: 'judicial-aid', description: '司法救助案件：长期', families: ['司救'], closingWords: [], period: 'C60' },
];

export interface RetentionDecision {
  period: RetentionPeriod;
  /** The rules that applied (the longest won), or none. */
  rules: RetentionRule[];
  explanation: string;
  /** A person should confirm: no rule applied, or a rule says so. */
  needsReview: boolean;
}

/** The retention period of a file from its case facts: the longest period of every rule it meets. */
export function retentionFor(facts: RetentionFacts, schedule: readonly RetentionRule[] = defaultRetentionSchedule): RetentionDecision {
  const family = typeCodeFamily(facts.typeCode) ?? '';
  const method = facts.closingMethod ?? '';
  const applies = (r: RetentionRule) =>
    (r.families.length === 0 || r.families.includes(family)) && (r.closingWords.length === 0 || r.closingWords.some((w) => method.includes(w)));
  // A withdrawn case is short whatever its family: those rules are exclusive, not "longest wins".
  const matched = schedule.filter(applies);
  const exclusive = matched.filter((r) => r.id === 'withdrawn' || r.id === 'rejected-filing');
  const rules = exclusive.length ? exclusive : matched;
  if (rules.length === 0) {
    return {
      period: retentionPeriods.C60,
      rules: [],
      explanation: `没有适用的保管期限规则（类型代字“${facts.typeCode}”，结案方式“${method || '未登记'}”），暂定长期，请档案管理员核定`,
      needsReview: true,
    };
  }
  const code = rules.map((r) => r.period).reduce(longer);
  const winning = rules.filter((r) => r.period === code);
  return {
    period: retentionPeriods[code],
    rules: winning,
    explanation: winning.map((r) => r.description).join('；'),
    needsReview: winning.some((r) => r.description.includes('人工核定')),
  };
}

/**
 * A 保管期限 as another system writes it (a bag's Retention-Period): a code (Y, C60, D30, D10) or a
 * label 永久 / 长期（60年）/ 短期（30年）/ 定期10年; null when it cannot be read.
 */
export function retentionCodeOf(label: string): RetentionCode | null {
  const s = label.trim();
  if (s in retentionPeriods) return s as RetentionCode;
  if (s.startsWith('永久')) return 'Y';
  if (s.startsWith('长期') || s.includes('60')) return 'C60';
  if (s.startsWith('短期') || s.includes('30')) return 'D30';
  if (s.includes('10')) return 'D10';
  return null;
}
