import type { Readable } from 'node:stream';
import { objectPathFor, type HashedNTupleConfig } from './hashed-ntuple-layout.js';
import { OcflError } from './ocfl-error.js';
import type { OcflStore } from './ocfl-store.js';
import { describeObject, openLogicalFile, readRootInventory, type OcflObjectView } from './object-reader.js';
import { validateObjectIn, type ObjectValidationResult } from './object-validator.js';
import { writeVersion, type OcflCommit, type OcflVersionInput } from './object-writer.js';
import { recoverStorageRoot, type RecoveryReport } from './recovery.js';
import { openStorageRoot } from './storage-root.js';

/**
 * The archive store of DESIGN.md §4: one OCFL 1.1 storage root (0004 layout) on any `OcflStore`.
 * Objects are case files with ids like `urn:casevault:沪0118:（2021）沪0118民初1002号`; `v1` is the
 * accepted archive and every correction (补充归档) is a new version, never an overwrite.
 */
export class OcflRepository {
  private constructor(
    readonly store: OcflStore,
    readonly layout: HashedNTupleConfig,
  ) {}

  /**
   * Opens (with `create`, initialises) the storage root.
   * @throws OcflError OCFL_ROOT_INVALID
   */
  static async open(store: OcflStore, options: { create?: boolean } = {}): Promise<OcflRepository> {
    return new OcflRepository(store, await openStorageRoot(store, options));
  }

  /** Storage-root-relative path of an object (0004: sha256 of the id in 3 tuples + full digest). */
  objectPath(objectId: string): string {
    return objectPathFor(objectId, this.layout);
  }

  /** Creates the object with its v1. @throws OcflError OCFL_OBJECT_EXISTS and those of `writeVersion`. */
  createObject(objectId: string, input: OcflVersionInput): Promise<OcflCommit> {
    return writeVersion(this.store, this.layout, objectId, input, 'create');
  }

  /**
   * Adds the next version. The previous state is carried forward; `files` add or replace logical
   * paths, `remove` drops them. Bytes already in the object are referenced, not stored again.
   * @throws OcflError OCFL_OBJECT_NOT_FOUND, OCFL_VERSION_CONFLICT and those of `writeVersion`.
   */
  addVersion(objectId: string, input: OcflVersionInput): Promise<OcflCommit> {
    return writeVersion(this.store, this.layout, objectId, input, 'update');
  }

  /** The object's versions and files, or null when there is no such object. @throws OcflError OCFL_INVENTORY_INVALID */
  async getObject(objectId: string): Promise<OcflObjectView | null> {
    const path = this.objectPath(objectId);
    const inv = await readRootInventory(this.store, path);
    return inv ? describeObject(inv, path) : null;
  }

  /** Streams a logical file (default: head version). @throws OcflError OCFL_OBJECT_NOT_FOUND, OCFL_VERSION_NOT_FOUND, OCFL_FILE_NOT_FOUND */
  async readFile(objectId: string, logicalPath: string, version?: string): Promise<Readable> {
    const path = this.objectPath(objectId);
    const inv = await readRootInventory(this.store, path);
    if (!inv) throw new OcflError('OCFL_OBJECT_NOT_FOUND', `object ${objectId} does not exist`);
    return openLogicalFile(this.store, inv, path, logicalPath, version);
  }

  /**
   * Fixity audit of one object: every content file streamed through sha512 (manifest) and SM3 +
   * sha256 (fixity), plus the structural rules; findings, never exceptions.
   * @throws OcflError OCFL_OBJECT_NOT_FOUND
   */
  async verifyFixity(objectId: string): Promise<ObjectValidationResult> {
    const path = this.objectPath(objectId);
    if (!(await this.store.exists(path))) throw new OcflError('OCFL_OBJECT_NOT_FOUND', `object ${objectId} does not exist`);
    return validateObjectIn(this.store, path, { digests: true });
  }

  /** Removes abandoned deposits and finishes interrupted commits (see `recoverStorageRoot`). */
  recover(options?: { minAgeMs?: number }): Promise<RecoveryReport> {
    return recoverStorageRoot(this.store, options);
  }
}
