import { FsOcflStore } from './fs-ocfl-store.js';
import { validateObjectIn, type ObjectValidationOptions, type ObjectValidationResult } from './object-validator.js';
import type { OcflStore } from './ocfl-store.js';
import { validateStorageRootIn, type StorageRootValidationResult } from './storage-root-validator.js';

/** A directory on the local file system, or a store (e.g. S3) and the key of the object root in it. */
export type OcflTarget = string | { store: OcflStore; path?: string };

/** Validates one OCFL object (a directory, or `{ store, path }`). Findings, never exceptions for a bad object. */
export async function validateObject(target: OcflTarget, options?: ObjectValidationOptions): Promise<ObjectValidationResult> {
  if (typeof target === 'string') return validateObjectIn(new FsOcflStore(target), '', options);
  return validateObjectIn(target.store, target.path ?? '', options);
}

/** Validates a storage root and every object in it (a directory, or `{ store }` rooted at the storage root). */
export async function validateStorageRoot(target: OcflTarget, options?: ObjectValidationOptions): Promise<StorageRootValidationResult> {
  return validateStorageRootIn(typeof target === 'string' ? new FsOcflStore(target) : target.store, options);
}
