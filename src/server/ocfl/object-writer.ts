import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { objectPathFor, type HashedNTupleConfig } from './hashed-ntuple-layout.js';
import { checkInventory } from './inventory-validator.js';
import {
  DIGEST_ALGORITHM,
  FIXITY_DIGESTS,
  INVENTORY,
  INVENTORY_TYPE,
  OBJECT_DECLARATION,
  OBJECT_DECLARATION_TEXT,
  rfc3339,
  serialiseInventory,
  SIDECAR,
  sidecarText,
  type Inventory,
  type OcflUser,
} from './inventory.js';
import { digestReadable, OcflDigester } from './ocfl-digest.js';
import { OcflError } from './ocfl-error.js';
import { assertNonConflicting, contentPathFor, normaliseLogicalPath, versionName, versionNumber } from './ocfl-paths.js';
import { joinKey, OcflStoreExistsError, readBytes, type OcflStore } from './ocfl-store.js';
import { readRootInventory } from './object-reader.js';
import { newStagingDir } from './storage-root.js';

export interface OcflFileInput {
  /** The name the user sees, e.g. `正卷/起诉状.pdf`; NFC-normalised, OCFL logical path rules apply. */
  logicalPath: string;
  /** Opened only when the file is staged: a stream, or the path of a local file. */
  source: () => Readable | string | Promise<Readable | string>;
  /** Expected size in bytes; a source that delivers a different count is refused. */
  size?: number;
}

export interface OcflVersionInput {
  files: OcflFileInput[];
  message: string;
  user: OcflUser;
  created?: Date;
  /** Logical paths of the previous version to leave out of the new one. */
  remove?: string[];
}

/** What a commit produced. */
export interface OcflCommit {
  objectId: string;
  objectPath: string;
  version: string;
  /** Content paths written by this version (files whose digest was already stored add none). */
  added: string[];
}

/** The intent record written just before the commit moves anything: recovery rolls such deposits forward. */
export interface CommitIntent {
  objectId: string;
  objectPath: string;
  version: string;
  newObject: boolean;
}
export const COMMIT_INTENT = 'commit.json';

/**
 * Writes a new version (v1 creates the object) by stage → verify → commit (ocfl-java's order):
 *
 * 1. stage: every file is streamed into a staging directory (`extensions/casevault-staging/…`,
 *    outside the storage hierarchy) while sha512, sha256 and SM3 are computed; a file whose sha512
 *    is already in the manifest is dropped again and referenced instead (deduplication);
 * 2. verify: every staged file is read back and re-digested, and the new inventory is checked by
 *    the same rules as the validator; any difference aborts with nothing changed;
 * 3. commit: an intent record is written, then the staged object (new object) or version directory
 *    is moved into place — one rename on a file system — and for a new version the root inventory
 *    and its sidecar are replaced (each write atomic). A crash after the intent is repaired by
 *    `recoverStorageRoot`, which finishes the commit from the staged copy or the version directory;
 *    a crash before it leaves the object untouched and only a staging directory to remove.
 *
 * The caller serialises writers per object (one job per case file); a racing writer is still
 * detected, because the version directory move refuses an existing target.
 *
 * @throws OcflError OCFL_OBJECT_EXISTS (create on an existing id), OCFL_OBJECT_NOT_FOUND (add to a
 *   missing one), OCFL_LOGICAL_PATH_INVALID / _CONFLICT, OCFL_SOURCE_SIZE_MISMATCH,
 *   OCFL_STAGING_VERIFY_FAILED, OCFL_VERSION_CONFLICT (another writer committed first).
 */
