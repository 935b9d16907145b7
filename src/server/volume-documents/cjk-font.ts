import { readFile } from 'node:fs/promises';
import { patchedFontkit } from './patched-fontkit.js';

/**
 * The fonts the volume documents are set in. pdf-lib embeds TrueType only (not .ttc/.otf).
 * Chinese: AR PL SungtiL GB (宋体, Debian fonts-arphic-gbsn00lp) when installed — court documents
 * are set in 宋体 — else Droid Sans Fallback (fonts-droid-fallback). Both subset correctly through
 * patchedFontkit (unpatched, fontkit breaks Droid Sans Fallback's glyphs). Droid Sans Fallback has
 * no Latin letters, digits or ASCII punctuation, so those are always set in DejaVu Sans
 * (fonts-dejavu-core, which fontconfig and therefore the CJK font packages depend on).
 */
export interface FontCandidate {
  path: string;
  /** The Debian package that installs it, named in the error when no candidate is found. */
  debianPackage: string;
}

export const DEFAULT_CJK_FONTS: readonly FontCandidate[] = [
  { path: '/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf', debianPackage: 'fonts-arphic-gbsn00lp' },
  { path: '/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf', debianPackage: 'fonts-droid-fallback' },
];
export const DEFAULT_LATIN_FONTS: readonly FontCandidate[] = [
  { path: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', debianPackage: 'fonts-dejavu-core' },
  { path: '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf', debianPackage: 'fonts-liberation' },
];

export interface FontFile {
  path: string;
  bytes: Uint8Array;
}

/** The two TrueType fonts every volume document embeds (subset). */
export interface CjkFontSet {
  /** Chinese characters and full-width punctuation. */
  cjk: FontFile;
  /** Digits, Latin letters and ASCII punctuation, which the CJK font lacks. */
  latin: FontFile;
}

export interface LoadCjkFontOptions {
  /** Where to look for the Chinese font, first found wins. */
  cjkFonts?: readonly FontCandidate[];
  /** Where to look for the Latin font, first found wins. */
  latinFonts?: readonly FontCandidate[];
}

/** A font the documents need is not installed. The message names the Debian package. */
export class CjkFontMissingError extends Error {
  readonly code = 'VOLUME_DOCUMENT_FONT_MISSING';

  /** Any one of them provides the font. */
  readonly debianPackages: readonly string[];
  readonly searched: readonly string[];

  constructor(candidates: readonly FontCandidate[]) {
    const packages = [...new Set(candidates.map((c) => c.debianPackage))];
    const searched = candidates.map((c) => c.path);
    super(`找不到生成卷宗文书所需的字体（已查找：${searched.join('、')}）。请安装 Debian 软件包 ${packages.join(' 或 ')}，例如：apt-get install ${packages[packages.length - 1]}`);
    this.debianPackages = packages;
    this.searched = searched;
    this.name = 'CjkFontMissingError';
  }
}

async function firstReadable(candidates: readonly FontCandidate[]): Promise<FontFile | null> {
  for (const { path } of candidates) {
    try {
      return { path, bytes: new Uint8Array(await readFile(path)) };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
  }
  return null;
}

/**
 * Finds and reads the fonts: the first installed of DEFAULT_CJK_FONTS for Chinese, of
 * DEFAULT_LATIN_FONTS for digits and Latin.
 *
 * @throws CjkFontMissingError (code VOLUME_DOCUMENT_FONT_MISSING) naming the Debian packages that
 *   provide a candidate (fonts-arphic-gbsn00lp 或 fonts-droid-fallback) when none is installed.
 */
export async function loadCjkFont(options: LoadCjkFontOptions = {}): Promise<CjkFontSet> {
  const cjkFonts = options.cjkFonts ?? DEFAULT_CJK_FONTS;
  const latinFonts = options.latinFonts ?? DEFAULT_LATIN_FONTS;
  const [cjk, latin] = await Promise.all([firstReadable(cjkFonts), firstReadable(latinFonts)]);
  if (!cjk) throw new CjkFontMissingError(cjkFonts);
  if (!latin) throw new CjkFontMissingError(latinFonts);
  return { cjk, latin };
}

/**
 * The fonts cut down to the glyphs of `text`, each a standalone TrueType font (glyf, loca, hmtx,
 * a cmap of just those characters, and the original name, OS/2 and a version-3 post), for a batch
 * of documents known in advance (the demo materials): embedding a few-kilobyte font instead of a
 * megabytes-large one spares parsing the whole font for every document. What the documents show
 * is unchanged, for the characters in `text`; others are missing from the subset.
 */
export async function subsetCjkFont(fonts: CjkFontSet, text: string): Promise<CjkFontSet> {
  const [cjk, latin] = await Promise.all([subsetFont(fonts.cjk, text), subsetFont(fonts.latin, text)]);
  return { cjk, latin };
}

interface SubsetFace {
  hasGlyphForCodePoint(cp: number): boolean;
  glyphForCodePoint(cp: number): { id: number };
  createSubset(): { includeGlyph(gid: number): number; encodeStream(): NodeJS.EventEmitter };
  getTable?: unknown;
  stream: { buffer: Uint8Array };
  directory: { tables: Record<string, { offset: number; length: number } | undefined> };
}

async function subsetFont(file: FontFile, text: string): Promise<FontFile> {
  const face = patchedFontkit.create(file.bytes) as unknown as SubsetFace;
  const subset = face.createSubset();
  const map = new Map<number, number>();
  for (const ch of new Set(text)) {
    const cp = ch.codePointAt(0)!;
    if (face.hasGlyphForCodePoint(cp)) map.set(cp, subset.includeGlyph(face.glyphForCodePoint(cp).id));
  }
  const encoded = await new Promise<Uint8Array>((resolve, reject) => {
    const parts: Uint8Array[] = [];
    subset
      .encodeStream()
      .on('data', (b: Uint8Array) => parts.push(b))
      .on('end', () => resolve(Buffer.concat(parts)))
      .on('error', reject);
  });
  const tables = readTables(encoded);
  const raw = (tag: string) => {
    const t = face.directory.tables[tag];
    return t ? file.bytes.subarray(t.offset, t.offset + t.length) : null;
  };
  tables.set('cmap', cmapFormat12(map));
  for (const tag of ['name', 'OS/2']) {
    const t = raw(tag);
    if (t) tables.set(tag, t);
  }
  const post = raw('post');
  if (post && post.length >= 32) {
    const v3 = new Uint8Array(post.subarray(0, 32));
    new DataView(v3.buffer).setUint32(0, 0x00030000); // no glyph names: they would index the old glyph ids
    tables.set('post', v3);
  }
  return { path: `${file.path}#subset`, bytes: writeSfnt(tables) };
}

function readTables(font: Uint8Array): Map<string, Uint8Array> {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const count = view.getUint16(4);
  const out = new Map<string, Uint8Array>();
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    const tag = String.fromCharCode(font[at]!, font[at + 1]!, font[at + 2]!, font[at + 3]!);
    out.set(tag, font.subarray(view.getUint32(at + 8), view.getUint32(at + 8) + view.getUint32(at + 12)));
  }
  return out;
}

/** A cmap with one Windows Unicode full-repertoire (3,10) format-12 subtable, one group per character. */
function cmapFormat12(map: ReadonlyMap<number, number>): Uint8Array {
  const groups = [...map].sort((a, b) => a[0] - b[0]);
  const length = 16 + groups.length * 12;
  const out = new Uint8Array(12 + length);
  const v = new DataView(out.buffer);
  v.setUint16(0, 0); // version
  v.setUint16(2, 1); // one subtable
  v.setUint16(4, 3); // Windows
  v.setUint16(6, 10); // Unicode full repertoire
  v.setUint32(8, 12);
  v.setUint16(12, 12); // format 12
  v.setUint32(16, length);
  v.setUint32(24, groups.length);
  groups.forEach(([cp, gid], i) => {
    v.setUint32(28 + i * 12, cp);
    v.setUint32(32 + i * 12, cp);
    v.setUint32(36 + i * 12, gid);
  });
  return out;
}

/** An sfnt (TrueType) file of these tables, sorted by tag, each 4-byte aligned with its checksum. */
function writeSfnt(tables: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const tags = [...tables.keys()].sort();
  const header = 12 + tags.length * 16;
  const size = tags.reduce((n, t) => n + ((tables.get(t)!.length + 3) & ~3), header);
  const out = new Uint8Array(size);
  const v = new DataView(out.buffer);
  const pow = 2 ** Math.floor(Math.log2(tags.length));
  v.setUint32(0, 0x00010000);
  v.setUint16(4, tags.length);
  v.setUint16(6, pow * 16);
  v.setUint16(8, Math.log2(pow));
  v.setUint16(10, tags.length * 16 - pow * 16);
  let offset = header;
  tags.forEach((tag, i) => {
    const data = tables.get(tag)!;
    out.set(data, offset);
    const at = 12 + i * 16;
    for (let k = 0; k < 4; k++) out[at + k] = tag.charCodeAt(k);
    let sum = 0;
    for (let k = 0; k < data.length; k += 4) sum = (sum + v.getUint32(offset + k)) >>> 0;
    v.setUint32(at + 4, sum);
    v.setUint32(at + 8, offset);
    v.setUint32(at + 12, data.length);
    offset += (data.length + 3) & ~3;
  });
  return out;
}
