/**
 * 案号 (case numbers): parsing, normalising and formatting.
 *
 * Rules: 《最高人民法院关于人民法院案件案号的若干规定》 (法〔2015〕137号, effective 2016-01-01) as amended by
 * 法〔2018〕335号. Art. 2: a case number is 收案年度 + 法院代字 + [专门审判代字] + 类型代字 + 案件编号, laid out as
 * `（2021）沪0118民初1234号` or, with the 专门审判代字 added in 2018, `（2019）最高法知民终1号`. Art. 4–6:
 * court codes (see court-codes.ts). Art. 7–8: type codes (see case-types.ts). Art. 9–10: sequences are
 * natural numbers restarting each year, except 刑事复核 (刑核) numbers, which are 8-digit random numbers.
 * Pre-2016 numbers (`（2015）嘉刑初字第1987号`) are read best-effort and flagged (DOMAIN.md §5.1, §5.5).
 *
 * Expected problems are values: a wrong part gives `{ ok: false, error }` naming the part; a doubtful
 * but usable number gives `{ ok: true }` with warnings (an unknown type or court code is flagged, never
 * rejected: real data holds codes the tables lack, DOMAIN.md §5.4).
 */
import { isKnownTypeCode } from './case-types.js';
import { SUPREME_COURT_CODE, highCourtCodes, isKnownCourtCode } from './court-codes.js';

/** A parsed case number. */
export interface CaseNumber {
  /** The input as given, trimmed. Keep it for display: the official text is what the court wrote. */
  original: string;
  /**
   * Normalised form: NFC, full-width parentheses （）, ASCII digits, no whitespace, no leading zeros in the
   * sequence, e.g. '（2021）沪0118民初1234号'. Legacy numbers keep their own text, normalised the same way
   * (`（2014）青民一（民）初字第123号`).
   */
  canonical: string;
  /** Comparison key for uniqueness (art. 3): equal for half-/full-width and spacing variants. */
  key: string;
  /** 收案年度. */
  year: number;
  /** 法院代字, e.g. '沪0118' or '最高法'; for legacy numbers the court abbreviation text (e.g. '青', may be ''). */
  courtCode: string;
  /** 专门审判代字 (法〔2018〕335号), e.g. '知', or null. */
  specialCode: string | null;
  /** 类型代字, e.g. '民初'; for legacy numbers derived best-effort ('民一（民）初' → '民初'). */
  typeCode: string;
  /** 案件编号. */
  sequence: number;
  /** True for the pre-2016 form '…字第N号'. */
  legacy: boolean;
  /** Findings that do not stop the number from being used; messages in Chinese. */
  warnings: CaseNumberWarning[];
}

/** Codes of the findings a parse can attach to an accepted case number. */
export type CaseNumberWarningCode =
  /** The 类型代字 is not in the type table (e.g. 民诉前调); accepted as written. */
  | 'TYPE_CODE_UNKNOWN'
  /** The 法院代字 has a valid shape but is not in the (partial) court table. */
  | 'COURT_CODE_UNKNOWN'
  /** Pre-2016 form '…字第N号'; court and type were derived best-effort. */
  | 'LEGACY_FORMAT'
  /** A legacy number without a court abbreviation (e.g. SPC '（2015）民申字第1号'). */
  | 'COURT_CODE_MISSING'
  /** The sequence had leading zeros, dropped in the canonical form. */
  | 'SEQUENCE_LEADING_ZERO'
  /** A legacy-form number from 2016 or later, or a current-form number from before 2016. */
  | 'YEAR_FORMAT_MISMATCH';

export interface CaseNumberWarning {
  code: CaseNumberWarningCode;
  message: string;
}

/** The part of a case number an error is about. */
export type CaseNumberPart = 'format' | 'year' | 'court' | 'special' | 'type' | 'sequence';

/** Why a text is not a case number. The message is Chinese and names the wrong part and what was expected. */
export interface CaseNumberError {
  part: CaseNumberPart;
  message: string;
}

/** The Chinese name of each part, as used in error messages (and usable as UI labels). */
export const caseNumberPartLabels: Readonly<Record<CaseNumberPart, string>> = {
  format: '格式',
  year: '年度',
  court: '法院代字',
  special: '专门审判代字',
  type: '类型代字',
  sequence: '案件编号',
};

/** The 专门审判代字 fixed by the SPC so far (法〔2018〕335号): 知 for intellectual property. */
export const specialTrialCodes: readonly string[] = ['知'];

