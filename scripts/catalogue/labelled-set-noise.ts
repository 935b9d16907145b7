/**
 * The noise real titles and OCR text carry: homophone typos clerks make, characters OCR confuses,
 * spaced-out headings, lost headings, merged lines, both bracket widths, numbering and file names.
 */
import type { Rng } from './prng.js';

/** Homophones and near-homophones that IME typing produces. */
const homophones: Record<string, string[]> = {
  辩: ['辨'],
  状: ['壮', '妆'],
  诉: ['述', '素'],
  证: ['正', '症'],
  录: ['禄', '绿'],
  判: ['叛', '盼'],
  决: ['绝', '抉'],
  裁: ['栽', '财'],
  审: ['婶', '沈'],
  庭: ['廷', '亭'],
  笔: ['比'],
  送: ['宋'],
  达: ['答'],
  回: ['会'],
  执: ['直', '职'],
  申: ['伸'],
  票: ['漂'],
  议: ['意'],
  通: ['同'],
  知: ['之'],
  请: ['情'],
  托: ['拖'],
  鉴: ['见'],
  调: ['掉'],
  传: ['船'],
  报: ['抱'],
  书: ['数'],
};

/** Characters OCR mistakes for similar shapes. */
const lookalikes: Record<string, string[]> = {
  民: ['氏'],
  判: ['刾'],
  决: ['泱'],
  书: ['韦', '节'],
  诉: ['沂'],
  状: ['伏'],
  裁: ['栽', '载'],
  定: ['走'],
  送: ['迭', '逆'],
  达: ['込'],
  证: ['讧'],
  录: ['汞'],
  笔: ['竿'],
  审: ['宙'],
  理: ['埋'],
  院: ['阮'],
  法: ['去'],
  通: ['甬'],
  知: ['和'],
  调: ['凋'],
  解: ['觧'],
  庭: ['廷'],
  回: ['囙'],
  告: ['吿'],
  请: ['清'],
  申: ['由', '甲'],
  执: ['扶'],
  人: ['入'],
  日: ['曰'],
  未: ['末'],
  议: ['仪'],
  传: ['侍'],
  票: ['栗'],
};

function substitute(rng: Rng, text: string, table: Record<string, string[]>): string {
  const chars = Array.from(text);
  const candidates = chars.map((ch, i) => (table[ch] ? i : -1)).filter((i) => i >= 0);
  if (candidates.length === 0) return text;
  const i = rng.pick(candidates);
  chars[i] = rng.pick(table[chars[i]!]!);
  return chars.join('');
}

/** A clerk's typing noise on a title (one change). */
export function noisyTitle(rng: Rng, title: string): { title: string; noise: string } {
  const kind = rng.weighted<string>([
    ['typo', 4],
    ['drop', 1.5],
    ['swap', 1],
    ['halfwidth', 1.5],
    ['spaces', 1],
  ]);
  const chars = Array.from(title);
  switch (kind) {
    case 'typo':
      return { title: substitute(rng, title, homophones), noise: 'typo' };
    case 'drop': {
      if (chars.length < 4) return { title, noise: 'none' };
      const i = rng.int(0, chars.length - 1);
      return { title: chars.filter((_, j) => j !== i).join(''), noise: 'drop' };
    }
    case 'swap': {
      if (chars.length < 3) return { title, noise: 'none' };
      const i = rng.int(0, chars.length - 2);
      [chars[i], chars[i + 1]] = [chars[i + 1]!, chars[i]!];
      return { title: chars.join(''), noise: 'swap' };
    }
    case 'halfwidth':
      return { title: title.replace(/（/g, '(').replace(/）/g, ')').replace(/〔/g, '[').replace(/〕/g, ']'), noise: 'halfwidth' };
    default:
      return { title: chars.join(rng.chance(0.5) ? ' ' : '　'), noise: 'spaces' };
  }
}

