import { isComputable, digestBytes, digestReadable, type OcflDigestAlgorithm } from './ocfl-digest.js';
import { checkInventory } from './inventory-validator.js';
import { INVENTORY, OBJECT_DECLARATION, OBJECT_DECLARATION_TEXT, parseSidecar, sortedVersions, type Inventory } from './inventory.js';
import { joinKey, readText, type OcflStore } from './ocfl-store.js';
import { versionNumber } from './ocfl-paths.js';
import { finding, result, type OcflCode, type OcflFinding, type OcflValidationResult } from './validation-codes.js';

/** Extension names registered at https://ocfl.github.io/extensions/ (W013, W016). */
export const REGISTERED_EXTENSIONS = new Set([
  '0001-digest-algorithms',
  '0002-flat-direct-storage-layout',
  '0003-hash-and-id-n-tuple-storage-layout',
  '0004-hashed-n-tuple-storage-layout',
  '0005-mutable-head',
  '0006-flat-omit-prefix-storage-layout',
  '0007-n-tuple-omit-prefix-storage-layout',
  '0008-schema-registry',
  '0009-digest-algorithms',
  '0010-differential-ocfl-inventory',
  '0011-direct-clean-path-layout',
]);

export interface ObjectValidationOptions {
  /**
   * Re-digest every content file (manifest and fixity, E092/E093). On by default; off gives a quick
   * structural check that still notices missing and unexpected files.
   */
  digests?: boolean;
}

export interface ObjectValidationResult extends OcflValidationResult {
  /** The root inventory when it could be read, for callers that go on (e.g. the E083 path check). */
  inventory: Inventory | null;
}

/**
 * Validates one OCFL 1.1 object (§3) and collects every finding; never throws for a bad object.
 * Content files are streamed through the digests, so memory use does not depend on file size.
 * @param objectRoot store key of the object root ('' when the store is rooted at the object).
 */
export async function validateObjectIn(store: OcflStore, objectRoot: string, options: ObjectValidationOptions = {}): Promise<ObjectValidationResult> {
  const issues: OcflFinding[] = [];
  const at = (...p: string[]): string => joinKey(objectRoot, ...p);
  const add = (code: OcflCode, path: string, detail?: string): void => void issues.push(finding(code, path, detail));

  const entries = await store.list(objectRoot);
  await checkDeclaration(store, objectRoot, entries.map((e) => e.name), add);

  if (!entries.some((e) => e.name === INVENTORY && e.type === 'file')) {
    add('E063', at(INVENTORY));
    for (const e of entries) if (e.name !== OBJECT_DECLARATION) add('E001', at(e.name), 'no inventory to account for it');
    return { ...result(issues), inventory: null };
  }
  const rootText = await readText(store, at(INVENTORY));
  const root = checkInventory(rootText, at(INVENTORY));
  issues.push(...root.issues);
  const inv = root.inventory;
  await checkSidecar(store, objectRoot, inv?.digestAlgorithm ?? 'sha512', entries.map((e) => e.name), rootText, add);
  if (!inv) return { ...result(issues), inventory: null };

  // E001/E046: only the declaration, inventory, sidecar, versions of the inventory, logs/ and extensions/.
  const sidecarName = `${INVENTORY}.${inv.digestAlgorithm}`;
  for (const e of entries) {
    if (e.name === OBJECT_DECLARATION || e.name === INVENTORY || e.name === sidecarName) continue;
    if (e.type === 'directory' && e.name in inv.versions) continue;
    if (e.type === 'directory' && (e.name === 'logs' || e.name === 'extensions')) continue;
    if (e.type === 'directory' && versionNumber(e.name.replace(/^v0+(?=\d)/, 'v')) !== null) add('E046', at(e.name), 'a version directory that the inventory does not list');
    else if (!e.name.startsWith('0=') && !e.name.startsWith(`${INVENTORY}.`)) add('E001', at(e.name));
  }
  if (entries.some((e) => e.name === 'extensions')) await checkExtensions(store, at('extensions'), 'E067', 'W013', add);

  const contentDirectory = inv.contentDirectory ?? 'content';
  const versions = sortedVersions(inv);
  for (const v of versions) await checkVersionDirectory(store, objectRoot, v, inv, rootText, contentDirectory, add);
  await checkContent(store, objectRoot, inv, versions, contentDirectory, options.digests ?? true, add);
  return { ...result(issues), inventory: inv };
}

