import { PkiError } from '../pki/index.js';
import { AppError } from '../errors.js';

/** The PKI core's expected failures (wrong PIN, bad file) as catalog errors; anything else as it is. */
export function asAppError(err: unknown): unknown {
  if (err instanceof PkiError) return new AppError(err.code, err.message, err.details);
  return err;
}

/** Runs `work`, translating PKI errors into catalog errors. */
export async function pkiCall<T>(work: () => Promise<T> | T): Promise<T> {
  try {
    return await work();
  } catch (err) {
    throw asAppError(err);
  }
}
