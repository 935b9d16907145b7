/**
 * 完整性 (integrity) rules, DA/T 70-2018 clauses 2-1 … 2-4 (DOMAIN.md §1.2, §1.3).
 */
import { catalogueEntries, catalogueFiles, verdict, volumeLabel, type Rule } from './facts-helpers.js';

const noRegister = {
  result: 'fail' as const,
  evidence: ['没有登记表（归档登记表/移交登记表/批次记录），无法核对总量'],
  advice: '生成登记表（GB/T 18894-2016 表 A.1 或移交登记表）后重新检测',
};

/** 2-1 总件数相符性 (clause 2-1): the file count in the register equals the files actually in the package. */
export const fileCountMatches: Rule = (facts) => {
  if (!facts.register) return noRegister;
  const actual = facts.contentFiles.length;
  const recorded = facts.register.fileCount;
  return verdict(
    recorded === actual ? [] : [`${facts.register.source}登记 ${recorded} 个文件，信息包中实有 ${actual} 个`],
    [`${facts.register.source}登记 ${recorded} 个文件，实有 ${actual} 个`],
    '查明多出或缺少的文件，改正登记表或补齐文件',
  );
};

/** 2-2 总字节数相符性 (clause 2-1): the byte total in the register equals the bytes actually in the package. */
export const byteTotalMatches: Rule = (facts) => {
  if (!facts.register) return noRegister;
  const actual = facts.contentFiles.reduce((sum, f) => sum + f.size, 0);
  const recorded = facts.register.byteTotal;
  return verdict(
    recorded === actual ? [] : [`${facts.register.source}登记 ${recorded} 字节，信息包中实有 ${actual} 字节`],
    [`${facts.register.source}登记 ${recorded} 字节，实有 ${actual} 字节`],
    '总字节数不符而件数相符时，说明有文件被改动或截断：逐个核对摘要（1-1）',
  );
};

/** 2-4 元数据必填著录项目 (clause 2-2): the mandatory descriptive items are not empty. */
export const mandatoryMetadataPresent: Rule = (facts) => {
  const problems: string[] = [];
  if (facts.case.caseNumber.trim() === '') problems.push('案号为空');
  if (facts.case.courtCode.trim() === '') problems.push('法院代字为空');
  if (facts.case.filedOn === null) problems.push('立案日期为空');
  if (facts.case.closedOn === null) problems.push('结案日期为空');
  if (facts.catalogue.volumes.length === 0) problems.push('卷内目录为空');
  for (const { volume, entry } of catalogueEntries(facts)) {
    const where = `${volumeLabel(volume)}第${entry.seq}号`;
    if (entry.title.trim() === '') problems.push(`${where}题名为空`);
    for (const file of entry.files) {
      const r = file.recorded;
      const missing = [r.sha256 === null && 'SHA-256', r.sm3 === null && 'SM3', r.size === null && '大小', r.format === null && '格式'].filter(Boolean);
      if (missing.length > 0) problems.push(`${where}的文件 ${file.path} 缺少：${missing.join('、')}`);
    }
  }
  return verdict(problems, ['案号、法院代字、立案与结案日期、题名及每个文件的摘要、大小、格式均已著录'], '补录缺少的著录项目后重新检测');
};

/**
 * 2-5 过程信息完整性 (clause 2-2, GD/YJ): the handling record of the case file is complete — who
 * submitted it for review and when, who approved it and when.
 */
export const processRecordComplete: Rule = (facts) => {
  const a = facts.approval;
  if (!a) return { result: 'fail', evidence: ['没有提交审核与审核通过的记录'], advice: '卷宗须经提交审核与承办法官审核通过后方可归档' };
  const missing = [
    a.submittedBy === null && '提交人',
    a.submittedAt === null && '提交时间',
    a.approvedBy === null && '审核人',
    a.approvedAt === null && '审核通过时间',
  ].filter((x): x is string => typeof x === 'string');
  return verdict(
    missing.length > 0 ? [`过程信息缺少：${missing.join('、')}`] : [],
    [`${a.submittedBy} 于 ${a.submittedAt} 提交审核，${a.approvedBy} 于 ${a.approvedAt} 审核通过`],
    '从审核记录补齐过程信息',
  );
};

