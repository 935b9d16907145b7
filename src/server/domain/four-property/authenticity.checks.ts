/**
 * 真实性 (authenticity) rules, DA/T 70-2018 clauses 1-1 … 1-5 (DOMAIN.md §1.2, §1.3).
 */
import { parseCaseNumber } from '../case-number/index.js';
import { pagedFormats } from './allowed-formats.js';
import { beijingDay, catalogueEntries, catalogueFiles, isCalendarDate, short, verdict, volumeLabel, type Rule } from './facts-helpers.js';
import type { Verdict } from './types.js';

const HEX64 = /^[0-9a-f]{64}$/;

/**
 * 1-1 固化信息有效性: the fixity information the archive carries is still valid — the SHA-256 and SM3
 * recorded at capture equal the digests of the bytes now, the judge's CMS signature over the approval
 * manifest verifies, and every signature or seal inside a PDF/OFD verifies.
 */
export const fixityValid: Rule = (facts) => {
  const problems: string[] = [];
  const unread: string[] = [];
  let checked = 0;
  for (const { file } of catalogueFiles(facts)) {
    const c = file.computed;
    if (!c) {
      unread.push(file.path);
      continue;
    }
    checked++;
    for (const [name, recorded, found] of [['SHA-256', file.recorded.sha256, c.sha256], ['SM3', file.recorded.sm3, c.sm3]] as const) {
      if (!recorded) problems.push(`${file.path}：未记录 ${name} 摘要，无法校验`);
      else if (recorded.toLowerCase() !== found.toLowerCase()) problems.push(`${file.path}：${name} 摘要不符，记录 ${short(recorded)}，实算 ${short(found)}`);
    }
  }
  const evidence = [`${checked} 个文件的 SHA-256 与 SM3 摘要与记录一致`];
  if (!facts.approval) problems.push('未找到审核通过清单的签名（承办法官的 CMS 签名），无法证明来源');
  else if (!facts.approval.signature.valid) {
    const failed = facts.approval.signature.checks.filter((c) => !c.ok).map((c) => `${c.name}：${c.message}`);
    problems.push(`审核通过清单的签名验证未通过${failed.length > 0 ? `：${failed.join('；')}` : ''}`);
  } else evidence.push(`审核通过清单的签名验证通过（${facts.approval.signature.checks.map((c) => c.name).join('、') || '签名值'}）`);
  for (const s of facts.signatures) {
    if (!s.valid) problems.push(`${s.path}：${s.kind === 'ofd' ? 'OFD 签章' : 'PDF 签名'}${s.signer ? `（${s.signer}）` : ''}验证未通过：${s.reason}`);
  }
  evidence.push(facts.signatures.length > 0 ? `${facts.signatures.length} 个版式文件签名/签章验证通过` : '内容文件中无电子签名或签章');
  if (problems.length > 0) {
    return { result: 'fail', evidence: problems, advice: '摘要或签名不符说明文件在记录之后被改动或替换：从上一环节的备份取回原文件重新核对，查明原因前不得接收' };
  }
  if (unread.length > 0) {
    return { result: 'not_checked', evidence: [`${unread.length} 个文件未找到，摘要无法校验：${unread.join('、')}`], advice: '补齐缺失的文件后重新检测' };
  }
  return { result: 'pass', evidence };
};

/**
 * 1-3 元数据项数据类型、格式 (clause 1-2): the 案号 is a well-formed case number (法〔2015〕137号) of this
 * court, dates are calendar dates, digests are 64 hex digits, sizes and pages are whole numbers.
 */
export const metadataFormat: Rule = (facts) => {
  const problems: string[] = [];
  const parsed = parseCaseNumber(facts.case.caseNumber, { now: new Date(facts.now) });
  if (!parsed.ok) problems.push(`案号“${facts.case.caseNumber}”无法解析：${parsed.error.message}`);
  else if (!parsed.value.legacy && parsed.value.courtCode !== facts.case.courtCode) {
    problems.push(`案号中的法院代字为“${parsed.value.courtCode}”，本院为“${facts.case.courtCode}”`);
  }
  for (const [label, value] of [['立案日期', facts.case.filedOn], ['结案日期', facts.case.closedOn]] as const) {
    if (value !== null && !isCalendarDate(value)) problems.push(`${label}“${value}”不是有效日期（应为 YYYY-MM-DD）`);
  }
  for (const { volume, entry } of catalogueEntries(facts)) {
    if (entry.date !== null && !isCalendarDate(entry.date)) problems.push(`${volumeLabel(volume)}第${entry.seq}号“${entry.title}”的日期“${entry.date}”不是有效日期`);
  }
  for (const { file } of catalogueFiles(facts)) {
    const r = file.recorded;
    if (r.sha256 !== null && !HEX64.test(r.sha256)) problems.push(`${file.path}：记录的 SHA-256 不是 64 位十六进制数`);
    if (r.sm3 !== null && !HEX64.test(r.sm3)) problems.push(`${file.path}：记录的 SM3 不是 64 位十六进制数`);
    if (r.size !== null && !Number.isSafeInteger(r.size)) problems.push(`${file.path}：记录的大小 ${r.size} 不是整数`);
    if (r.pages !== null && !Number.isSafeInteger(r.pages)) problems.push(`${file.path}：记录的页数 ${r.pages} 不是整数`);
  }
  return verdict(problems, [`案号“${facts.case.caseNumber}”格式正确，日期、摘要、大小与页数的类型和格式正确`], '按著录规则改正元数据后重新检测');
};