type Add = (code: OcflCode, path: string, detail?: string) => void;

/** The NAMASTE object declaration (E003, E004, E007). */
async function checkDeclaration(store: OcflStore, objectRoot: string, names: string[], add: Add): Promise<void> {
  const declarations = names.filter((n) => n.startsWith('0='));
  if (declarations.length !== 1) {
    add('E003', joinKey(objectRoot, OBJECT_DECLARATION), declarations.length === 0 ? 'no 0=ocfl_object_1.1 file' : `found ${declarations.join(', ')}`);
    return;
  }
  const name = declarations[0] as string;
  const path = joinKey(objectRoot, name);
  if (name !== OBJECT_DECLARATION) return add('E004', path, `found ${name}, expected ${OBJECT_DECLARATION}`);
  const text = await readText(store, path);
  if (text !== OBJECT_DECLARATION_TEXT) add('E007', path, `content ${JSON.stringify(text)}`);
}

/** The inventory sidecar (E058, E060, E061). */
async function checkSidecar(store: OcflStore, dir: string, algorithm: string, names: string[], inventoryText: string, add: Add): Promise<void> {
  const name = `${INVENTORY}.${algorithm}`;
  const path = joinKey(dir, name);
  if (!names.includes(name)) return add('E058', path, names.some((n) => n.startsWith(`${INVENTORY}.`)) ? `sidecar for another algorithm than ${algorithm}` : 'missing');
  const recorded = parseSidecar(await readText(store, path));
  if (recorded === null) return add('E061', path);
  if (!isComputable(algorithm)) return;
  const actual = digestBytes(algorithm, inventoryText);
  if (recorded.toLowerCase() !== actual) add('E060', path, `inventory.json digests to ${actual.slice(0, 16)}…, the sidecar records ${recorded.slice(0, 16)}…`);
}

/** An `extensions/` directory: only sub-directories, registered names preferred. */
export async function checkExtensions(store: OcflStore, dir: string, error: 'E067' | 'E112', warning: 'W013' | 'W016', add: Add): Promise<void> {
  for (const e of await store.list(dir)) {
    if (e.type !== 'directory') add(error, joinKey(dir, e.name));
    else if (!REGISTERED_EXTENSIONS.has(e.name)) add(warning, joinKey(dir, e.name), e.name);
  }
}

/** One version directory: its entries (E015, W002, W003, E024) and its inventory (W010, E064, E066, E037, E019/E020, W011). */
async function checkVersionDirectory(store: OcflStore, objectRoot: string, v: string, inv: Inventory, rootText: string, contentDirectory: string, add: Add): Promise<void> {
  const dir = joinKey(objectRoot, v);
  const entries = await store.list(dir);
  if (entries.length === 0) return add('E046', dir, `the inventory lists ${v} but there is no such directory`);
  const sidecarName = `${INVENTORY}.${inv.digestAlgorithm}`;
  for (const e of entries) {
    if (e.type === 'directory') {
      if (e.name !== contentDirectory) add('W002', joinKey(dir, e.name));
    } else if (e.name !== INVENTORY && e.name !== sidecarName) add('E015', joinKey(dir, e.name));
  }
  const hasContent = Object.values(inv.manifest).flat().some((p) => p.startsWith(`${v}/${contentDirectory}/`));
  if (!hasContent && entries.some((e) => e.name === contentDirectory)) add('W003', joinKey(dir, contentDirectory));

  if (!entries.some((e) => e.name === INVENTORY)) return add('W010', joinKey(dir, INVENTORY));
  const text = await readText(store, joinKey(dir, INVENTORY));
  await checkSidecar(store, dir, inv.digestAlgorithm, entries.map((e) => e.name), text, add);
  if (v === inv.head) {
    if (text !== rootText) add('E064', joinKey(dir, INVENTORY));
    return;
  }
  const prior = checkInventory(text, joinKey(dir, INVENTORY));
  if (!prior.inventory) return add('E066', joinKey(dir, INVENTORY), 'the inventory of this version cannot be read');
  comparePrior(prior.inventory, inv, joinKey(dir, INVENTORY), add);
}

