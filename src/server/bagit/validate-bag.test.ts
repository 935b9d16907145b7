import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { writeGoodBag } from './bag-fixtures.test-support.js';
import { validateBag } from './validate-bag.js';
import { writeBag } from './write-bag.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'casevault-bagit-validate-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

let counter = 0;
async function freshBag(): Promise<string> {
  return (await writeGoodBag(root, `bag${++counter}`)).dir;
}

async function codesOf(dir: string, options: { fast?: boolean } = {}) {
  const r = await validateBag(dir, options);
  return { ok: r.ok, codes: r.issues.map((i) => i.code), issues: r.issues };
}

const RECORDING = 'data/庭审录音/庭审录音.mp3';
const append = (dir: string, file: string, text: string) => fs.appendFileSync(path.join(dir, file), text);

describe('validateBag: a good bag', () => {
  it('is valid with no findings at all, fully and fast', async () => {
    const dir = await freshBag();
    expect(await validateBag(dir)).toEqual({ ok: true, fast: false, issues: [] });
    expect(await validateBag(dir, { fast: true })).toEqual({ ok: true, fast: true, issues: [] });
  });
});

describe('validateBag: fault injection', () => {
  it('notices a flipped byte in a payload file (the size stays the same)', async () => {
    const dir = await freshBag();
    const file = path.join(dir, RECORDING);
    const bytes = fs.readFileSync(file);
    bytes[12_345]! ^= 0x01;
    fs.writeFileSync(file, bytes);
    const r = await codesOf(dir);
    expect(r.ok).toBe(false);
    // One per payload manifest (SHA-256 and SM3), both naming the file.
    expect(r.issues.filter((i) => i.code === 'BAG_DIGEST_MISMATCH').map((i) => i.path)).toEqual([RECORDING, RECORDING]);
    // A fast check cannot see a flipped byte: that is exactly why it is not the default.
    expect((await codesOf(dir, { fast: true })).ok).toBe(true);
  });

  it('notices a truncated file: digests and Payload-Oxum, and fast mode through the Oxum', async () => {
    const dir = await freshBag();
    fs.truncateSync(path.join(dir, RECORDING), 1000);
    expect((await codesOf(dir)).codes).toEqual(expect.arrayContaining(['BAG_DIGEST_MISMATCH', 'BAG_OXUM_MISMATCH']));
    const fast = await codesOf(dir, { fast: true });
    expect(fast).toMatchObject({ ok: false, codes: ['BAG_OXUM_MISMATCH'] });
  });

  it('notices a deleted file', async () => {
    const dir = await freshBag();
    fs.rmSync(path.join(dir, 'data/空文件.txt'));
    const r = await codesOf(dir);
    expect(r.ok).toBe(false);
    expect(r.issues).toContainEqual(expect.objectContaining({ code: 'BAG_FILE_MISSING', path: 'data/空文件.txt' }));
    expect(r.codes).toContain('BAG_OXUM_MISMATCH');
  });

  it('notices a file added to the payload but not to the manifests', async () => {
    const dir = await freshBag();
    fs.writeFileSync(path.join(dir, 'data/正卷/夹带.pdf'), '');
    const r = await codesOf(dir);
    expect(r.issues.filter((i) => i.code === 'BAG_FILE_NOT_IN_MANIFEST')).toEqual([
      expect.objectContaining({ path: 'data/正卷/夹带.pdf', message: expect.stringContaining('manifest-sha256.txt、manifest-sm3.txt') }),
    ]);
    expect(r.codes).toContain('BAG_OXUM_MISMATCH');
  });

  it('refuses manifest lines that escape the bag, and never opens them', async () => {
    const dir = await freshBag();
    const outside = path.join(root, 'secret.txt');
    fs.writeFileSync(outside, 'secret');
    const sha = createHash('sha256').update('secret').digest('hex');
    append(dir, 'manifest-sha256.txt', `${sha}  data/../../secret.txt\n${sha}  ${outside}\n${sha}  C:/Windows/win.ini\n${sha}  ../x\n`);
    const r = await codesOf(dir);
    expect(r.issues.filter((i) => i.code === 'BAG_PATH_ESCAPES').map((i) => i.path)).toEqual(['data/../../secret.txt', outside, 'C:/Windows/win.ini', '../x']);
    expect(r.ok).toBe(false);
  });

  it('refuses a payload manifest listing a tag file', async () => {
    const dir = await freshBag();
    append(dir, 'manifest-sha256.txt', `${'0'.repeat(64)}  bag-info.txt\n`);
    expect((await codesOf(dir)).codes).toContain('BAG_PATH_OUTSIDE_PAYLOAD');
  });

  it('refuses a duplicate line', async () => {
    const dir = await freshBag();
    const line = fs.readFileSync(path.join(dir, 'manifest-sha256.txt'), 'utf8').split('\n')[0];
    append(dir, 'manifest-sha256.txt', `${line}\n`);
    const r = await codesOf(dir);
    expect(r.codes).toContain('BAG_DUPLICATE_ENTRY');
    expect(r.ok).toBe(false);
  });

  it('refuses two manifest names equal after NFC (é composed and decomposed)', async () => {
    const dir = await freshBag();
    const composed = 'data/caf\u00e9.txt';
    const decomposed = 'data/cafe\u0301.txt';
    fs.writeFileSync(path.join(dir, composed), 'x');
    const sha = createHash('sha256').update('x').digest('hex');
    append(dir, 'manifest-sha256.txt', `${sha}  ${composed}\n${sha}  ${decomposed}\n`);
    const r = await codesOf(dir);
    expect(r.issues.find((i) => i.code === 'BAG_DUPLICATE_ENTRY')).toMatchObject({ path: decomposed, message: expect.stringContaining('规范化') });
  });

  it('refuses two files on disk whose names are equal after NFC', async () => {
    const dir = await freshBag();
    fs.writeFileSync(path.join(dir, 'data/caf\u00e9.txt'), 'a');
    fs.writeFileSync(path.join(dir, 'data/cafe\u0301.txt'), 'b');
    expect((await codesOf(dir)).codes).toContain('BAG_DUPLICATE_FILE');
  });

  it('tolerates a file whose name was decomposed in transit (macOS), with a warning', async () => {
    const dir = (await writeGoodBagWith('Café.txt')).dir;
    fs.renameSync(path.join(dir, 'data/Caf\u00e9.txt'), path.join(dir, 'data/Cafe\u0301.txt'));
    const r = await codesOf(dir);
    expect(r).toMatchObject({ ok: true, codes: ['BAG_PATH_NORMALIZATION_DIFFERS'] });
  });

  it('notices a wrong Payload-Oxum (and that bag-info.txt no longer matches its tag manifests)', async () => {
    const dir = await freshBag();
    const info = path.join(dir, 'bag-info.txt');
    fs.writeFileSync(info, fs.readFileSync(info, 'utf8').replace(/Payload-Oxum: \d+\.(\d+)/, 'Payload-Oxum: 1.$1'));
    const r = await codesOf(dir);
    expect(r.codes).toContain('BAG_OXUM_MISMATCH');
    expect(r.issues.filter((i) => i.code === 'BAG_DIGEST_MISMATCH').map((i) => i.path)).toEqual(['bag-info.txt', 'bag-info.txt']);
  });

  it('notices an edit of bag-info.txt through the tag manifests', async () => {
    const dir = await freshBag();
    const info = path.join(dir, 'bag-info.txt');
    fs.writeFileSync(info, fs.readFileSync(info, 'utf8').replace('永久', '30年'));
    const r = await codesOf(dir);
    expect(r.ok).toBe(false);
    expect(r.issues).toEqual([
      expect.objectContaining({ code: 'BAG_DIGEST_MISMATCH', path: 'bag-info.txt', message: expect.stringContaining('tagmanifest-sha256.txt') }),
      expect.objectContaining({ code: 'BAG_DIGEST_MISMATCH', path: 'bag-info.txt', message: expect.stringContaining('tagmanifest-sm3.txt') }),
    ]);
  });

  it('reports missing bagit.txt, data/ and manifests, and a bag that is not there', async () => {
    const dir = path.join(root, 'empty-bag');
    fs.mkdirSync(dir);
    expect((await codesOf(dir)).codes).toEqual(['BAG_MISSING_BAGIT_TXT', 'BAG_MISSING_PAYLOAD_DIR', 'BAG_MISSING_MANIFEST', 'BAG_TAGMANIFEST_MISSING']);
    expect((await codesOf(path.join(root, 'nowhere'))).codes).toEqual(['BAG_NOT_FOUND']);
  });

  it('refuses an algorithm it cannot compute and warns about md5', async () => {
    const dir = await freshBag();
    fs.writeFileSync(path.join(dir, 'manifest-blake3.txt'), '');
    fs.writeFileSync(path.join(dir, 'manifest-md5.txt'), fs.readFileSync(path.join(dir, 'manifest-sha256.txt'), 'utf8').replace(/^[0-9a-f]{64}/gm, (h) => h.slice(0, 32)));
    const r = await codesOf(dir);
    expect(r.codes).toEqual(expect.arrayContaining(['BAG_ALGORITHM_UNSUPPORTED', 'BAG_ALGORITHM_WEAK', 'BAG_DIGEST_MISMATCH']));
    expect(r.issues.find((i) => i.code === 'BAG_ALGORITHM_WEAK')?.severity).toBe('warning');
  });

  it('refuses a symbolic link in the payload without following it', async () => {
    const dir = await freshBag();
    fs.symlinkSync('/etc/passwd', path.join(dir, 'data/link'));
    expect((await codesOf(dir)).issues).toContainEqual(expect.objectContaining({ code: 'BAG_SPECIAL_FILE', path: 'data/link' }));
  });
});

