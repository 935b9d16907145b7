import { describe, expect, it } from 'vitest';
import {
  caseNumberPartLabels,
  formatCaseNumber,
  parseCaseNumber,
  type CaseNumber,
  type CaseNumberError,
  type CaseNumberPart,
} from './case-number.js';
import { caseTypeCodes, typeCodeFamily } from './case-types.js';
import { courtByCode } from './court-codes.js';

/** Fixed clock: tests never depend on the day they run. */
const NOW = new Date('2025-06-01T00:00:00Z');

function parsed(input: string, now = NOW): CaseNumber {
  const r = parseCaseNumber(input, { now });
  if (!r.ok) throw new Error(`expected “${input}” to parse, got ${r.error.part}: ${r.error.message}`);
  return r.value;
}

function rejected(input: string, now = NOW): CaseNumberError {
  const r = parseCaseNumber(input, { now });
  if (r.ok) throw new Error(`expected “${input}” to be rejected, got ${r.value.canonical}`);
  return r.error;
}

const warningCodes = (n: CaseNumber) => n.warnings.map((w) => w.code);

describe('parseCaseNumber: the worked example (DOMAIN.md §5.2)', () => {
  it('reads (2021)沪0118民初1234号 as 2021 + 上海市青浦区人民法院 + 民事一审 + 1234', () => {
    const n = parsed('(2021)沪0118民初1234号');
    expect(n).toEqual({
      original: '(2021)沪0118民初1234号',
      canonical: '（2021）沪0118民初1234号',
      key: '（2021）沪0118民初1234号',
      year: 2021,
      courtCode: '沪0118',
      specialCode: null,
      typeCode: '民初',
      sequence: 1234,
      legacy: false,
      warnings: [],
    });
    expect(courtByCode(n.courtCode)?.name).toBe('上海市青浦区人民法院');
  });

  it('reads the SPC IP tribunal example with the 专门审判代字 知 (法〔2018〕335号)', () => {
    expect(parsed('（2019）最高法知民终1号')).toMatchObject({
      canonical: '（2019）最高法知民终1号',
      year: 2019,
      courtCode: '最高法',
      specialCode: '知',
      typeCode: '民终',
      sequence: 1,
      legacy: false,
      warnings: [],
    });
  });
});

describe('parseCaseNumber: test vectors (DOMAIN.md §5.5)', () => {
  const vectors: Array<[string, number, string, string | null, string, number]> = [
    ['（2017）沪0120刑初684号', 2017, '沪0120', null, '刑初', 684],
    ['（2016）川0322刑初263号', 2016, '川0322', null, '刑初', 263],
    ['（2018）苏0691刑初121号', 2018, '苏0691', null, '刑初', 121],
    ['(2021)沪0118民初1234号', 2021, '沪0118', null, '民初', 1234],
    ['（2019）最高法知民终1号', 2019, '最高法', '知', '民终', 1],
    ['（2020）京73民初10号', 2020, '京73', null, '民初', 10],
    ['（2022）沪74民终5号', 2022, '沪74', null, '民终', 5],
    ['（2021）津8601刑初3号', 2021, '津8601', null, '刑初', 3],
    ['（2020）粤03执异12号', 2020, '粤03', null, '执异', 12],
    ['（2023）浙0102执恢88号', 2023, '浙0102', null, '执恢', 88],
    ['（2021）沪0118司救民1号', 2021, '沪0118', null, '司救民', 1],
  ];
  it.each(vectors)('%s', (input, year, courtCode, specialCode, typeCode, sequence) => {
    const n = parsed(input);
    expect(n).toMatchObject({ year, courtCode, specialCode, typeCode, sequence, legacy: false, warnings: [] });
    expect(n.canonical).toBe(input.replace('(', '（').replace(')', '）'));
  });

  it('reads the 民诉前调 numbers seen in real data, flagged TYPE_CODE_UNKNOWN (§5.4)', () => {
    for (const [input, court, seq] of [
      ['(2021)川0104民诉前调801号', '川0104', 801],
      ['（2024）浙02民诉前调595号', '浙02', 595],
    ] as const) {
      const n = parsed(input);
      expect(n).toMatchObject({ courtCode: court, typeCode: '民诉前调', sequence: seq, legacy: false });
      expect(warningCodes(n)).toEqual(['TYPE_CODE_UNKNOWN']);
      expect(n.warnings[0]!.message).toContain('民诉前调');
      expect(typeCodeFamily(n.typeCode)).toBe('民');
    }
  });

  it('accepts other unknown codes of Chinese characters with a warning, never rejects them', () => {
    for (const code of ['商初', '民认', '刑二初', '执审']) {
      const n = parsed(`（2021）沪0118${code}7号`);
      expect(n.typeCode).toBe(code);
      expect(warningCodes(n)).toEqual(['TYPE_CODE_UNKNOWN']);
    }
  });
});

