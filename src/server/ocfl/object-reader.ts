import type { Readable } from 'node:stream';
import { checkInventory } from './inventory-validator.js';
import { digestBytes } from './ocfl-digest.js';
import { INVENTORY, parseSidecar, SIDECAR, sortedVersions, type Inventory, type OcflUser } from './inventory.js';
import { OcflError } from './ocfl-error.js';
import { joinKey, readText, type OcflStore } from './ocfl-store.js';

/** One file of a version as the user sees it. */
export interface OcflFile {
  logicalPath: string;
  /** sha512 (the content address). */
  digest: string;
  /** Where the bytes are, relative to the object root (may be in an earlier version). */
  contentPath: string;
  /** Other digests recorded for the content (sha256, sm3). */
  fixity: Record<string, string>;
}

export interface OcflVersionView {
  version: string;
  created: string;
  message?: string;
  user?: OcflUser;
  files: OcflFile[];
}

export interface OcflObjectView {
  id: string;
  objectPath: string;
  head: string;
  versions: OcflVersionView[];
}

/**
 * The root inventory of an object, or null when there is no object at `objectPath`. The sidecar is
 * checked first: an inventory that does not match it is either tampered with or half-committed.
 * @throws OcflError OCFL_INVENTORY_INVALID (sidecar mismatch, unreadable or invalid inventory;
 *   after a crash, run `recoverStorageRoot`).
 */
export async function readRootInventory(store: OcflStore, objectPath: string): Promise<Inventory | null> {
  if (!(await store.exists(joinKey(objectPath, INVENTORY)))) return null;
  const text = await readText(store, joinKey(objectPath, INVENTORY));
  const recorded = (await store.exists(joinKey(objectPath, SIDECAR))) ? parseSidecar(await readText(store, joinKey(objectPath, SIDECAR))) : null;
  if (recorded?.toLowerCase() !== digestBytes('sha512', text)) {
    throw new OcflError('OCFL_INVENTORY_INVALID', `${objectPath}: inventory.json does not match its sidecar (tampered, or an interrupted commit: run recovery)`);
  }
  const checked = checkInventory(text, joinKey(objectPath, INVENTORY));
  const errors = checked.issues.filter((i) => i.severity === 'error');
  if (!checked.inventory || errors.length) {
    throw new OcflError('OCFL_INVENTORY_INVALID', `${objectPath}: ${errors.map((e) => e.code).join(', ')}`);
  }
  return checked.inventory;
}

/** Every version with its files, resolved to content paths and fixity. Pure over the inventory. */
export function describeObject(inv: Inventory, objectPath: string): OcflObjectView {
  const fixityOf = new Map<string, Record<string, string>>();
  for (const [algorithm, block] of Object.entries(inv.fixity ?? {})) {
    for (const [digest, paths] of Object.entries(block)) {
      for (const p of paths) fixityOf.set(p, { ...fixityOf.get(p), [algorithm]: digest });
    }
  }
  const versions = sortedVersions(inv).map((name) => {
    const v = inv.versions[name]!;
    const files: OcflFile[] = [];
    for (const [digest, paths] of Object.entries(v.state)) {
      const contentPath = inv.manifest[digest]?.[0] ?? '';
      for (const logicalPath of paths) files.push({ logicalPath, digest, contentPath, fixity: fixityOf.get(contentPath) ?? {} });
    }
    files.sort((a, b) => (a.logicalPath < b.logicalPath ? -1 : a.logicalPath > b.logicalPath ? 1 : 0));
    return { version: name, created: v.created, message: v.message, user: v.user, files };
  });
  return { id: inv.id, objectPath, head: inv.head, versions };
}

/**
 * Streams a logical file of a version (default: head). Nothing is buffered: recordings may be GB.
 * @throws OcflError OCFL_VERSION_NOT_FOUND, OCFL_FILE_NOT_FOUND
 */
export async function openLogicalFile(store: OcflStore, inv: Inventory, objectPath: string, logicalPath: string, version = inv.head): Promise<Readable> {
  const v = inv.versions[version];
  if (!v) throw new OcflError('OCFL_VERSION_NOT_FOUND', `${inv.id} has no version ${version}`);
  const wanted = logicalPath.normalize('NFC');
  const digest = Object.entries(v.state).find(([, paths]) => paths.includes(wanted))?.[0];
  const contentPath = digest ? inv.manifest[digest]?.[0] : undefined;
  if (!contentPath) throw new OcflError('OCFL_FILE_NOT_FOUND', `${inv.id} ${version} has no file ${JSON.stringify(logicalPath)}`);
  return store.read(joinKey(objectPath, contentPath));
}