/** First year a case number can have: the People's Republic's courts. */
export const MIN_CASE_YEAR = 1949;

/** The rules took effect on 2016-01-01 (法〔2015〕137号); older numbers use the '…字第N号' form. */
export const CURRENT_FORMAT_SINCE_YEAR = 2016;

/** Longest ordinary sequence accepted: 6 digits (999,999 cases of one type in one court and year). */
const MAX_SEQUENCE_DIGITS = 6;
/** 刑事复核 numbers are 8-digit random numbers (art. 10). */
const REVIEW_TYPE_CODE = '刑核';
const REVIEW_SEQUENCE_DIGITS = 8;
/** Type codes have at most three characters (art. 7); real data holds four (民诉前调). Beyond six is not a code. */
const MAX_TYPE_CODE_CHARS = 6;

export type ParseCaseNumberResult = { ok: true; value: CaseNumber } | { ok: false; error: CaseNumberError };

export interface ParseCaseNumberOptions {
  /** The current time, for the plausible-year check (years up to next year are accepted). Default: now. */
  now?: Date;
}

const EXAMPLE = '（2021）沪0118民初1234号';

/**
 * Parses a case number in the current form (法〔2015〕137号 art. 2 as amended by 法〔2018〕335号) or the
 * pre-2016 form '（2015）嘉刑初字第1987号'.
 *
 * Accepts both parenthesis widths, full-width digits, surrounding and inner whitespace and NFC variants;
 * the result's `canonical`/`key` are the same for all of them. The type code is matched whole against the
 * table, so 执 never swallows 执异 or 执恢. Unknown type codes of Chinese characters (民诉前调) and unknown
 * court codes of valid shape are accepted with a warning. Never throws.
 */
export function parseCaseNumber(input: string, options: ParseCaseNumberOptions = {}): ParseCaseNumberResult {
  const original = input.trim();
  const s = normalise(original);
  if (s === '') return fail('format', `案号格式有误：案号为空，应如“${EXAMPLE}”`);
  if (!s.startsWith('（')) return fail('format', `案号格式有误：案号应以括号中的收案年度开头，如“${EXAMPLE}”`);
  const close = s.indexOf('）');
  if (close < 0) return fail('format', `案号格式有误：收案年度之后缺少右括号“）”，应如“${EXAMPLE}”`);

  const yearText = s.slice(1, close);
  if (yearText === '') return fail('year', '案号缺少年度：括号中应为四位阿拉伯数字的收案年度，如“（2021）”');
  if (!/^\d{4}$/.test(yearText)) return fail('year', `案号的年度“${yearText}”应为四位阿拉伯数字，如“2021”`);
  const year = Number(yearText);
  const maxYear = beijingYear(options.now ?? new Date()) + 1;
  if (year < MIN_CASE_YEAR || year > maxYear) {
    return fail('year', `案号的年度“${yearText}”不在合理范围内，应在${MIN_CASE_YEAR}年至${maxYear}年之间`);
  }

  const rest = s.slice(close + 1);
  if (rest === '') return fail('format', `案号格式有误：年度之后缺少法院代字、类型代字和案件编号，应如“${EXAMPLE}”`);
  const result = rest.includes('字第') ? parseLegacy(year, rest) : parseCurrent(year, rest);
  if (!result.ok) return result;
  return { ok: true, value: { original, ...result.value } };
}

/**
 * The canonical text of a current-form case number: `（year）court[special]type sequence号`
 * (法〔2015〕137号 art. 2, 法〔2018〕335号).
 * @throws RangeError when the year is not a four-digit integer or the sequence not a positive integer —
 *   a programming error, since callers format parts they already hold.
 */
export function formatCaseNumber(p: {
  year: number;
  courtCode: string;
  specialCode?: string | null;
  typeCode: string;
  sequence: number;
}): string {
  if (!Number.isInteger(p.year) || p.year < 1000 || p.year > 9999) {
    throw new RangeError(`案号的年度应为四位整数，收到 ${p.year}`);
  }
  if (!Number.isSafeInteger(p.sequence) || p.sequence < 1) {
    throw new RangeError(`案件编号应为正整数，收到 ${p.sequence}`);
  }
  return `（${p.year}）${p.courtCode}${p.specialCode ?? ''}${p.typeCode}${p.sequence}号`.normalize('NFC');
}

type PartsResult = { ok: true; value: Omit<CaseNumber, 'original'> } | { ok: false; error: CaseNumberError };

