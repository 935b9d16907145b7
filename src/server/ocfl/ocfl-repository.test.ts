import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FsOcflStore } from './fs-ocfl-store.js';
import { digestBytes } from './ocfl-digest.js';
import { OcflRepository } from './ocfl-repository.js';
import { archiveSampleCase, CASE_ID, CLERK, tempRepository, textFile } from './ocfl-fixtures.test-support.js';
import { validateStorageRoot } from './validate.js';

let t: Awaited<ReturnType<typeof tempRepository>>;
beforeEach(async () => {
  t = await tempRepository();
});
afterEach(async () => {
  await t.cleanup();
});

describe('storage root', () => {
  it('is created with its declaration, layout and 0004 config, and validates', async () => {
    expect((await readdir(t.dir)).sort()).toEqual(['0=ocfl_1.1', 'extensions', 'ocfl_layout.json']);
    expect(await readFile(path.join(t.dir, '0=ocfl_1.1'), 'utf8')).toBe('ocfl_1.1\n');
    expect(JSON.parse(await readFile(path.join(t.dir, 'ocfl_layout.json'), 'utf8')).extension).toBe('0004-hashed-n-tuple-storage-layout');
    const config = JSON.parse(await readFile(path.join(t.dir, 'extensions/0004-hashed-n-tuple-storage-layout/config.json'), 'utf8'));
    expect(config).toMatchObject({ digestAlgorithm: 'sha256', tupleSize: 3, numberOfTuples: 3, shortObjectRoot: false });
    expect(await validateStorageRoot(t.dir)).toEqual({ ok: true, issues: [], objects: [] });
  });

  it('re-opens an existing root and refuses a directory that is not one', async () => {
    await expect(OcflRepository.open(t.store)).resolves.toBeInstanceOf(OcflRepository);
    const other = new FsOcflStore(path.join(t.dir, 'extensions', 'not-a-root'));
    await expect(OcflRepository.open(other)).rejects.toMatchObject({ code: 'OCFL_ROOT_INVALID' });
    await other.write('stray.txt', 'x');
    await expect(OcflRepository.open(other, { create: true })).rejects.toMatchObject({ code: 'OCFL_ROOT_INVALID' });
    await other.delete('stray.txt');
  });
});

