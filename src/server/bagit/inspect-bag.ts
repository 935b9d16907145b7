import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { hashBagFile, isBagAlgorithm, WEAK_BAG_ALGORITHMS, type BagAlgorithm } from './bag-algorithm.js';
import { bagIssue, type BagIssue } from './bag-issues.js';
import { atLeast, type BagVersion } from './bag-path.js';
import { walkBag, type BagTree } from './bag-tree.js';
import { PAYLOAD_MANIFEST, parseManifest, TAG_MANIFEST, type ManifestEntry, type ManifestKind } from './manifest.js';
import { decodeTagFile, parseBagDeclaration, parseTagElements, type BagDeclaration, type TagElement } from './tag-file.js';

/** A manifest as read: its file name, kind, algorithm (null when we cannot compute it) and entries. */
export interface ParsedManifest {
  file: string;
  kind: ManifestKind;
  algorithm: BagAlgorithm | null;
  entries: ManifestEntry[];
}

/** Everything validation learnt about a bag, for `readBag`. */
export interface BagModel {
  declaration: BagDeclaration;
  tree: BagTree;
  manifests: ParsedManifest[];
  infoFile: string | null;
  infoElements: TagElement[];
}

/**
 * Validates a bag as an ordered list of checks, each adding findings and none throwing for what it
 * finds (RFC 8493 §3: complete, then valid). Every check runs even after an error, so the operator
 * sees every problem at once. With `fast`, digests are not computed: the result then says the bag
 * is complete (names and Payload-Oxum agree), not that its bytes are intact.
 * @throws only the unexpected (e.g. EACCES on the bag directory itself).
 */
export async function inspectBag(dir: string, options: { fast?: boolean } = {}): Promise<{ issues: BagIssue[]; model: BagModel | null }> {
  const issues: BagIssue[] = [];
  const isDir = await stat(dir).then((s) => s.isDirectory(), () => false);
  if (!isDir) return { issues: [bagIssue('BAG_NOT_FOUND', { detail: dir })], model: null };

  const tree = await walkBag(dir, issues);
  const declaration = await readDeclaration(dir, tree, issues);
  const { version, encoding } = declaration;
  const readText = async (file: string) => decodeTagFile(await readFile(path.join(dir, file)), encoding, file, issues);

  if (!(await stat(path.join(dir, 'data')).then((s) => s.isDirectory(), () => false))) issues.push(bagIssue('BAG_MISSING_PAYLOAD_DIR'));

  const manifests = await readManifests(tree, version, readText, issues);
  const payloadManifests = manifests.filter((m) => m.kind === 'payload');
  const tagManifests = manifests.filter((m) => m.kind === 'tag');
  if (payloadManifests.length === 0) issues.push(bagIssue('BAG_MISSING_MANIFEST'));

  const { infoFile, infoElements } = await readInfo(tree, version, readText, issues);
  if (tree.tags.has('fetch.txt')) issues.push(bagIssue('BAG_FETCH_NOT_SUPPORTED', { path: 'fetch.txt' }));

  checkPayloadComplete(tree, payloadManifests, version, issues);
  checkTagManifests(tree, tagManifests, payloadManifests, version, issues);
  checkOxum(tree, infoFile, infoElements, options.fast === true, issues);
  if (!options.fast) await checkDigests(dir, tree, manifests, issues);

  return { issues, model: { declaration, tree, manifests, infoFile, infoElements } };
}

async function readDeclaration(dir: string, tree: BagTree, issues: BagIssue[]): Promise<BagDeclaration> {
  if (!tree.tags.has('bagit.txt')) {
    issues.push(bagIssue('BAG_MISSING_BAGIT_TXT'));
    return { version: [1, 0], versionText: '1.0', encoding: 'UTF-8' };
  }
  return parseBagDeclaration(await readFile(path.join(dir, 'bagit.txt')), issues);
}

