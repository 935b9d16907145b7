import type { EntryFacts, PackageFacts, PackageFileFacts, VolumeFacts } from './package-facts.js';
import type { CheckItem } from './item-catalogue.js';
import type { Verdict } from './types.js';

/** A rule: one small pure function per item. The runner adds the item's identity to the verdict. */
export type Rule = (facts: PackageFacts, item: CheckItem) => Verdict;

/** '正卷第1册' — how evidence names a 册. */
export function volumeLabel(v: Pick<VolumeFacts, 'kind' | 'number'>): string {
  return `${v.kind === 'main' ? '正卷' : '副卷'}第${v.number}册`;
}

export interface LocatedFile {
  volume: VolumeFacts;
  entry: EntryFacts;
  file: PackageFileFacts;
}

/** Every catalogued file with its 册 and entry. */
export function catalogueFiles(facts: PackageFacts): LocatedFile[] {
  return facts.catalogue.volumes.flatMap((volume) => volume.entries.flatMap((entry) => entry.files.map((file) => ({ volume, entry, file }))));
}

/** Every entry with its 册. */
export function catalogueEntries(facts: PackageFacts): Array<{ volume: VolumeFacts; entry: EntryFacts }> {
  return facts.catalogue.volumes.flatMap((volume) => volume.entries.map((entry) => ({ volume, entry })));
}

/** 'YYYY-MM-DD' that is a real calendar day. */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** The Beijing calendar day (UTC+8, no DST) of an instant: case dates are Beijing days. */
export function beijingDay(instant: string): string {
  return new Date(Date.parse(instant) + 8 * 3600_000).toISOString().slice(0, 10);
}

/** Verdict from a list of problems: fail with them, or pass with the given evidence. */
export function verdict(problems: string[], passEvidence: string[], advice: string): Verdict {
  return problems.length > 0 ? { result: 'fail', evidence: problems, advice } : { result: 'pass', evidence: passEvidence };
}

/** Shortens a digest for evidence lines: first 16 hex digits and an ellipsis. */
export function short(digest: string | null | undefined): string {
  return digest ? (digest.length > 16 ? `${digest.slice(0, 16)}…` : digest) : '（无）';
}
