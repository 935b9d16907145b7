import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { createDualDigest } from '../crypto/digest.js';
import { courtInfo, writeGoodBag } from './bag-fixtures.test-support.js';
import { BagInvalidError, readBag } from './read-bag.js';
import { writeBag } from './write-bag.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'casevault-bagit-write-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
const read = (...p: string[]) => fs.readFileSync(path.join(root, ...p), 'utf8');

describe('writeBag', () => {
  it('writes a BagIt 1.0 bag with SHA-256 and SM3 manifests, the court profile and tag manifests', async () => {
    const written = await writeGoodBag(root, 'good');
    expect(read('good', 'bagit.txt')).toBe('BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n');
    expect(fs.readdirSync(path.join(root, 'good')).sort()).toEqual([
      'bag-info.txt', 'bagit.txt', 'data', 'manifest-sha256.txt', 'manifest-sm3.txt', 'tagmanifest-sha256.txt', 'tagmanifest-sm3.txt',
    ]);
    const recording = createDualDigest().update(Buffer.alloc(70_000, 7)).digest();
    expect(read('good', 'manifest-sm3.txt')).toContain(`${recording.sm3}  data/庭审录音/庭审录音.mp3\n`);
    expect(read('good', 'manifest-sha256.txt')).toContain('  data/100%25 完成.txt\n');
    const total = 70_000 + Buffer.byteLength('%PDF-1.7 起诉状 …') + 4;
    expect(written.payloadOxum).toBe(`${total}.4`);
    expect(read('good', 'bag-info.txt')).toBe(
      [
        'Source-Organization: 北京市朝阳区人民法院',
        'Court-Case-Number: （2024）京0105民初123号',
        'Fonds-Code: J105',
        'Archival-Code: J105-2024-SS-0123',
        'Retention-Period: 永久',
        'Bagging-Date: 2024-05-06',
        'Bag-Size: 70 KB',
        `Payload-Oxum: ${total}.4`,
        '',
      ].join('\n'),
    );
    expect(read('good', 'tagmanifest-sha256.txt').trim().split('\n').map((l) => l.split('  ')[1])).toEqual([
      'bag-info.txt', 'bagit.txt', 'manifest-sha256.txt', 'manifest-sm3.txt',
    ]);
  });

  it('round-trips through readBag: Chinese names, digests and profile come back', async () => {
    const written = await writeGoodBag(root, 'roundtrip');
    const bag = await readBag(written.dir);
    expect(bag.version).toBe('1.0');
    expect(bag.warnings).toEqual([]);
    expect(bag.info).toMatchObject({ ...courtInfo, baggingDate: '2024-05-06' });
    expect(bag.payload.map((p) => p.path)).toEqual(['100% 完成.txt', '庭审录音/庭审录音.mp3', '正卷/001 起诉状.pdf', '空文件.txt']);
    for (const p of bag.payload) {
      const w = written.files.find((f) => f.path === p.path)!;
      expect(p).toMatchObject({ size: w.size, digests: w.digests });
      expect(fs.statSync(p.file).size).toBe(w.size);
    }
  });

  it('readBag refuses a bag that does not validate, listing the errors', async () => {
    const written = await writeGoodBag(root, 'tampered');
    fs.appendFileSync(path.join(written.dir, 'data/空文件.txt'), 'x');
    const e = await readBag(written.dir).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(BagInvalidError);
    expect((e as BagInvalidError).issues.map((i) => i.code)).toContain('BAG_DIGEST_MISMATCH');
  });

  it('readBag accepts Chinese labels written by other systems', async () => {
    // `other` labels are written verbatim, so this is what such a system's bag-info.txt looks like.
    const again = await writeBag(path.join(root, 'aliases'), {
      info: { sourceOrganization: '某法院', other: [['案号', '（2023）京01民终9号'], ['保管期限', '30年']] },
      files: [{ path: 'a.txt', source: () => Readable.from([Buffer.from('a')]) }],
    });
    expect(fs.readFileSync(path.join(again.dir, 'bag-info.txt'), 'utf8')).toContain('案号: （2023）京01民终9号\n');
    const bag = await readBag(again.dir);
    expect(bag.info).toMatchObject({ caseNumber: '（2023）京01民终9号', retentionPeriod: '30年' });
    expect(bag.info.other).toBeUndefined();
  });

  it('writes one temporary directory and renames it: a failing source leaves nothing behind', async () => {
    const broken = new Readable({
      read() {
        this.push(Buffer.alloc(1024));
        this.destroy(new Error('disk went away'));
      },
    });
    await expect(
      writeBag(path.join(root, 'crashed'), { info: courtInfo, files: [{ path: 'a.bin', source: () => broken }] }),
    ).rejects.toThrow('disk went away');
    expect(fs.readdirSync(root).filter((n) => n.includes('crashed'))).toEqual([]);
  });

  it('refuses an existing directory, bad names and names that collide in NFC or case', async () => {
    const files = (...names: string[]) => names.map((n) => ({ path: n, source: () => Readable.from([]) }));
    fs.mkdirSync(path.join(root, 'exists'));
    await expect(writeBag(path.join(root, 'exists'), { info: courtInfo, files: files('a') })).rejects.toThrow(/exists/);
    for (const bad of [files('../x'), files('/etc/x'), files('caf\u00e9', 'cafe\u0301'), files('A.pdf', 'a.pdf')]) {
      await expect(writeBag(path.join(root, 'bad'), { info: courtInfo, files: bad })).rejects.toThrow(TypeError);
    }
    expect(fs.existsSync(path.join(root, 'bad'))).toBe(false);
  });

  it('writes names in NFC even when given decomposed', async () => {
    const w = await writeBag(path.join(root, 'nfc'), { info: courtInfo, files: [{ path: 'cafe\u0301.txt', source: () => Readable.from([]) }] });
    expect(fs.readdirSync(path.join(w.dir, 'data'))).toEqual(['caf\u00e9.txt']);
  });
});
