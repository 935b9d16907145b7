import { INVENTORY, OBJECT_DECLARATION, parseSidecar, SIDECAR } from './inventory.js';
import { digestBytes } from './ocfl-digest.js';
import { commit, COMMIT_INTENT, type CommitIntent } from './object-writer.js';
import { joinKey, readText, type OcflStore } from './ocfl-store.js';
import { FS_TEMP_FILE } from './fs-ocfl-store.js';
import { STAGING_ROOT, stagingAge } from './storage-root.js';

export interface RecoveryReport {
  /** Staging directories of deposits that never reached their commit: removed, object untouched. */
  discarded: string[];
  /** Deposits that crashed during their commit: finished from the staged copy or version directory. */
  completed: string[];
}

/**
 * Cleans up after crashed writers. Run it at start-up (no writer active), or with `minAgeMs` longer
 * than any deposit can take so that running deposits are left alone.
 *
 * - no commit intent → the deposit was still staging or verifying; its directory is removed.
 * - commit intent → the commit was under way; it is finished (never undone, because the staged
 *   copy was verified before the intent was written). A target that already holds a complete copy
 *   (inventory matching its sidecar, the files the S3 move copies last) is kept; a partial one is
 *   replaced from staging; then the root inventory is made equal to the new version's.
 */
export async function recoverStorageRoot(store: OcflStore, options: { minAgeMs?: number; now?: number } = {}): Promise<RecoveryReport> {
  const report: RecoveryReport = { discarded: [], completed: [] };
  for (const entry of await store.list(STAGING_ROOT)) {
    const age = stagingAge(entry.name, options.now);
    if (options.minAgeMs !== undefined && age !== null && age < options.minAgeMs) continue;
    const staging = joinKey(STAGING_ROOT, entry.name);
    const intentKey = joinKey(staging, COMMIT_INTENT);
    if (!(await store.exists(intentKey))) {
      await store.delete(staging);
      report.discarded.push(staging);
      continue;
    }
    const intent = JSON.parse(await readText(store, intentKey)) as CommitIntent;
    await finishCommit(store, staging, intent);
    report.completed.push(`${intent.objectId} ${intent.version}`);
  }
  return report;
}

async function finishCommit(store: OcflStore, staging: string, intent: CommitIntent): Promise<void> {
  const target = intent.newObject ? intent.objectPath : joinKey(intent.objectPath, intent.version);
  const staged = intent.newObject ? joinKey(staging, 'object') : joinKey(staging, intent.version);
  const targetComplete =
    (await inventoryMatchesSidecar(store, target)) && (!intent.newObject || (await store.exists(joinKey(target, OBJECT_DECLARATION))));
  if (!targetComplete && (await store.exists(staged))) {
    await store.delete(target); // a partial copy (S3 move interrupted); the staged copy is whole
    await commit(store, staging, intent);
    return;
  }
  if (!intent.newObject) {
    // The version directory is in place; the root inventory may still be the previous one.
    const text = await readText(store, joinKey(target, INVENTORY));
    if (!(await inventoryMatchesSidecar(store, intent.objectPath)) || (await readText(store, joinKey(intent.objectPath, INVENTORY))) !== text) {
      await store.write(joinKey(intent.objectPath, INVENTORY), text);
      await store.write(joinKey(intent.objectPath, SIDECAR), `${digestBytes('sha512', text)} ${INVENTORY}\n`);
    }
  }
  // Temp files of an interrupted atomic write of the root inventory.
  for (const e of await store.list(intent.objectPath)) if (FS_TEMP_FILE.test(e.name)) await store.delete(joinKey(intent.objectPath, e.name));
  await store.delete(staging);
}

async function inventoryMatchesSidecar(store: OcflStore, dir: string): Promise<boolean> {
  if (!(await store.exists(joinKey(dir, INVENTORY))) || !(await store.exists(joinKey(dir, SIDECAR)))) return false;
  const recorded = parseSidecar(await readText(store, joinKey(dir, SIDECAR)));
  return recorded?.toLowerCase() === digestBytes('sha512', await readText(store, joinKey(dir, INVENTORY)));
}
