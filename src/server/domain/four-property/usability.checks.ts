/**
 * 可用性 (usability) rules, DA/T 70-2018 clauses 3-1 … 3-4 (DOMAIN.md §1.2, §1.3, §10.5).
 */
import { MAX_COMPRESSION_RATIO, formatRejection, pagedFormats, publicCompressionMethods } from './allowed-formats.js';
import { catalogueFiles, verdict, type Rule } from './facts-helpers.js';

/** 3-1 信息包中元数据的可读性 (clause 3-1): the package's own metadata parses. */
export const metadataReadable: Rule = (facts) => {
  const m = facts.metadataReadable;
  if (!m) return { result: 'not_checked', evidence: ['未读取信息包中的元数据'], advice: '读取信息包元数据后重新检测' };
  return m.ok
    ? { result: 'pass', evidence: ['信息包中的元数据可以读取和解析'] }
    : { result: 'fail', evidence: [`信息包中的元数据无法读取：${m.reason ?? '原因未知'}`], advice: '重新生成信息包的元数据文件' };
};

/**
 * 3-3 内容数据格式 (clause 3-2): every file's format, identified by content, is on the long-term
 * list (allowed-formats.ts: GB/T 18894-2016, DA/T 31-2017, GB/T 33190), with allowed codecs.
 */
export const formatAllowed: Rule = (facts) => {
  const problems: string[] = [];
  let checked = 0;
  for (const { file } of catalogueFiles(facts)) {
    if (!file.computed) continue;
    checked++;
    const why = formatRejection(file.computed.format, file.computed);
    if (why) problems.push(`${file.path}：${why}`);
  }
  return verdict(problems, [`${checked} 个文件的格式均在长期保存格式清单中`], '转换为清单中的格式（文书转 OFD 或 PDF/A，图像转 TIFF/JPEG，音视频转 MP3/MP4）后重新著录');
};

/**
 * 3-4 内容数据可读性 (clause 3-2): every file opens and renders; a zero-byte file or a paged document
 * without pages is unusable (Fuzhou vendor note, DOMAIN.md §1.2). A file nobody tried to open is not
 * checked, never passed.
 */
export const contentOpens: Rule = (facts) => {
  const problems: string[] = [];
  const untried: string[] = [];
  let opened = 0;
  for (const { file } of catalogueFiles(facts)) {
    const c = file.computed;
    if (!c) continue;
    if (c.size === 0) problems.push(`${file.path}：零字节文件`);
    else if (c.opens === null) untried.push(file.path);
    else if (!c.opens.ok) problems.push(`${file.path}：无法打开（${c.opens.reason ?? '原因未知'}）`);
    else if (pagedFormats.has(c.format) && c.pages === 0) problems.push(`${file.path}：文件没有页面`);
    else opened++;
  }
  if (problems.length > 0) return { result: 'fail', evidence: problems, advice: '从上一环节取回可用的文件替换，或重新扫描/转换' };
  if (untried.length > 0) return { result: 'not_checked', evidence: [`${untried.length} 个文件未做打开检查：${untried.join('、')}`], advice: '对这些文件运行格式检查后重新检测' };
  return { result: 'pass', evidence: [`${opened} 个文件均能打开和呈现`] };
};

/**
 * 3-8 信息包中包含的内容数据格式合规性 (clause 3-4; at BC 3-2): nothing impairs future use — no
 * encryption, no password, no non-public compression, no decompression bomb.
 */
export const noEncryptionOrBadCompression: Rule = (facts) => {
  const problems: string[] = [];
  for (const { file } of catalogueFiles(facts)) {
    const c = file.computed;
    if (!c) continue;
    if (c.encrypted) problems.push(`${file.path}：内容已加密`);
    if (c.passwordProtected) problems.push(`${file.path}：打开需要密码`);
    if (c.compression) {
      const hidden = c.compression.methods.filter((m) => !publicCompressionMethods.has(m.toLowerCase()));
      if (hidden.length > 0) problems.push(`${file.path}：${c.compression.container} 中使用了非公开的压缩算法 ${hidden.join('、')}`);
      if (c.compression.ratio > MAX_COMPRESSION_RATIO) {
        problems.push(`${file.path}：压缩比 ${c.compression.ratio.toFixed(0)}:1 超过上限 ${MAX_COMPRESSION_RATIO}:1，疑为压缩炸弹`);
      }
    }
  }
  return verdict(problems, ['无加密、无密码保护、无非公开压缩算法，压缩比均在上限以内'], '取得未加密、无密码的原件或以公开算法重新生成后替换；疑似压缩炸弹的文件不得解压，交安全管理员处理');
};

/** 3-9 备份数据可恢复性 (BC clause 3-4): the last restore drill of the backup copies succeeded. */
export const backupRestorable: Rule = (facts) => {
  const drill = facts.lastRestoreDrill;
  if (!drill) return { result: 'not_checked', evidence: ['没有备份恢复演练记录'], advice: '对离线备份做一次恢复演练并记录过程信息（DA/T 92 系统要求）' };
  return drill.ok
    ? { result: 'pass', evidence: [`${drill.at} 的恢复演练成功：${drill.detail}`] }
    : { result: 'fail', evidence: [`${drill.at} 的恢复演练失败：${drill.detail}`], advice: '修复或重建备份后重新演练' };
};
