import { OcflError, type OcflFile, type OcflRepository, type OcflStore } from '../ocfl/index.js';
import { OBJECT_DECLARATION } from '../ocfl/inventory.js';
import { isComputable, digestBytes } from '../ocfl/ocfl-digest.js';
import { describeObject, readRootInventory } from '../ocfl/object-reader.js';
import { joinKey, readBytes } from '../ocfl/ocfl-store.js';
import { mapArchiveObject, metadataNeeded, type MappedObject, type MetadataRead } from './map-archive-object.js';
import { rebuildFinding } from './rebuild-findings.js';

/** Metadata files larger than this are not read (catalogue.json of a very large file is a few MB). */
export const MAX_METADATA_BYTES = 32 * 1024 * 1024;

/**
 * Every object of the storage root, one at a time, mapped to the index rows it stands for
 * (`mapArchiveObject`) or to the findings that keep it from being restored. Reads each object's
 * root inventory (checked against its sidecar), one listing of its files for their sizes, and the
 * few small metadata files the mapping needs (digest-checked); never a content file. Storage
 * failures on one object become a finding on that object, and the scan goes on.
 */
export async function* scanStorageRoot(repo: OcflRepository, options: { template: string }): AsyncGenerator<MappedObject> {
  for await (const objectPath of objectRoots(repo.store)) yield scanObject(repo, objectPath, options.template);
}

/**
 * Object roots in storage order: below each top-level directory except `extensions/` (where
 * staging lives), a directory holding an object declaration is an object (objects do not nest);
 * any other directory is walked. Stray files are `casevault ocfl validate`'s business (E072/E084).
 */
export async function* objectRoots(store: OcflStore, dir = ''): AsyncGenerator<string> {
  const entries = await store.list(dir);
  if (dir !== '' && entries.some((e) => e.type === 'file' && e.name === OBJECT_DECLARATION)) {
    yield dir;
    return;
  }
  for (const e of entries) {
    if (e.type !== 'directory' || (dir === '' && e.name === 'extensions')) continue;
    yield* objectRoots(store, joinKey(dir, e.name));
  }
}

async function scanObject(repo: OcflRepository, objectPath: string, template: string): Promise<MappedObject> {
  let objectId: string | null = null;
  const fail = (code: 'REBUILD_INVENTORY_INVALID' | 'REBUILD_OBJECT_UNREADABLE', detail: string): MappedObject => ({
    objectPath,
    objectId,
    mapped: null,
    claim: null,
    findings: [rebuildFinding(code, { path: objectPath, objectId }, detail)],
  });
  try {
    let inventory;
    try {
      inventory = await readRootInventory(repo.store, objectPath);
    } catch (e) {
      if (e instanceof OcflError) return fail('REBUILD_INVENTORY_INVALID', e.message);
      throw e;
    }
    if (!inventory) return fail('REBUILD_INVENTORY_INVALID', '没有 inventory.json');
    objectId = inventory.id;
    const view = describeObject(inventory, objectPath);
    const prefix = `${objectPath}/`;
    const sizes = new Map((await repo.store.listFiles(objectPath)).map((f) => [f.path.startsWith(prefix) ? f.path.slice(prefix.length) : f.path, f.size]));
    const metadata = new Map<string, MetadataRead>();
    for (const f of metadataNeeded(view)) metadata.set(f.digest, await readMetadata(repo.store, objectPath, f, sizes, inventory.digestAlgorithm));
    return mapArchiveObject({ objectPath, expectedPath: repo.objectPath(view.id), view, sizes, metadata, template });
  } catch (e) {
    return fail('REBUILD_OBJECT_UNREADABLE', e instanceof Error ? e.message : String(e));
  }
}

/** One small metadata file, whole, with its content digest checked against the inventory. */
async function readMetadata(store: OcflStore, objectPath: string, f: OcflFile, sizes: ReadonlyMap<string, number>, algorithm: string): Promise<MetadataRead> {
  const size = sizes.get(f.contentPath);
  if (size === undefined) return { ok: false, problem: `内容文件 ${f.contentPath} 不在对象中` };
  if (size > MAX_METADATA_BYTES) return { ok: false, problem: `${size} 字节，超过 ${MAX_METADATA_BYTES} 字节的上限` };
  const bytes = await readBytes(store, joinKey(objectPath, f.contentPath));
  if (!isComputable(algorithm)) return { ok: false, problem: `无法计算清单的摘要算法 ${algorithm}` };
  if (digestBytes(algorithm, bytes) !== f.digest.toLowerCase()) return { ok: false, problem: `${algorithm} 摘要与清单不符（文件已被改动或损坏）` };
  return { ok: true, bytes };
}
