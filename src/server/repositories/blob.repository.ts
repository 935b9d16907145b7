import type { Db } from '../db/connect.js';
import type { BlobRef } from '../storage/blob-store.js';

/** The register of stored blobs: a row exists exactly when something in the database uses the blob. */
export class BlobRepository {
  constructor(private readonly db: Db) {}

  with(db: Db): BlobRepository {
    return new BlobRepository(db);
  }

  /** Registers a committed blob (no-op when already registered). */
  async register(blob: BlobRef, nowIso: string): Promise<void> {
    await this.db
      .insertInto('blob')
      .values({ sha256: blob.sha256, sm3: blob.sm3, size: blob.size, created_at: nowIso })
      .onConflict((oc) => oc.column('sha256').doNothing())
      .execute();
  }

  async get(sha256: string): Promise<BlobRef | undefined> {
    const r = await this.db.selectFrom('blob').selectAll().where('sha256', '=', sha256).executeTakeFirst();
    return r ? { sha256: r.sha256, sm3: r.sm3, size: Number(r.size) } : undefined;
  }

  async allShas(): Promise<Set<string>> {
    const rows = await this.db.selectFrom('blob').select('sha256').execute();
    return new Set(rows.map((r) => r.sha256));
  }

  /** Registered blobs that no material file, scanned page, thumbnail or quarantined file uses. */
  async unreferenced(): Promise<string[]> {
    const rows = await this.db
      .selectFrom('blob')
      .select('sha256')
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('material_file')
              .select('material_file.id')
              .whereRef('material_file.sha256', '=', 'blob.sha256')
              .union(selectFrom('scan_page').select('scan_page.id').whereRef('scan_page.sha256', '=', 'blob.sha256'))
              .union(selectFrom('scan_page').select('scan_page.id').whereRef('scan_page.thumb_sha256', '=', 'blob.sha256'))
              .union(selectFrom('quarantine_file').select('quarantine_file.id').whereRef('quarantine_file.sha256', '=', 'blob.sha256')),
          ),
        ),
      )
      .execute();
    return rows.map((r) => r.sha256);
  }
}
