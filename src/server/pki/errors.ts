/**
 * Errors of the key and certificate core. They are expected failures a user can fix (a wrong PIN,
 * a certificate that does not belong to the key), so each carries a stable code and a Chinese
 * message. The service layer maps them onto `AppError` once the codes are in the error catalog
 * (docs/errors.md); this module stays free of HTTP concerns.
 */
export const pkiErrorCatalog = {
  PKI_PIN_INCORRECT: '签名口令不正确',
  PKI_PIN_WEAK: '签名口令不符合要求',
  PKI_VAULT_CORRUPT: '私钥保管数据已损坏或被篡改，无法解密',
  PKI_VAULT_UNSUPPORTED: '私钥保管数据的版本或算法不受支持',
  PKI_KEY_INVALID: '私钥或公钥格式不正确',
  PKI_KEY_CERT_MISMATCH: '私钥与证书不匹配',
  PKI_CERT_INVALID: '证书格式不正确或使用了不支持的算法',
  PKI_PKCS12_INVALID: 'PKCS#12 证书文件无法读取（口令错误或文件已损坏）',
  PKI_CMS_INVALID: '签名数据（CMS）格式不正确',
} as const;

export type PkiErrorCode = keyof typeof pkiErrorCatalog;

/** The one error type thrown on purpose by `src/server/pki`. */
export class PkiError extends Error {
  constructor(
    readonly code: PkiErrorCode,
    message?: string,
    readonly details?: unknown,
  ) {
    super(message ?? pkiErrorCatalog[code]);
    this.name = 'PkiError';
  }
}
