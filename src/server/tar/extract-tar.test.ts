import { existsSync } from 'node:fs';
import { lstat, mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractTar, type TarExtraction } from './extract-tar.js';
import { BLOCK, TYPE } from './tar-header.js';
import { rawArchive, rawEntry, tempDir, tree } from './tar-fixtures.test-support.js';

let dir: string;
let out: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  out = path.join(dir, 'out');
});
afterEach(() => cleanup());

const extract = (archive: Buffer, options = {}): Promise<TarExtraction> => extractTar(Readable.from([archive]), out, options);
const codes = (r: TarExtraction): string[] => r.issues.map((i) => i.code);
/** Everything in the temp dir outside `out/`: must stay exactly as the test made it. */
const outside = async (): Promise<string[]> => (await readdir(dir)).filter((n) => n !== 'out').sort();

describe('extractTar refuses what could escape the destination, and writes nothing outside it', () => {
  it('a ../ entry', async () => {
    const r = await extract(rawArchive(rawEntry({ name: '../evil.txt', data: 'x' }), rawEntry({ name: 'bag/../../evil2.txt', data: 'x' }), rawEntry({ name: 'ok.txt', data: 'ok' })));
    expect(codes(r)).toEqual(['TAR_PATH_TRAVERSAL', 'TAR_PATH_TRAVERSAL']);
    expect(r.issues[0]).toMatchObject({ severity: 'error', path: '../evil.txt' });
    expect(r.issues[0]!.message).toContain('拒绝解压');
    expect(r.ok).toBe(false);
    expect(await outside()).toEqual([]);
    expect(await tree(out)).toEqual(['ok.txt']); // the rest of the archive is still read
  });

  it('an absolute path', async () => {
    const target = path.join(dir, 'abs-evil.txt');
    const r = await extract(rawArchive(rawEntry({ name: target, data: 'x' }), rawEntry({ name: 'C:/evil.txt', data: 'x' })));
    expect(codes(r)).toEqual(['TAR_PATH_ABSOLUTE', 'TAR_PATH_ABSOLUTE']);
    expect(existsSync(target)).toBe(false);
    expect(await tree(out)).toEqual([]);
  });

  it('a symlink entry, even when a later file goes "through" it', async () => {
    const r = await extract(rawArchive(rawEntry({ name: 'link', typeflag: TYPE.symlink, linkname: '..' }), rawEntry({ name: 'link/evil.txt', data: 'x' })));
    expect(codes(r)).toEqual(['TAR_SYMLINK']);
    expect(r.issues[0]!.message).toContain('指向 ..');
    expect(await outside()).toEqual([]);
    expect(await tree(out)).toEqual(['link/', 'link/evil.txt']); // a real directory, not a link
  });

  it('hard links, devices and FIFOs', async () => {
    const r = await extract(
      rawArchive(
        rawEntry({ name: 'hard', typeflag: TYPE.hardLink, linkname: '/etc/passwd' }),
        rawEntry({ name: 'tty', typeflag: TYPE.charDevice }),
        rawEntry({ name: 'disk', typeflag: TYPE.blockDevice }),
        rawEntry({ name: 'pipe', typeflag: TYPE.fifo }),
        rawEntry({ name: 'sparse', typeflag: 'S', data: 'x' }),
      ),
    );
    expect(codes(r)).toEqual(['TAR_HARDLINK', 'TAR_SPECIAL_FILE', 'TAR_SPECIAL_FILE', 'TAR_SPECIAL_FILE', 'TAR_TYPE_UNSUPPORTED']);
    expect(await tree(out)).toEqual([]);
  });

  it('a symlink already in the destination is never followed', async () => {
    await mkdir(path.join(dir, 'elsewhere'));
    await mkdir(out);
    await symlink('../elsewhere', path.join(out, '证据'));
    await symlink('../elsewhere/target.txt', path.join(out, 'file-link'));
    const r = await extract(rawArchive(rawEntry({ name: '证据/起诉状.pdf', data: 'x' }), rawEntry({ name: '证据/', typeflag: TYPE.directory }), rawEntry({ name: 'file-link', data: 'x' })));
    expect(codes(r)).toEqual(['TAR_EXISTING_SYMLINK', 'TAR_EXISTING_SYMLINK', 'TAR_EXISTING_SYMLINK']);
    expect(await readdir(path.join(dir, 'elsewhere'))).toEqual([]);
  });

  it('an existing file is not overwritten', async () => {
    await mkdir(out);
    await writeFile(path.join(out, 'a.txt'), 'mine');
    const r = await extract(rawArchive(rawEntry({ name: 'a.txt', data: 'theirs' })));
    expect(codes(r)).toEqual(['TAR_TARGET_EXISTS']);
    expect(await readFile(path.join(out, 'a.txt'), 'utf8')).toBe('mine');
  });
});

