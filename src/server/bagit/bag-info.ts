import { bagIssue, type BagIssue } from './bag-issues.js';
import type { TagElement } from './tag-file.js';

/**
 * bag-info.txt for a court's bags (RFC 8493 §2.2.2) — the reserved elements plus the court
 * profile: 案号, 全宗号, 档号, 保管期限.
 *
 * Label choice: the RFC lets a label be any text without a colon or line break in the declared
 * encoding, so `案号: …` would be valid. We still write English labels (`Court-Case-Number` …) with
 * the Chinese values: labels are what programs match on, and ASCII labels survive tools that read
 * tag files in a platform charset, BagIt profiles, and grep in any terminal, while the values —
 * which people read — stay Chinese. We do not also write the Chinese labels: the same fact twice can
 * be edited into two answers. On reading, the Chinese labels are accepted as aliases, so bags made
 * by hand or by other court systems still import; if both forms are present and differ, the English
 * one wins with a BAG_INFO_CONFLICT warning.
 */
export interface BagInfo {
  /** Source-Organization: the court (or other body) the bag comes from. */
  sourceOrganization: string;
  /** 案号 */
  caseNumber?: string;
  /** 全宗号 */
  fondsCode?: string;
  /** 档号 */
  archivalCode?: string;
  /** 保管期限 (e.g. 永久, 30年) */
  retentionPeriod?: string;
  externalIdentifier?: string;
  externalDescription?: string;
  contactName?: string;
  bagGroupIdentifier?: string;
  /** "N of T" (§2.2.2 Bag-Count), for backup sets split over several bags. */
  bagCount?: string;
  /** Further elements, written in order after the ones above. */
  other?: readonly TagElement[];
}

type ProfileField = Exclude<keyof BagInfo, 'other'>;

/** Field → [label written, Chinese alias accepted on reading]. */
const LABELS: ReadonlyArray<readonly [ProfileField, string, string?]> = [
  ['sourceOrganization', 'Source-Organization', '立档单位'],
  ['caseNumber', 'Court-Case-Number', '案号'],
  ['fondsCode', 'Fonds-Code', '全宗号'],
  ['archivalCode', 'Archival-Code', '档号'],
  ['retentionPeriod', 'Retention-Period', '保管期限'],
  ['externalIdentifier', 'External-Identifier'],
  ['externalDescription', 'External-Description'],
  ['contactName', 'Contact-Name'],
  ['bagGroupIdentifier', 'Bag-Group-Identifier'],
  ['bagCount', 'Bag-Count'],
];

/** Elements the writer computes; callers cannot set them through `other`. */
export const COMPUTED_LABELS = ['Bagging-Date', 'Payload-Oxum', 'Bag-Size'] as const;

/** `OctetCount.StreamCount` (§2.2.2 Payload-Oxum). */
export function formatOxum(bytes: number, files: number): string {
  return `${bytes}.${files}`;
}

/** Human-readable size for Bag-Size, e.g. `1.5 GB` (decimal units, as the RFC's examples). */
export function formatBagSize(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let n = bytes;
  let u = 0;
  while (n >= 1000 && u < units.length - 1) {
    n /= 1000;
    u++;
  }
  return u === 0 ? `${bytes} bytes` : `${n < 10 ? n.toFixed(1) : Math.round(n)} ${units[u]}`;
}

/** YYYY-MM-DD in the server's time zone (the court's local date is what people expect). */
export function formatBaggingDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** The bag-info.txt elements for a new bag, in a stable order. @throws TypeError for a computed label in `other`. */
export function bagInfoElements(info: BagInfo, computed: { baggingDate: string; oxum: string; bagSize: string }): TagElement[] {
  const out: TagElement[] = [];
  for (const [field, label] of LABELS) {
    const value = info[field];
    if (value !== undefined && value !== '') out.push([label, value]);
  }
  out.push(['Bagging-Date', computed.baggingDate], ['Bag-Size', computed.bagSize], ['Payload-Oxum', computed.oxum]);
  for (const [label, value] of info.other ?? []) {
    if ((COMPUTED_LABELS as readonly string[]).some((c) => c.toLowerCase() === label.toLowerCase())) {
      throw new TypeError(`${label} is computed by writeBag`);
    }
    out.push([label, value]);
  }
  return out;
}

/**
 * Reads the profile back from bag-info elements. Reserved labels are case-insensitive (§2.2.2);
 * the first occurrence wins. Elements that are not profile fields, Bagging-Date, Bag-Size or
 * Payload-Oxum come back in `other`. A bag without Source-Organization gets an empty one.
 */
export function bagInfoFromElements(elements: readonly TagElement[], path: string, issues: BagIssue[]): BagInfo & { baggingDate?: string } {
  const byLabel = new Map<string, string>();
  for (const [label, value] of elements) {
    const key = label.toLowerCase();
    if (!byLabel.has(key)) byLabel.set(key, value);
  }
  const info: BagInfo & { baggingDate?: string } = { sourceOrganization: '' };
  const known = new Set<string>(COMPUTED_LABELS.map((l) => l.toLowerCase()));
  for (const [field, label, alias] of LABELS) {
    known.add(label.toLowerCase());
    if (alias) known.add(alias);
    const english = byLabel.get(label.toLowerCase());
    const chinese = alias ? byLabel.get(alias) : undefined;
    if (english !== undefined && chinese !== undefined && english !== chinese) {
      issues.push(bagIssue('BAG_INFO_CONFLICT', { path, detail: `${label}（${english}）与 ${alias}（${chinese}）` }));
    }
    const value = english ?? chinese;
    if (value !== undefined) info[field] = value;
  }
  const date = byLabel.get('bagging-date');
  if (date !== undefined) {
    info.baggingDate = date;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) issues.push(bagIssue('BAG_INFO_DATE_INVALID', { path, detail: date }));
  }
  const other = elements.filter(([label]) => !known.has(label.toLowerCase()));
  if (other.length > 0) info.other = other;
  return info;
}
