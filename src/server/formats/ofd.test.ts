import { afterAll, describe, expect, it } from 'vitest';
import { bytesOf, fixture, flip, isChinese, scratch, truncate } from '../../../test/fixtures/formats/fixtures.js';
import { inspectOfd } from './ofd.js';

const tmp = scratch();
afterAll(() => tmp.cleanup());

async function onlyProblem(path: string) {
  const facts = await inspectOfd(path);
  expect(facts.problems).toHaveLength(1);
  const [p] = facts.problems;
  expect(p).toMatchObject({ code: 'OFD_CORRUPT', severity: 'error' });
  expect(isChinese(p!.message)).toBe(true);
  return p!.message;
}

describe('inspectOfd (GB/T 33190-2016)', () => {
  it('reads a well-formed package: documents, pages, signatures, version', async () => {
    const facts = await inspectOfd(fixture('ok.ofd'));
    expect(facts.ofd).toEqual({ docCount: 1, pages: 2, signatures: 1, version: '1.0' });
    expect(facts.pages).toBe(2);
    expect(facts.problems).toEqual([]);
  });

  it('reports a DocRoot that names a missing Document.xml', async () => {
    expect(await onlyProblem(fixture('ofd-missing-document.ofd'))).toMatch(/DocRoot.*Doc_0\/Document\.xml.*不存在/);
  });

  it('reports a page whose content file is missing', async () => {
    expect(await onlyProblem(fixture('ofd-missing-page.ofd'))).toMatch(/第 2 页.*不存在/);
  });

  it('reports a signature entry whose file is missing', async () => {
    expect(await onlyProblem(fixture('ofd-missing-signature.ofd'))).toMatch(/签名.*Sign_0\/Signature\.xml.*不存在/);
  });

  it('reports OFD.xml in a namespace other than GB/T 33190\'s', async () => {
    expect(await onlyProblem(fixture('ofd-wrong-namespace.ofd'))).toMatch(/命名空间.*ofdspec\.org\/2016/);
  });

  it('reports OFD.xml that is not well-formed XML', async () => {
    expect(await onlyProblem(fixture('ofd-broken-xml.ofd'))).toMatch(/OFD\.xml 不是格式正确的 XML/);
  });

  it('reports a package cut short (fault injection: truncated)', async () => {
    expect(await onlyProblem(tmp.write('cut.ofd', truncate(bytesOf('ok.ofd'), 0.7)))).toMatch(/ZIP 包无法读取/);
  });

  it('reports a damaged compressed part (fault injection: flipped bytes)', async () => {
    const bytes = bytesOf('ok.ofd');
    const data = bytes.indexOf('OFD.xml') + 'OFD.xml'.length + 20; // inside OFD.xml's deflated data
    expect(await onlyProblem(tmp.write('flipped.ofd', flip(bytes, data, 8)))).toMatch(/OFD\.xml 无法读取/);
  });

  it('catches a flipped byte in an uncompressed part by its CRC-32', async () => {
    expect((await inspectOfd(fixture('ok-stored.ofd'))).problems).toEqual([]);
    const bytes = bytesOf('ok-stored.ofd');
    const title = bytes.indexOf('民事判决书'); // text inside OFD.xml: still well-formed after the flip
    expect(await onlyProblem(tmp.write('rot.ofd', flip(bytes, title, 1)))).toMatch(/OFD\.xml 无法读取.*CRC-32/);
  });
});