describe('parseCaseNumber: type codes are matched whole (the 执 and 破 pitfalls, §5.5)', () => {
  it.each([
    ['执', '首次执行'],
    ['执异', '执行异议'],
    ['执恢', '恢复执行'],
    ['执保', '财产保全执行'],
    ['执复', '执行复议'],
    ['执监', '执行监督'],
    ['执协', '执行协调'],
    ['执他', '其他执行'],
    ['破', '破产'],
    ['破申', '破产申请审查'],
    ['破终', '破产上诉'],
    ['破监', '破产监督'],
    ['清申', '强制清算申请审查'],
    ['强清', '强制清算'],
    ['行审', '非诉行政行为申请执行审查'],
    ['行审复', '非诉行政行为申请执行审查复议'],
    ['刑医', '申请强制医疗审查'],
    ['刑医解', '解除强制医疗审查'],
    ['民特', '特别程序'],
    ['民特监', '民事特别程序监督'],
  ])('%s (%s)', (code) => {
    const n = parsed(`（2020）粤03${code}12号`);
    expect(n.typeCode).toBe(code);
    expect(n.sequence).toBe(12);
    expect(n.warnings).toEqual([]);
  });

  it('does not read 执异 as 执 + a bad sequence, nor 执 as a prefix of an unknown code', () => {
    expect(parsed('（2020）粤03执异12号').typeCode).toBe('执异');
    const n = parsed('（2020）粤03执审12号');
    expect(n.typeCode).toBe('执审');
    expect(warningCodes(n)).toEqual(['TYPE_CODE_UNKNOWN']);
  });
});

describe('parseCaseNumber ↔ formatCaseNumber: every 类型代字 round-trips', () => {
  it.each(caseTypeCodes.map((t) => [t.typeCode]))('%s', (typeCode) => {
    const sequence = typeCode === '刑核' ? 51365798 : 37;
    for (const courtCode of ['沪0118', '最高法', '沪', '沪74']) {
      for (const specialCode of [null, '知']) {
        const text = formatCaseNumber({ year: 2021, courtCode, specialCode, typeCode, sequence });
        const n = parsed(text);
        expect(n).toMatchObject({ canonical: text, key: text, year: 2021, courtCode, specialCode, typeCode, sequence, legacy: false });
        expect(n.warnings).toEqual([]);
      }
    }
  });

  it('covers all 129 codes', () => {
    expect(caseTypeCodes).toHaveLength(129);
  });
});

