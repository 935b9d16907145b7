import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { FsOcflStore } from './fs-ocfl-store.js';
import { ocflStoreContract } from './ocfl-store-contract.test-support.js';

ocflStoreContract('file system', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'casevault-ocfl-store-'));
  return { store: new FsOcflStore(dir), cleanup: () => rm(dir, { recursive: true, force: true }) };
});
