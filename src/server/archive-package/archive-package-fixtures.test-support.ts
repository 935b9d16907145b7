import { createHash } from 'node:crypto';
import { approvalManifest } from '../domain/approval-manifest.js';
import type { ArchiveFile, ArchivePackageInput, ArchiveVolume } from './archive-package-input.js';

/** A digest-shaped hex string derived from a label, so each fake file has its own. */
export const hex = (label: string): string => createHash('sha256').update(label).digest('hex');

export function file(label: string, over: Partial<ArchiveFile> = {}): ArchiveFile {
  const sha256 = hex(`sha256:${label}`);
  return { role: 'original', originalName: `${label}.pdf`, format: 'pdf', mime: 'application/pdf', size: 1000 + label.length, sha256, sm3: hex(`sm3:${label}`), blobKey: sha256, ...over };
}

/** The manifest the judge would have signed for these volumes (domain/approval-manifest.ts). */
export function manifestFor(input: Pick<ArchivePackageInput, 'court' | 'case' | 'volumes' | 'waivers' | 'duplicates'>): string {
  return approvalManifest({
    court: { name: input.court.name, code: input.court.code },
    case: { id: input.case.id, caseNumber: input.case.caseNumber, causeOfAction: input.case.causeOfAction },
    catalogue: { version: 3, template: 'civil_first_instance@1' },
    volumes: input.volumes.map((v) => ({
      kind: v.kind,
      number: v.number,
      pages: v.pages ?? 0,
      entries: v.entries.map((e) => ({
        seq: e.seq,
        materialId: e.materialId,
        title: e.title,
        responsible: e.responsible,
        date: e.date,
        pageStart: e.pageStart,
        pageEnd: e.pageEnd,
        remarks: e.remarks,
        files: e.files.map((f) => ({ role: f.role, name: f.originalName, format: f.format, size: f.size, sha256: f.sha256 ?? '', sm3: f.sm3 ?? '' })),
      })),
    })),
    waivers: input.waivers.map((w) => ({ slotId: w.slotId, reason: w.reason })),
    duplicates: input.duplicates.map((d) => ({ materialId: d.materialId, keptMaterialId: d.keptMaterialId, reason: d.reason })),
    review: { round: 1, submittedBy: 'u-clerk', submittedAt: '2021-09-01T02:00:00.000Z' },
    approver: { id: 'u-judge', name: '王法官', certificate: { serialNumber: '01', sha256Fingerprint: 'f'.repeat(64), algorithm: 'sm2', subject: 'CN=王法官' } },
    approvedAt: '2021-09-02T03:00:00.000Z',
  });
}

/**
 * A small civil case: 正卷 with two entries (the first with an original and a signed file, the
 * second titled with a `/` and a decomposed é), 副卷 with one entry. `volumes` replaces the
 * catalogue; the manifest is always rebuilt from it so that it agrees unless a test says otherwise.
 */
export function smallCase(volumes?: ArchiveVolume[]): ArchivePackageInput {
  const base = {
    court: { name: '上海市青浦区人民法院', code: '沪0118', fonds: 'J118' },
    case: {
      id: 'case-1',
      caseNumber: '（2021）沪0118民初1002号',
      causeOfAction: '民间借贷纠纷',
      typeCode: '民初',
      department: '民事审判庭',
      judge: '王法官',
      clerk: '李书记员',
      filedOn: '2021-03-01',
      closedOn: '2021-08-20',
    },
    volumes: volumes ?? [
      {
        kind: 'main' as const,
        number: 1,
        pages: 5,
        entries: [
          {
            seq: 1,
            materialId: 'm1',
            title: '民事起诉状',
            responsible: '张三',
            date: '2021-03-01',
            pageStart: 1,
            pageEnd: 3,
            remarks: null,
            files: [file('起诉状'), file('起诉状-签名', { role: 'signed' })],
          },
          {
            seq: 2,
            materialId: 'm2',
            title: '原告/被告身份证明（Jose\u0301）',
            responsible: '张三',
            date: '2021-03-01',
            pageStart: 4,
            pageEnd: 5,
            remarks: '复印件',
            files: [file('身份证明', { originalName: 'Jose\u0301 身份证.PDF' })],
          },
        ],
      },
      {
        kind: 'side' as const,
        number: 1,
        pages: 2,
        entries: [
          { seq: 1, materialId: 'm3', title: '合议庭评议笔录', responsible: '合议庭', date: '2021-08-01', pageStart: 1, pageEnd: 2, remarks: null, files: [file('评议笔录')] },
        ],
      },
    ],
    duplicates: [{ materialId: 'm9', title: '民事起诉状（副本）', keptMaterialId: 'm1', reason: '同一份起诉状' }],
    waivers: [{ slotId: 'evidence', slotTitle: '证据材料', reason: '原告未提交证据' }],
  };
  return {
    ...base,
    archivalCode: 'J118-2021-MS-0012',
    retentionPeriod: { code: 'permanent', label: '永久' },
    approval: { manifest: manifestFor(base), signature: new Uint8Array([0x30, 0x82, 0x01, 0x00, 0xde, 0xad]), algorithm: 'sm2', signer: { id: 'u-judge', name: '王法官' }, signedAt: '2021-09-02T03:00:00.000Z' },
    fourPropertyReport: { checkpoint: 'reception', ok: true, items: [{ code: '1-1', result: 'pass' }] },
    events: [
      { id: 'a1', kind: 'ingestion', at: '2021-03-01T01:00:00.000Z', agent: { id: 'u-clerk', name: '李书记员', kind: 'person' }, outcome: 'success', detail: '材料入库' },
      { id: 'a2', kind: 'submission', at: '2021-09-01T02:00:00.000Z', agent: { id: 'u-clerk', name: '李书记员', kind: 'person' }, outcome: 'success', detail: '提交审核' },
      { id: 'a3', kind: 'approval', at: '2021-09-02T03:00:00.000Z', agent: { id: 'u-judge', name: '王法官', kind: 'person' }, outcome: 'success', detail: '审核通过（SM2 签名）' },
      { id: 'a4', kind: 'fixity-check', at: '2021-09-03T04:00:00.000Z', agent: { id: 'casevault', name: 'CaseVault', kind: 'software' }, outcome: 'success', detail: 'SHA-256 与 SM3 复核一致' },
      { id: 'a5', kind: 'reception', at: '2021-09-03T05:00:00.000Z', agent: { id: 'u-archivist', name: '赵档案员', kind: 'person' }, outcome: 'success', detail: '档案接收' },
    ],
    softwareVersion: '0.1.0',
    packagedAt: '2021-09-03T05:00:00.000Z',
  };
}