describe('parseCaseNumber: normalisation', () => {
  const variants = [
    '（2021）沪0118民初1234号',
    '(2021)沪0118民初1234号',
    '（2021)沪0118民初1234号',
    '(2021）沪0118民初1234号',
    '（２０２１）沪０１１８民初１２３４号',
    '  (2021)沪0118民初1234号\n',
    '( 2021 ) 沪0118 民初 1234 号',
    '\u3000（2021）\u3000沪0118民初1234号\u3000',
    '（2021）沪0118\u200B民初1234号',
    '\uFEFF（2021）沪0118民初1234号',
    '﹙2021﹚沪0118民初1234号',
  ];
  it.each(variants)('“%s” has the same canonical form and key', (input) => {
    const n = parsed(input);
    expect(n.canonical).toBe('（2021）沪0118民初1234号');
    expect(n.key).toBe('（2021）沪0118民初1234号');
    expect(n.warnings).toEqual([]);
  });

  it('keeps the original text, trimmed', () => {
    expect(parsed('  (2021)沪0118民初1234号\n').original).toBe('(2021)沪0118民初1234号');
    expect(parsed('（２０２１）沪０１１８民初１２３４号').original).toBe('（２０２１）沪０１１８民初１２３４号');
  });

  it('applies NFC: a CJK compatibility ideograph (U+FA08 行) equals 行', () => {
    const n = parsed('（2021）沪0118\uFA08初3号');
    expect(n.typeCode).toBe('行初');
    expect(n.canonical).toBe('（2021）沪0118行初3号');
    expect(n.warnings).toEqual([]);
  });

  it('reads Kangxi-radical look-alikes from PDF text (⾏ U+2F8F) as the ordinary character', () => {
    expect(parsed('（2021）沪0118\u2F8F初3号').typeCode).toBe('行初');
  });

  it('drops leading zeros of the sequence with a warning, so the key matches', () => {
    const n = parsed('（2021）沪0118民初01234号');
    expect(n.sequence).toBe(1234);
    expect(n.key).toBe(parsed('（2021）沪0118民初1234号').key);
    expect(warningCodes(n)).toEqual(['SEQUENCE_LEADING_ZERO']);
  });

  it('tells different numbers apart', () => {
    const keys = ['（2021）沪0118民初1234号', '（2021）沪0118民初1235号', '（2022）沪0118民初1234号', '（2021）沪0117民初1234号', '（2021）沪0118民终1234号', '（2021）沪0118知民初1234号'].map(
      (s) => parsed(s).key,
    );
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('parseCaseNumber: court codes', () => {
  it('accepts the SPC, a high court alone, 2- and 4-digit codes', () => {
    expect(parsed('（2021）最高法民申5号').courtCode).toBe('最高法');
    expect(parsed('（2021）沪民终5号').courtCode).toBe('沪');
    expect(parsed('（2021）沪02民终5号').courtCode).toBe('沪02');
    expect(parsed('（2021）沪7101刑初5号').courtCode).toBe('沪7101');
    expect(parsed('（2021）兵民终5号').courtCode).toBe('兵');
    expect(parsed('（2021）军刑终5号').courtCode).toBe('军');
  });

  it('accepts a code of valid shape missing from the partial table, with COURT_CODE_UNKNOWN', () => {
    const n = parsed('（2021）沪0108民初1号');
    expect(n.courtCode).toBe('沪0108');
    expect(warningCodes(n)).toEqual(['COURT_CODE_UNKNOWN']);
    expect(n.warnings[0]!.message).toContain('沪0108');
    expect(warningCodes(parsed('（2021）京01民终9号'))).toEqual(['COURT_CODE_UNKNOWN']);
  });

  it('reports both unknown codes when neither is in its table', () => {
    expect(warningCodes(parsed('（2021）京01民诉前调9号'))).toEqual(['COURT_CODE_UNKNOWN', 'TYPE_CODE_UNKNOWN']);
  });
});

describe('parseCaseNumber: sequences (法〔2015〕137号 art. 9–10)', () => {
  it('accepts 8-digit random numbers for 刑核 only', () => {
    expect(parsed('（2017）最高法刑核51365798号').sequence).toBe(51365798);
    expect(rejected('（2017）最高法刑核513657981号').part).toBe('sequence');
    expect(rejected('（2017）沪0118民初5136579号').part).toBe('sequence');
    expect(parsed('（2017）沪0118民初513657号').sequence).toBe(513657);
  });
});

describe('parseCaseNumber: years', () => {
  it('accepts 1949 up to next year, in Beijing time', () => {
    expect(parsed('（1949）沪民初1号').year).toBe(1949);
    expect(parsed('（2026）沪0118民初1号').year).toBe(2026);
    expect(rejected('（2027）沪0118民初1号').part).toBe('year');
    // 2025-12-31 17:00 UTC is already 2026-01-01 in Beijing: 2027 becomes plausible.
    expect(parsed('（2027）沪0118民初1号', new Date('2025-12-31T17:00:00Z')).year).toBe(2027);
    expect(rejected('（2027）沪0118民初1号', new Date('2025-12-31T15:00:00Z')).part).toBe('year');
  });

  it('defaults the clock to now', () => {
    const r = parseCaseNumber('(2021)沪0118民初1234号');
    expect(r.ok).toBe(true);
  });

  it('flags a current-form number dated before 2016', () => {
    expect(warningCodes(parsed('（2015）沪0118民初1号'))).toEqual(['YEAR_FORMAT_MISMATCH']);
  });
});

describe('parseCaseNumber: legacy numbers (before 2016)', () => {
  it.each([
    ['（2014）青民一(民)初字第123号', '（2014）青民一（民）初字第123号', 2014, '青', '民初', 123],
    ['（2015）嘉刑初字第1987号', '（2015）嘉刑初字第1987号', 2015, '嘉', '刑初', 1987],
    ['（2011）杭下刑初字第129号', '（2011）杭下刑初字第129号', 2011, '杭下', '刑初', 129],
    ['(2013)沪一中民四(商)终字第123号', '（2013）沪一中民四（商）终字第123号', 2013, '沪一中', '民终', 123],
    ['（2014）杭西商初字第456号', '（2014）杭西商初字第456号', 2014, '杭西', '民初', 456],
    ['（2013）浦少刑初字第5号', '（2013）浦少刑初字第5号', 2013, '浦', '刑初', 5],
    ['（2014）徐执字第12号', '（2014）徐执字第12号', 2014, '徐', '执', 12],
    ['（2013）浦执异字第5号', '（2013）浦执异字第5号', 2013, '浦', '执异', 5],
    ['（2015）京知民初字第1号', '（2015）京知民初字第1号', 2015, '京知', '民初', 1],
  ])('%s', (input, canonical, year, courtCode, typeCode, sequence) => {
    const n = parsed(input);
    expect(n).toMatchObject({ canonical, key: canonical, year, courtCode, specialCode: null, typeCode, sequence, legacy: true });
    expect(warningCodes(n)).toEqual(['LEGACY_FORMAT']);
    expect(n.warnings[0]!.message).toContain(typeCode);
  });

  it('gives half- and full-width legacy variants the same key', () => {
    expect(parsed('( 2014 )青民一(民)初字第123号').key).toBe(parsed('（2014）青民一（民）初字第123号').key);
  });

  it('accepts an SPC legacy number without a court abbreviation, flagged', () => {
    const n = parsed('（2005）民一终字第12号');
    expect(n).toMatchObject({ courtCode: '', typeCode: '民终', sequence: 12, legacy: true });
    expect(warningCodes(n)).toEqual(['LEGACY_FORMAT', 'COURT_CODE_MISSING']);
  });

  it('keeps an underivable legacy type as written, flagged', () => {
    const n = parsed('（2010）沪二中民提字第3号');
    expect(n.typeCode).toBe('民提');
    expect(warningCodes(n)).toEqual(['LEGACY_FORMAT', 'TYPE_CODE_UNKNOWN']);
  });

  it('flags the legacy form dated 2016 or later', () => {
    expect(warningCodes(parsed('（2016）嘉刑初字第1号'))).toEqual(['LEGACY_FORMAT', 'YEAR_FORMAT_MISMATCH']);
  });

  it('rejects non-court numbers of the same shape, e.g. a forensic report （2015）毒检字第065号', () => {
    const e = rejected('（2015）毒检字第065号');
    expect(e.part).toBe('type');
    expect(e.message).toContain('毒检');
  });

  it('rejects broken legacy numbers naming the part', () => {
    expect(rejected('（2015）嘉刑初字第号').part).toBe('sequence');
    expect(rejected('（2015）嘉刑初字第0号').part).toBe('sequence');
    expect(rejected('（2015）嘉刑初字第1987').part).toBe('sequence');
    expect(rejected('（2015）字第1987号').part).toBe('format');
    expect(rejected('（2015）A刑初字第1987号').part).toBe('format');
    expect(rejected('（2015）嘉刑初字第1987号之一').part).toBe('format');
  });
});

describe('parseCaseNumber: errors name the wrong part', () => {
  const cases: Array<[string, CaseNumberPart, string?]> = [
    // format
    ['', 'format'],
    ['   ', 'format'],
    ['2021沪0118民初1234号', 'format'],
    ['沪0118民初1234号', 'format'],
    ['（2021沪0118民初1234号', 'format'],
    ['（2021）', 'format'],
    ['（2021）沪0118民初1234号之一', 'format', '之一'],
    ['（2021）沪0118民初字1234号', 'format', '字第'],
    // year
    ['（）沪0118民初1234号', 'year'],
    ['（21）沪0118民初1234号', 'year', '21'],
    ['（20211）沪0118民初1234号', 'year', '20211'],
    ['（二〇二一）沪0118民初1234号', 'year', '二〇二一'],
    ['（2O21）沪0118民初1234号', 'year', '2O21'],
    ['（1948）沪0118民初1234号', 'year', '1948'],
    ['（2099）沪0118民初1234号', 'year', '2099'],
    // court
    ['（2021）嘉刑初1987号', 'court', '字第'],
    ['（2021）X0118民初1234号', 'court', 'X0118'],
    ['（2021）0118民初1234号', 'court', '0118'],
    ['（2021）沪011民初1234号', 'court', '沪011'],
    ['（2021）沪01180民初1234号', 'court', '沪01180'],
    ['（2021）沪01181234号', 'court', '沪01181234'],
    ['（2021）沪1民初1234号', 'court', '沪1'],
    ['（2021）最高法01民终1号', 'court', '最高法'],
    ['（2021）最高民终1号', 'court', '最'],
    // special
    ['（2019）最高法民知终1号', 'special', '知'],
    // type
    ['（2021）沪0118号', 'type'],
    ['（2021）沪0118ABC1234号', 'type', 'ABC'],
    ['（2021）沪0118minchu1234号', 'type', 'minchu'],
    ['（2021）沪0118民-初1234号', 'type', '民-初'],
    ['（2021）沪0118民初民初民初民1234号', 'type', '民初民初民初民'],
    ['（2021）沪0118', 'type'],
    // sequence
    ['（2021）沪0118民初号', 'sequence'],
    ['（2021）沪0118民初', 'sequence'],
    ['（2021）沪0118民初1234', 'sequence', '1234'],
    ['（2021）沪0118民初0号', 'sequence', '0'],
    ['（2021）沪0118民初000号', 'sequence', '000'],
    ['（2021）沪0118民初第1234号', 'sequence', '第'],
    ['（2021）沪0118民初12a号', 'sequence', '12'],
    ['（2021）沪0118民初1234567号', 'sequence', '1234567'],
    ['（2021）沪0118民初-5号', 'type'],
  ];
  it.each(cases)('“%s” → %s', (input, part, mentions) => {
    const e = rejected(input);
    expect(e.part).toBe(part);
    expect(e.message).toContain(caseNumberPartLabels[part]);
    expect(e.message).toMatch(/\p{Script=Han}/u);
    if (mentions) expect(e.message).toContain(mentions);
  });

  it('explains the expected form', () => {
    expect(rejected('（21）沪0118民初1234号').message).toBe('案号的年度“21”应为四位阿拉伯数字，如“2021”');
    expect(rejected('（2021）沪0118民初1234').message).toContain('“号”结尾');
    expect(rejected('（2021）沪011民初1号').message).toContain('两位或四位数字');
  });

  it('never throws, whatever the input', () => {
    const alphabet = Array.from('（）()0123456789０１沪最高法知民初执异破字第号 \u3000a-之');
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let i = 0; i < 2000; i++) {
      const len = next() % 20;
      let text = '';
      for (let j = 0; j < len; j++) text += alphabet[next() % alphabet.length];
      const r = parseCaseNumber(text, { now: NOW });
      if (r.ok) expect(parsed(r.value.canonical).key).toBe(r.value.key);
      else expect(caseNumberPartLabels[r.error.part]).toBeDefined();
    }
  });
});

describe('formatCaseNumber', () => {
  it('writes the canonical form (法〔2015〕137号 art. 2, 法〔2018〕335号)', () => {
    expect(formatCaseNumber({ year: 2021, courtCode: '沪0118', typeCode: '民初', sequence: 1234 })).toBe('（2021）沪0118民初1234号');
    expect(formatCaseNumber({ year: 2019, courtCode: '最高法', specialCode: '知', typeCode: '民终', sequence: 1 })).toBe('（2019）最高法知民终1号');
    expect(formatCaseNumber({ year: 2021, courtCode: '沪0118', specialCode: null, typeCode: '执', sequence: 7 })).toBe('（2021）沪0118执7号');
  });

  it('equals the canonical form of what it parses', () => {
    const n = parsed('(2020) 粤03 执异 12 号');
    expect(formatCaseNumber(n)).toBe(n.canonical);
  });

  it('rejects impossible parts as a programming error', () => {
    expect(() => formatCaseNumber({ year: 2021, courtCode: '沪0118', typeCode: '民初', sequence: 0 })).toThrow(RangeError);
    expect(() => formatCaseNumber({ year: 2021, courtCode: '沪0118', typeCode: '民初', sequence: 1.5 })).toThrow(RangeError);
    expect(() => formatCaseNumber({ year: 21, courtCode: '沪0118', typeCode: '民初', sequence: 1 })).toThrow(RangeError);
  });
});
