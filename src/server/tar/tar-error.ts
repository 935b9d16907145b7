/**
 * Errors the tar writer throws for misuse: an input the caller should never have passed. Problems
 * with an archive being read are findings (`TarIssue`), not exceptions. The service layer maps the
 * codes to `AppError`s of the catalog.
 */
export type TarErrorCode =
  /** An entry path that is empty, absolute, has `.`/`..`/empty segments, a NUL or a backslash. */
  | 'TAR_WRITE_PATH_INVALID'
  /** Two entries whose paths are equal after NFC normalisation, or a file and a directory of one name. */
  | 'TAR_WRITE_DUPLICATE'
  /** A size that is not a non-negative safe integer, or a source that delivered another byte count. */
  | 'TAR_WRITE_SIZE_MISMATCH'
  /** A symlink, device or other non-regular file in a directory being archived. */
  | 'TAR_WRITE_SPECIAL_FILE';

export class TarError extends Error {
  constructor(
    readonly code: TarErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'TarError';
  }
}
