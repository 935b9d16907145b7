/**
 * Paths as they appear in manifests: relative to the bag's base directory, `/`-separated
 * (RFC 8493 §2.1.3). From BagIt 1.0 on, CR, LF and `%` — and only those — are percent-encoded;
 * 0.97 and earlier wrote names as they were, so `%` is literal there.
 */

/** Percent-encodes `%`, CR and LF for a 1.0 manifest line (`%` first, so nothing is encoded twice). */
export function encodeManifestPath(p: string): string {
  return p.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/**
 * Reverses `encodeManifestPath` in one pass, so `%250A` becomes the literal `%0A`, not a newline.
 * Any other `%xx` stays as it is: 1.0 encodes only these three characters.
 */
export function decodeManifestPath(p: string, version: BagVersion): string {
  if (!atLeast(version, [1, 0])) return p;
  return p.replace(/%(0[dD]|0[aA]|25)/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** `[major, minor]` of a BagIt-Version. */
export type BagVersion = readonly [number, number];

export function atLeast(v: BagVersion, than: BagVersion): boolean {
  return v[0] !== than[0] ? v[0] > than[0] : v[1] >= than[1];
}

/** The key two names are compared by: NFC, as RFC 8493 §7.1.2.3 recommends for both sides. */
export function nameKey(p: string): string {
  return p.normalize('NFC');
}

/** What is wrong with a path from a manifest, if anything. */
export type PathProblem = 'escapes' | 'invalid' | 'not-normalized';

/**
 * Checks a decoded manifest path and gives its canonical form (no `.` or empty segments). A path
 * that could reach outside the bag on any platform is refused (RFC 8493 §6.1): `..` segments, a
 * leading `/`, a drive letter (`C:`), a `~user` home reference. Backslashes are refused outright:
 * they are not a separator in BagIt but are one on Windows, where `data\..\x` would escape.
 */
export function checkManifestPath(p: string): { path: string; problem?: PathProblem } {
  if (p.length === 0 || p.includes('\0')) return { path: p, problem: 'invalid' };
  if (p.startsWith('/') || /^[A-Za-z]:/.test(p) || p.startsWith('~')) return { path: p, problem: 'escapes' };
  if (p.includes('\\')) return { path: p, problem: p.split(/[\\/]/).includes('..') ? 'escapes' : 'invalid' };
  const segments = p.split('/');
  if (segments.includes('..')) return { path: p, problem: 'escapes' };
  const kept = segments.filter((s) => s !== '' && s !== '.');
  if (kept.length === 0) return { path: p, problem: 'invalid' };
  const canonical = kept.join('/');
  return canonical === p ? { path: p } : { path: canonical, problem: 'not-normalized' };
}

/**
 * Checks a payload name given to `writeBag` (relative to `data/`) and returns its NFC form.
 * Names are written in NFC so that a bag made here reads the same on macOS, which decomposes.
 * @throws TypeError for a name that is empty, absolute, escapes, or has `.`/empty segments,
 * a backslash or a NUL.
 */
export function payloadName(name: string): string {
  const nfc = nameKey(name);
  const checked = checkManifestPath(nfc);
  if (checked.problem) throw new TypeError(`BagIt payload name not allowed (${checked.problem}): ${JSON.stringify(name)}`);
  return nfc;
}