/** Current form: court, optional special code, type code, sequence, 号 — read left to right. */
function parseCurrent(year: number, rest: string): PartsResult {
  const warnings: CaseNumberWarning[] = [];
  let pos: number;
  let courtCode: string;

  if (rest.startsWith(SUPREME_COURT_CODE)) {
    courtCode = SUPREME_COURT_CODE;
    pos = SUPREME_COURT_CODE.length;
    if (/^\d/.test(rest.slice(pos))) {
      return fail('court', '案号的法院代字有误：最高人民法院的法院代字是“最高法”，其后不应有数字');
    }
  } else {
    const m = /^(\D?)(\d*)/u.exec(rest)!;
    const head = m[1]!;
    const digits = m[2]!;
    if (head === '' || !highCourtCodes.includes(head)) {
      const shown = head + digits;
      const legacyHint = /^\p{Script=Han}$/u.test(head)
        ? '；2016年以前的旧案号应写作“…字第N号”，如“（2015）嘉刑初字第1987号”'
        : '';
      return fail(
        'court',
        `案号的法院代字“${shown}”无法识别：应为“最高法”，或高级人民法院代字（如“沪”）加两位或四位数字，如“沪0118”${legacyHint}`,
      );
    }
    if (digits.length !== 0 && digits.length !== 2 && digits.length !== 4) {
      return fail('court', `案号的法院代字“${head}${digits}”有误：高级人民法院代字之后应为两位或四位数字，如“沪01”“沪0118”`);
    }
    courtCode = head + digits;
    pos = m[0].length;
  }
  if (!isKnownCourtCode(courtCode)) {
    warnings.push({
      code: 'COURT_CODE_UNKNOWN',
      message: `法院代字“${courtCode}”不在法院代字表中（格式正确，已接受），请核对`,
    });
  }

  let specialCode: string | null = null;
  const afterCourt = rest.slice(pos);
  const special = specialTrialCodes.find((c) => afterCourt.startsWith(c));
  if (special) {
    specialCode = special;
    pos += special.length;
  }

  const typeText = /^[^\d号]*/u.exec(rest.slice(pos))![0];
  pos += typeText.length;
  const typeError = checkTypeText(typeText, courtCode, rest.slice(pos));
  if (typeError) return { ok: false, error: typeError };
  if (!isKnownTypeCode(typeText)) {
    warnings.push({
      code: 'TYPE_CODE_UNKNOWN',
      message: `类型代字“${typeText}”不在案件类型代字表中（已按原样接受），请核对`,
    });
  }

  const seqText = /^\d*/.exec(rest.slice(pos))![0];
  pos += seqText.length;
  const tail = rest.slice(pos);
  if (seqText === '') {
    return fail(
      'sequence',
      tail === ''
        ? `案号缺少案件编号和“号”：类型代字“${typeText}”之后应为阿拉伯数字编号，再以“号”结尾`
        : `案号缺少案件编号：类型代字“${typeText}”与“号”之间应为阿拉伯数字编号`,
    );
  }
  const tailError = checkTail(seqText, tail);
  if (tailError) return { ok: false, error: tailError };
  const seq = readSequence(seqText, typeText, warnings);
  if (!seq.ok) return seq;

  if (year < CURRENT_FORMAT_SINCE_YEAR) {
    warnings.push({
      code: 'YEAR_FORMAT_MISMATCH',
      message: `年度${year}早于2016年，当时的案号应为旧格式（“…字第N号”），请核对`,
    });
  }
  const canonical = formatCaseNumber({ year, courtCode, specialCode, typeCode: typeText, sequence: seq.value });
  return {
    ok: true,
    value: {
      canonical,
      key: canonical,
      year,
      courtCode,
      specialCode,
      typeCode: typeText,
      sequence: seq.value,
      legacy: false,
      warnings,
    },
  };
}