/**
 * 2-6 连续性元数据项 (clause 2-2; DA/T 22 via GD-2-6): in each 册 the 顺序号 run 1..n without gap or
 * repeat, and the page ranges run on from page 1 without gap or overlap (recordings have none).
 */
export const sequenceContinuous: Rule = (facts) => {
  const problems: string[] = [];
  for (const volume of facts.catalogue.volumes) {
    const label = volumeLabel(volume);
    const entries = [...volume.entries].sort((a, b) => a.seq - b.seq);
    entries.forEach((e, i) => {
      if (e.seq !== i + 1) problems.push(`${label}顺序号应为 ${i + 1}，实为 ${e.seq}（“${e.title}”）`);
    });
    let nextPage = 1;
    for (const e of entries) {
      if (e.pageStart === null || e.pageEnd === null) continue;
      if (e.pageStart !== nextPage) problems.push(`${label}第${e.seq}号“${e.title}”起始页号应为 ${nextPage}，实为 ${e.pageStart}`);
      nextPage = e.pageEnd + 1;
    }
  }
  return verdict(problems, ['每册顺序号从 1 起连续，页号连续无缺无重'], '重新编排顺序号与页号（卷内目录重新生成）后重新提交');
};

/** 2-7 内容数据完整性 (clause 2-3): every catalogue entry has its content (at least one file). */
export const contentComplete: Rule = (facts) => {
  const problems = catalogueEntries(facts)
    .filter(({ entry }) => entry.files.length === 0)
    .map(({ volume, entry }) => `${volumeLabel(volume)}第${entry.seq}号“${entry.title}”没有内容文件`);
  return verdict(problems, [`${catalogueEntries(facts).length} 条目录均有内容文件`], '为每条目录补齐内容文件，或删除空条目');
};

/**
 * 2-9 归档范围 (clause 2-4, GD only): the package holds what the case's 归档范围 requires — the
 * completeness findings of the catalogue template (required slots, requirement groups).
 */
export const filingScopeMet: Rule = (facts) => {
  const r = facts.requiredMaterials;
  if (!r) return { result: 'not_checked', evidence: ['未运行必备材料检查'], advice: '按案件类型的卷内目录模板运行必备材料检查后重新检测' };
  const errors = r.issues.filter((i) => i.severity === 'error');
  if (!r.ok || errors.length > 0) {
    return {
      result: 'fail',
      evidence: errors.length > 0 ? errors.map((i) => `${i.code}：${i.message}`) : ['必备材料检查未通过'],
      advice: '补齐必备材料，或由书记员标注“本案无”并说明理由后重新提交审核',
    };
  }
  return { result: 'pass', evidence: ['必备材料齐全'] };
};

/**
 * 2-11 信息包内容数据完整性 (clause 2-4): the files in the package are exactly the files the package
 * metadata records — no file that no entry references, as many files as recorded.
 */
export const packageContentComplete: Rule = (facts) => {
  const referenced = new Set(catalogueFiles(facts).map(({ file }) => file.path));
  const problems = facts.contentFiles.filter((f) => !referenced.has(f.path)).map((f) => `${f.path}（${f.size} 字节）在信息包中但不属于任何目录条目`);
  const found = new Set(facts.contentFiles.map((f) => f.path));
  const missing = [...referenced].filter((p) => !found.has(p));
  if (missing.length > 0) problems.push(`元数据记录 ${referenced.size} 个文件，信息包中缺少 ${missing.length} 个：${missing.join('、')}`);
  return verdict(problems, [`信息包中的 ${facts.contentFiles.length} 个文件与元数据记录一一对应`], '删除不属于卷宗的文件或将其著录到目录，补齐缺失文件后重新生成信息包');
};
