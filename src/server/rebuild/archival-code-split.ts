import { formatArchivalCode, seriesOf, type ArchivalCodeParts } from '../domain/archival-code/archival-code.js';

/** Where a 档号 sits in the gap-free numbering: its series (the counter's key) and its 件号. */
export interface ArchivalCodeSplit {
  series: string;
  seq: number;
  /** True when the template, filled with the catalogue's facts, gives exactly this 档号. */
  fromTemplate: boolean;
}

/**
 * The series and 件号 of a 档号 (docs/archival-code.md). `checkTemplate` keeps `{seq}` last, so the
 * 件号 is the trailing number and the series everything before it. When the facts the reception
 * numbered with are known (全宗号, 结案年度, 保管期限 at acceptance, 类别 — all in catalogue.json),
 * the series is recomputed with `seriesOf` exactly as the reception did, which also settles a
 * template whose field before `{seq}` ends in a digit (`{year}{seq:4}`), where the trailing run of
 * digits alone would swallow part of the year. Otherwise — an old template, or no facts — the
 * trailing number is taken (`fromTemplate: false`, for the caller to warn about). Null when the
 * 档号 does not end in a 件号 ≥ 1 or has nothing before it. Pure.
 */
export function splitArchivalCode(code: string, template: string, parts: Omit<ArchivalCodeParts, 'seq'> | null): ArchivalCodeSplit | null {
  if (parts) {
    const series = seriesOf(template, parts);
    const rest = code.slice(series.length);
    if (code.startsWith(series) && /^\d+$/.test(rest)) {
      const seq = Number(rest);
      if (seq >= 1 && Number.isSafeInteger(seq) && formatArchivalCode(template, { ...parts, seq }) === code) return { series, seq, fromTemplate: true };
    }
  }
  // The shortest prefix whose remainder is all digits: the whole trailing run of digits.
  const m = /^(.*?)(\d+)$/su.exec(code);
  if (!m || !m[1]) return null;
  const seq = Number(m[2]);
  if (seq < 1 || !Number.isSafeInteger(seq)) return null;
  return { series: m[1], seq, fromTemplate: false };
}