/** The text between court (and special code) and sequence must be a plausible type code. */
function checkTypeText(typeText: string, courtCode: string, following: string): CaseNumberError | undefined {
  if (typeText === '') {
    return following === ''
      ? { part: 'type', message: `案号缺少类型代字和案件编号：法院代字“${courtCode}”之后应为类型代字（如“民初”）、编号和“号”` }
      : { part: 'type', message: `案号缺少类型代字：法院代字“${courtCode}”之后应为类型代字，如“民初”“刑终”“执”` };
  }
  if (typeText.endsWith('第') && /^\d/.test(following)) {
    return {
      part: 'sequence',
      message: `案号的案件编号前不应有“第”：2016年起的案号写作“…${typeText.slice(0, -1)}${/^\d+/.exec(following)![0]}号”，旧案号才写“字第”`,
    };
  }
  if (typeText.includes('字')) {
    return {
      part: 'format',
      message: '案号格式有误：含“字”的是2016年以前的旧案号，应写作“…字第N号”，如“（2015）嘉刑初字第1987号”',
    };
  }
  const special = specialTrialCodes.find((c) => typeText.includes(c));
  if (special) {
    return {
      part: 'special',
      message: `案号的专门审判代字“${special}”位置有误：应紧跟在法院代字之后、类型代字之前，如“（2019）最高法知民终1号”`,
    };
  }
  if (!/^\p{Script=Han}+$/u.test(typeText)) {
    return { part: 'type', message: `案号的类型代字“${typeText}”无效：类型代字由汉字组成，如“民初”“刑终”“执异”` };
  }
  if (Array.from(typeText).length > MAX_TYPE_CODE_CHARS) {
    return { part: 'type', message: `案号的类型代字“${typeText}”过长：类型代字一般不超过三个汉字，如“民初”“行赔终”` };
  }
  return undefined;
}

/** After the digits there must be exactly '号'. */
function checkTail(seqText: string, tail: string): CaseNumberError | undefined {
  if (tail === '') return { part: 'sequence', message: `案号的案件编号“${seqText}”之后缺少“号”：案号应以“号”结尾` };
  if (!tail.startsWith('号')) {
    return { part: 'sequence', message: `案号的案件编号“${seqText}”之后应紧跟“号”，实为“${tail}”：编号只含阿拉伯数字` };
  }
  if (tail !== '号') {
    return {
      part: 'format',
      message: `案号格式有误：“号”之后不应再有“${tail.slice(1)}”（如“之一”属于文书编号，不是案号的一部分）`,
    };
  }
  return undefined;
}

/** Sequence rules (art. 9–10): a natural number from 1; at most 6 digits, 8 for 刑核. */
function readSequence(
  seqText: string,
  typeCode: string,
  warnings: CaseNumberWarning[],
): { ok: true; value: number } | { ok: false; error: CaseNumberError } {
  const digits = seqText.replace(/^0+/, '');
  if (digits === '') return fail('sequence', `案号的案件编号“${seqText}”无效：编号应为从1开始的正整数`);
  const max = typeCode === REVIEW_TYPE_CODE ? REVIEW_SEQUENCE_DIGITS : MAX_SEQUENCE_DIGITS;
  if (digits.length > max) {
    return fail(
      'sequence',
      `案号的案件编号“${seqText}”过长：编号不超过${MAX_SEQUENCE_DIGITS}位，只有刑事复核案件（刑核）的随机编号为${REVIEW_SEQUENCE_DIGITS}位`,
    );
  }
  if (digits !== seqText) {
    warnings.push({
      code: 'SEQUENCE_LEADING_ZERO',
      message: `案件编号“${seqText}”以0开头，已按“${digits}”处理`,
    });
  }
  return { ok: true, value: Number(digits) };
}

/**
 * Characters that start the case-type part of a legacy number; what precedes the first of them is the
 * court abbreviation ('杭下刑初' → '杭下'). 商/经 are pre-2016 commercial/economic civil cases, 少 a juvenile
 * tribunal prefix ('浦少刑初'). 海, 法, 知 are left out on purpose: they occur in court abbreviations
 * (海 for 海淀, '沪海法' for the maritime court, '京知' for the Beijing IP court).
 */
const LEGACY_TYPE_START = new Set(Array.from('刑民行执赔破商经少'));
/** Legacy families and the current family they became (商事, 经济 cases are 民 cases since 2016). */
const LEGACY_FAMILY: Readonly<Record<string, string>> = { 刑: '刑', 民: '民', 行: '行', 执: '执', 赔: '赔', 破: '破', 商: '民', 经: '民' };
/** Procedure characters that follow a family in a type code (初, 终, 再, 申, 监, …). */
const LEGACY_PROCEDURE = Array.from('初终再申监抗撤特催督他复核辖审异恢保协没医止更教');