export async function writeVersion(
  store: OcflStore,
  layout: HashedNTupleConfig,
  objectId: string,
  input: OcflVersionInput,
  mode: 'create' | 'update',
): Promise<OcflCommit> {
  const objectPath = objectPathFor(objectId, layout);
  const previous = await readRootInventory(store, objectPath);
  if (mode === 'create' && (previous || (await store.exists(objectPath)))) throw new OcflError('OCFL_OBJECT_EXISTS', `object ${objectId} already exists`);
  if (mode === 'update' && !previous) throw new OcflError('OCFL_OBJECT_NOT_FOUND', `object ${objectId} does not exist`);

  const version = previous ? versionName((versionNumber(previous.head) ?? 0) + 1) : 'v1';
  const staging = newStagingDir();
  const stagedObject = previous ? staging : joinKey(staging, 'object');
  try {
    const inventory = startInventory(objectId, version, previous, input);
    const added = await stageFiles(store, stagedObject, version, inventory, input.files);
    const text = serialiseInventory(inventory);
    const problems = checkInventory(text, INVENTORY).issues.filter((i) => i.severity === 'error');
    if (problems.length) throw new OcflError('OCFL_STAGING_VERIFY_FAILED', `new inventory is invalid: ${problems.map((p) => `${p.code} ${p.message}`).join('; ')}`);
    const inventoryFiles: Array<[string, string]> = [
      [joinKey(stagedObject, version, INVENTORY), text],
      [joinKey(stagedObject, version, SIDECAR), sidecarText(text)],
    ];
    if (!previous) {
      inventoryFiles.push([joinKey(stagedObject, INVENTORY), text], [joinKey(stagedObject, SIDECAR), sidecarText(text)]);
      inventoryFiles.push([joinKey(stagedObject, OBJECT_DECLARATION), OBJECT_DECLARATION_TEXT]);
    }
    for (const [key, body] of inventoryFiles) await store.write(key, body);
    await verifyStaged(store, stagedObject, inventory, added, inventoryFiles);

    const intent: CommitIntent = { objectId, objectPath, version, newObject: !previous };
    await store.write(joinKey(staging, COMMIT_INTENT), JSON.stringify(intent));
    await commit(store, staging, intent);
    return { objectId, objectPath, version, added };
  } catch (e) {
    // Before the intent is written nothing outside staging has changed; after it, recovery decides.
    if (!(await store.exists(joinKey(staging, COMMIT_INTENT)))) await store.delete(staging);
    if (e instanceof OcflStoreExistsError) {
      await store.delete(staging);
      throw new OcflError(previous ? 'OCFL_VERSION_CONFLICT' : 'OCFL_OBJECT_EXISTS', `another writer committed ${objectId} ${version} first`);
    }
    throw e;
  }
}

/**
 * Moves a verified deposit into place. Idempotent, so recovery can call it again after a crash:
 * each step checks whether it already happened.
 */
export async function commit(store: OcflStore, staging: string, intent: CommitIntent): Promise<void> {
  const { objectPath, version } = intent;
  if (intent.newObject) {
    await store.moveDirectory(joinKey(staging, 'object'), objectPath);
  } else {
    await store.moveDirectory(joinKey(staging, version), joinKey(objectPath, version));
    const text = await readBytes(store, joinKey(objectPath, version, INVENTORY));
    // The inventory before its sidecar: the sidecar is the last step of a version (E062).
    await store.write(joinKey(objectPath, INVENTORY), text);
    await store.write(joinKey(objectPath, SIDECAR), sidecarText(text));
  }
  await store.delete(staging);
}

/** The new inventory without the new files: previous manifest, fixity and state carried forward. */
function startInventory(objectId: string, version: string, previous: Inventory | null, input: OcflVersionInput): Inventory {
  const base: Inventory = previous
    ? (JSON.parse(JSON.stringify(previous)) as Inventory)
    : { id: objectId, type: INVENTORY_TYPE, digestAlgorithm: DIGEST_ALGORITHM, head: version, manifest: {}, versions: {}, fixity: {} };
  const state: Record<string, string[]> = previous ? structuredClone(previous.versions[previous.head]?.state ?? {}) : {};
  const incoming = input.files.map((f) => normaliseLogicalPath(f.logicalPath));
  const dropped = new Set([...(input.remove ?? []).map((p) => p.normalize('NFC')), ...incoming]);
  for (const [digest, paths] of Object.entries(state)) {
    const kept = paths.filter((p) => !dropped.has(p));
    if (kept.length) state[digest] = kept;
    else delete state[digest];
  }
  const user: OcflUser = input.user.address ? { name: input.user.name, address: input.user.address } : { name: input.user.name };
  base.head = version;
  base.fixity ??= {};
  base.versions[version] = { created: rfc3339(input.created ?? new Date()), message: input.message, user, state };
  assertNonConflicting([...Object.values(state).flat(), ...incoming]);
  return base;
}

