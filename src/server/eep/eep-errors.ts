/**
 * Errors the EEP writer throws on purpose. A package being *read* never throws for bad content —
 * its problems are findings (`EepIssue`, eep-issues.ts); these are refusals to *write* a package
 * that would be wrong.
 */
export const eepErrorCatalog = {
  EEP_INPUT_INVALID: '封装包输入数据不完整或不一致',
  EEP_SOURCE_MISMATCH: '文件内容与登记的大小或摘要值不一致，拒绝封装',
} as const;

export type EepErrorCode = keyof typeof eepErrorCatalog;

export class EepError extends Error {
  constructor(
    readonly code: EepErrorCode,
    message?: string,
    readonly details?: unknown,
  ) {
    super(message ?? eepErrorCatalog[code]);
    this.name = 'EepError';
  }
}
