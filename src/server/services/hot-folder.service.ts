import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Db } from '../db/connect.js';
import { systemContext } from '../domain/access.js';
import { parseCaseNumber } from '../domain/case-number/index.js';
import type { JobQueue } from '../jobs/job-queue.js';
import { CaseRepository } from '../repositories/case.repository.js';
import { MaterialRepository } from '../repositories/material.repository.js';
import type { ReferenceRepository } from '../repositories/reference.repository.js';
import { ScanRepository } from '../repositories/scan.repository.js';
import { HotFolder } from '../storage/hot-folder.js';
import { recordAudit } from './audit.service.js';
import type { FileIntakeService } from './file-intake.service.js';
import type { ScanningService } from './scanning.service.js';

/**
 * Hot folders of the scanning points (热文件夹): a scanner's software drops each batch as a
 * sub-folder of `<HOT_FOLDER_DIR>/<point code>/`. A folder whose content has not changed between
 * two polls is claimed — claim row, batch and ingest job in one transaction, so it is taken exactly
 * once — and the ingest job stores its pages one by one, resuming after any crash.
 */
export class HotFolderService {
  private readonly seen = new Map<string, string>();

  constructor(
    private readonly db: Db,
    private readonly reference: ReferenceRepository,
    private readonly scanning: ScanningService,
    private readonly intake: FileIntakeService,
    private readonly queue: JobQueue,
    private readonly root: string,
  ) {}

  folderOf(pointCode: string): HotFolder {
    return new HotFolder(path.join(this.root, pointCode));
  }

  /** One poll over every point's hot folder. @returns the batch ids claimed now. */
  async poll(): Promise<string[]> {
    const claimed: string[] = [];
    for (const point of await this.reference.scanningPoints()) {
      const folder = this.folderOf(point.code ?? point.id);
      const done = await new ScanRepository(this.db).claimedFolders(point.id);
      for (const batch of await folder.pending()) {
        if (done.has(batch.name) || batch.files.length === 0) continue;
        const key = `${point.id}/${batch.name}`;
        const previous = this.seen.get(key);
        this.seen.set(key, batch.signature);
        if (previous !== batch.signature) continue; // still being copied
        const id = await this.claim(point.id, point.qc_thresholds_json, batch.name, batch.files.length);
        if (id) claimed.push(id);
        this.seen.delete(key);
      }
    }
    return claimed;
  }

  private async claim(pointId: string, thresholdsJson: string | null, folderName: string, files: number): Promise<string | null> {
    const batchId = randomUUID();
    const now = new Date().toISOString();
    const caseId = await this.caseFromFolderName(folderName);
    let ok = false;
    await this.db.transaction().execute(async (trx) => {
      const scans = new ScanRepository(trx);
      ok = await scans.claimHotFolder(pointId, folderName, batchId, now);
      if (!ok) return;
      await scans.insertBatch({
        id: batchId,
        scanning_point_id: pointId,
        case_id: caseId,
        label: folderName,
        declared_pages: null,
        origin: 'hot_folder',
        status: 'receiving',
        operator_id: null,
        thresholds_json: JSON.stringify(this.scanning.thresholdsOf(thresholdsJson)),
        created_at: now,
        updated_at: now,
      });
      await this.queue.enqueue(trx, 'hotfolder.ingest', { batchId, scanningPointId: pointId, folderName });
      await recordAudit(trx, systemContext('hot-folder'), 'scanning.batch.create', { type: 'scan_batch', id: batchId }, null, { label: folderName, caseId, origin: 'hot_folder', files });
    });
    return ok ? batchId : null;
  }

  /** A folder named after a case number (e.g. （2026）沪0118民初123号) attaches the batch to it. */
  private async caseFromFolderName(name: string): Promise<string | null> {
    try {
      const parsed = parseCaseNumber(name.replace(/[_-]\d+$/, ''));
      if (!parsed.ok) return null;
      const row = await new CaseRepository(this.db).byKey(parsed.value.key);
      return row?.id ?? null;
    } catch {
      return null;
    }
  }

  /**
   * Stores the pages of a claimed folder, in order; skips pages already stored (by position), so a
   * restart after a crash continues without duplicates. @returns pages stored and quarantined.
   */
  async ingest(payload: { batchId: string; scanningPointId: string; folderName: string }, onFile?: (done: number, total: number) => Promise<void>) {
    const point = (await this.reference.scanningPoints()).find((p) => p.id === payload.scanningPointId);
    const scans = new ScanRepository(this.db);
    const batch = await scans.batch(payload.batchId);
    if (!point || !batch) return { stored: 0, quarantined: 0 };
    const hot = this.folderOf(point.code ?? point.id);
    const dir = await hot.takeForIngest(payload.folderName, payload.batchId);
    if (!dir) return { stored: 0, quarantined: 0 };
    const files = await hot.pageFiles(dir);
    const ctx = systemContext(`hot-folder:${payload.batchId}`);
    const quarantined = new Set((await new MaterialRepository(this.db).quarantine({ batchId: batch.id })).map((q) => q.original_name));
    let stored = 0;
    for (const [i, name] of files.entries()) {
      const seq = i + 1;
      if ((await scans.pageBySeq(batch.id, seq)) || quarantined.has(name)) continue;
      const staged = await this.intake.stage(hot.open(dir, name));
      const id = await this.scanning.addPage(ctx, batch, { fieldName: 'file', originalName: name, staged }, 'hot_folder', seq);
      if (id) stored++;
      await onFile?.(seq, files.length);
    }
    await hot.finish(payload.batchId);
    return { stored, quarantined: quarantined.size };
  }
}
