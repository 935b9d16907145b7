/**
 * Findings of reading a package (STYLE.md: expected findings are values). `ok` is false as soon as
 * one issue has severity `error`.
 */
export type EepIssueCode =
  | 'EEP_XML_MALFORMED'
  | 'EEP_NOT_EEP'
  | 'EEP_VERSION_UNSUPPORTED'
  | 'EEP_ELEMENT_MISSING'
  | 'EEP_TEXT_TOO_LARGE'
  | 'EEP_BASE64_INVALID'
  | 'EEP_SIZE_MISMATCH'
  | 'EEP_DIGEST_MISMATCH'
  | 'EEP_DIGEST_MISSING'
  | 'EEP_SIGNATURE_MISSING'
  | 'EEP_SIGNATURE_INVALID'
  | 'EEP_SIGNATURE_ALGORITHM_UNKNOWN'
  | 'EEP_CERTIFICATE_MISMATCH';

export interface EepIssue {
  code: EepIssueCode;
  severity: 'error' | 'warning';
  /** Where: element path such as `文件实体[2]/文档[1]/编码数据`. */
  path: string;
  message: string;
}

export function issue(code: EepIssueCode, path: string, message: string, severity: EepIssue['severity'] = 'error'): EepIssue {
  return { code, severity, path, message };
}
