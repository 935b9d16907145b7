/**
 * Errors the OCFL library throws for misuse or unexpected storage state. Expected problems with an
 * object on disk are findings (`OcflFinding`), not exceptions. Codes are UPPER_SNAKE with the
 * `OCFL_` prefix so that the service layer can map them to `AppError`s of the catalog.
 */
export type OcflErrorCode =
  | 'OCFL_LOGICAL_PATH_INVALID'
  | 'OCFL_LOGICAL_PATH_CONFLICT'
  | 'OCFL_OBJECT_ID_INVALID'
  | 'OCFL_OBJECT_EXISTS'
  | 'OCFL_OBJECT_NOT_FOUND'
  | 'OCFL_VERSION_NOT_FOUND'
  | 'OCFL_FILE_NOT_FOUND'
  | 'OCFL_VERSION_CONFLICT'
  | 'OCFL_SOURCE_SIZE_MISMATCH'
  | 'OCFL_STAGING_VERIFY_FAILED'
  | 'OCFL_INVENTORY_INVALID'
  | 'OCFL_ROOT_INVALID';

export class OcflError extends Error {
  constructor(
    readonly code: OcflErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'OcflError';
  }
}
