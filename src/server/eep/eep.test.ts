import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGNATURE_ALGORITHMS, toPem, type SignatureAlgorithm } from '../pki/index.js';
import { openssl } from '../pki/openssl.test-support.js';
import { binaryBytes, caseInput, COURT, fileOf, pdfBytes, testSigner, type TestSigner } from './eep-fixtures.test-support.js';
import { EEP_FORMAT_DESCRIPTION, EEP_NAMESPACE } from './eep-metadata.js';
import { EepError } from './eep-errors.js';
import { readEep } from './read-eep.js';
import { writeEep } from './write-eep.js';

const tmp = mkdtempSync(join(tmpdir(), 'casevault-eep-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let n = 0;
const fresh = (name: string) => join(tmp, `${++n}-${name}`);

function codes(result: { issues: Array<{ code: string; severity: string }> }): string[] {
  return result.issues.filter((i) => i.severity === 'error').map((i) => i.code);
}

/** A copy of `file` with `edit` applied to its bytes. */
function tampered(file: string, edit: (bytes: Buffer) => void): string {
  const bytes = readFileSync(file);
  edit(bytes);
  const out = fresh('tampered.eep');
  writeFileSync(out, bytes);
  return out;
}

describe('EEP without signature', () => {
  let file: string;
  beforeAll(async () => {
    file = fresh('case.eep');
    await writeEep(file, caseInput());
  });

  it('is well-formed XML in the EEP namespace with the DA/T 48 skeleton', () => {
    const xml = readFileSync(file, 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false }).parse(xml);
    const root = doc['电子文件封装包'];
    expect(root['@xmlns']).toBe(EEP_NAMESPACE);
    expect(root['封装包格式描述']).toBe(EEP_FORMAT_DESCRIPTION);
    expect(root['版本']).toBe('2009');
    const signed = root['被签名对象'];
    expect(signed['@eep版本']).toBe('2009');
    expect(signed['封装包类型']).toBe('原始型');
    expect(signed['封装包创建时间']).toBe('2024-11-05T10:30:00+08:00');
    const entities = signed['封装内容']['文件实体块']['文件实体'];
    expect(entities).toHaveLength(2);
    expect(entities[0]['内容描述']['题名']).toBe('民事起诉状（原告：张三 & 李四 <代理>）');
    expect(entities[0]['内容描述']['文件编号']).toBe('（2024）沪0118民初123号');
    const encoding = entities[0]['文件数据']['文档']['文档数据']['编码'];
    expect(encoding['反编码关键字']).toBe('base64-pdf');
    expect(encoding['电子属性']['计算机文件名']).toBe('民事起诉状.pdf');
    // RFC 2045: no line longer than 76 characters.
    const lines = String(encoding['编码数据']['#text']).trim().split('\n');
    expect(Math.max(...lines.map((l) => l.length))).toBe(76);
    expect(Buffer.from(lines.join(''), 'base64').equals(pdfBytes)).toBe(true);
    expect(signed['封装内容']['业务实体块']['业务实体'].map((e: Record<string, string>) => e['业务行为'])).toEqual(['提交审核', '审核通过', '接收归档']);
    expect(signed['封装内容']['机构人员实体块']['机构人员实体']).toHaveLength(4);
    expect(root['电子签名块']).toBeUndefined();
  });

  it('round-trips both materials byte for byte, with names and metadata as written', async () => {
    const result = await readEep(file, { outDir: mkdtempSync(join(tmp, 'out-')) });
    expect(codes(result)).toEqual([]);
    expect(result.issues.map((i) => i.code)).toEqual(['EEP_SIGNATURE_MISSING']);
    const pkg = result.package!;
    expect(pkg.createdBy).toBe(COURT);
    const [pdf, bin] = pkg.entities.map((e) => e.documents[0]!.encodings[0]!);
    expect(pdf!.fileName).toBe('民事起诉状.pdf');
    expect(readFileSync(pdf!.decoded!.path).equals(pdfBytes)).toBe(true);
    expect(readFileSync(bin!.decoded!.path).equals(binaryBytes)).toBe(true);
    expect(bin!.decoded!.digests.sm3).toBe(bin!.recordedDigests.sm3);
    expect(pdf!.decoded!.digests.sha256).toBe(pdf!.recordedDigests.sha256);
    expect(pkg.entities[1]!.archivalCode['室编案卷号']).toBe('J118-ZY·2024·Y·民-0012-副');
    expect(pkg.entities[1]!.access['控制标识']).toMatch(/^副卷/);
    expect(pkg.people.map((p) => p['个人职位'] ?? p['机构人员类型'])).toEqual(['机构', '书记员', '承办法官', '档案管理员']);
  });

  it('reports a changed Base64 character in 编码数据 as a digest mismatch', async () => {
    const bad = tampered(file, (b) => {
      const at = b.indexOf('<编码数据') + 200; // inside the PDF's Base64 lines
      b[at] = b[at] === 0x41 ? 0x42 : 0x41;
    });
    const result = await readEep(bad, { outDir: mkdtempSync(join(tmp, 'out-')) });
    expect(codes(result)).toEqual(['EEP_DIGEST_MISMATCH', 'EEP_DIGEST_MISMATCH']);
    expect(result.issues[0]!.path).toBe('文件实体[1]/文档[1]/编码[实体1-修改0-文档1-文档数据1-编码1]/编码数据');
  });

  it('reports a character outside the Base64 alphabet', async () => {
    const bad = tampered(file, (b) => {
      b[b.indexOf('<编码数据') + 200] = 0x2a; // '*'
    });
    expect(codes(await readEep(bad, { outDir: mkdtempSync(join(tmp, 'out-')) }))).toEqual(['EEP_BASE64_INVALID']);
  });

  it('reports a size that differs from 计算机文件大小', async () => {
    const bad = tampered(file, (b) => {
      const at = b.indexOf(`<计算机文件大小>${binaryBytes.length}`) + Buffer.byteLength('<计算机文件大小>');
      b[at] = 0x39; // 1234 → 9234
    });
    expect(codes(await readEep(bad, { outDir: mkdtempSync(join(tmp, 'out-')) }))).toEqual(['EEP_SIZE_MISMATCH']);
  });

  it('reports a truncated package as malformed XML', async () => {
    const bytes = readFileSync(file);
    const bad = fresh('truncated.eep');
    writeFileSync(bad, bytes.subarray(0, bytes.length - 40));
    expect(codes(await readEep(bad, { outDir: mkdtempSync(join(tmp, 'out-')) }))).toEqual(['EEP_XML_MALFORMED']);
  });

  it('refuses to package a file whose bytes differ from the recorded digests', async () => {
    const lying = { ...fileOf('民事起诉状.pdf', pdfBytes, { name: 'PDF', mime: 'application/pdf' }), sm3: '0'.repeat(64) };
    const out = fresh('refused.eep');
    await expect(writeEep(out, caseInput({ pdf: lying }))).rejects.toMatchObject({ code: 'EEP_SOURCE_MISMATCH' });
    expect(() => readFileSync(out)).toThrow(/ENOENT/); // the partial package is removed
  });

  it('refuses events by people not in 机构人员实体块', async () => {
    const input = caseInput();
    input.events[0]!.agentId = 'nobody';
    await expect(writeEep(fresh('x.eep'), input)).rejects.toBeInstanceOf(EepError);
  });
});

describe.each(SIGNATURE_ALGORITHMS)('signed EEP (%s)', (algorithm: SignatureAlgorithm) => {
  let t: TestSigner;
  let file: string;
  const read = (f: string) => readEep(f, { outDir: mkdtempSync(join(tmp, 'out-')), trustedRoots: [t.ca.root.certificate] });

  beforeAll(async () => {
    t = await testSigner(algorithm);
    file = fresh(`signed-${algorithm}.eep`);
    await writeEep(file, caseInput(), t.signer);
  });

  it('verifies over the exact 被签名对象 bytes and names signer and algorithm', async () => {
    const result = await read(file);
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
    const sig = result.signature!;
    expect(sig.algorithmOid).toBe(algorithm === 'sm2' ? '1.2.156.10197.1.501' : '1.2.840.10045.4.3.2');
    expect(sig.signer).toBe('赵档案');
    expect(sig.verification?.valid).toBe(true);
    const bytes = readFileSync(file);
    const { start, end } = result.package!.signedRange!;
    expect(bytes.subarray(start, start + Buffer.byteLength('<被签名对象')).toString()).toBe('<被签名对象');
    expect(bytes.subarray(0, end).toString().endsWith('</被签名对象>')).toBe(true);
    expect(XMLValidator.validate(bytes.toString('utf8'))).toBe(true);
  });

  it('fails when one byte inside 被签名对象 is flipped', async () => {
    const bad = tampered(file, (b) => {
      const at = b.indexOf('<封装包创建时间>') + Buffer.byteLength('<封装包创建时间>') + 3; // 2024 → 2025
      b[at] = b[at]! ^ 0x01;
    });
    const result = await read(bad);
    expect(codes(result)).toEqual(['EEP_SIGNATURE_INVALID']);
    expect(result.issues[0]!.message).toContain('CMS_MESSAGE_DIGEST');
    expect(result.package!.createdAt).toBe('2025-11-05T10:30:00+08:00');
  });

  it('verifies with the OpenSSL CLI too, from the extracted bytes (what a receiving archive would do)', async () => {
    if (algorithm === 'sm2') return; // OpenSSL 3.0 uses another SM2 distinguishing id (DOMAIN.md §9.3)
    const result = await read(file);
    const { start, end } = result.package!.signedRange!;
    const xml = readFileSync(file);
    const cms = /<签名结果>([^<]+)<\/签名结果>/.exec(xml.toString('utf8'))![1]!;
    const dir = mkdtempSync(join(tmp, 'openssl-'));
    writeFileSync(join(dir, 'signed.bin'), xml.subarray(start, end));
    writeFileSync(join(dir, 'sig.der'), Buffer.from(cms.replace(/\s+/g, ''), 'base64'));
    writeFileSync(join(dir, 'root.pem'), toPem(t.ca.root.certificate, 'CERTIFICATE'));
    const args = ['cms', '-verify', '-binary', '-inform', 'DER', '-in', 'sig.der', '-content', 'signed.bin', '-CAfile', 'root.pem', '-purpose', 'any', '-out', '/dev/null'];
    expect(openssl(args, dir)).toMatchObject({ ok: true });
  });

  it('fails without the court root as trust anchor', async () => {
    const result = await readEep(file, { outDir: mkdtempSync(join(tmp, 'out-')) });
    expect(codes(result)).toEqual(['EEP_SIGNATURE_INVALID']);
  });
});
