import { describe, expect, it } from 'vitest';
import { smallCase } from './archive-package-fixtures.test-support.js';
import { METADATA_PATHS, layoutArchiveVersion } from './layout-archive-version.js';
import { parseXml, textOf, type Loose } from './xml-parse.test-support.js';

const ARRAYS = ['mets:file', 'mets:div', 'mets:fptr', 'mets:techMD', 'premis:fixity'];

function mets(input = smallCase()): { layout: ReturnType<typeof layoutArchiveVersion>; doc: Loose } {
  const layout = layoutArchiveVersion(input);
  return { layout, doc: (parseXml(textOf(layout, METADATA_PATHS.mets), ARRAYS) as Loose)['mets:mets'] };
}

describe('mets.xml', () => {
  it('lists every content file with MIME type, size, SHA-256 and an href to its logical path', () => {
    const input = smallCase();
    const { layout, doc } = mets(input);
    expect(doc['@xmlns:mets']).toBe('http://www.loc.gov/METS/');
    const files: Loose[] = doc['mets:fileSec']['mets:fileGrp']['mets:file'];
    const content = layout.files.filter((f) => f.source.kind === 'blob');
    const expected = input.volumes.flatMap((v) => v.entries.flatMap((e) => e.files));
    expect(files).toHaveLength(content.length);
    files.forEach((f, i) => {
      expect(f['@CHECKSUMTYPE']).toBe('SHA-256');
      expect(f['@CHECKSUM']).toBe(expected[i]!.sha256);
      expect(f['@SIZE']).toBe(String(expected[i]!.size));
      expect(f['@MIMETYPE']).toBe('application/pdf');
      const href: string = f['mets:FLocat']['@xlink:href'];
      expect(href).toMatch(/^\.\.\/content\/[A-Za-z0-9%._~!*'()/-]+$/);
      expect(decodeURIComponent(href.slice(3))).toBe(content[i]!.logicalPath);
    });
  });

  it('carries each file’s SM3 in its techMD (PREMIS object), as METS has no SM3 checksum type', () => {
    const input = smallCase();
    const { doc } = mets(input);
    const files: Loose[] = doc['mets:fileSec']['mets:fileGrp']['mets:file'];
    const tech = new Map<string, Loose>((doc['mets:amdSec']['mets:techMD'] as Loose[]).map((t) => [t['@ID'], t]));
    const expected = input.volumes.flatMap((v) => v.entries.flatMap((e) => e.files));
    files.forEach((f, i) => {
      const object = tech.get(f['@ADMID'])['mets:mdWrap']['mets:xmlData']['premis:object'];
      const sm3 = (object['premis:objectCharacteristics']['premis:fixity'] as Loose[]).find((x) => x['premis:messageDigestAlgorithm'] === 'SM3');
      expect(sm3['premis:messageDigest']).toBe(expected[i]!.sm3);
    });
  });

  it('has a physical structMap case → 正卷/副卷 → 册 → entry → file, in catalogue order, with Chinese NFC labels', () => {
    const { doc } = mets();
    const map = doc['mets:structMap'];
    expect(map['@TYPE']).toBe('physical');
    expect(map['@LABEL']).toMatch(/卷宗/);
    const caseDiv = map['mets:div'][0];
    expect(caseDiv['@LABEL']).toBe('（2021）沪0118民初1002号 民间借贷纠纷');
    const outline = (caseDiv['mets:div'] as Loose[]).map((vol) => ({
      volume: vol['@LABEL'],
      books: (vol['mets:div'] as Loose[]).map((book) => ({
        book: book['@LABEL'],
        entries: (book['mets:div'] as Loose[]).map((e) => [e['@ORDER'], e['@LABEL'], e['@ORDERLABEL'], (e['mets:fptr'] as Loose[]).map((p) => p['@FILEID'])]),
      })),
    }));
    expect(outline).toEqual([
      {
        volume: '正卷',
        books: [
          {
            book: '第1册',
            entries: [
              ['1', '民事起诉状', '1-3', ['FILE-0001', 'FILE-0002']],
              ['2', '原告/被告身份证明（Jos\u00e9）', '4-5', ['FILE-0003']],
            ],
          },
        ],
      },
      { volume: '副卷', books: [{ book: '第1册', entries: [['1', '合议庭评议笔录', '1-2', ['FILE-0004']]] }] },
    ]);
  });

  it('describes the case in a CaseVault record in the dmdSec', () => {
    const { doc } = mets();
    const wrap = doc['mets:dmdSec']['mets:mdWrap'];
    expect(wrap['@MDTYPE']).toBe('OTHER');
    const record = wrap['mets:xmlData']['cv:caseRecord'];
    expect(record['cv:caseNumber']['#text']).toBe('（2021）沪0118民初1002号');
    expect(record['cv:causeOfAction']['#text']).toBe('民间借贷纠纷');
    expect(record['cv:archivalCode']['#text']).toBe('J118-2021-MS-0012');
    expect(record['cv:retentionPeriod']['#text']).toBe('永久');
    expect(record['cv:court']['cv:fondsCode']['#text']).toBe('J118');
    expect(record['cv:court']['cv:name']['#text']).toBe('上海市青浦区人民法院');
  });

  it('escapes & < > " in titles so that they read back unchanged', () => {
    const input = smallCase();
    const title = 'A&B <证据> "原件" 与 &amp; 字样';
    input.volumes[1]!.entries[0]!.title = title;
    const layout = layoutArchiveVersion(input);
    const text = textOf(layout, METADATA_PATHS.mets);
    expect(text).toContain('LABEL="A&amp;B &lt;证据&gt; &quot;原件&quot; 与 &amp;amp; 字样"');
    const { doc } = mets(input);
    const side = doc['mets:structMap']['mets:div'][0]['mets:div'][1];
    expect(side['mets:div'][0]['mets:div'][0]['@LABEL']).toBe(title);
  });
});