describe('extractTar refuses duplicates and clashes', () => {
  it('a second entry of the same path keeps the first', async () => {
    const r = await extract(rawArchive(rawEntry({ name: 'bag/a.txt', data: 'first' }), rawEntry({ name: './bag/a.txt', data: 'second' })));
    expect(codes(r)).toEqual(['TAR_DUPLICATE_ENTRY']);
    expect(await readFile(path.join(out, 'bag', 'a.txt'), 'utf8')).toBe('first');
  });

  it('names equal after NFC normalisation (a CJK compatibility ideograph)', async () => {
    // U+F900 is canonically equivalent to U+8C48 豈: NFC turns the one into the other.
    const r = await extract(rawArchive(rawEntry({ name: '卷宗/\u8c48.pdf', data: 'nfc' }), rawEntry({ name: '卷宗/\uf900.pdf', data: 'compat' })));
    expect(codes(r)).toEqual(['TAR_DUPLICATE_ENTRY']);
    expect(r.files.map((f) => f.path)).toEqual(['卷宗/\u8c48.pdf']);
    expect(await readFile(path.join(out, '卷宗', '\u8c48.pdf'), 'utf8')).toBe('nfc');
  });

  it('a name not in NFC alone is written in NFC with a warning', async () => {
    const r = await extract(rawArchive(rawEntry({ name: 'Cafe\u0301.pdf', data: 'x' })));
    expect(r.ok).toBe(true);
    expect(codes(r)).toEqual(['TAR_NAME_NOT_NFC']);
    expect(await tree(out)).toEqual(['Café.pdf']);
  });

  it('a file and a directory of one name', async () => {
    const r = await extract(rawArchive(rawEntry({ name: 'a', data: 'file' }), rawEntry({ name: 'a/b.txt', data: 'x' }), rawEntry({ name: 'c/d.txt', data: 'x' }), rawEntry({ name: 'c', data: 'file' })));
    expect(codes(r)).toEqual(['TAR_PATH_CONFLICT', 'TAR_PATH_CONFLICT']);
    expect(await tree(out)).toEqual(['a', 'c/', 'c/d.txt']);
  });

  it('names that are not UTF-8 (GBK from a Windows tool)', async () => {
    const gbk = Buffer.from([0xc6, 0xf0, 0xcb, 0xdf, 0xd7, 0xb4, 0x2e, 0x70, 0x64, 0x66]); // 起诉状.pdf in GBK
    const r = await extract(rawArchive(rawEntry({ name: gbk, data: 'x' })));
    expect(codes(r)).toEqual(['TAR_NAME_ENCODING']);
    expect(await tree(out)).toEqual([]);
  });
});

describe('extractTar checks the archive itself', () => {
  const two = (): Buffer => rawArchive(rawEntry({ name: '01.pdf', data: 'a'.repeat(700) }), rawEntry({ name: '02.pdf', data: 'b'.repeat(700) }));

  it('a flipped header byte is a checksum finding and stops the extraction', async () => {
    const archive = two();
    const secondHeader = 512 + 1024; // header, two data blocks
    archive[secondHeader + 1] = archive[secondHeader + 1]! ^ 0x20;
    const r = await extract(archive);
    expect(codes(r)).toEqual(['TAR_CHECKSUM_MISMATCH']);
    expect(r.issues[0]!.message).toContain('校验和不符');
    expect(r.issues[0]!.message).toContain('偏移 1536');
    expect(r.files.map((f) => f.path)).toEqual(['01.pdf']);
  });

  it('a flipped byte in the size field is caught by the checksum too', async () => {
    const archive = two();
    archive[124 + 10] = archive[124 + 10]! + 1;
    expect(codes(await extract(archive))).toEqual(['TAR_CHECKSUM_MISMATCH']);
    expect(await tree(out)).toEqual([]);
  });

  it('a truncated archive: inside data, inside a header, and without its end blocks', async () => {
    const archive = two();
    const inData = await extractTar(Readable.from([archive.subarray(0, 1536 + 512 + 100)]), path.join(dir, 'a'));
    expect(codes(inData)).toEqual(['TAR_TRUNCATED']);
    expect(inData.files.map((f) => f.path)).toEqual(['01.pdf']);
    expect(await tree(path.join(dir, 'a'))).toEqual(['01.pdf']); // the partial 02.pdf is removed

    const inHeader = await extractTar(Readable.from([archive.subarray(0, 1536 + 200)]), path.join(dir, 'b'));
    expect(codes(inHeader)).toEqual(['TAR_TRUNCATED']);

    const noEnd = await extractTar(Readable.from([archive.subarray(0, archive.length - 2 * BLOCK)]), path.join(dir, 'c'));
    expect(codes(noEnd)).toEqual(['TAR_END_MISSING']);
    expect(noEnd.ok).toBe(false);
  });

  it('a single end block is accepted with a warning; record padding after the end is read and ignored', async () => {
    const archive = two();
    const lone = await extractTar(Readable.from([archive.subarray(0, archive.length - BLOCK)]), path.join(dir, 'a'));
    expect(lone.ok).toBe(true);
    expect(codes(lone)).toEqual(['TAR_LONE_ZERO_BLOCK']);
    const padded = Readable.from([Buffer.concat([archive, Buffer.alloc(10240 - (archive.length % 10240))])]);
    const r = await extractTar(padded, path.join(dir, 'b'));
    expect(r.issues).toEqual([]);
    expect(padded.readableEnded).toBe(true);
  });

  it('something that is not a tar archive', async () => {
    expect(codes(await extract(Buffer.from('%PDF-1.7\n'.repeat(100))))).toEqual(['TAR_NOT_TAR']);
    expect(codes(await extract(Buffer.alloc(0)))).toEqual(['TAR_EMPTY']);
  });

  it('the total size limit stops before the file that would pass it', async () => {
    const r = await extract(two(), { maxTotalBytes: 1000 });
    expect(codes(r)).toEqual(['TAR_TOO_LARGE']);
    expect(r.issues[0]!.message).toContain('上限 1000 字节');
    expect(await tree(out)).toEqual(['01.pdf']);
  });

  it('the entry limit', async () => {
    expect(codes(await extract(two(), { maxEntries: 1 }))).toEqual(['TAR_TOO_MANY_ENTRIES']);
  });

  it('files are plain 0644 files whatever mode the archive asks for', async () => {
    const r = await extract(rawArchive(rawEntry({ name: 'run.sh', data: '#!/bin/sh\n', mode: 0o4755 })));
    expect(r.ok).toBe(true);
    expect((await lstat(path.join(out, 'run.sh'))).mode & 0o111).toBe(0);
  });
});
