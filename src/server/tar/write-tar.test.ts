import { createWriteStream } from 'node:fs';
import { mkdir, readFile, symlink, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ByteReader } from './byte-reader.js';
import { extractTar } from './extract-tar.js';
import { readTarEntries } from './read-tar.js';
import { TarError } from './tar-error.js';
import { bytesOf, collect, gnuTar, tempDir, tree } from './tar-fixtures.test-support.js';
import { tarStream, writeDirectoryAsTar, writeTar, type TarInput } from './write-tar.js';

/** 148 bytes: too long for ustar's 100-byte name field even with a prefix split at every `/`. */
const LONG = `bag/data/正卷/第1册/${'民事起诉状（原件）'.repeat(5)}.pdf`;
const FILES: Array<[string, string]> = [
  ['bag/bagit.txt', 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n'],
  ['bag/data/正卷/第1册/001 民事起诉状.pdf', '%PDF-1.7 起诉状'],
  [LONG, '%PDF-1.7 长文件名'],
  ['bag/data/副卷/合议庭评议笔录.pdf', ''],
  ['bag/data/exactly-512.bin', 'x'.repeat(512)],
  [`bag/data/${'x'.repeat(70)}/${'y'.repeat(70)}.txt`, 'ASCII, 154 bytes: ustar prefix + name, no pax header'],
];

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

function inputs(): TarInput[] {
  return FILES.map(([p, text]) => ({ path: p, ...bytesOf(text), mtime: new Date('2026-11-25T08:00:00Z') }));
}

describe('writeTar', () => {
  it('round trips Chinese names and names longer than 100 bytes', async () => {
    expect(Buffer.byteLength(LONG)).toBeGreaterThan(100);
    const archive = path.join(dir, 'bag.tar');
    const summary = await writeTar(createWriteStream(archive), inputs());
    const bytes = await readFile(archive);
    expect(bytes.length % 512).toBe(0);
    expect(bytes.subarray(-1024).every((b) => b === 0)).toBe(true);
    expect(summary.bytes).toBe(bytes.length);

    const result = await extractTar(Readable.from([bytes]), path.join(dir, 'out'));
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.files.map((f) => f.path)).toEqual(FILES.map(([p]) => p));
    for (const [p, text] of FILES) expect(await readFile(path.join(dir, 'out', p), 'utf8')).toBe(text);
    expect(result.files[0]!.mtime.toISOString()).toBe('2026-11-25T08:00:00.000Z');
  });

  it('writes each parent directory once, before its first file, and explicit directories too', async () => {
    const entries: TarInput[] = [{ type: 'directory', path: 'bag' }, { path: 'bag/data/a.txt', ...bytesOf('a') }, { type: 'directory', path: 'bag/data/' }, { type: 'directory', path: 'bag/空目录' }];
    const names: string[] = [];
    for await (const e of readTarEntries(new ByteReader(tarStream(entries)), () => undefined)) names.push(`${e.typeflag}:${e.name}`);
    expect(names).toEqual(['5:bag/', '5:bag/data/', '0:bag/data/a.txt', '5:bag/空目录/']);
  });

  it('stores names in NFC and refuses two names equal after normalisation', async () => {
    const nfd = 'bag/data/Cafe\u0301.pdf';
    const names: string[] = [];
    for await (const e of readTarEntries(new ByteReader(tarStream([{ path: nfd, ...bytesOf('x') }])), () => undefined)) names.push(e.name!);
    expect(names).toEqual(['bag/', 'bag/data/', 'bag/data/Café.pdf']);

    const twice = tarStream([
      { path: 'bag/data/Café.pdf', ...bytesOf('x') },
      { path: nfd, ...bytesOf('y') },
    ]);
    await expect(collect(twice)).rejects.toMatchObject({ code: 'TAR_WRITE_DUPLICATE' });
  });

  it('refuses unsafe paths', async () => {
    for (const bad of ['/etc/passwd', '../evil', 'bag/../evil', 'bag//a', '', 'a\\b', 'a\nb']) {
      await expect(collect(tarStream([{ path: bad, ...bytesOf('x') }])), JSON.stringify(bad)).rejects.toBeInstanceOf(TarError);
    }
  });

  it('aborts the archive and destroys the output when a source delivers another size than declared', async () => {
    const out = new PassThrough();
    out.resume();
    const short = writeTar(out, [{ path: 'a.pdf', size: 10, source: () => Readable.from([Buffer.from('12345')]) }]);
    await expect(short).rejects.toMatchObject({ code: 'TAR_WRITE_SIZE_MISMATCH' });
    expect(out.destroyed).toBe(true);
    const long = collect(tarStream([{ path: 'a.pdf', size: 3, source: () => Readable.from([Buffer.from('12345')]) }]));
    await expect(long).rejects.toMatchObject({ code: 'TAR_WRITE_SIZE_MISMATCH' });
  });

  it('streams a file larger than 4 GiB without holding it (read back by us and by GNU tar)', { timeout: 180_000 }, async () => {
    const size = 4 * 1024 ** 3 + 1; // past 2^32: no 32-bit size arithmetic, no single Buffer can hold it
    const zeros = Buffer.alloc(1024 * 1024);
    const huge = (): TarInput => ({
      path: '庭审录像/2026-11-25 第一次开庭.mp4',
      size,
      source: () =>
        Readable.from(
          (function* () {
            let left = size;
            while (left > 0) {
              const n = Math.min(left, zeros.length);
              left -= n;
              yield zeros.subarray(0, n);
            }
          })(),
        ),
    });
    const rssBefore = process.memoryUsage().rss;
    let seen = 0;
    for await (const e of readTarEntries(new ByteReader(tarStream([huge()])), () => undefined)) {
      if (e.typeflag !== '0') continue;
      expect(e.size).toBe(size);
      for await (const part of e.body) seen += part.length;
    }
    expect(seen).toBe(size);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(512 * 1024 ** 2);

    const listed = await gnuTar(['-tvf', '-'], { input: tarStream([huge()]) });
    expect(listed.stderr).toBe('');
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain(`${size}`);
    expect(listed.stdout).toContain('庭审录像/2026-11-25 第一次开庭.mp4');
  });
});