/** Legacy form '（2014）青民一（民）初字第123号': read best-effort, flagged LEGACY_FORMAT. */
function parseLegacy(year: number, rest: string): PartsResult {
  const m = /^(.*?)字第(\d*)(.*)$/u.exec(rest)!;
  const prefix = m[1]!;
  const seqText = m[2]!;
  const tail = m[3]!;
  if (prefix === '') {
    return fail('format', '案号格式有误：旧案号在“字第”之前应有法院简称和案件类型，如“（2015）嘉刑初字第1987号”');
  }
  if (!/^[\p{Script=Han}（）]+$/u.test(prefix)) {
    return fail('format', `案号格式有误：旧案号“字第”之前的“${prefix}”应只含汉字（法院简称和案件类型）`);
  }
  const chars = Array.from(prefix);
  const start = chars.findIndex((c) => LEGACY_TYPE_START.has(c));
  if (start < 0) {
    return fail(
      'type',
      `案号的类型代字无法识别：旧案号“${prefix}字第…”中没有案件类型（如“民”“刑”“行”“执”），可能不是法院案号`,
    );
  }
  if (seqText === '') return fail('sequence', '案号缺少案件编号：旧案号“字第”之后应为阿拉伯数字编号，再以“号”结尾');
  const tailError = checkTail(seqText, tail);
  if (tailError) return { ok: false, error: tailError };

  const courtCode = chars.slice(0, start).join('');
  const typeCode = deriveLegacyType(chars.slice(start).join(''));
  const warnings: CaseNumberWarning[] = [
    {
      code: 'LEGACY_FORMAT',
      message:
        courtCode === ''
          ? `2016年以前的旧格式案号（“…字第N号”）：类型代字“${typeCode}”系推断，请核对`
          : `2016年以前的旧格式案号（“…字第N号”）：法院简称“${courtCode}”和类型代字“${typeCode}”系推断，请核对`,
    },
  ];
  if (courtCode === '') {
    warnings.push({
      code: 'COURT_CODE_MISSING',
      message: '旧案号中没有法院简称（最高人民法院的旧案号常如此），请核对承办法院',
    });
  }
  if (!isKnownTypeCode(typeCode)) {
    warnings.push({
      code: 'TYPE_CODE_UNKNOWN',
      message: `由旧案号推断的类型代字“${typeCode}”不在案件类型代字表中，请核对`,
    });
  }
  const seq = readSequence(seqText, typeCode, warnings);
  if (!seq.ok) return seq;
  if (year >= CURRENT_FORMAT_SINCE_YEAR) {
    warnings.push({
      code: 'YEAR_FORMAT_MISMATCH',
      message: `年度${year}不早于2016年，自2016年1月1日起应使用新格式案号（如“${EXAMPLE}”），请核对`,
    });
  }
  const canonical = `（${year}）${prefix}字第${seq.value}号`;
  return {
    ok: true,
    value: { canonical, key: canonical, year, courtCode, specialCode: null, typeCode, sequence: seq.value, legacy: true, warnings },
  };
}

/**
 * '民一（民）初' → '民初', '刑初' → '刑初', '少刑初' → '刑初', '商初' → '民初', '执异' → '执异': drop
 * parenthesised sub-divisions and tribunal numerals, then look for family + procedure in the table.
 * Falls back to the stripped text (then flagged TYPE_CODE_UNKNOWN).
 */
function deriveLegacyType(typePart: string): string {
  const stripped = typePart.replace(/（[^（）]*）/gu, '').replace(/[一二三四五六七八九十]/gu, '');
  if (isKnownTypeCode(stripped)) return stripped;
  const chars = Array.from(stripped);
  const at = chars.findIndex((c) => c in LEGACY_FAMILY);
  if (at < 0) return stripped;
  const family = LEGACY_FAMILY[chars[at]!]!;
  for (const c of chars.slice(at + 1)) {
    if (LEGACY_PROCEDURE.includes(c) && isKnownTypeCode(family + c)) return family + c;
  }
  if (isKnownTypeCode(family)) return family;
  return stripped;
}

/**
 * NFC; full-width digits and Kangxi-radical look-alikes (⾏ U+2F8F from PDF text) to their ordinary form;
 * half-width and small parentheses to full-width; whitespace and zero-width characters removed.
 */
function normalise(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\uFF10-\uFF19\u2F00-\u2FDF\uFE59\uFE5A]/gu, (ch) => ch.normalize('NFKC'))
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/[\s\u200B-\u200D\u2060\uFEFF]/gu, '');
}

/** The calendar year in Beijing (UTC+8, no DST), so the year check does not depend on the server's zone. */
function beijingYear(now: Date): number {
  return new Date(now.getTime() + 8 * 3600_000).getUTCFullYear();
}

function fail(part: CaseNumberPart, message: string): { ok: false; error: CaseNumberError } {
  return { ok: false, error: { part, message } };
}
