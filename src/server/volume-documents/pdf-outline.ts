import { PDFHexString, PDFName, PDFNumber, type PDFDocument, type PDFPage, type PDFRef } from 'pdf-lib';

export interface OutlineItem {
  title: string;
  page: PDFPage;
}

/**
 * Sets a flat outline (bookmarks), one item per part, each opening its page whole (/Fit), and asks
 * viewers to show it (PageMode /UseOutlines). ISO 32000-1 §12.3.3. Chinese titles are UTF-16.
 */
export function setOutline(doc: PDFDocument, items: readonly OutlineItem[]): void {
  if (items.length === 0) return;
  const { context } = doc;
  const root = context.nextRef();
  const refs: PDFRef[] = items.map(() => context.nextRef());
  items.forEach((item, i) => {
    const dict = context.obj({});
    dict.set(PDFName.of('Title'), PDFHexString.fromText(item.title));
    dict.set(PDFName.of('Parent'), root);
    dict.set(PDFName.of('Dest'), context.obj([item.page.ref, PDFName.of('Fit')]));
    if (i > 0) dict.set(PDFName.of('Prev'), refs[i - 1]!);
    if (i < refs.length - 1) dict.set(PDFName.of('Next'), refs[i + 1]!);
    context.assign(refs[i]!, dict);
  });
  const outlines = context.obj({});
  outlines.set(PDFName.of('Type'), PDFName.of('Outlines'));
  outlines.set(PDFName.of('First'), refs[0]!);
  outlines.set(PDFName.of('Last'), refs[refs.length - 1]!);
  outlines.set(PDFName.of('Count'), PDFNumber.of(refs.length));
  context.assign(root, outlines);
  doc.catalog.set(PDFName.of('Outlines'), root);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

export interface PageLabelRange {
  /** 0-based index of the first page of the range. */
  first: number;
  /** Printed before the number (or alone, without `numbered`). */
  prefix?: string;
  /** Decimal numbers from `start`. */
  numbered?: { start: number };
}

/**
 * Sets the page labels viewers show instead of the page index (ISO 32000-1 §12.4.2): so the
 * materials' pages read as their 卷内页码 and the cover, list and notes sheet by name.
 */
export function setPageLabels(doc: PDFDocument, ranges: readonly PageLabelRange[]): void {
  const { context } = doc;
  const nums: unknown[] = [];
  for (const r of [...ranges].sort((a, b) => a.first - b.first)) {
    const label = context.obj({});
    if (r.prefix) label.set(PDFName.of('P'), PDFHexString.fromText(r.prefix));
    if (r.numbered) {
      label.set(PDFName.of('S'), PDFName.of('D'));
      label.set(PDFName.of('St'), PDFNumber.of(r.numbered.start));
    }
    nums.push(PDFNumber.of(r.first), label);
  }
  const tree = context.obj({});
  tree.set(PDFName.of('Nums'), context.obj(nums as never));
  doc.catalog.set(PDFName.of('PageLabels'), context.register(tree));
}
