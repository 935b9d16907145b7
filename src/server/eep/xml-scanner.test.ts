import { describe, expect, it } from 'vitest';
import { XmlScanner, XmlSyntaxError, type XmlEvent } from './xml-scanner.js';

function scan(xml: string, chunkSize = 3): XmlEvent[] {
  const events: XmlEvent[] = [];
  const s = new XmlScanner((e) => events.push(e.kind === 'text' ? { ...e, bytes: Buffer.from(e.bytes) } : e));
  const bytes = Buffer.from(xml);
  for (let i = 0; i < bytes.length; i += chunkSize) s.push(bytes.subarray(i, i + chunkSize));
  s.end();
  return events;
}

describe('XmlScanner', () => {
  const xml = '<?xml version="1.0"?>\n<!-- 注释 --><根 a="x>y" b=\'&amp;\'><子>文本&lt;<![CDATA[<原样>]]></子><空/></根>\n';

  it('reports elements with exact byte offsets whatever the chunking', () => {
    for (const size of [1, 2, 7, 1000]) {
      const events = scan(xml, size);
      const start = events.find((e) => e.kind === 'start' && e.name === '子')!;
      const end = events.find((e) => e.kind === 'end' && e.name === '子')!;
      const bytes = Buffer.from(xml);
      expect(bytes.subarray(start.kind === 'start' ? start.start : 0, end.kind === 'end' ? end.end : 0).toString()).toBe(
        '<子>文本&lt;<![CDATA[<原样>]]></子>',
      );
      const text = events.filter((e) => e.kind === 'text');
      expect(Buffer.concat(text.map((e) => (e.kind === 'text' ? e.bytes : Buffer.alloc(0)))).toString()).toBe('文本&lt;<原样>');
      expect(events[0]).toMatchObject({ kind: 'start', name: '根', attributes: { a: 'x>y', b: '&' } });
      expect(events.filter((e) => e.kind === 'end').map((e) => (e as { name: string }).name)).toEqual(['子', '空', '根']);
    }
  });

  it('refuses mismatched tags, truncation, DOCTYPE and a second root', () => {
    expect(() => scan('<a><b></a></b>')).toThrow(XmlSyntaxError);
    expect(() => scan('<a><b>')).toThrow(/未闭合/);
    expect(() => scan('<a>text')).toThrow(/未闭合/);
    expect(() => scan('<a')).toThrow(/中途结束/);
    expect(() => scan('<!DOCTYPE a [<!ENTITY x "y">]><a/>')).toThrow(/DOCTYPE/);
    expect(() => scan('<a/><b/>')).toThrow(/多个根元素/);
  });
});
