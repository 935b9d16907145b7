import { readFile } from 'node:fs/promises';

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
