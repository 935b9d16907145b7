import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CJK_FONTS, loadCjkFont } from './cjk-font.js';
import { patchedFontkit } from './patched-fontkit.js';

interface Face {
  numGlyphs: number;
  glyphForCodePoint(cp: number): { id: number; path: { commands: unknown[] } };
  getGlyph(id: number): { path: { commands: unknown[] } };
  createSubset(): { includeGlyph(id: number): number; encodeStream(): NodeJS.ReadableStream };
}

/** Subsets `chars` and returns the outline size (path commands) of each glyph in the subset. */
async function subsetOutlines(face: Face, chars: string): Promise<number[]> {
  const subset = face.createSubset();
  for (const ch of chars) subset.includeGlyph(face.glyphForCodePoint(ch.codePointAt(0)!).id);
  const chunks: Uint8Array[] = [];
  const stream = subset.encodeStream();
  stream.on('data', (c: Uint8Array) => chunks.push(c));
  await new Promise((resolve) => stream.on('end', resolve));
  const out = fontkit.create(Buffer.concat(chunks)) as unknown as Face;
  return Array.from({ length: out.numGlyphs }, (_, i) => {
    try {
      return out.getGlyph(i).path.commands.length;
    } catch {
      return -1; // unreadable glyph data
    }
  });
}

const droid = DEFAULT_CJK_FONTS.filter((f) => f.debianPackage === 'fonts-droid-fallback');

describe('patchedFontkit', () => {
  const chars = '法上海市青浦区人民院诉正原被';

  it('subsets Droid Sans Fallback with every glyph intact', async () => {
    const { cjk } = await loadCjkFont({ cjkFonts: droid });
    const face = patchedFontkit.create(cjk.bytes) as unknown as Face;
    const outlines = await subsetOutlines(face, chars);
    expect(outlines.every((n) => n > 0 || n === 0)).toBe(true); // 0: an empty glyph (.notdef may be)
    expect(outlines.filter((n) => n < 0)).toEqual([]);
  });

  it('is needed: unpatched fontkit breaks glyphs of this font', async () => {
    const { cjk } = await loadCjkFont({ cjkFonts: droid });
    const face = fontkit.create(Buffer.from(cjk.bytes)) as unknown as Face;
    const outlines = await subsetOutlines(face, chars);
    expect(outlines.some((n) => n < 0)).toBe(true);
  });
});