/** Streams each file into staging, digesting on the way; dedupes by sha512 against the manifest. */
async function stageFiles(store: OcflStore, stagedObject: string, version: string, inv: Inventory, files: OcflFileInput[]): Promise<string[]> {
  const added: string[] = [];
  const state = inv.versions[version]!.state;
  for (const file of files) {
    const logicalPath = normaliseLogicalPath(file.logicalPath);
    const contentPath = contentPathFor(version, logicalPath, inv.contentDirectory);
    const key = joinKey(stagedObject, contentPath);
    const digester = new OcflDigester([DIGEST_ALGORITHM, ...FIXITY_DIGESTS]);
    const source = await file.source();
    const stream = typeof source === 'string' ? createReadStream(source, { highWaterMark: 1024 * 1024 }) : source;
    await store.write(key, Readable.from(tee(stream, digester)));
    const d = digester.digest();
    if (file.size !== undefined && d.size !== file.size) {
      throw new OcflError('OCFL_SOURCE_SIZE_MISMATCH', `${logicalPath}: ${d.size} bytes arrived, ${file.size} expected`);
    }
    state[d.sha512] = [...(state[d.sha512] ?? []), logicalPath];
    if (inv.manifest[d.sha512]) {
      await store.delete(key); // the same bytes are already stored: reference them
      continue;
    }
    inv.manifest[d.sha512] = [contentPath];
    for (const a of FIXITY_DIGESTS) {
      const block = (inv.fixity![a] ??= {});
      block[d[a]] = [...(block[d[a]] ?? []), contentPath];
    }
    added.push(contentPath);
  }
  return added;
}

async function* tee(source: AsyncIterable<unknown>, digester: OcflDigester<'sha512' | 'sha256' | 'sm3'>): AsyncGenerator<Uint8Array> {
  for await (const chunk of source) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Uint8Array);
    digester.update(bytes);
    yield bytes;
  }
}

/** Re-reads everything staged: content against manifest and fixity, inventories and declaration byte for byte. */
async function verifyStaged(store: OcflStore, stagedObject: string, inv: Inventory, added: string[], written: Array<[string, string]>): Promise<void> {
  const expected = new Map<string, Record<string, string>>();
  for (const [digest, paths] of Object.entries(inv.manifest)) for (const p of paths) expected.set(p, { sha512: digest });
  for (const [a, block] of Object.entries(inv.fixity ?? {})) {
    for (const [digest, paths] of Object.entries(block)) for (const p of paths) if (expected.has(p)) expected.get(p)![a] = digest;
  }
  for (const contentPath of added) {
    const want = expected.get(contentPath)!;
    const got = (await digestReadable(await store.read(joinKey(stagedObject, contentPath)), [DIGEST_ALGORITHM, ...FIXITY_DIGESTS])) as unknown as Record<string, string>;
    for (const [a, d] of Object.entries(want)) {
      if (got[a] !== d) throw new OcflError('OCFL_STAGING_VERIFY_FAILED', `${contentPath}: staged ${a} ${got[a]} differs from ${d}`);
    }
  }
  for (const [key, body] of written) {
    if (!(await readBytes(store, key)).equals(Buffer.from(body))) throw new OcflError('OCFL_STAGING_VERIFY_FAILED', `${key} reads back differently`);
  }
}
