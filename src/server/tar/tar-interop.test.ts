import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractTar } from './extract-tar.js';
import { gnuTar, tempDir, tree } from './tar-fixtures.test-support.js';
import { writeDirectoryAsTar } from './write-tar.js';

/** Interoperability with GNU tar (Debian's tar 1.34 here), both ways. */

/** A bag-like tree: Chinese names, a path with one 129-byte segment, a long ASCII path ustar splits, an empty file, 1 MiB of random bytes. */
const LONG_SEGMENT = `${'民事起诉状（原件）'.repeat(4)}.pdf`;
const CONTENT: Record<string, Buffer> = {
  'bag/bagit.txt': Buffer.from('BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n'),
  'bag/data/正卷/第1册/001 民事起诉状.pdf': Buffer.from('%PDF-1.7 起诉状'),
  [`bag/data/正卷/第1册/${LONG_SEGMENT}`]: Buffer.from('%PDF-1.7 长文件名'),
  'bag/data/副卷/空白.txt': Buffer.alloc(0),
  'bag/data/庭审录像/第一次开庭.mp4': randomBytes(1024 * 1024 + 17),
  [`bag/data/${'x'.repeat(70)}/${'y'.repeat(70)}.txt`]: Buffer.from('154 bytes of ASCII: ustar prefix + name'),
};

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

async function makeTree(root: string): Promise<void> {
  for (const [p, bytes] of Object.entries(CONTENT)) {
    await mkdir(path.dirname(path.join(root, p)), { recursive: true });
    await writeFile(path.join(root, p), bytes);
  }
}

async function expectSameContent(root: string): Promise<void> {
  for (const [p, bytes] of Object.entries(CONTENT)) expect(Buffer.compare(await readFile(path.join(root, p)), bytes), p).toBe(0);
}

describe('archives we write', () => {
  it('are listed and extracted by GNU tar without a warning', async () => {
    expect(Buffer.byteLength(`bag/data/正卷/第1册/${LONG_SEGMENT}`)).toBeGreaterThan(100);
    expect(Buffer.byteLength(LONG_SEGMENT)).toBeGreaterThan(100);
    const src = path.join(dir, 'src');
    await makeTree(src);
    const archive = path.join(dir, 'ours.tar');
    await writeDirectoryAsTar(src, createWriteStream(archive));

    const listed = await gnuTar(['-tf', archive]);
    expect(listed.stderr).toBe('');
    expect(listed.code).toBe(0);
    const names = listed.stdout.trim().split('\n');
    for (const p of Object.keys(CONTENT)) expect(names).toContain(p);
    expect(names).toContain('bag/data/正卷/');

    const out = path.join(dir, 'gnu-out');
    await mkdir(out);
    const extracted = await gnuTar(['-xf', archive, '-C', out]);
    expect(extracted.stderr).toBe('');
    expect(extracted.code).toBe(0);
    await expectSameContent(out);
    expect(await tree(out)).toEqual(await tree(src));
  });
});

describe('archives GNU tar writes', () => {
  for (const format of ['pax', 'gnu', 'ustar'] as const) {
    it(`--format=${format} are read by us`, async () => {
      const src = path.join(dir, 'src');
      await makeTree(src);
      // ustar cannot hold a 129-byte segment: give it the tree without that file.
      const skip = format === 'ustar' ? [`--exclude=${LONG_SEGMENT}`] : [];
      const archive = path.join(dir, `${format}.tar`);
      const made = await gnuTar([`--format=${format}`, ...skip, '-cf', archive, '-C', src, '.']);
      expect(made.stderr).toBe('');
      if (format === 'gnu') expect((await readFile(archive)).includes('././@LongLink')).toBe(true);
      if (format === 'pax') expect((await readFile(archive)).includes(' path=./bag/data/')).toBe(true);

      const out = path.join(dir, 'out');
      const result = await extractTar(createReadStream(archive), out);
      expect(result.issues).toEqual([]);
      expect(result.ok).toBe(true);
      const expected = Object.keys(CONTENT).filter((p) => format !== 'ustar' || !p.endsWith(LONG_SEGMENT));
      expect(result.files.map((f) => f.path).sort()).toEqual(expected.sort());
      for (const p of expected) expect(Buffer.compare(await readFile(path.join(out, p)), CONTENT[p]!), p).toBe(0);
    });
  }

  it('with a symlink in the tree: the link is refused, the rest extracted', async () => {
    const src = path.join(dir, 'src');
    await makeTree(src);
    await symlink('/etc/passwd', path.join(src, 'bag', 'data', 'passwd'));
    const archive = path.join(dir, 'link.tar');
    await gnuTar(['--format=pax', '-cf', archive, '-C', src, 'bag']);
    const out = path.join(dir, 'out');
    const result = await extractTar(createReadStream(archive), out);
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([['TAR_SYMLINK', 'bag/data/passwd']]);
    expect(result.files).toHaveLength(Object.keys(CONTENT).length);
    expect(await tree(out)).not.toContain('bag/data/passwd ->');
  });
});
