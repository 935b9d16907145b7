import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { createCourtCa, generateKeyPair, issueUserCertificate, issuingAuthority, SoftwareSigner, type CourtCa, type SignatureAlgorithm } from '../pki/index.js';
import type { EepFile, EepInput } from './eep-input.js';

/** Test support: a small real case file and signers from a fresh court CA. */
export const COURT = '上海市青浦区人民法院';

export function fileOf(name: string, bytes: Buffer, format: EepFile['format']): EepFile {
  return {
    name,
    format,
    size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    sm3: createHash('sm3').update(bytes).digest('hex'),
    // Small chunks so the encoder's carry across chunk borders is exercised.
    source: () => Readable.from(chunks(bytes, 1000)),
  };
}

function* chunks(bytes: Buffer, size: number): Generator<Buffer> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

export const pdfBytes = readFileSync(new URL('../../../test/fixtures/formats/ok-text.pdf', import.meta.url));
/** Every byte value, including ones that are markup characters in ASCII ('<', '&', ']]>'). */
export const binaryBytes = Buffer.from(Array.from({ length: 1234 }, (_, i) => (i * 37 + 11) % 256));

export function caseInput(files: { pdf?: EepFile; bin?: EepFile } = {}): EepInput {
  return {
    createdAt: new Date('2024-11-05T02:30:00Z'),
    court: { name: COURT, code: '沪0118', fondsCode: 'J118', organizationCode: '11310118425012345X' },
    case: { caseNumber: '（2024）沪0118民初123号', causeOfAction: '买卖合同纠纷', filedOn: '2024-03-01', closedOn: '2024-09-20' },
    archivalCode: 'J118-ZY·2024·Y·民-0012',
    year: 2024,
    retentionPeriod: '永久',
    classification: '内部',
    volumes: [
      {
        kind: 'main',
        entries: [
          {
            sequence: 1,
            recordId: 'mat-0001',
            title: '民事起诉状（原告：张三 & 李四 <代理>）',
            responsible: '张三',
            date: '2024-03-01',
            pageStart: 1,
            pageEnd: 3,
            files: [files.pdf ?? fileOf('民事起诉状.pdf', pdfBytes, { name: 'PDF', version: '1.7', mime: 'application/pdf' })],
          },
        ],
      },
      {
        kind: 'side',
        archivalCode: 'J118-ZY·2024·Y·民-0012-副',
        entries: [
          {
            sequence: 1,
            recordId: 'mat-0002',
            title: '合议庭评议笔录',
            responsible: COURT,
            date: '2024-09-10',
            files: [files.bin ?? fileOf('评议录音片段.bin', binaryBytes, { name: '二进制数据', mime: 'application/octet-stream' })],
          },
        ],
      },
    ],
    events: [
      { action: '提交审核', status: '待法官审核', at: new Date('2024-10-08T01:00:00Z'), agentId: 'clerk', description: '书记员完成编目并提交承办法官审核' },
      { action: '审核通过', status: '待档案接收', at: new Date('2024-10-09T03:00:00Z'), agentId: 'judge', description: '承办法官审核归档目录无误' },
      { action: '接收归档', status: '已归档', at: new Date('2024-10-10T06:00:00Z'), agentId: 'archivist', basis: '《人民法院电子诉讼档案管理暂行办法》', description: '档案管理员完成四性检测并接收' },
    ],
    people: [
      { id: 'court', type: '机构', name: COURT, organizationCode: '11310118425012345X' },
      { id: 'clerk', type: '个人', name: '王书记', position: '书记员' },
      { id: 'judge', type: '个人', name: '李法官', position: '承办法官' },
      { id: 'archivist', type: '个人', name: '赵档案', position: '档案管理员' },
    ],
  };
}

export interface TestSigner {
  ca: CourtCa;
  signer: SoftwareSigner;
}

export async function testSigner(algorithm: SignatureAlgorithm): Promise<TestSigner> {
  const ca = await createCourtCa({ courtName: COURT, algorithm });
  const key = generateKeyPair(algorithm);
  const cert = await issueUserCertificate(issuingAuthority(ca), { commonName: '赵档案', department: '档案室', publicKey: key.publicKey });
  return { ca, signer: SoftwareSigner.fromKeyPair(key, cert, [ca.issuing.certificate, ca.root.certificate]) };
}
