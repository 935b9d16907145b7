import { CONTENT_ALGORITHMS, FIXITY_ALGORITHMS, isDigestOf } from './ocfl-digest.js';
import { conflictProblem, versionNumber } from './ocfl-paths.js';
import { INVENTORY_TYPE, type Inventory } from './inventory.js';
import { finding, type OcflFinding } from './validation-codes.js';

const INVENTORY_KEYS = new Set(['id', 'type', 'digestAlgorithm', 'head', 'contentDirectory', 'manifest', 'versions', 'fixity']);
const VERSION_KEYS = new Set(['created', 'message', 'user', 'state']);
const USER_KEYS = new Set(['name', 'address']);
/** RFC 3339 date-time (§5.6): full date, `T`, time with seconds, optional fraction, zone. */
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
const URI = /^[A-Za-z][A-Za-z0-9+.-]*:\S/;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface InventoryCheck {
  /** The inventory when its structure is usable for the file checks (manifest and versions are objects). */
  inventory: Inventory | null;
  issues: OcflFinding[];
}

/**
 * Checks one inventory's JSON on its own (OCFL 1.1 §3.5): keys and types, digests, version
 * sequence, content and logical paths, state vs manifest, fixity. Pure: no storage access, so that
 * every rule is unit-testable; the object validator adds what needs the files.
 * @param where the inventory's path, used in findings.
 */
export function checkInventory(text: string, where: string): InventoryCheck {
  const issues: OcflFinding[] = [];
  const add = (code: Parameters<typeof finding>[0], detail?: string): void => void issues.push(finding(code, where, detail));
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    add('E033', (e as Error).message);
    return { inventory: null, issues };
  }
  if (!isObject(json)) {
    add('E033', 'the top level is not a JSON object');
    return { inventory: null, issues };
  }
  for (const key of Object.keys(json)) if (!INVENTORY_KEYS.has(key)) add('E102', `unknown key "${key}"`);

  if (!('id' in json)) add('E036', 'missing id');
  else if (typeof json.id !== 'string' || json.id === '') add('E037', 'id is empty or not a string');
  else if (!URI.test(json.id)) add('W005', `id ${JSON.stringify(json.id)}`);

  if (!('type' in json)) add('E036', 'missing type');
  else if (json.type !== INVENTORY_TYPE) add('E038', `expected ${INVENTORY_TYPE}, found ${JSON.stringify(json.type)}`);

  const algorithm = json.digestAlgorithm;
  if (!('digestAlgorithm' in json)) add('E036', 'missing digestAlgorithm');
  else if (typeof algorithm !== 'string' || !CONTENT_ALGORITHMS.includes(algorithm)) add('E025', `digestAlgorithm ${JSON.stringify(algorithm)}`);
  else if (algorithm === 'sha256') add('W004');

  if (!('head' in json)) add('E036', 'missing head');
  else if (typeof json.head !== 'string') add('E040', 'head is not a string');

  const contentDirectory = json.contentDirectory ?? 'content';
  if (typeof contentDirectory !== 'string' || contentDirectory.includes('/') || contentDirectory === '') add('E017', `contentDirectory ${JSON.stringify(contentDirectory)}`);
  else if (contentDirectory === '.' || contentDirectory === '..') add('E018', `contentDirectory ${JSON.stringify(contentDirectory)}`);

  const versions = checkVersions(json, add);
  const manifest = checkManifest(json, typeof algorithm === 'string' ? algorithm : 'sha512', versions, String(contentDirectory), add);
  if (versions && manifest) checkStates(versions, manifest, add);
  if (json.fixity !== undefined) checkFixity(json.fixity, manifest, add);

  const usable = versions !== null && manifest !== null && typeof json.id === 'string' && typeof json.head === 'string';
  return { inventory: usable ? (json as unknown as Inventory) : null, issues };
}

type Add = (code: Parameters<typeof finding>[0], detail?: string) => void;

/** The versions block and the version sequence (E008–E012, E040, E044, E104, W001). */
function checkVersions(json: Json, add: Add): Json | null {
  if (!('versions' in json)) {
    add('E041', 'missing versions');
    return null;
  }
  if (!isObject(json.versions)) {
    add('E044');
    return null;
  }
  const names = Object.keys(json.versions);
  if (names.length === 0) {
    add('E008', 'versions is empty');
    return json.versions;
  }
  const numbers: number[] = [];
  for (const name of names) {
    const n = versionNumber(name.replace(/^v0+(?=\d)/, 'v'));
    if (n === null) add('E104', `version name ${JSON.stringify(name)}`);
    else numbers.push(n);
  }
  const padded = names.filter((n) => /^v0\d/.test(n));
  if (padded.length > 0) {
    add('W001', padded.join(', '));
    if (padded.length !== names.length || new Set(names.map((n) => n.length)).size > 1) add('E012', names.join(', '));
  }
  numbers.sort((a, b) => a - b);
  if (numbers.length > 0 && numbers[0] !== 1) add('E009', `lowest version is ${numbers[0]}`);
  for (let i = 1; i < numbers.length; i++) {
    if (numbers[i] !== (numbers[i - 1] as number) + 1) add('E010', `v${numbers[i - 1]} is followed by v${numbers[i]}`);
  }
  const highest = names.find((n) => versionNumber(n.replace(/^v0+(?=\d)/, 'v')) === numbers[numbers.length - 1]);
  if (typeof json.head === 'string' && highest !== undefined && json.head !== highest) add('E040', `head is ${json.head}, the highest version is ${highest}`);
  return json.versions;
}