describe('writeDirectoryAsTar', () => {
  it('archives a directory in sorted order under a prefix', async () => {
    const src = path.join(dir, 'src');
    await mkdir(path.join(src, 'data', '正卷'), { recursive: true });
    await writeFile(path.join(src, 'bagit.txt'), 'BagIt-Version: 1.0\n');
    await writeFile(path.join(src, 'data', '正卷', '02.pdf'), '2');
    await writeFile(path.join(src, 'data', '正卷', '01.pdf'), '1');
    await writeFile(path.join(src, 'data', 'B.txt'), 'B');
    await utimes(path.join(src, 'bagit.txt'), new Date('2026-01-02T03:04:05Z'), new Date('2026-01-02T03:04:05Z'));
    const archive = path.join(dir, 'bag.tar');
    await writeDirectoryAsTar(src, createWriteStream(archive), { prefix: '（2021）沪0118民初1002号' });
    const listed = await gnuTar(['-tf', archive]);
    expect(listed.stdout.trim().split('\n')).toEqual([
      '（2021）沪0118民初1002号/',
      '（2021）沪0118民初1002号/bagit.txt',
      '（2021）沪0118民初1002号/data/',
      '（2021）沪0118民初1002号/data/B.txt',
      '（2021）沪0118民初1002号/data/正卷/',
      '（2021）沪0118民初1002号/data/正卷/01.pdf',
      '（2021）沪0118民初1002号/data/正卷/02.pdf',
    ]);
    const result = await extractTar(Readable.from([await readFile(archive)]), path.join(dir, 'out'));
    expect(result.ok).toBe(true);
    expect(result.files.find((f) => f.path.endsWith('bagit.txt'))?.mtime.toISOString()).toBe('2026-01-02T03:04:05.000Z');
  });

  it('refuses a symlink in the tree instead of following it', async () => {
    const src = path.join(dir, 'src');
    await mkdir(src);
    await symlink('/etc/passwd', path.join(src, 'passwd'));
    const out = new PassThrough();
    out.resume();
    await expect(writeDirectoryAsTar(src, out)).rejects.toMatchObject({ code: 'TAR_WRITE_SPECIAL_FILE' });
    expect(await tree(src)).toEqual(['passwd ->']);
  });
});