async function readManifests(tree: BagTree, version: BagVersion, readText: (f: string) => Promise<string>, issues: BagIssue[]): Promise<ParsedManifest[]> {
  const out: ParsedManifest[] = [];
  for (const { path: file } of tree.tags.values()) {
    if (file.includes('/')) continue;
    const match = PAYLOAD_MANIFEST.exec(file) ?? TAG_MANIFEST.exec(file);
    if (!match) {
      if (/^(tag)?manifest-/i.test(file)) issues.push(bagIssue('BAG_UNKNOWN_FILE', { path: file }));
      continue;
    }
    const kind: ManifestKind = file.startsWith('tag') ? 'tag' : 'payload';
    const name = match[1]!;
    let algorithm: BagAlgorithm | null = null;
    if (!isBagAlgorithm(name)) issues.push(bagIssue('BAG_ALGORITHM_UNSUPPORTED', { path: file, detail: name }));
    else {
      algorithm = name;
      if (WEAK_BAG_ALGORITHMS.has(name)) issues.push(bagIssue('BAG_ALGORITHM_WEAK', { path: file, detail: name }));
    }
    out.push({ file, kind, algorithm, entries: parseManifest(await readText(file), { file, kind, version }, issues) });
  }
  return out;
}

/** bag-info.txt from 0.96 on, package-info.txt before (the name changed in 0.96). */
async function readInfo(tree: BagTree, version: BagVersion, readText: (f: string) => Promise<string>, issues: BagIssue[]) {
  const expected = atLeast(version, [0, 96]) ? 'bag-info.txt' : 'package-info.txt';
  const other = expected === 'bag-info.txt' ? 'package-info.txt' : 'bag-info.txt';
  let infoFile: string | null = tree.tags.has(expected) ? expected : null;
  if (!infoFile && tree.tags.has(other)) {
    issues.push(bagIssue('BAG_INFO_LEGACY_NAME', { path: other }));
    infoFile = other;
  }
  const infoElements = infoFile ? parseTagElements(await readText(infoFile), infoFile, issues) : [];
  return { infoFile, infoElements };
}

/** §3: every listed payload file present; every payload file in every manifest (1.0; older: in one). */
function checkPayloadComplete(tree: BagTree, manifests: ParsedManifest[], version: BagVersion, issues: BagIssue[]): void {
  const reported = new Set<string>();
  for (const m of manifests) {
    for (const e of m.entries) {
      if (reported.has(e.key)) continue;
      const onDisk = tree.payload.get(e.key);
      if (!onDisk) {
        reported.add(e.key);
        issues.push(bagIssue('BAG_FILE_MISSING', { path: e.path, detail: m.file }));
      } else if (onDisk.path !== e.path) {
        reported.add(e.key);
        issues.push(bagIssue('BAG_PATH_NORMALIZATION_DIFFERS', { path: e.path, detail: `磁盘上为“${JSON.stringify(onDisk.path)}”` }));
      }
    }
  }
  if (manifests.length === 0) return;
  const listed = manifests.map((m) => new Set(m.entries.map((e) => e.key)));
  for (const [key, file] of tree.payload) {
    const missingFrom = manifests.filter((_, i) => !listed[i]!.has(key)).map((m) => m.file);
    if (missingFrom.length === 0) continue;
    const inNone = missingFrom.length === manifests.length;
    const code = inNone || atLeast(version, [1, 0]) ? 'BAG_FILE_NOT_IN_MANIFEST' : 'BAG_FILE_NOT_IN_EVERY_MANIFEST';
    issues.push(bagIssue(code, { path: file.path, detail: missingFrom.join('、') }));
  }
}

