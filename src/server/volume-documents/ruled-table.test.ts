import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCjkFont } from './cjk-font.js';
import { embedCjkText, type CjkText } from './cjk-text.js';
import { layoutRuledTable, type RuledTableStyle, type TableColumn } from './ruled-table.js';

let text: CjkText;
beforeAll(async () => {
  text = await embedCjkText(await PDFDocument.create(), await loadCjkFont());
});

const columns: TableColumn[] = [
  { header: '序号', width: 40, align: 'center' },
  { header: '题名', width: 110, align: 'left' }, // 10 characters of 10 pt a line
];
const style: RuledTableStyle = { size: 10, headerSize: 11, headerHeight: 30, minRowHeight: 26, rowPadding: 6, cellPadding: 5 };

describe('layoutRuledTable', () => {
  it('makes a row as tall as its wrapped text, at least the minimum', () => {
    const layout = layoutRuledTable(text, columns, [['1', '起诉状'], ['2', '一二三四五六七八九十一二三四五六七八九十一二三']], style, 1000);
    expect(layout.rowHeights[0]).toBe(26);
    expect(layout.rowHeights[1]).toBeCloseTo(10 + 2 * 13 + 12, 5); // three lines
  });

  it('moves a row that does not fit to the next page, never splitting it', () => {
    const rows = Array.from({ length: 10 }, (_, i) => [String(i + 1), '题名']);
    const layout = layoutRuledTable(text, columns, rows, style, 30 + 4 * 26 + 10); // header and four rows a page
    expect(layout.pages).toEqual([[0, 1, 2, 3], [4, 5, 6, 7], [8, 9]]);
  });

  it('gives one empty page for no rows', () => {
    expect(layoutRuledTable(text, columns, [], style, 500).pages).toEqual([[]]);
  });
});
