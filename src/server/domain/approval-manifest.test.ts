import { describe, expect, it } from 'vitest';
import { approvalManifest, type ApprovalManifestInput } from './approval-manifest.js';

const input = (): ApprovalManifestInput => ({
  court: { name: '上海市青浦区人民法院', code: '沪0118' },
  case: { id: 'c1', caseNumber: '（2021）沪0118民初1002号', causeOfAction: '借款合同纠纷' },
  catalogue: { version: 7, template: 'civil_first_instance@1' },
  volumes: [
    {
      kind: 'main',
      number: 1,
      pages: 3,
      entries: [
        {
          seq: 1,
          materialId: 'm1',
          title: '民事起诉状',
          responsible: '张三',
          date: '2021-06-01',
          pageStart: 1,
          pageEnd: 3,
          remarks: null,
          files: [
            { role: 'original', name: '起诉状.pdf', format: 'pdf', size: 1024, sha256: 'b'.repeat(64), sm3: 'd'.repeat(64) },
            { role: 'document', name: '起诉状-签名.pdf', format: 'pdf', size: 2048, sha256: 'a'.repeat(64), sm3: 'c'.repeat(64) },
          ],
        },
      ],
    },
  ],
  waivers: [{ slotId: 'service-receipt', reason: '当庭宣判' }],
  duplicates: [],
  review: { round: 2, submittedBy: '刘婷婷', submittedAt: '2026-11-24T08:00:00.000Z' },
  approver: { id: 'u1', name: '顾思敏', certificate: { serialNumber: '1f', sha256Fingerprint: 'e'.repeat(64), algorithm: 'sm2', subject: 'CN=顾思敏' } },
  approvedAt: '2026-11-24T09:00:00.000Z',
});

describe('approvalManifest', () => {
  it('names the case, the catalogue, every file with both digests, the approver and the time', () => {
    const m = JSON.parse(approvalManifest(input()));
    expect(m).toMatchObject({ type: 'casevault/approval-manifest', version: 1, case: { caseNumber: '（2021）沪0118民初1002号' }, catalogue: { version: 7 } });
    expect(m.volumes[0].entries[0].files.map((f: { role: string; sha256: string; sm3: string }) => [f.role, f.sha256[0], f.sm3[0]])).toEqual([
      ['document', 'a', 'c'],
      ['original', 'b', 'd'],
    ]);
    expect(m.approver.certificate.algorithm).toBe('sm2');
    expect(m.approvedAt).toBe('2026-11-24T09:00:00.000Z');
  });

  it('is the same bytes for the same facts, whatever order the files came in', () => {
    const a = input();
    const b = input();
    b.volumes[0]!.entries[0]!.files.reverse();
    expect(approvalManifest(a)).toBe(approvalManifest(b));
  });

  it('changes with any fact: a digest, a page range, the order', () => {
    const base = approvalManifest(input());
    const digest = input();
    digest.volumes[0]!.entries[0]!.files[0]!.sha256 = 'f'.repeat(64);
    const pages = input();
    pages.volumes[0]!.entries[0]!.pageEnd = 4;
    expect(approvalManifest(digest)).not.toBe(base);
    expect(approvalManifest(pages)).not.toBe(base);
  });
});
