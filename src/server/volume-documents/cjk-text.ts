import {
  degrees,
  popGraphicsState,
  pushGraphicsState,
  rgb,
  setLineWidth,
  setStrokingColor,
  setTextRenderingMode,
  TextRenderingMode,
  type Color,
  type PDFDocument,
  type PDFFont,
  type PDFPage,
} from 'pdf-lib';
import type { CjkFontSet } from './cjk-font.js';
import { patchedFontkit } from './patched-fontkit.js';

export interface DrawTextOptions {
  size: number;
  /** Faux bold: the glyphs are filled and stroked (Droid Sans Fallback has no bold face). */
  bold?: boolean;
  color?: Color;
  /** Degrees, counter-clockwise, about (x, y). */
  rotate?: number;
}

interface Run {
  font: PDFFont;
  text: string;
}

/**
 * Chinese text set in two embedded (subset) fonts: each character goes to the font that has a
 * glyph for it — the Latin font for ASCII and Latin punctuation, the CJK font for the rest.
 */
export interface CjkText {
  /** Width in points of `text` at `size`. */
  width(text: string, size: number): number;
  /** Draws `text` with its baseline starting at (x, y). */
  draw(page: PDFPage, text: string, x: number, y: number, options: DrawTextOptions): void;
}

/** Embeds the fonts in `doc` (subset: only the glyphs used end up in the file). */
export async function embedCjkText(doc: PDFDocument, fonts: CjkFontSet): Promise<CjkText> {
  doc.registerFontkit(patchedFontkit);
  const cjkFont = await doc.embedFont(fonts.cjk.bytes, { subset: true });
  const latinFont = await doc.embedFont(fonts.latin.bytes, { subset: true });
  // Coverage from separate fontkit instances: pdf-lib does not expose whether a glyph exists.
  const cjkFace = patchedFontkit.create(fonts.cjk.bytes);
  const latinFace = patchedFontkit.create(fonts.latin.bytes);
  const fontFor = new Map<string, PDFFont>();
  const pick = (ch: string): PDFFont => {
    let font = fontFor.get(ch);
    if (!font) {
      const cp = ch.codePointAt(0)!;
      const latinFirst = cp < 0x2000 || (cp >= 0x2010 && cp <= 0x2027);
      const inCjk = cjkFace.hasGlyphForCodePoint(cp);
      const inLatin = latinFace.hasGlyphForCodePoint(cp);
      font = latinFirst ? (inLatin || !inCjk ? latinFont : cjkFont) : inCjk || !inLatin ? cjkFont : latinFont;
      fontFor.set(ch, font);
    }
    return font;
  };
  const runs = (text: string): Run[] => {
    const out: Run[] = [];
    for (const ch of text) {
      const font = pick(ch);
      const last = out[out.length - 1];
      if (last && last.font === font) last.text += ch;
      else out.push({ font, text: ch });
    }
    return out;
  };
  return {
    width(text, size) {
      return runs(text).reduce((w, r) => w + r.font.widthOfTextAtSize(r.text, size), 0);
    },
    draw(page, text, x, y, options) {
      const color = options.color ?? rgb(0, 0, 0);
      const angle = ((options.rotate ?? 0) * Math.PI) / 180;
      if (options.bold) {
        page.pushOperators(pushGraphicsState(), setTextRenderingMode(TextRenderingMode.FillAndOutline), setLineWidth(options.size / 30), setStrokingColor(color));
      }
      let advance = 0;
      for (const run of runs(text)) {
        page.drawText(run.text, {
          x: x + advance * Math.cos(angle),
          y: y + advance * Math.sin(angle),
          size: options.size,
          font: run.font,
          color,
          rotate: options.rotate ? degrees(options.rotate) : undefined,
        });
        advance += run.font.widthOfTextAtSize(run.text, options.size);
      }
      if (options.bold) page.pushOperators(popGraphicsState());
    },
  };
}