/** The manifest block and its content paths (E025, E041, E042, E092 form, E096, E099–E101). */
function checkManifest(json: Json, algorithm: string, versions: Json | null, contentDirectory: string, add: Add): Record<string, string[]> | null {
  if (!('manifest' in json)) {
    add('E041', 'missing manifest');
    return null;
  }
  if (!isObject(json.manifest)) {
    add('E041', 'manifest is not a JSON object');
    return null;
  }
  const seen = new Set<string>();
  const allPaths: string[] = [];
  for (const [digest, paths] of Object.entries(json.manifest)) {
    if (!isDigestOf(algorithm, digest)) add('E025', `manifest digest ${digest} is not a ${algorithm} digest`);
    if (seen.has(digest.toLowerCase())) add('E096', digest);
    seen.add(digest.toLowerCase());
    if (!Array.isArray(paths) || paths.length === 0) {
      add('E092', `manifest entry ${digest} is not a non-empty array of content paths`);
      continue;
    }
    for (const p of paths) {
      if (typeof p !== 'string') {
        add('E092', `manifest entry ${digest} has a non-string content path`);
        continue;
      }
      allPaths.push(p);
      checkContentPath(p, versions, contentDirectory, add);
    }
  }
  const conflict = conflictProblem(allPaths);
  if (conflict) add('E101', conflict);
  return json.manifest as Record<string, string[]>;
}

function checkContentPath(p: string, versions: Json | null, contentDirectory: string, add: Add): void {
  if (p.startsWith('/') || p.endsWith('/')) return add('E100', p);
  const elements = p.split('/');
  if (elements.some((e) => e === '' || e === '.' || e === '..')) return add('E099', p);
  const [version, dir] = elements;
  if (elements.length < 3 || dir !== contentDirectory || (versions && !(version! in versions))) {
    add('E042', `${p} is not under <version>/${contentDirectory}/ of a version in this inventory`);
  }
}

/** Each version block and its state (E048–E054, E094, E095, E107, W007–W009). */
function checkStates(versions: Json, manifest: Record<string, string[]>, add: Add): void {
  const referenced = new Set<string>();
  for (const [name, version] of Object.entries(versions)) {
    if (!isObject(version)) {
      add('E048', `${name} is not a JSON object`);
      continue;
    }
    for (const key of Object.keys(version)) if (!VERSION_KEYS.has(key)) add('E102', `unknown key "${key}" in ${name}`);
    if (!('created' in version)) add('E048', `${name} has no created`);
    else if (typeof version.created !== 'string' || !RFC3339.test(version.created)) add('E049', `${name} created ${JSON.stringify(version.created)}`);
    if (!('message' in version)) add('W007', `${name} has no message`);
    else if (typeof version.message !== 'string') add('E094', name);
    checkUser(name, version, add);
    if (!('state' in version)) {
      add('E048', `${name} has no state`);
      continue;
    }
    if (!isObject(version.state)) {
      add('E050', `${name} state is not a JSON object`);
      continue;
    }
    const logical: string[] = [];
    for (const [digest, paths] of Object.entries(version.state)) {
      referenced.add(digest);
      if (!(digest in manifest)) add('E050', `${name} state digest ${digest} is not in the manifest`);
      if (!Array.isArray(paths)) {
        add('E050', `${name} state entry ${digest} is not an array`);
        continue;
      }
      for (const p of paths) {
        if (typeof p !== 'string') add('E050', `${name} state entry ${digest} has a non-string path`);
        else if (p.startsWith('/') || p.endsWith('/')) add('E053', `${name}: ${p}`);
        else if (p.split('/').some((e) => e === '' || e === '.' || e === '..')) add('E052', `${name}: ${p}`);
        else logical.push(p);
      }
    }
    const conflict = conflictProblem(logical);
    if (conflict) add('E095', `${name}: ${conflict}`);
  }
  for (const digest of Object.keys(manifest)) if (!referenced.has(digest)) add('E107', digest);
}

function checkUser(name: string, version: Json, add: Add): void {
  if (!('user' in version)) return add('W007', `${name} has no user`);
  const user = version.user;
  if (!isObject(user) || typeof user.name !== 'string') return add('E054', `${name} user`);
  for (const key of Object.keys(user)) if (!USER_KEYS.has(key)) add('E102', `unknown key "${key}" in ${name} user`);
  if (!('address' in user)) return add('W008', name);
  if (typeof user.address !== 'string') return add('E054', `${name} user address is not a string`);
  if (!URI.test(user.address)) add('W009', `${name}: ${user.address}`);
}

/** The fixity block (E056, E057, E097, E111). Unknown algorithms are findings, not crashes. */
function checkFixity(fixity: unknown, manifest: Record<string, string[]> | null, add: Add): void {
  if (!isObject(fixity)) return add('E111');
  const contentPaths = new Set(Object.values(manifest ?? {}).flat());
  for (const [algorithm, block] of Object.entries(fixity)) {
    if (!FIXITY_ALGORITHMS.includes(algorithm)) add('E056', `unknown algorithm ${JSON.stringify(algorithm)}`);
    if (!isObject(block)) {
      add('E057', `fixity ${algorithm} is not a JSON object`);
      continue;
    }
    const seen = new Set<string>();
    for (const [digest, paths] of Object.entries(block)) {
      if (!isDigestOf(algorithm, digest)) add('E057', `fixity ${algorithm} digest ${digest} has the wrong form`);
      if (seen.has(digest.toLowerCase())) add('E097', `${algorithm} ${digest}`);
      seen.add(digest.toLowerCase());
      if (!Array.isArray(paths)) {
        add('E057', `fixity ${algorithm} ${digest} is not an array`);
        continue;
      }
      for (const p of paths) if (manifest && !contentPaths.has(p)) add('E057', `fixity ${algorithm} path ${String(p)} is not in the manifest`);
    }
  }
}