describe('validateBag: older BagIt versions', () => {
  const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
  const md5 = (s: string) => createHash('md5').update(s).digest('hex');

  it('accepts a 0.97 bag with Tag-File-Character-Encoding, where % in names is literal', async () => {
    const dir = path.join(root, 'v097');
    fs.mkdirSync(path.join(dir, 'data'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'data/100%25.txt'), 'hi');
    fs.writeFileSync(path.join(dir, 'bagit.txt'), 'BagIt-Version: 0.97\r\nTag-File-Character-Encoding: UTF-8\r\n');
    fs.writeFileSync(path.join(dir, 'manifest-sha256.txt'), `${sha256('hi').toUpperCase()} data/100%25.txt\r\n`);
    fs.writeFileSync(path.join(dir, 'bag-info.txt'), 'Payload-Oxum: 2.1\r\nBagging-Date: 2013-04-11\r\n');
    const tags = ['bagit.txt', 'manifest-sha256.txt', 'bag-info.txt'].map((f) => `${sha256(fs.readFileSync(path.join(dir, f), 'utf8'))} ${f}\n`);
    fs.writeFileSync(path.join(dir, 'tagmanifest-sha256.txt'), tags.join(''));
    expect(await validateBag(dir)).toEqual({ ok: true, fast: false, issues: [] });
  });

  it('accepts a 0.93-style bag: package-info.txt, md5 with md5sum "*" markers, no tag manifest', async () => {
    const dir = path.join(root, 'v093');
    fs.mkdirSync(path.join(dir, 'data/sub'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'data/sub/a.txt'), 'abc');
    fs.writeFileSync(path.join(dir, 'bagit.txt'), 'BagIt-Version: 0.93\nTag-File-Character-Encoding: UTF-8\n');
    fs.writeFileSync(path.join(dir, 'manifest-md5.txt'), `${md5('abc')} *data/sub/a.txt\n`);
    fs.writeFileSync(path.join(dir, 'package-info.txt'), 'Source-Organization : Old Court\nPayload-Oxum:   3.1\n');
    const r = await codesOf(dir);
    expect(r).toMatchObject({ ok: true, codes: ['BAG_ALGORITHM_WEAK', 'BAG_MANIFEST_LEGACY_FORMAT', 'BAG_TAGMANIFEST_MISSING'] });
    fs.writeFileSync(path.join(dir, 'data/sub/a.txt'), 'abd');
    expect((await codesOf(dir)).codes).toContain('BAG_DIGEST_MISMATCH');
  });
});

function writeGoodBagWith(name: string) {
  return writeBag(path.join(root, `nfd${++counter}`), {
    info: { sourceOrganization: '法院' },
    files: [{ path: name, source: () => Readable.from([Buffer.from('x')]) }],
  });
}
