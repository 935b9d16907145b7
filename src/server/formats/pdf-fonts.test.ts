import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { fontsNotEmbedded, type LoadedFont } from './pdf-fonts.js';

const fonts: Record<string, LoadedFont> = {
  f1: { name: 'SimSun', missingFile: true },
  f2: { name: 'Embedded', missingFile: false },
  f3: { name: 'Type3', missingFile: true, isType3Font: true },
};
const lookup = (name: string) => fonts[name];
const ops = (...list: Array<[number, unknown[]]>) => ({ fnArray: list.map(([fn]) => fn), argsArray: list.map(([, args]) => args) });

describe('fontsNotEmbedded', () => {
  it('names a non-embedded font used for visible text', () => {
    expect([...fontsNotEmbedded(ops([OPS.setFont, ['f1', 12]], [OPS.showText, [[]]]), lookup)]).toEqual(['SimSun']);
  });

  it('accepts embedded and Type 3 fonts', () => {
    const list = ops([OPS.setFont, ['f2', 12]], [OPS.showText, [[]]], [OPS.setFont, ['f3', 12]], [OPS.showSpacedText, [[]]]);
    expect(fontsNotEmbedded(list, lookup).size).toBe(0);
  });

  it('skips invisible text (render mode 3, an OCR layer), as PDF/A does', () => {
    const list = ops([OPS.setTextRenderingMode, [3]], [OPS.setFont, ['f1', 12]], [OPS.showText, [[]]]);
    expect(fontsNotEmbedded(list, lookup).size).toBe(0);
  });

  it('restores the render mode on Q, so visible text after an invisible block counts', () => {
    const list = ops(
      [OPS.save, []],
      [OPS.setTextRenderingMode, [3]],
      [OPS.restore, []],
      [OPS.setFont, ['f1', 12]],
      [OPS.nextLineShowText, [[]]],
    );
    expect([...fontsNotEmbedded(list, lookup)]).toEqual(['SimSun']);
  });

  it('ignores a font that is selected but never used to show text', () => {
    expect(fontsNotEmbedded(ops([OPS.setFont, ['f1', 12]]), lookup).size).toBe(0);
  });
});
