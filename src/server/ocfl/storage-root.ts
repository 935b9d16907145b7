import { randomBytes } from 'node:crypto';
import { CASEVAULT_LAYOUT, LAYOUT_EXTENSION, OCFL_LAYOUT_JSON, parseLayoutConfig, type HashedNTupleConfig } from './hashed-ntuple-layout.js';
import { ROOT_DECLARATION, ROOT_DECLARATION_TEXT } from './inventory.js';
import { OcflError } from './ocfl-error.js';
import { joinKey, readText, type OcflStore } from './ocfl-store.js';

/**
 * Where deposits are staged: inside the storage root (same file system, so the final move is one
 * rename) but under `extensions/`, which the storage hierarchy never includes. The name is not a
 * registered extension on purpose: a left-over staging directory shows up as W016 in validation,
 * a visible hint that a deposit was interrupted and `recover` should run. It is removed when empty.
 */
export const STAGING_ROOT = 'extensions/casevault-staging';

const LAYOUT_CONFIG = joinKey('extensions', LAYOUT_EXTENSION, 'config.json');

/**
 * Opens a storage root, creating it in an empty location (`0=ocfl_1.1`, `ocfl_layout.json`, the
 * 0004 config). The human-readable `ocfl_1.1.md` copy of the spec is optional (§4.1) and not written.
 * @throws OcflError OCFL_ROOT_INVALID when the location holds something that is not a storage root
 *   with the 0004 layout (we never write objects under a layout we do not apply).
 */
export async function openStorageRoot(store: OcflStore, options: { create?: boolean } = {}): Promise<HashedNTupleConfig> {
  const entries = await store.list('');
  if (entries.length === 0) {
    if (!options.create) throw new OcflError('OCFL_ROOT_INVALID', 'the storage root is empty (open with create: true to initialise it)');
    // The declaration is written last: until it exists, the location is not (yet) a storage root.
    await store.write(LAYOUT_CONFIG, `${JSON.stringify(CASEVAULT_LAYOUT, null, 2)}\n`);
    await store.write('ocfl_layout.json', `${JSON.stringify(OCFL_LAYOUT_JSON, null, 2)}\n`);
    await store.write(ROOT_DECLARATION, ROOT_DECLARATION_TEXT);
    return CASEVAULT_LAYOUT;
  }
  if (!entries.some((e) => e.name === ROOT_DECLARATION) || (await readText(store, ROOT_DECLARATION)) !== ROOT_DECLARATION_TEXT) {
    throw new OcflError('OCFL_ROOT_INVALID', `not an OCFL 1.1 storage root: ${ROOT_DECLARATION} is missing or wrong`);
  }
  let layout: unknown;
  try {
    const doc = JSON.parse(await readText(store, 'ocfl_layout.json')) as { extension?: unknown };
    if (doc.extension !== LAYOUT_EXTENSION) throw new Error(`layout ${String(doc.extension)}`);
    layout = (await store.exists(LAYOUT_CONFIG)) ? JSON.parse(await readText(store, LAYOUT_CONFIG)) : CASEVAULT_LAYOUT;
  } catch (e) {
    throw new OcflError('OCFL_ROOT_INVALID', `the storage root does not use ${LAYOUT_EXTENSION}: ${(e as Error).message}`);
  }
  const config = parseLayoutConfig(layout);
  if (!config) throw new OcflError('OCFL_ROOT_INVALID', `unsupported ${LAYOUT_EXTENSION} config`);
  return config;
}

/** A new staging directory name: creation time first, so recovery can tell age from the name alone (no mtime on S3). */
export function newStagingDir(now = Date.now()): string {
  return joinKey(STAGING_ROOT, `${now.toString(36)}-${randomBytes(4).toString('hex')}`);
}

/** Creation time encoded in a staging directory name, or null for a name we did not make. */
export function stagingAge(name: string, now = Date.now()): number | null {
  const m = /^([0-9a-z]+)-[0-9a-f]{8}$/.exec(name);
  return m?.[1] ? now - parseInt(m[1], 36) : null;
}
