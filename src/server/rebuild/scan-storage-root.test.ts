import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FsOcflStore, OcflRepository } from '../ocfl/index.js';
import { tempRepository, textFile } from '../ocfl/ocfl-fixtures.test-support.js';
import type { MappedObject } from './map-archive-object.js';
import { ARCHIVIST, bagInfoText, OBJECT_ID, TEMPLATE, writeReceived } from './rebuild-fixtures.test-support.js';
import { scanStorageRoot } from './scan-storage-root.js';

/** A file-system store that records what is read, to show that content is never read. */
class RecordingStore extends FsOcflStore {
  readonly reads: string[] = [];
  override read(file: string): Promise<Readable> {
    this.reads.push(file);
    return super.read(file);
  }
}

let t: Awaited<ReturnType<typeof tempRepository>>;
let store: RecordingStore;
let repo: OcflRepository;
const IMPORTED = 'urn:casevault:沪0118:（2020）沪02民终99号';

beforeEach(async () => {
  t = await tempRepository();
  await writeReceived(t.repo);
  await writeReceived(t.repo, { objectId: 'urn:casevault:沪0118:（2021）沪0118刑初301号', caseNumber: '（2021）沪0118刑初301号', archivalCode: 'J019-ZY·2021·C60·MS-0008', caseId: 'case-301' });
  await t.repo.createObject(IMPORTED, {
    files: [textFile('判决书.pdf', '%PDF-1.7 判决书'), textFile('metadata/import/bag-info.txt', bagInfoText({ 'Source-Organization': '上海市第二中级人民法院', 'Court-Case-Number': '（2020）沪02民终99号', 'Archival-Code': 'J102-0099', 'Retention-Period': '永久' }))],
    message: '导入 BagIt 包（上海市第二中级人民法院）',
    user: ARCHIVIST,
  });
  // An interrupted deposit left in staging is not an object.
  await t.store.write('extensions/casevault-staging/abc-00000000/0=ocfl_object_1.1', 'ocfl_object_1.1\n');
  store = new RecordingStore(t.dir);
  repo = await OcflRepository.open(store);
});
afterEach(async () => t.cleanup());

async function scan(): Promise<MappedObject[]> {
  const out: MappedObject[] = [];
  for await (const o of scanStorageRoot(repo, { template: TEMPLATE })) out.push(o);
  return out;
}

describe('scanning the storage root', () => {
  it('finds every object (not staging) and maps each; reads inventories and metadata, never content', async () => {
    store.reads.length = 0; // opening the root read its declaration and layout
    const objects = await scan();
    expect(objects.map((o) => o.objectId).sort()).toEqual([IMPORTED, 'urn:casevault:沪0118:（2021）沪0118刑初301号', OBJECT_ID].sort());
    expect(objects.flatMap((o) => o.findings)).toEqual([]);
    expect(objects.map((o) => o.mapped?.archive.archival_code).sort()).toEqual(['J019-ZY·2021·C60·MS-0007', 'J019-ZY·2021·C60·MS-0008', 'J102-0099']);
    const read = store.reads.map((p) => p.split('/').slice(4).join('/'));
    expect(read.filter((p) => !/^(inventory\.json|inventory\.json\.sha512|v1\/content\/metadata\/(catalogue\.json|import\/bag-info\.txt))$/.test(p))).toEqual([]);
    expect(read.some((p) => p.includes('.pdf'))).toBe(false);
  });

  it('fault injection: a flipped byte in catalogue.json names that object; the others are still mapped', async () => {
    const file = path.join(t.dir, repo.objectPath(OBJECT_ID), 'v1/content/metadata/catalogue.json');
    const bytes = await readFile(file);
    bytes[bytes.indexOf('0007')]! ^= 0x01;
    await writeFile(file, bytes);
    const objects = await scan();
    const broken = objects.find((o) => o.objectId === OBJECT_ID)!;
    expect(broken.mapped).toBeNull();
    expect(broken.findings).toEqual([expect.objectContaining({ code: 'REBUILD_METADATA_UNREADABLE', objectId: OBJECT_ID, message: expect.stringContaining('摘要与清单不符') })]);
    expect(objects.filter((o) => o.mapped).length).toBe(2);
  });

  it('fault injection: an inventory that does not match its sidecar is named by its path', async () => {
    const file = path.join(t.dir, repo.objectPath(OBJECT_ID), 'inventory.json');
    await writeFile(file, (await readFile(file, 'utf8')).replace('接收归档', '接收归挡'));
    const broken = (await scan()).find((o) => o.objectPath === repo.objectPath(OBJECT_ID))!;
    expect(broken).toMatchObject({ objectId: null, mapped: null, findings: [expect.objectContaining({ code: 'REBUILD_INVENTORY_INVALID', path: repo.objectPath(OBJECT_ID) })] });
  });

  it('fault injection: an object moved away from its layout path is named, not restored', async () => {
    await t.store.moveDirectory(repo.objectPath(OBJECT_ID), 'fff/fff/fff/moved');
    const moved = (await scan()).find((o) => o.objectId === OBJECT_ID)!;
    expect(moved).toMatchObject({ objectPath: 'fff/fff/fff/moved', mapped: null, findings: [expect.objectContaining({ code: 'REBUILD_OBJECT_MISPLACED' })] });
  });

  it('fault injection: a deleted content file leaves the version\'s bytes unknown, and says so', async () => {
    const content = (await repo.getObject(IMPORTED))!.versions[0]!.files.find((f) => f.logicalPath === '判决书.pdf')!.contentPath;
    await t.store.delete(path.posix.join(repo.objectPath(IMPORTED), content));
    const imported = (await scan()).find((o) => o.objectId === IMPORTED)!;
    expect(imported.mapped).toBeNull();
    expect(imported.findings).toEqual([expect.objectContaining({ code: 'REBUILD_CONTENT_MISSING', message: expect.stringContaining('判决书.pdf') })]);
  });
});
