import { bagIssue, type BagIssue } from './bag-issues.js';
import { checkManifestPath, decodeManifestPath, encodeManifestPath, nameKey, type BagVersion } from './bag-path.js';
import { splitLines } from './tag-file.js';

/** One usable manifest line: the canonical decoded path, its NFC key and the lower-case digest. */
export interface ManifestEntry {
  path: string;
  key: string;
  digest: string;
}

/** Payload manifests list `data/…`; tag manifests list everything else except tag manifests. */
export type ManifestKind = 'payload' | 'tag';

export const PAYLOAD_MANIFEST = /^manifest-([a-z0-9]+)\.txt$/;
export const TAG_MANIFEST = /^tagmanifest-([a-z0-9]+)\.txt$/;

/**
 * Parses a manifest (RFC 8493 §2.1.3 / §2.2.1). Lines that cannot be trusted — malformed, escaping
 * the bag, listing what this kind of manifest must not list, or repeating a name (compared in NFC,
 * so `é` composed and decomposed are the same name) — are reported and left out, so no later step
 * ever opens a path outside the bag.
 */
export function parseManifest(text: string, options: { file: string; kind: ManifestKind; version: BagVersion }, issues: BagIssue[]): ManifestEntry[] {
  const { file, kind, version } = options;
  const entries: ManifestEntry[] = [];
  const seen = new Map<string, string>();
  splitLines(text).forEach((line, index) => {
    const where = `${file} 第 ${index + 1} 行`;
    if (line.trim() === '') {
      issues.push(bagIssue('BAG_MANIFEST_BLANK_LINE', { path: file, detail: where }));
      return;
    }
    const m = /^([0-9A-Fa-f]+)[ \t]+(.+)$/.exec(line);
    if (!m) {
      issues.push(bagIssue('BAG_MANIFEST_LINE_INVALID', { path: file, detail: `${where}：${line}` }));
      return;
    }
    let raw = m[2]!;
    if (raw.startsWith('*')) {
      // md5sum's binary-mode marker (RFC 8493 §7.4): accepted, but the user must be told.
      issues.push(bagIssue('BAG_MANIFEST_LEGACY_FORMAT', { path: file, detail: where }));
      raw = raw.slice(1);
    }
    const checked = checkManifestPath(decodeManifestPath(raw, version));
    if (checked.problem === 'escapes') return void issues.push(bagIssue('BAG_PATH_ESCAPES', { path: raw, detail: where }));
    if (checked.problem === 'invalid') return void issues.push(bagIssue('BAG_PATH_INVALID', { path: raw, detail: where }));
    if (checked.problem === 'not-normalized') issues.push(bagIssue('BAG_PATH_NOT_NORMALIZED', { path: raw, detail: where }));
    const p = checked.path;
    if (kind === 'payload' && !p.startsWith('data/')) return void issues.push(bagIssue('BAG_PATH_OUTSIDE_PAYLOAD', { path: p, detail: where }));
    if (kind === 'tag' && (p === 'data' || p.startsWith('data/'))) return void issues.push(bagIssue('BAG_TAGMANIFEST_LISTS_PAYLOAD', { path: p, detail: where }));
    if (kind === 'tag' && TAG_MANIFEST.test(p)) return void issues.push(bagIssue('BAG_TAGMANIFEST_LISTS_TAGMANIFEST', { path: p, detail: where }));
    const key = nameKey(p);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      const detail = earlier === p ? where : `${where}：与“${JSON.stringify(earlier)}”仅 Unicode 规范化形式不同`;
      return void issues.push(bagIssue('BAG_DUPLICATE_ENTRY', { path: p, detail }));
    }
    seen.set(key, p);
    entries.push({ path: p, key, digest: m[1]!.toLowerCase() });
  });
  return entries;
}

/** Manifest text for a 1.0 bag: sorted by path so equal bags give equal bytes, LF endings. */
export function formatManifest(entries: ReadonlyArray<{ path: string; digest: string }>): string {
  return [...entries]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((e) => `${e.digest}  ${encodeManifestPath(e.path)}\n`)
    .join('');
}