/** §2.2.1: listed tag files present, every payload manifest listed, the other tag files should be. */
function checkTagManifests(tree: BagTree, tagManifests: ParsedManifest[], payloadManifests: ParsedManifest[], version: BagVersion, issues: BagIssue[]): void {
  if (tagManifests.length === 0) {
    issues.push(bagIssue('BAG_TAGMANIFEST_MISSING'));
    return;
  }
  const payloadAlgorithms = new Set(payloadManifests.map((m) => m.file.slice('manifest-'.length)));
  const tagAlgorithms = new Set(tagManifests.map((m) => m.file.slice('tagmanifest-'.length)));
  if ([...payloadAlgorithms].some((a) => !tagAlgorithms.has(a)) || [...tagAlgorithms].some((a) => !payloadAlgorithms.has(a))) {
    issues.push(bagIssue('BAG_TAGMANIFEST_ALGORITHMS_DIFFER'));
  }
  for (const m of tagManifests) {
    const listed = new Set(m.entries.map((e) => e.key));
    for (const e of m.entries) {
      if (!tree.tags.has(e.key)) issues.push(bagIssue('BAG_FILE_MISSING', { path: e.path, detail: m.file }));
    }
    if (atLeast(version, [1, 0])) {
      for (const pm of payloadManifests) {
        if (!listed.has(pm.file)) issues.push(bagIssue('BAG_TAGMANIFEST_MISSING_MANIFEST', { path: m.file, detail: pm.file }));
      }
    }
  }
  const anyListed = new Set(tagManifests.flatMap((m) => m.entries.map((e) => e.key)));
  for (const [key, file] of tree.tags) {
    if (TAG_MANIFEST.test(file.path) || anyListed.has(key)) continue;
    if (payloadManifests.some((pm) => pm.file === file.path)) continue; // already reported above
    issues.push(bagIssue('BAG_TAG_FILE_NOT_IN_TAGMANIFEST', { path: file.path }));
  }
}

/** §2.2.2 Payload-Oxum: at most once, `OctetCount.StreamCount`, equal to what is under data/. */
function checkOxum(tree: BagTree, infoFile: string | null, elements: TagElement[], fast: boolean, issues: BagIssue[]): void {
  const values = elements.filter(([label]) => label.toLowerCase() === 'payload-oxum').map(([, v]) => v);
  if (values.length === 0) {
    if (fast) issues.push(bagIssue('BAG_OXUM_MISSING'));
    return;
  }
  const where = infoFile ?? undefined;
  const m = /^(\d+)\.(\d+)$/.exec(values[0]!);
  if (values.length > 1 || !m) {
    issues.push(bagIssue('BAG_OXUM_INVALID', { path: where, detail: values.join('；') }));
    if (!m) return;
  }
  let bytes = 0;
  for (const f of tree.payload.values()) bytes += f.size;
  const files = tree.payload.size;
  if (Number(m[1]) !== bytes || Number(m[2]) !== files) {
    issues.push(bagIssue('BAG_OXUM_MISMATCH', { path: where, detail: `声明 ${m[1]} 字节、${m[2]} 个文件，实有 ${bytes} 字节、${files} 个文件` }));
  }
}

/** §3 valid: every checksum in every manifest verified; each file read once for all its algorithms. */
async function checkDigests(dir: string, tree: BagTree, manifests: ParsedManifest[], issues: BagIssue[]): Promise<void> {
  const work = new Map<string, { path: string; expected: Array<[BagAlgorithm, string, string]> }>();
  for (const m of manifests) {
    if (!m.algorithm) continue;
    for (const e of m.entries) {
      const onDisk = (m.kind === 'payload' ? tree.payload : tree.tags).get(e.key);
      if (!onDisk) continue;
      const item = work.get(e.key) ?? { path: onDisk.path, expected: [] };
      item.expected.push([m.algorithm, e.digest, m.file]);
      work.set(e.key, item);
    }
  }
  for (const item of work.values()) {
    let computed;
    try {
      computed = await hashBagFile(path.join(dir, item.path), item.expected.map(([a]) => a));
    } catch (e) {
      issues.push(bagIssue('BAG_FILE_UNREADABLE', { path: item.path, detail: (e as NodeJS.ErrnoException).code ?? String(e) }));
      continue;
    }
    for (const [algorithm, expected, file] of item.expected) {
      const actual = computed.digests[algorithm];
      if (actual !== expected) {
        issues.push(bagIssue('BAG_DIGEST_MISMATCH', { path: item.path, detail: `${file}：应为 ${expected}，实为 ${actual}` }));
      }
    }
  }
}
