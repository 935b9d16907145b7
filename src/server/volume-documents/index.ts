/**
 * The volume documents of a case file (卷宗, issue 5): for each 册 of a 正卷 or 副卷, the cover
 * (卷宗封面), the catalogue list (卷内目录), the notes sheet (卷内备考表), page numbers (卷内页码)
 * stamped where they cover no content, and the whole 册 assembled into one PDF. Pure inputs →
 * PDF bytes; I/O only to read the fonts and run poppler's pdftoppm. See docs/catalogue.md.
 */
export { assembleVolumePdf } from './assemble-volume.js';
export type { AssembledVolume, AssembleVolumeOptions, PartRange, VolumeParts } from './assemble-volume.js';
export { CATALOGUE_COLUMNS, pageLabel, renderCatalogueList } from './catalogue-list.js';
export type { CatalogueListData, CatalogueListEntry } from './catalogue-list.js';
export { CjkFontMissingError, DEFAULT_CJK_FONTS, DEFAULT_LATIN_FONTS, loadCjkFont } from './cjk-font.js';
export type { CjkFontSet, FontCandidate, FontFile, LoadCjkFontOptions } from './cjk-font.js';
export { formatCourtDate } from './court-date.js';
export type { DateStyle } from './court-date.js';
export { renderCover, SIDE_VOLUME_NOTICE } from './cover.js';
export type { CoverData, CoverParty, RenderOptions } from './cover.js';
export type { Finding } from './findings.js';
export { countSentences, renderNotesSheet } from './notes-sheet.js';
export type { NotesSheetData } from './notes-sheet.js';
export { stampPageNumbers } from './stamp-page-numbers.js';
export type { PageStamp, StampedPdf, StampOptions } from './stamp-page-numbers.js';
export { DEFAULT_CORNERS } from './stamp-placement.js';
export type { StampCorner } from './stamp-placement.js';
