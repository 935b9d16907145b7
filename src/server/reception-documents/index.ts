/**
 * Printed documents of archive reception (接收归档, issue 7): the 四性检测 report (DA/T 70-2018) as a
 * Chinese A4 PDF for the file and for signature. Pure inputs → PDF bytes; I/O only to read the
 * fonts. Set in the volume documents' fonts (../volume-documents). See docs/four-property-report.md.
 */
export { fourPropertyReportPdf } from './four-property-report-pdf.js';
export type { FourPropertyReportPdfInput, FourPropertyReportPdfOptions } from './four-property-report-pdf.js';
export { formatBeijingTime, formatBytes, formatDuration } from './report-text.js';