/**
 * 1-5 元数据项数据值合理性 (clause 1-2): values within plausible ranges — no date in the future, 立案 not
 * after 结案, the 案号's 收案年度 equals the year of 立案, sizes positive, paged files with pages > 0,
 * page ranges well-ordered.
 */
export const metadataPlausible: Rule = (facts) => {
  const problems: string[] = [];
  const today = beijingDay(facts.now);
  const { filedOn, closedOn } = facts.case;
  const valid = (d: string | null): d is string => d !== null && isCalendarDate(d);
  if (valid(filedOn) && filedOn > today) problems.push(`立案日期 ${filedOn} 晚于检测当日 ${today}`);
  if (valid(closedOn) && closedOn > today) problems.push(`结案日期 ${closedOn} 晚于检测当日 ${today}`);
  if (valid(filedOn) && valid(closedOn) && filedOn > closedOn) problems.push(`立案日期 ${filedOn} 晚于结案日期 ${closedOn}`);
  const parsed = parseCaseNumber(facts.case.caseNumber, { now: new Date(facts.now) });
  if (parsed.ok && valid(filedOn) && String(parsed.value.year) !== filedOn.slice(0, 4)) {
    problems.push(`案号的收案年度为 ${parsed.value.year}，立案日期为 ${filedOn}`);
  }
  for (const { volume, entry } of catalogueEntries(facts)) {
    const where = `${volumeLabel(volume)}第${entry.seq}号“${entry.title}”`;
    if (valid(entry.date) && entry.date > today) problems.push(`${where}的日期 ${entry.date} 晚于检测当日 ${today}`);
    if (entry.pageStart !== null && entry.pageStart < 1) problems.push(`${where}的起始页号 ${entry.pageStart} 小于 1`);
    if (entry.pageStart !== null && entry.pageEnd !== null && entry.pageEnd < entry.pageStart) {
      problems.push(`${where}的页号范围 ${entry.pageStart}–${entry.pageEnd} 倒置`);
    }
    for (const file of entry.files) {
      const r = file.recorded;
      if (r.size !== null && r.size <= 0) problems.push(`${file.path}：记录的大小为 ${r.size} 字节`);
      if (r.format !== null && pagedFormats.has(r.format) && r.pages !== null && r.pages <= 0) problems.push(`${file.path}：记录的页数为 ${r.pages}`);
    }
  }
  return verdict(problems, [`日期不晚于检测当日 ${today}，立案不晚于结案，大小与页数均为正数`], '核对原始材料改正不合理的值');
};

// C0 controls, DEL and U+FFFD (a character lost in a bad conversion) never belong in catalogue text.
const SPECIAL = /[\u0000-\u001f\u007f\ufffd]/u;

/** 1-6 元数据项数据包含特殊字符 (clause 1-2): control characters or U+FFFD in 案号, titles or paths. */
export const metadataSpecialCharacters: Rule = (facts) => {
  const problems: string[] = [];
  const show = (s: string): string => JSON.stringify(s);
  if (SPECIAL.test(facts.case.caseNumber)) problems.push(`案号含特殊字符：${show(facts.case.caseNumber)}`);
  for (const { volume, entry } of catalogueEntries(facts)) {
    if (SPECIAL.test(entry.title)) problems.push(`${volumeLabel(volume)}第${entry.seq}号的题名含特殊字符：${show(entry.title)}`);
    for (const file of entry.files) if (SPECIAL.test(file.path)) problems.push(`文件路径含特殊字符：${show(file.path)}`);
  }
  return verdict(problems, ['案号、题名与文件路径中无控制字符或替换字符'], '删除特殊字符（多为复制粘贴或编码转换所致）后重新检测');
};

