import type { Config } from '../config.js';
import type { BlobStore } from './blob-store.js';
import { FsBlobStore } from './fs-blob-store.js';
import { S3BlobStore } from './s3-blob-store.js';

/**
 * The blob store the configuration names (BLOB_STORE=fs|s3), staging in `stagingDir` either way.
 * Nothing is contacted here: a wrong S3 endpoint or key shows on the first request.
 */
export function createBlobStore(blobStore: Config['blobStore'], stagingDir: string): BlobStore {
  switch (blobStore.kind) {
    case 'fs':
      return new FsBlobStore(blobStore.dir, stagingDir);
    case 's3': {
      const { kind: _kind, ...target } = blobStore;
      return new S3BlobStore(target, stagingDir);
    }
  }
}
