import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** What pdf.js knows about a loaded font (a `commonObjs` entry). */
export interface LoadedFont {
  name?: string;
  missingFile?: boolean;
  isType3Font?: boolean;
}

const SHOW_TEXT = new Set<number>([OPS.showText, OPS.showSpacedText, OPS.nextLineShowText, OPS.nextLineSetSpacingShowText]);
/** Text render modes 3 and 7 paint nothing (OCR layers over scans use them). */
const INVISIBLE = new Set([3, 7]);

/**
 * Names of the fonts a page's operator list paints visible text with but whose font program is
 * not in the file. pdf.js marks such fonts `missingFile` (it would substitute a system font);
 * Type 3 fonts are drawn from the PDF itself and always count as embedded. Invisible text is
 * skipped, as ISO 19005 (PDF/A) itself exempts it from embedding.
 *
 * The walk keeps the text render mode across q/Q and form XObjects, as the graphics state does.
 */
export function fontsNotEmbedded(
  operatorList: { fnArray: number[]; argsArray: unknown[][] },
  lookup: (loadedName: string) => LoadedFont | undefined,
): Set<string> {
  const missing = new Set<string>();
  const stack: Array<{ mode: number; font: string | null }> = [];
  let state = { mode: 0, font: null as string | null };
  const { fnArray, argsArray } = operatorList;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    if (fn === OPS.save || fn === OPS.paintFormXObjectBegin) stack.push({ ...state });
    else if (fn === OPS.restore || fn === OPS.paintFormXObjectEnd) state = stack.pop() ?? state;
    else if (fn === OPS.setFont) state.font = String(argsArray[i]?.[0] ?? '');
    else if (fn === OPS.setTextRenderingMode) state.mode = Number(argsArray[i]?.[0] ?? 0);
    else if (fn !== undefined && SHOW_TEXT.has(fn) && state.font && !INVISIBLE.has(state.mode)) {
      const font = lookup(state.font);
      if (font && font.missingFile && !font.isType3Font) missing.add(font.name ?? state.font);
    }
  }
  return missing;
}