/**
 * 1-10 内容数据的电子属性一致性 (clause 1-3): attributes read from the content now equal those recorded
 * — size, format (by content), pages — and an entry's page range spans its primary file's pages.
 */
export const contentAttributesMatch: Rule = (facts) => {
  const problems: string[] = [];
  let compared = 0;
  for (const { volume, entry } of catalogueEntries(facts)) {
    for (const file of entry.files) {
      const c = file.computed;
      if (!c) continue; // 1-11 reports the missing file
      compared++;
      const r = file.recorded;
      if (r.size !== null && r.size !== c.size) problems.push(`${file.path}：大小记录为 ${r.size} 字节，实际为 ${c.size} 字节`);
      if (r.format !== null && r.format !== c.format) problems.push(`${file.path}：格式记录为 ${r.format}，按内容识别为 ${c.format}`);
      if (r.pages !== null && c.pages !== null && r.pages !== c.pages) problems.push(`${file.path}：页数记录为 ${r.pages}，实际为 ${c.pages}`);
    }
    const primary = entry.files.find((f) => f.primary);
    if (entry.pageStart !== null && entry.pageEnd !== null && primary?.computed?.pages != null) {
      const span = entry.pageEnd - entry.pageStart + 1;
      if (span !== primary.computed.pages) {
        problems.push(`${volumeLabel(volume)}第${entry.seq}号“${entry.title}”页号 ${entry.pageStart}–${entry.pageEnd} 共 ${span} 页，主文件 ${primary.path} 实有 ${primary.computed.pages} 页`);
      }
    }
  }
  return verdict(problems, [`${compared} 个文件的大小、格式、页数与记录一致，页号范围与主文件页数一致`], '以文件实际属性为准核对目录与元数据；属性不符而摘要相符时改正元数据，摘要也不符时按 1-1 处理');
};

/** 1-11 元数据是否关联内容数据 (clause 1-4): every catalogued file is at the location its metadata records. */
export const metadataLinksContent: Rule = (facts) => {
  const inPackage = new Set(facts.contentFiles.map((f) => f.path));
  const problems: string[] = [];
  const files = catalogueFiles(facts);
  for (const { volume, entry, file } of files) {
    if (!file.computed || !inPackage.has(file.path)) problems.push(`${volumeLabel(volume)}第${entry.seq}号“${entry.title}”的文件 ${file.path} 在信息包中不存在`);
  }
  return verdict(problems, [`目录记录的 ${files.length} 个文件均在记录的位置`], '从上一环节取回缺失文件，或改正元数据中的存储位置');
};

/** 1-13 信息包目录结构规范性 (clause 1-5): the OCFL/BagIt (or DA/T 48 EEP) validator found no error. */
export const packageStructureValid: Rule = (facts) => {
  const s = facts.packageStructure;
  if (!s) return { result: 'not_checked', evidence: ['未运行信息包结构校验'], advice: '运行信息包结构校验（OCFL/BagIt）后重新检测' };
  const errors = s.issues.filter((i) => i.severity === 'error');
  const warnings = s.issues.filter((i) => i.severity !== 'error');
  if (errors.length > 0) {
    return {
      result: 'fail',
      evidence: errors.map((i) => `${s.validator} ${i.code}：${i.message}`),
      advice: '信息包结构不符合规范：按错误代码修复或重新生成信息包',
    };
  }
  return { result: 'pass', evidence: [`${s.validator} 结构校验无错误`, ...warnings.map((i) => `提示 ${i.code}：${i.message}`)] };
};

/**
 * 1-14 信息包一致性 (clause 1-5): the package is the one the judge approved — every file digest in the
 * signed approval manifest equals the file in the package (at BC: unchanged since ingest).
 */
export const packageMatchesApproval: Rule = (facts): Verdict => {
  const a = facts.approval;
  if (!a) return { result: 'fail', evidence: ['没有审核通过清单，无法证明信息包即审核通过的卷宗'], advice: '卷宗须经承办法官审核签名后方可归档' };
  if (!a.manifestMatchesFiles.ok) {
    const lines = a.manifestMatchesFiles.mismatches.map((m) => `${m.path}：清单记录 ${short(m.expected)}，信息包中${m.found === null ? '无此文件' : `为 ${short(m.found)}`}`);
    return {
      result: 'fail',
      evidence: lines.length > 0 ? lines : ['审核通过清单与信息包中的文件不一致'],
      advice: '信息包与法官审核签名的清单不一致：退回书记员，按审核通过的版本重新组卷或重新提交审核',
    };
  }
  return { result: 'pass', evidence: ['审核通过清单中每个文件的摘要与信息包中的文件一致'] };
};