/** A prior version's inventory must tell the same history as the current one (E037/E110, E019/E020, E066, W011, E103). */
function comparePrior(prior: Inventory, current: Inventory, path: string, add: Add): void {
  if (prior.id !== current.id) add('E037', path, `id ${JSON.stringify(prior.id)} differs from ${JSON.stringify(current.id)}`);
  if (prior.contentDirectory !== current.contentDirectory) add(prior.contentDirectory === undefined ? 'E019' : 'E020', path);
  if (prior.type !== current.type && prior.type > current.type) add('E103', path, `${prior.type} is later than ${current.type}`);
  const resolve = (inv: Inventory, state: Record<string, string[]>): Map<string, string> => {
    const map = new Map<string, string>();
    for (const [digest, paths] of Object.entries(state)) for (const p of paths) map.set(p, inv.manifest[digest]?.[0] ?? digest);
    return map;
  };
  for (const [name, pv] of Object.entries(prior.versions)) {
    const cv = current.versions[name];
    if (!cv) {
      add('E066', path, `${name} is missing from the current inventory`);
      continue;
    }
    const a = resolve(prior, pv.state ?? {});
    const b = resolve(current, cv.state ?? {});
    const same = a.size === b.size && [...a].every(([p, c]) => b.get(p) === c);
    if (!same) add('E066', path, `${name} has a different state in the current inventory`);
    for (const key of ['created', 'message', 'user'] as const) {
      if (JSON.stringify(pv[key]) !== JSON.stringify(cv[key])) add('W011', path, `${name} ${key}`);
    }
  }
}

/**
 * Files on storage vs the manifest: every file referenced (E023), every manifest path present with
 * the recorded digests (E092) and fixity (E093), no empty directories in content (E024).
 */
async function checkContent(store: OcflStore, objectRoot: string, inv: Inventory, versions: string[], contentDirectory: string, digests: boolean, add: Add): Promise<void> {
  const manifestPaths = new Map<string, string>();
  for (const [digest, paths] of Object.entries(inv.manifest)) for (const p of paths) manifestPaths.set(p, digest.toLowerCase());
  const present = new Set<string>();
  for (const v of versions) {
    const dir = joinKey(objectRoot, v, contentDirectory);
    for (const f of await store.listFiles(dir)) {
      const rel = objectRoot === '' ? f.path : f.path.slice(objectRoot.length + 1);
      present.add(rel);
      if (!manifestPaths.has(rel)) add('E023', f.path, 'not in the manifest');
    }
    if (store.kind === 'fs') await findEmptyDirectories(store, dir, (p) => add('E024', p));
  }
  const fixity = Object.entries(inv.fixity ?? {}).filter(([a]) => isComputable(a)) as Array<[OcflDigestAlgorithm, Record<string, string[]>]>;
  const expectedFixity = new Map<string, Array<[OcflDigestAlgorithm, string]>>();
  for (const [algorithm, block] of fixity) {
    for (const [digest, paths] of Object.entries(block)) {
      if (!Array.isArray(paths)) continue;
      for (const p of paths) expectedFixity.set(p, [...(expectedFixity.get(p) ?? []), [algorithm, digest.toLowerCase()]]);
    }
  }
  for (const [p, digest] of manifestPaths) {
    const key = joinKey(objectRoot, p);
    if (!present.has(p)) {
      add('E092', key, 'the file is missing');
      continue;
    }
    if (!digests || !isComputable(inv.digestAlgorithm)) continue;
    const wanted = expectedFixity.get(p) ?? [];
    const algorithms = [inv.digestAlgorithm as OcflDigestAlgorithm, ...wanted.map(([a]) => a)];
    const actual = (await digestReadable(await store.read(key), algorithms)) as unknown as Record<string, string>;
    if (actual[inv.digestAlgorithm] !== digest) add('E092', key, `content digests to ${actual[inv.digestAlgorithm]?.slice(0, 16)}…, the manifest records ${digest.slice(0, 16)}…`);
    for (const [a, d] of wanted) if (actual[a] !== d) add('E093', key, `${a} is ${actual[a]?.slice(0, 16)}…, fixity records ${d.slice(0, 16)}…`);
  }
}

/** Reports directories with nothing below them (only the file system has them; S3 prefixes cannot be empty). */
export async function findEmptyDirectories(store: OcflStore, dir: string, report: (path: string) => void): Promise<boolean> {
  const entries = await store.list(dir);
  let empty = true;
  for (const e of entries) {
    if (e.type !== 'directory') empty = false;
    else if (!(await findEmptyDirectories(store, joinKey(dir, e.name), report))) empty = false;
  }
  if (empty && entries.length === 0 && (await store.stat(dir))?.type === 'directory') report(dir);
  return empty && entries.length === 0 ? true : false;
}