describe('objects', () => {
  it('writes v1 under the hashed path with Chinese logical names, safe content paths, sha512 + sm3 + sha256', async () => {
    await archiveSampleCase(t.repo);
    const objectDir = path.join(t.dir, t.repo.objectPath(CASE_ID));
    expect((await readdir(objectDir)).sort()).toEqual(['0=ocfl_object_1.1', 'inventory.json', 'inventory.json.sha512', 'v1']);
    const inventoryText = await readFile(path.join(objectDir, 'inventory.json'), 'utf8');
    expect(await readFile(path.join(objectDir, 'v1/inventory.json'), 'utf8')).toBe(inventoryText);
    expect(await readFile(path.join(objectDir, 'inventory.json.sha512'), 'utf8')).toBe(`${digestBytes('sha512', inventoryText)} inventory.json\n`);
    const inv = JSON.parse(inventoryText);
    expect(inv).toMatchObject({ id: CASE_ID, type: 'https://ocfl.io/1.1/spec/#inventory', digestAlgorithm: 'sha512', head: 'v1' });
    expect(inv.versions.v1).toMatchObject({ created: '2026-11-25T08:00:00Z', message: '归档', user: CLERK });
    const contentPaths = Object.values(inv.manifest as Record<string, string[]>).flat();
    for (const p of contentPaths) expect(p).toMatch(/^v1\/content\/[A-Za-z0-9._%~\/-]+$/);
    const judgment = Buffer.from('%PDF-1.7 判决书');
    const judgmentPath = inv.manifest[digestBytes('sha512', judgment)][0];
    expect(inv.versions.v1.state[digestBytes('sha512', judgment)]).toEqual(['正卷/02 判决书.pdf']);
    expect(inv.fixity.sm3[digestBytes('sm3', judgment)]).toEqual([judgmentPath]);
    expect(inv.fixity.sha256[digestBytes('sha256', judgment)]).toEqual([judgmentPath]);
    expect(await validateStorageRoot(t.dir)).toMatchObject({ ok: true, issues: [] });
  });

  it('refuses to create an object twice and to add a version to a missing one', async () => {
    await archiveSampleCase(t.repo);
    await expect(archiveSampleCase(t.repo)).rejects.toMatchObject({ code: 'OCFL_OBJECT_EXISTS' });
    await expect(t.repo.addVersion('urn:casevault:none', { files: [], message: 'x', user: CLERK })).rejects.toMatchObject({ code: 'OCFL_OBJECT_NOT_FOUND' });
    expect((await readdir(path.join(t.dir, 'extensions'))).sort()).toEqual(['0004-hashed-n-tuple-storage-layout']);
  });

  it('adds versions that carry the state forward and store identical bytes only once', async () => {
    await archiveSampleCase(t.repo);
    const commit = await t.repo.addVersion(CASE_ID, {
      files: [
        textFile('补充归档/03 送达回证.pdf', '%PDF-1.7 送达回证'),
        textFile('副本/判决书-副本.pdf', '%PDF-1.7 判决书'), // same bytes as v1's judgment
      ],
      remove: ['metadata/catalogue.json'],
      message: '补充归档',
      user: CLERK,
    });
    expect(commit.version).toBe('v2');
    expect(commit.added).toHaveLength(1);
    const obj = await t.repo.getObject(CASE_ID);
    expect(obj?.head).toBe('v2');
    expect(obj?.versions.map((v) => v.version)).toEqual(['v1', 'v2']);
    const v2 = obj!.versions[1]!;
    expect(v2.files.map((f) => f.logicalPath)).toEqual(['副本/判决书-副本.pdf', '正卷/01 起诉状.pdf', '正卷/02 判决书.pdf', '补充归档/03 送达回证.pdf']);
    const copy = v2.files.find((f) => f.logicalPath === '副本/判决书-副本.pdf')!;
    expect(copy.contentPath.startsWith('v1/content/')).toBe(true);
    expect(copy.fixity.sm3).toBe(digestBytes('sm3', '%PDF-1.7 判决书'));
    expect(await text(await t.repo.readFile(CASE_ID, '副本/判决书-副本.pdf'))).toBe('%PDF-1.7 判决书');
    expect(await text(await t.repo.readFile(CASE_ID, 'metadata/catalogue.json', 'v1'))).toBe('{"卷内目录":[]}');
    await expect(t.repo.readFile(CASE_ID, 'metadata/catalogue.json')).rejects.toMatchObject({ code: 'OCFL_FILE_NOT_FOUND' });

    // A version that only re-references stored bytes has no content directory at all.
    await t.repo.addVersion(CASE_ID, { files: [textFile('again.pdf', '%PDF-1.7 起诉状')], message: 'x', user: CLERK });
    expect(await readdir(path.join(t.dir, t.repo.objectPath(CASE_ID), 'v3'))).toEqual(['inventory.json', 'inventory.json.sha512']);
    expect(await validateStorageRoot(t.dir)).toMatchObject({ ok: true, issues: [] });
    expect((await t.repo.verifyFixity(CASE_ID)).ok).toBe(true);
  });

  it('refuses bad logical paths, conflicting paths and a source of the wrong size, leaving nothing behind', async () => {
    await expect(t.repo.createObject(CASE_ID, { files: [textFile('../逃逸.pdf', 'x')], message: 'x', user: CLERK })).rejects.toMatchObject({ code: 'OCFL_LOGICAL_PATH_INVALID' });
    await expect(
      t.repo.createObject(CASE_ID, { files: [textFile('a', 'x'), textFile('a/b.pdf', 'y')], message: 'x', user: CLERK }),
    ).rejects.toMatchObject({ code: 'OCFL_LOGICAL_PATH_CONFLICT' });
    await expect(
      t.repo.createObject(CASE_ID, { files: [{ ...textFile('a.pdf', 'abc'), size: 4 }], message: 'x', user: CLERK }),
    ).rejects.toMatchObject({ code: 'OCFL_SOURCE_SIZE_MISMATCH' });
    expect(await t.repo.getObject(CASE_ID)).toBeNull();
    expect(await validateStorageRoot(t.dir)).toEqual({ ok: true, issues: [], objects: [] });
  });

  it('reads a source given as a local file path', async () => {
    const file = path.join(t.dir, '..', `${path.basename(t.dir)}-src.bin`);
    await (await import('node:fs/promises')).writeFile(file, Buffer.alloc(3 * 1024 * 1024, 7));
    await t.repo.createObject(CASE_ID, { files: [{ logicalPath: '庭审录像.mp4', source: () => file }], message: 'x', user: CLERK });
    await (await import('node:fs/promises')).rm(file);
    const obj = await t.repo.getObject(CASE_ID);
    expect(obj?.versions[0]?.files[0]?.digest).toBe(digestBytes('sha512', Buffer.alloc(3 * 1024 * 1024, 7)));
  });
});
