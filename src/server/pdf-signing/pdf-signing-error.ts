/** Why a PDF could not be signed or its signatures not read. Codes are stable; messages are Chinese. */
export type PdfSigningErrorCode =
  | 'PDF_SIGNING_UNREADABLE'
  | 'PDF_SIGNING_ENCRYPTED'
  | 'PDF_SIGNING_PAGE_NOT_FOUND'
  | 'PDF_SIGNING_FIELD_TAKEN'
  | 'PDF_SIGNING_IMAGE_INVALID'
  | 'PDF_SIGNING_CMS_TOO_LARGE';

const messages: Record<PdfSigningErrorCode, string> = {
  PDF_SIGNING_UNREADABLE: 'PDF 文件结构无法解析，不能签名',
  PDF_SIGNING_ENCRYPTED: 'PDF 文件已加密，不能追加签名，请提交未加密的版本',
  PDF_SIGNING_PAGE_NOT_FOUND: '签章位置所在的页不存在',
  PDF_SIGNING_FIELD_TAKEN: '文件中已有同名的签名域',
  PDF_SIGNING_IMAGE_INVALID: '电子印章图像无法读取（须为 PNG）',
  PDF_SIGNING_CMS_TOO_LARGE: '签名数据超出预留空间，请增大 contentsSize 后重新签名',
};

/**
 * Thrown by `signPdf` and `readPdfSignatures` for inputs they must refuse. A service maps it to
 * an `AppError`; the module itself stays free of the HTTP catalog.
 */
export class PdfSigningError extends Error {
  constructor(
    readonly code: PdfSigningErrorCode,
    readonly details?: Record<string, unknown>,
  ) {
    super(messages[code]);
    this.name = 'PdfSigningError';
  }
}
