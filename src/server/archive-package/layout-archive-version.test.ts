import { describe, expect, it } from 'vitest';
import { assertNonConflicting, normaliseLogicalPath } from '../ocfl/ocfl-paths.js';
import { file, manifestFor, smallCase } from './archive-package-fixtures.test-support.js';
import type { ArchivePackageInput } from './archive-package-input.js';
import { MAX_LOGICAL_PATH_BYTES } from './content-layout.js';
import { layoutArchiveVersion, METADATA_PATHS } from './layout-archive-version.js';

const contentPaths = (input: ArchivePackageInput) =>
  layoutArchiveVersion(input)
    .files.map((f) => f.logicalPath)
    .filter((p) => p.startsWith('content/'));

/** The small case with its 正卷 entries replaced (manifest rebuilt so it agrees). */
function withMainEntries(entries: ArchivePackageInput['volumes'][number]['entries']): ArchivePackageInput {
  const base = smallCase();
  const volumes = [{ ...base.volumes[0]!, entries }];
  return { ...base, volumes, approval: { ...base.approval, manifest: manifestFor({ ...base, volumes }) } };
}

describe('layoutArchiveVersion', () => {
  it('places content under 正卷/副卷 and 册 with numbered Chinese names, roles telling files of one entry apart', () => {
    expect(contentPaths(smallCase())).toEqual([
      'content/正卷/第1册/001 民事起诉状（原件）.pdf',
      'content/正卷/第1册/001 民事起诉状（签名版）.pdf',
      'content/正卷/第1册/002 原告／被告身份证明（José）.pdf',
      'content/副卷/第1册/001 合议庭评议笔录.pdf',
    ]);
  });

  it('gives paths that are NFC, unique, safe and valid OCFL logical paths', () => {
    const paths = layoutArchiveVersion(smallCase()).files.map((f) => f.logicalPath);
    for (const p of paths) {
      expect(p).toBe(p.normalize('NFC'));
      expect(normaliseLogicalPath(p)).toBe(p);
      expect(p.split('/').at(-1)).not.toMatch(/[\\:*?"<>|\u0000-\u001f]/);
      expect(Buffer.byteLength(p)).toBeLessThanOrEqual(MAX_LOGICAL_PATH_BYTES);
    }
    expect(new Set(paths.map((p) => p.toLowerCase())).size).toBe(paths.length);
    expect(() => assertNonConflicting(paths)).not.toThrow();
  });

  it('references content blobs by SHA-256 and lists the metadata files', () => {
    const input = smallCase();
    const layout = layoutArchiveVersion(input);
    expect(layout.objectId).toBe('urn:casevault:沪0118:（2021）沪0118民初1002号');
    expect(layout.files[0]!.source).toEqual({ kind: 'blob', sha256: input.volumes[0]!.entries[0]!.files[0]!.sha256 });
    expect(layout.files.map((f) => f.logicalPath).filter((p) => p.startsWith('metadata/'))).toEqual(Object.values(METADATA_PATHS));
    expect(layout.problems).toEqual([]);
  });

  it('writes the signed manifest and the CMS byte for byte', () => {
    const input = smallCase();
    // A manifest with a decomposed character and no final newline: both must survive untouched.
    input.approval.manifest = input.approval.manifest.replace('"version":1', '"note":"Jose\u0301","version":1');
    const layout = layoutArchiveVersion(input);
    const bytesOf = (p: string) => {
      const s = layout.files.find((f) => f.logicalPath === p)!.source;
      return s.kind === 'bytes' ? Buffer.from(s.bytes) : null;
    };
    expect(bytesOf(METADATA_PATHS.manifest)!.equals(Buffer.from(input.approval.manifest, 'utf8'))).toBe(true);
    expect(bytesOf(METADATA_PATHS.signature)!.equals(Buffer.from(input.approval.signature))).toBe(true);
  });

  it('lists the same blob twice when two entries hold the same bytes (OCFL stores it once)', () => {
    const same = file('送达回证');
    const entry = (seq: number, title: string) => ({ seq, materialId: `m${seq}`, title, responsible: null, date: null, pageStart: seq, pageEnd: seq, remarks: null, files: [same] });
    const layout = layoutArchiveVersion(withMainEntries([entry(1, '送达回证'), entry(2, '送达回证')]));
    const blobs = layout.files.filter((f) => f.source.kind === 'blob');
    expect(blobs.map((f) => f.logicalPath)).toEqual(['content/正卷/第1册/001 送达回证.pdf', 'content/正卷/第1册/002 送达回证.pdf']);
    expect(blobs.map((f) => f.source)).toEqual([{ kind: 'blob', sha256: same.sha256 }, { kind: 'blob', sha256: same.sha256 }]);
  });

  it('gives a colliding name a counter, compared case-insensitively', () => {
    const entry = { seq: 1, materialId: 'm1', title: 'Receipt', responsible: null, date: null, pageStart: 1, pageEnd: 2, remarks: null };
    const paths = contentPaths(withMainEntries([{ ...entry, files: [file('a', { role: 'signed' }), file('b', { role: 'signed' }), file('c', { role: 'original' })] }]));
    expect(paths).toEqual(['content/正卷/第1册/001 Receipt（签名版）.pdf', 'content/正卷/第1册/001 Receipt（签名版）（2）.pdf', 'content/正卷/第1册/001 Receipt（原件）.pdf']);
  });

  it('shortens a very long title to the path limit, keeping number, role, counter and extension', () => {
    const title = '关于'.repeat(60) + '的情况说明';
    const entry = { seq: 7, materialId: 'm7', title, responsible: null, date: null, pageStart: 1, pageEnd: 1, remarks: null };
    const paths = contentPaths(withMainEntries([{ ...entry, files: [file('x', { role: 'signed' }), file('y', { role: 'signed' })] }]));
    expect(paths).toHaveLength(2);
    for (const p of paths) {
      expect(Buffer.byteLength(p)).toBeLessThanOrEqual(MAX_LOGICAL_PATH_BYTES);
      expect(Buffer.byteLength(p)).toBeGreaterThan(MAX_LOGICAL_PATH_BYTES - 10);
      expect(p.startsWith('content/正卷/第1册/007 关于关于')).toBe(true);
    }
    expect(paths[0]).toMatch(/…（签名版）\.pdf$/);
    expect(paths[1]).toMatch(/…（签名版）（2）\.pdf$/);
  });
});

describe('problems', () => {
  it('reports a file without digests and keeps listing it', () => {
    const input = smallCase();
    const bad = input.volumes[1]!.entries[0]!.files[0]!;
    bad.sha256 = null;
    bad.sm3 = null;
    const layout = layoutArchiveVersion(input);
    expect(layout.problems).toContain('副卷第1册 第1件「合议庭评议笔录」 文件「评议笔录.pdf」：缺少 SHA-256 摘要值');
    expect(layout.problems).toContain('副卷第1册 第1件「合议庭评议笔录」 文件「评议笔录.pdf」：缺少 SM3 摘要值');
    // Listed by its blob key, not dropped: what is there stays visible.
    expect(layout.files.find((f) => f.logicalPath === 'content/副卷/第1册/001 合议庭评议笔录.pdf')!.source).toEqual({ kind: 'blob', sha256: bad.blobKey });
  });

  it('reports two entries claiming the same 顺序号, and an entry without files, without renumbering', () => {
    const e = (title: string, files = [file(title)]) => ({ seq: 3, materialId: title, title, responsible: null, date: null, pageStart: 1, pageEnd: 1, remarks: null, files });
    const layout = layoutArchiveVersion(withMainEntries([e('传票'), e('送达回证'), { ...e('笔录', []), seq: 4 }]));
    expect(layout.problems).toEqual(['正卷第1册 第3件「送达回证」：顺序号与「传票」相同', '正卷第1册 第4件「笔录」：没有文件']);
    expect(layout.files.filter((f) => f.logicalPath.startsWith('content/')).map((f) => f.logicalPath)).toEqual([
      'content/正卷/第1册/003 传票.pdf',
      'content/正卷/第1册/003 送达回证.pdf',
    ]);
  });

  it('reports a file that differs from what the judge signed', () => {
    const input = smallCase();
    const changed = input.volumes[0]!.entries[1]!.files[0]!;
    const signed = changed.sha256;
    changed.sha256 = changed.blobKey = 'e'.repeat(64);
    expect(layoutArchiveVersion(input).problems).toEqual([
      `正卷第1册 第2件 SHA-256 ${'e'.repeat(64)}：不在法官签名的清单中`,
      `正卷第1册 第2件 SHA-256 ${signed}：法官签名的清单中有此文件，归档包中没有`,
    ]);
  });
});
