import type { Config } from '../config.js';
import { FsOcflStore, OcflRepository, S3OcflStore, type OcflStore } from '../ocfl/index.js';

/**
 * The archive store (DESIGN.md §4): the OCFL storage root on the local disk or in the S3 bucket,
 * opened (and on first use created) once.
 */
export class ArchiveStore {
  private repository: Promise<OcflRepository> | undefined;
  readonly store: OcflStore;

  constructor(target: Config['archiveStore']) {
    this.store = target.kind === 'fs' ? new FsOcflStore(target.dir) : S3OcflStore.fromTarget(target);
  }

  /** @throws OcflError OCFL_ROOT_INVALID when the root exists but is not an OCFL 1.1 root. */
  open(): Promise<OcflRepository> {
    this.repository ??= OcflRepository.open(this.store, { create: true }).catch((e: unknown) => {
      this.repository = undefined;
      throw e;
    });
    return this.repository;
  }

  close(): Promise<void> {
    return this.store.close();
  }
}
