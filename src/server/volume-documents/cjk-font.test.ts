import { describe, expect, it } from 'vitest';
import { CjkFontMissingError, DEFAULT_CJK_FONTS, loadCjkFont } from './cjk-font.js';

const droid = DEFAULT_CJK_FONTS.find((f) => f.debianPackage === 'fonts-droid-fallback')!;

describe('loadCjkFont', () => {
  it('reads an installed Chinese TrueType font and a Latin one', async () => {
    const fonts = await loadCjkFont();
    expect(DEFAULT_CJK_FONTS.map((f) => f.path)).toContain(fonts.cjk.path);
    // TrueType files start with 0x00010000 (not 'ttcf' or 'OTTO', which pdf-lib cannot embed).
    expect([...fonts.cjk.bytes.subarray(0, 4)]).toEqual([0, 1, 0, 0]);
    expect([...fonts.latin.bytes.subarray(0, 4)]).toEqual([0, 1, 0, 0]);
  });

  it('finds Droid Sans Fallback (fonts-droid-fallback, installed by .ci/run)', async () => {
    const fonts = await loadCjkFont({ cjkFonts: [droid] });
    expect(fonts.cjk.path).toMatch(/DroidSansFallbackFull\.ttf$/);
  });

  it('names the Debian package when the Chinese font is missing', async () => {
    const wrong = { ...droid, path: '/nonexistent/DroidSansFallbackFull.ttf' };
    const error = await loadCjkFont({ cjkFonts: [wrong] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CjkFontMissingError);
    expect((error as CjkFontMissingError).code).toBe('VOLUME_DOCUMENT_FONT_MISSING');
    expect((error as Error).message).toContain('apt-get install fonts-droid-fallback');
    expect((error as Error).message).toContain('找不到生成卷宗文书所需的字体');
    expect((error as Error).message).toContain('/nonexistent/DroidSansFallbackFull.ttf');
  });

  it('names the Debian package when the Latin font is missing', async () => {
    const error = await loadCjkFont({ latinFonts: [{ path: '/nonexistent/DejaVuSans.ttf', debianPackage: 'fonts-dejavu-core' }] }).catch((e: unknown) => e);
    expect((error as Error).message).toContain('fonts-dejavu-core');
  });
});
