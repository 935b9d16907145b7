import { LAYOUT_EXTENSION, CASEVAULT_LAYOUT, objectPathFor, parseLayoutConfig, type HashedNTupleConfig } from './hashed-ntuple-layout.js';
import { OBJECT_DECLARATION, ROOT_DECLARATION, ROOT_DECLARATION_TEXT } from './inventory.js';
import { checkExtensions, REGISTERED_EXTENSIONS, validateObjectIn, type ObjectValidationOptions } from './object-validator.js';
import { joinKey, readText, type OcflStore } from './ocfl-store.js';
import { finding, result, type OcflCode, type OcflFinding, type OcflValidationResult } from './validation-codes.js';

export interface StorageRootValidationResult extends OcflValidationResult {
  /** Object roots found (store keys). */
  objects: string[];
}

/** Layout extensions that define storage hierarchies (E071). */
const LAYOUT_EXTENSIONS = [...REGISTERED_EXTENSIONS].filter((n) => n.includes('layout'));

/**
 * Validates an OCFL 1.1 storage root (§4): its declaration, `ocfl_layout.json` and extensions, the
 * storage hierarchy (no stray files, no empty directories), every object in it (§3), and that each
 * object sits where the 0004 layout puts its id (E083). Files at the top level that we do not know
 * are ignored, as E087 requires.
 */
export async function validateStorageRootIn(store: OcflStore, options: ObjectValidationOptions = {}): Promise<StorageRootValidationResult> {
  const issues: OcflFinding[] = [];
  const add = (code: OcflCode, path: string, detail?: string): void => void issues.push(finding(code, path, detail));
  const entries = await store.list('');

  const declarations = entries.filter((e) => e.name.startsWith('0='));
  if (declarations.length === 0) add('E069', ROOT_DECLARATION);
  else if (declarations.length > 1 || declarations[0]?.name !== ROOT_DECLARATION) add('E076', ROOT_DECLARATION, `found ${declarations.map((d) => d.name).join(', ')}`);
  else if ((await readText(store, ROOT_DECLARATION)) !== ROOT_DECLARATION_TEXT) add('E080', ROOT_DECLARATION);

  const layout = await readLayout(store, entries.some((e) => e.name === 'ocfl_layout.json'), add);
  if (entries.some((e) => e.name === 'extensions')) await checkExtensions(store, 'extensions', 'E112', 'W016', add);

  const objects: string[] = [];
  for (const e of entries) {
    if (e.type !== 'directory' || e.name === 'extensions') continue;
    await walk(store, e.name, objects, add);
  }
  for (const objectRoot of objects) {
    const checked = await validateObjectIn(store, objectRoot, options);
    issues.push(...checked.issues);
    if (layout && checked.inventory) {
      const expected = objectPathFor(checked.inventory.id, layout);
      if (expected !== objectRoot) add('E083', objectRoot, `the layout puts ${JSON.stringify(checked.inventory.id)} at ${expected}`);
    }
  }
  return { ...result(issues), objects };
}

/** The layout document and, for 0004, its config (defaults from the extension when absent). */
async function readLayout(store: OcflStore, present: boolean, add: (code: OcflCode, path: string, detail?: string) => void): Promise<HashedNTupleConfig | null> {
  if (!present) return null;
  let doc: unknown;
  try {
    doc = JSON.parse(await readText(store, 'ocfl_layout.json'));
  } catch {
    add('E070', 'ocfl_layout.json', 'not valid JSON');
    return null;
  }
  const d = (typeof doc === 'object' && doc !== null ? doc : {}) as Record<string, unknown>;
  if (typeof d.extension !== 'string' || typeof d.description !== 'string') {
    add('E070', 'ocfl_layout.json');
    return null;
  }
  if (!LAYOUT_EXTENSIONS.includes(d.extension)) {
    add('E071', 'ocfl_layout.json', d.extension);
    return null;
  }
  if (d.extension !== LAYOUT_EXTENSION) return null; // another registered layout: we cannot check E083
  const configPath = joinKey('extensions', LAYOUT_EXTENSION, 'config.json');
  if (!(await store.exists(configPath))) return CASEVAULT_LAYOUT;
  try {
    return parseLayoutConfig(JSON.parse(await readText(store, configPath)));
  } catch {
    return null;
  }
}

/**
 * Walks the storage hierarchy below a top-level directory. A directory with an object declaration
 * is an object root (the walk stops: objects do not nest, E082/E085); any other directory is
 * intermediate and may hold only directories (E072 files in the hierarchy, E084 in intermediate
 * directories, E073 empty directories).
 */
async function walk(store: OcflStore, dir: string, objects: string[], add: (code: OcflCode, path: string, detail?: string) => void): Promise<void> {
  const entries = await store.list(dir);
  if (entries.some((e) => e.type === 'file' && e.name.startsWith('0=ocfl_object_'))) {
    objects.push(dir);
    return;
  }
  if (entries.length === 0) return add('E073', dir);
  const subdirectories = entries.filter((e) => e.type === 'directory');
  for (const e of entries) {
    if (e.type === 'directory') continue;
    add(subdirectories.length > 0 ? 'E084' : 'E072', joinKey(dir, e.name), e.name === OBJECT_DECLARATION ? undefined : 'not part of an OCFL object');
  }
  for (const e of subdirectories) await walk(store, joinKey(dir, e.name), objects, add);
}