/** OCR noise on a scanned page's text. */
export function ocrText(rng: Rng, text: string): { text: string; noise: string[] } {
  const noise: string[] = [];
  let lines = text.split('\n');
  const headingAt = lines.findIndex((l, i) => i < 3 && !/(法院|检察院|公安局|分局|律师事务所|司法鉴定所)$/.test(l) && l.length <= 24);
  if (headingAt >= 0 && rng.chance(0.3)) {
    lines[headingAt] = Array.from(lines[headingAt]!.replace(/\s/g, '')).join(' ');
    noise.push('spaced-heading');
  }
  if (headingAt >= 0 && rng.chance(0.08)) {
    lines.splice(headingAt, 1);
    noise.push('heading-lost');
  }
  if (lines.length > 2 && rng.chance(0.1)) {
    lines = [lines[0]! + lines[1]!, ...lines.slice(2)];
    noise.push('lines-merged');
  }
  let out = lines.join('\n');
  const rate = rng.pick([0.005, 0.01, 0.02, 0.04]);
  const chars = Array.from(out);
  let changed = 0;
  for (let i = 0; i < chars.length; i++) {
    const alt = lookalikes[chars[i]!];
    if (alt && rng.chance(rate * 3)) {
      chars[i] = rng.pick(alt);
      changed++;
    } else if (chars[i] !== '\n' && rng.chance(rate / 4)) {
      chars[i] = rng.pick(['', '．', '丨', 'l', ' ']);
      changed++;
    }
  }
  if (changed > 0) noise.push(`ocr-${rate}`);
  out = chars.join('');
  if (rng.chance(0.15)) {
    out = out.slice(0, rng.int(120, 400));
    noise.push('truncated');
  }
  return { text: out, noise };
}

/** How a title is decorated by systems and clerks: case number, party, ordinal, numbering, extension. */
export function decorate(rng: Rng, title: string, party: { role: string; name: string }, caseNo: string): { title: string; decoration: string } {
  const kind = rng.weighted<string>([
    ['plain', 4],
    ['party', 2],
    ['party-dash', 1],
    ['ordinal', 1],
    ['numbered', 1],
    ['extension', 1],
    ['case-number', 1],
  ]);
  switch (kind) {
    case 'party':
      return { title: `${title}（${party.role}${party.name}）`, decoration: kind };
    case 'party-dash':
      return { title: `${title}-${party.role}${party.name}`, decoration: kind };
    case 'ordinal':
      return { title: `${title}${rng.pick(['（一）', '（二）', '（三）', '第二次', '(2)', '之一'])}`, decoration: kind };
    case 'numbered':
      return { title: `${String(rng.int(1, 40)).padStart(2, '0')}${rng.pick(['-', '.', '、', '_'])}${title}`, decoration: kind };
    case 'extension':
      return { title: `${title}.${rng.pick(['pdf', 'pdf', 'jpg', 'ofd', 'docx'])}`, decoration: kind };
    case 'case-number':
      return { title: `${caseNo}${title}`, decoration: kind };
    default:
      return { title, decoration: 'plain' };
  }
}

/** A scanner's or camera's file name that says nothing of the document. */
export function meaninglessTitle(rng: Rng, year: number, caseNo: string): string {
  return rng.pick([
    `扫描件${String(rng.int(1, 300)).padStart(4, '0')}`,
    `IMG_${year}${String(rng.int(1, 12)).padStart(2, '0')}${String(rng.int(1, 28)).padStart(2, '0')}_${rng.int(100000, 999999)}.jpg`,
    '',
    '未命名',
    `scan_${String(rng.int(1, 99)).padStart(3, '0')}.pdf`,
    `${caseNo}-${rng.int(1, 60)}`,
    `材料${rng.int(1, 30)}`,
    `Doc${rng.int(1, 20)}.pdf`,
  ]);
}

/** The vague title a hurried clerk gives: '笔录', '通知书', '裁定', '材料' — only the text can tell. */
export function genericTitle(rng: Rng, title: string): string {
  const rules: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
    [/笔录$|记录$/, ['笔录', '记录']],
    [/通知书?$|令$/, ['通知书', '通知']],
    [/申请书?$/, ['申请书', '申请']],
    [/判决书/, ['判决', '法律文书']],
    [/裁定书/, ['裁定', '法律文书']],
    [/调解书/, ['法律文书']],
    [/决定书$/, ['决定书', '决定']],
    [/函$/, ['函件', '来函']],
    [/回证|回执|凭证|收据/, ['回执', '凭证']],
    [/状$/, ['诉状', '当事人材料']],
    [/证据/, ['证据', '材料']],
    [/报告$/, ['报告']],
    [/表$|卡$/, ['表格']],
  ];
  const rule = rules.find(([re]) => re.test(title));
  return rng.pick(rule ? rule[1] : ['材料', '其他材料', '文件']);
}
