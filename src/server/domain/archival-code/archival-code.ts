import { typeCodeFamily } from '../case-number/index.js';
import type { RetentionCode } from './retention.js';

/**
 * 档号 (DOMAIN.md §4.7). DA/T 13-2022 builds it as 全宗号-类别号-件号, the 类别号 dot-joined
 * (门类·…·年度·保管期限代码·机构/问题); litigation files are 专业档案 (门类 ZY). No court-specific rule
 * was found, so the 档号 is a template the court configures; the default is
 * `{fonds}-ZY·{year}·{retention}·{category}-{seq:4}`, e.g. `J019-ZY·2021·C60·MS-0007`. The sequence
 * runs per series (everything before `{seq}`), gap-free; the counter lives in the database.
 */
export const DEFAULT_ARCHIVAL_CODE_TEMPLATE = '{fonds}-ZY·{year}·{retention}·{category}-{seq:4}';

export interface ArchivalCodeParts {
  /** 全宗号, e.g. J019. */
  fonds: string;
  /** 年度: the year the case was closed (结案年度). */
  year: number;
  retention: RetentionCode;
  /** 审判类别 code from the case type (see `categoryOf`). */
  category: string;
  /** 件号 within the series, from 1. */
  seq: number;
}

const TOKEN = /\{(fonds|year|retention|category|seq)(?::(\d))?\}/g;

/** The problems of a template, in Chinese; empty when it can be used. */
export function checkTemplate(template: string): string[] {
  const problems: string[] = [];
  const tokens = [...template.matchAll(TOKEN)].map((m) => m[1]);
  const unknown = template.replace(TOKEN, '').match(/\{[^}]*\}/g);
  if (unknown) problems.push(`档号模板中有不认识的字段：${unknown.join('、')}（可用 {fonds} {year} {retention} {category} {seq}）`);
  for (const required of ['fonds', 'seq']) if (!tokens.includes(required)) problems.push(`档号模板必须包含 {${required}}`);
  if (tokens.filter((t) => t === 'seq').length > 1) problems.push('档号模板只能有一个 {seq}');
  if (!template.trimEnd().endsWith('}') || !/\{seq(?::\d)?\}$/.test(template.trim())) problems.push('{seq}（件号）应放在档号最后');
  if (/[\s/\\]/.test(template)) problems.push('档号模板不能含空格或斜杠');
  return problems;
}

/** The series a 档号 belongs to: the template filled up to, not including, the sequence number. */
export function seriesOf(template: string, parts: Omit<ArchivalCodeParts, 'seq'>): string {
  return fill(template.slice(0, template.search(/\{seq(?::\d)?\}/)), { ...parts, seq: 0 });
}

/** The 档号 for the parts. */
export function formatArchivalCode(template: string, parts: ArchivalCodeParts): string {
  return fill(template, parts);
}

function fill(template: string, parts: ArchivalCodeParts): string {
  return template.replace(TOKEN, (_, name: keyof ArchivalCodeParts, width?: string) => {
    const value = String(parts[name]);
    return width ? value.padStart(Number(width), '0') : value;
  });
}

/** 审判类别 codes by type-code family, after the usual abbreviations of court archive systems. */
const categories: Record<string, string> = {
  刑: 'XS',
  民: 'MS',
  行: 'XZ',
  执: 'ZX',
  赔: 'PC',
  法赔: 'PC',
  委赔: 'PC',
  行赔: 'PC',
  司救: 'SJ',
  破: 'PO',
};

/** The 审判类别 code of a case type (刑初 → XS, 民终 → MS, 执异 → ZX …); QT (其他) when not listed. */
export function categoryOf(typeCode: string): string {
  const family = typeCodeFamily(typeCode);
  return (family && categories[family]) || 'QT';
}
