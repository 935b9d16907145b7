import { volumeKindLabels } from '../../common/catalogue-api.js';
import type { ArchiveEntry, ArchivePackageInput, ArchiveVolume } from './archive-package-input.js';

const SHA256 = /^[0-9a-f]{64}$/;
/** SM3 digests are 256 bits too (GB/T 32905-2016). */
const SM3 = /^[0-9a-f]{64}$/;

/**
 * What would make the package unfaithful to the case file the judge approved, in Chinese, one line
 * each. Collected, never fixed: a missing digest is not recomputed and a duplicate 顺序号 is not
 * renumbered here, because the package must be what was approved — the reception is refused
 * instead (STYLE.md: checks collect findings instead of throwing). Pure.
 */
export function packageProblems(input: ArchivePackageInput): string[] {
  const problems: string[] = [];
  if (!input.volumes.some((v) => v.entries.length > 0)) problems.push('卷内目录没有任何条目');
  const books = new Set<string>();
  for (const volume of input.volumes) {
    const book = bookLabel(volume);
    if (books.has(book)) problems.push(`${book}：册号重复`);
    books.add(book);
    problems.push(...entryProblems(volume));
  }
  if (input.approval.manifest.length === 0) problems.push('审核签名清单为空');
  if (input.approval.signature.length === 0) problems.push('审核签名（CMS）为空');
  if (input.fourPropertyReport === null || input.fourPropertyReport === undefined) problems.push('缺少四性检测报告');
  problems.push(...manifestDisagreement(input));
  return problems;
}

export function bookLabel(volume: Pick<ArchiveVolume, 'kind' | 'number'>): string {
  return `${volumeKindLabels[volume.kind]}第${volume.number}册`;
}

function entryProblems(volume: ArchiveVolume): string[] {
  const problems: string[] = [];
  const book = bookLabel(volume);
  const seen = new Map<number, string>();
  for (const entry of volume.entries) {
    const where = `${book} 第${entry.seq}件「${entry.title.normalize('NFC')}」`;
    const earlier = seen.get(entry.seq);
    if (earlier !== undefined) problems.push(`${where}：顺序号与「${earlier}」相同`);
    else seen.set(entry.seq, entry.title.normalize('NFC'));
    if (!Number.isInteger(entry.seq) || entry.seq < 1) problems.push(`${where}：顺序号应为正整数`);
    if (entry.files.length === 0) problems.push(`${where}：没有文件`);
    problems.push(...fileProblems(where, entry));
  }
  return problems;
}

function fileProblems(where: string, entry: ArchiveEntry): string[] {
  const problems: string[] = [];
  for (const file of entry.files) {
    const at = `${where} 文件「${file.originalName.normalize('NFC')}」`;
    if (file.sha256 === null || file.sha256 === '') problems.push(`${at}：缺少 SHA-256 摘要值`);
    else if (!SHA256.test(file.sha256)) problems.push(`${at}：SHA-256 摘要值格式不正确`);
    else if (file.blobKey !== file.sha256) problems.push(`${at}：存储键与 SHA-256 摘要值不一致`);
    if (file.sm3 === null || file.sm3 === '') problems.push(`${at}：缺少 SM3 摘要值`);
    else if (!SM3.test(file.sm3)) problems.push(`${at}：SM3 摘要值格式不正确`);
    if (!Number.isSafeInteger(file.size) || file.size < 0) problems.push(`${at}：文件大小无效`);
  }
  return problems;
}

/**
 * The files the judge signed for (the manifest) against the files being packaged, by 册, 顺序号 and
 * SHA-256: a file added, dropped or changed since the approval makes the signature no proof of
 * the package.
 */
function manifestDisagreement(input: ArchivePackageInput): string[] {
  if (input.approval.manifest.length === 0) return [];
  let signed: Set<string>;
  try {
    signed = manifestFileKeys(JSON.parse(input.approval.manifest) as unknown);
  } catch {
    return ['审核签名清单不是有效的 JSON'];
  }
  const packaged = new Set<string>();
  for (const v of input.volumes) for (const e of v.entries) for (const f of e.files) packaged.add(fileKey(v, e.seq, f.sha256 ?? ''));
  const problems: string[] = [];
  for (const k of packaged) if (!signed.has(k)) problems.push(`${k}：不在法官签名的清单中`);
  for (const k of signed) if (!packaged.has(k)) problems.push(`${k}：法官签名的清单中有此文件，归档包中没有`);
  return problems;
}

function fileKey(volume: Pick<ArchiveVolume, 'kind' | 'number'>, seq: number, sha256: string): string {
  return `${bookLabel(volume)} 第${seq}件 SHA-256 ${sha256 || '（无）'}`;
}

/** Keys of the files in an approval manifest (domain/approval-manifest.ts); tolerant of its absence. */
function manifestFileKeys(manifest: unknown): Set<string> {
  const keys = new Set<string>();
  const volumes = (manifest as { volumes?: unknown }).volumes;
  if (!Array.isArray(volumes)) return keys;
  for (const v of volumes as Array<{ kind?: unknown; number?: unknown; entries?: unknown }>) {
    if ((v.kind !== 'main' && v.kind !== 'side') || typeof v.number !== 'number' || !Array.isArray(v.entries)) continue;
    for (const e of v.entries as Array<{ seq?: unknown; files?: unknown }>) {
      if (typeof e.seq !== 'number' || !Array.isArray(e.files)) continue;
      for (const f of e.files as Array<{ sha256?: unknown }>) keys.add(fileKey({ kind: v.kind, number: v.number }, e.seq, typeof f.sha256 === 'string' ? f.sha256 : ''));
    }
  }
  return keys;
}
