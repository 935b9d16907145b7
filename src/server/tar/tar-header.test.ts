import { describe, expect, it } from 'vitest';
import { BLOCK, checksum, decodeHeader, encodeHeader, MAX_OCTAL_11, parseNumber, parsePaxRecords, paxRecord, TYPE } from './tar-header.js';
import { headersFor } from './write-tar.js';

describe('pax records', () => {
  it('count their own length, also where adding a digit adds a digit', () => {
    // Every length across the 9 → 10, 99 → 100 and 999 → 1000 boundaries, and one beyond 10 000.
    for (const valueLength of [...Array.from({ length: 1100 }, (_, i) => i), 9990, 9991, 9992, 9993, 9994]) {
      const value = 'x'.repeat(valueLength);
      const record = paxRecord('path', value);
      const declared = Number(record.toString('latin1').split(' ')[0]);
      expect(declared, `value of ${valueLength} bytes`).toBe(record.length);
      expect(parsePaxRecords(record)?.get('path')?.toString()).toBe(value);
    }
  });

  it('count bytes, not characters, for Chinese names', () => {
    const name = '正卷/第1册/001 民事起诉状（原件）.pdf';
    const record = paxRecord('path', name);
    expect(record.toString('utf8')).toBe(`${Buffer.byteLength(` path=${name}\n`) + 2} path=${name}\n`);
    expect(parsePaxRecords(record)?.get('path')?.toString('utf8')).toBe(name);
  });

  it('parse several records and refuse malformed ones', () => {
    const data = Buffer.concat([paxRecord('path', '卷宗/a.pdf'), paxRecord('size', '9000000000'), paxRecord('mtime', '1764057600.5')]);
    const records = parsePaxRecords(data)!;
    expect([...records.keys()]).toEqual(['path', 'size', 'mtime']);
    expect(parsePaxRecords(Buffer.from('13 path=abc\n'))).toBeNull(); // declared 13, is 12
    expect(parsePaxRecords(Buffer.from('abc path=x\n'))).toBeNull();
    expect(parsePaxRecords(Buffer.from('9 pathx\n'))).toBeNull();
  });
});

describe('numeric fields', () => {
  it('read octal with NUL or space terminators, and GNU base-256', () => {
    expect(parseNumber(Buffer.from('00000001750\0'))).toBe(0o1750);
    expect(parseNumber(Buffer.from('     1750 \0'))).toBe(0o1750);
    expect(parseNumber(Buffer.alloc(12))).toBe(0);
    expect(parseNumber(Buffer.from('0000001758\0\0'))).toBeNull();
    const b256 = Buffer.alloc(12);
    b256[0] = 0x80;
    b256.writeUIntBE(2 ** 40 + 7, 6, 6);
    expect(parseNumber(b256)).toBe(2 ** 40 + 7);
    expect(parseNumber(Buffer.alloc(12, 0xff))).toBeNull(); // negative size
    expect(parseNumber(Buffer.alloc(12, 0xff), true)).toBe(-1); // negative mtime is allowed
  });
});

describe('header blocks', () => {
  it('round trip with a checksum every tar accepts', () => {
    const block = encodeHeader({ name: Buffer.from('bag/data/a.pdf'), typeflag: TYPE.file, size: 12345, mtime: 1_764_057_600, mode: 0o644 });
    expect(block.length).toBe(BLOCK);
    expect(block.toString('latin1', 148, 156)).toBe(`${checksum(block).toString(8).padStart(6, '0')}\0 `);
    const d = decodeHeader(block);
    expect(d.ok && d.header).toMatchObject({ typeflag: '0', size: 12345, mtime: 1_764_057_600, mode: 0o644, format: 'ustar' });
    expect(d.ok && d.header.name.toString()).toBe('bag/data/a.pdf');
  });

  it('report a flipped byte as a checksum problem', () => {
    const block = encodeHeader({ name: Buffer.from('a.pdf'), typeflag: TYPE.file, size: 1, mtime: 0, mode: 0o644 });
    block[2] = block[2]! ^ 0x01;
    expect(decodeHeader(block)).toEqual({ ok: false, problem: 'checksum', format: 'ustar' });
  });

  it('put a Chinese or long name into a pax path record, with ustar fallback fields', () => {
    const longAscii = `bag/data/${'a'.repeat(120)}.pdf`; // one segment over 100 bytes: no ustar split
    const blocks = headersFor(longAscii, TYPE.file, 10, new Date(0), 0o644);
    const [paxHeader, data, header] = [blocks[0], blocks[1], blocks.at(-1)];
    expect(decodeHeader(paxHeader!).ok && (decodeHeader(paxHeader!) as { header: { typeflag: string } }).header.typeflag).toBe('x');
    expect(parsePaxRecords(data!)?.get('path')?.toString()).toBe(longAscii);
    const d = decodeHeader(header!);
    expect(d.ok && d.header.name.toString()).toBe(longAscii.slice(0, 100)); // truncated fallback

    const chinese = headersFor('卷宗.pdf', TYPE.file, 10, new Date(0), 0o644);
    expect(chinese).toHaveLength(4); // pax header, records, padding, ustar header

    const ascii = headersFor('bag/data/a.pdf', TYPE.file, 10, new Date(0), 0o644);
    expect(ascii).toHaveLength(1);
    const split = `bag/data/${'a'.repeat(120)}/b.pdf`; // prefix + name hold it: no pax needed
    const [only] = headersFor(split, TYPE.file, 10, new Date(0), 0o644);
    const s = decodeHeader(only!);
    expect(s.ok && s.header.name.toString()).toBe(split);
  });

  it('announce sizes above 8 GiB with pax size and base-256', () => {
    const size = 2 ** 33 + 5;
    expect(size).toBeGreaterThan(MAX_OCTAL_11);
    const blocks = headersFor('big.mp4', TYPE.file, size, new Date(0), 0o644);
    expect(parsePaxRecords(blocks[1]!)?.get('size')?.toString()).toBe(String(size));
    const d = decodeHeader(blocks.at(-1)!);
    expect(d.ok && d.header.size).toBe(size);
  });
});
