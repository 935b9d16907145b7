import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument } from 'pdf-lib';

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];

/** The parts of fontkit's TrueType subset this works around (not in its typings). */
interface GlyphBuffer {
  length: number;
  copy(target: GlyphBuffer): number;
  constructor: { alloc(size: number): GlyphBuffer };
}
interface TtfSubset {
  glyf?: GlyphBuffer[];
  offset: number;
  _addGlyph(gid: number): number;
}

/**
 * fontkit as pdf-lib uses it, with one bug of @pdf-lib/fontkit 1.1.1 worked around: its TrueType
 * subset writes the short `loca` format (offsets halved) but copies glyph data of odd length
 * unpadded, so every glyph after an odd one points one byte off and renders wrong or not at all.
 * Droid Sans Fallback has many odd-length glyphs: 法 printed as 去, 上 not at all. Upstream fontkit
 * fixed it in foliojs/fontkit#191; here each glyph is padded to an even length, as the OpenType
 * spec asks for `loca` offsets ("should be word aligned"). Only the instances created through
 * this object are patched; fontkit itself is not modified.
 */
export const patchedFontkit: Fontkit = {
  create(data: Uint8Array, postscriptName?: string) {
    const font = fontkit.create(data as Buffer, postscriptName) as unknown as ReturnType<Fontkit['create']>;
    const createSubset = font.createSubset.bind(font);
    font.createSubset = () => {
      const subset = createSubset() as unknown as TtfSubset;
      if (typeof subset._addGlyph !== 'function') return subset as unknown as ReturnType<typeof createSubset>; // CFF: no loca
      const addGlyph = subset._addGlyph.bind(subset);
      subset._addGlyph = (gid) => {
        const index = addGlyph(gid);
        const glyf = subset.glyf!;
        const last = glyf[glyf.length - 1]!;
        if (last.length % 2 === 1) {
          const padded = last.constructor.alloc(last.length + 1);
          last.copy(padded);
          glyf[glyf.length - 1] = padded;
          subset.offset += 1;
        }
        return index;
      };
      return subset as unknown as ReturnType<typeof createSubset>;
    };
    return font;
  },
};
