import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { createReadStream } from 'node:fs';
import type { Db } from '../db/connect.js';
import { systemContext } from '../domain/access.js';
import { judgePage, scanQcThresholds, type PageVerdict, type ScanQcThresholds } from '../domain/scan-qc/index.js';
import { inspectFile } from '../formats/index.js';
import { BlobRepository } from '../repositories/blob.repository.js';
import { MaterialRepository } from '../repositories/material.repository.js';
import { ScanRepository } from '../repositories/scan.repository.js';
import { analysePageWithPreview, assemblePdf } from '../scanning/index.js';
import { renderPreviewJpeg } from '../scanning/thumbnail.js';
import { readBlob, type BlobStore } from '../storage/blob-store.js';
import type { ScanPageRow } from '../db/schema.js';
import { recordAudit } from './audit.service.js';
import { orderPages } from './scanning.service.js';

const THUMB_PX = 240;
/**
 * Pages checked at once per core. Decoding is CPU work, but each page also waits on the blob
 * store (read, thumbnail fsync) and a database commit; four per core keep the cores busy
 * (`BENCH_ONLY=scan-check-job npm run bench`: 1 → 28, 2 → 40, 4 → 53, 8 → 59 pages/s on 2 cores).
 */
const PAGES_AT_ONCE_PER_CPU = 4;

/**
 * The background half of scanning: quality control of uploaded pages and assembly of scanned
 * materials. Every step is idempotent (a page with a verdict is not checked again; a material
 * with its document file is not assembled again), so a job interrupted at any moment — even by
 * kill -9 — is simply run again.
 */
export class ScanProcessingService {
  constructor(
    private readonly db: Db,
    private readonly store: BlobStore,
    private readonly options: { ocr: 'auto' | 'off'; workDir?: string; concurrency?: number },
  ) {}

  /** Checks the batch's unchecked pages. @returns how many were checked now. */
  async checkBatch(batchId: string, onPage?: (done: number, total: number) => Promise<void>): Promise<{ checked: number }> {
    const scans = new ScanRepository(this.db);
    const batch = await scans.batch(batchId);
    if (!batch) return { checked: 0 };
    const thresholds = scanQcThresholds(JSON.parse(batch.thresholds_json) as Partial<ScanQcThresholds>);
    let done = 0;
    const concurrency = this.options.concurrency ?? PAGES_AT_ONCE_PER_CPU * Math.max(1, os.cpus().length);
    for (let pages = await scans.uncheckedPages(batchId); pages.length; pages = await scans.uncheckedPages(batchId)) {
      // Pages are independent: several per core (see PAGES_AT_ONCE_PER_CPU).
      let nextIndex = 0;
      const lane = async () => {
        for (let i = nextIndex++; i < pages.length; i = nextIndex++) {
          await this.checkPage(pages[i]!, thresholds);
          done++;
          await onPage?.(done, done + pages.length - nextIndex);
        }
      };
      await Promise.all(Array.from({ length: Math.min(concurrency, pages.length) }, lane));
    }
    const left = await scans.uncheckedPages(batchId);
    const after = await scans.batch(batchId);
    if (left.length === 0 && after && after.status === 'checking') {
      await scans.updateBatch(batchId, { status: 'checked', updated_at: new Date().toISOString() });
    }
    return { checked: done };
  }

  /** Measures, judges and thumbnails one page, and records the verdict with the thumbnail's blob. */
  private async checkPage(page: ScanPageRow, thresholds: ScanQcThresholds): Promise<void> {
    const image = await readBlob(this.store, page.sha256);
    let verdict: PageVerdict;
    let measures: unknown = null;
    let thumb: Buffer | null = null;
    try {
      const { measures: m, preview } = await analysePageWithPreview(image);
      measures = m;
      verdict = judgePage(m, thresholds);
      thumb = await renderPreviewJpeg(preview, THUMB_PX);
    } catch (e) {
      verdict = {
        verdict: 'fail',
        reasons: [{ code: 'UNREADABLE', severity: 'fail', message: `图像无法解码，请重扫：${e instanceof Error ? e.message : String(e)}`, measure: 'decode', measured: null, limit: null }],
      };
    }
    const thumbRef = thumb ? await this.store.commit(await this.store.stage(Readable.from([thumb]))) : null;
    const now = new Date().toISOString();
    await this.db.transaction().execute(async (trx) => {
      if (thumbRef) await new BlobRepository(trx).register(thumbRef, now);
      await new ScanRepository(trx).updatePage(page.id, {
        verdict: verdict.verdict,
        reasons_json: JSON.stringify(verdict.reasons),
        measures_json: measures ? JSON.stringify(measures) : null,
        thumb_sha256: thumbRef?.sha256 ?? null,
        checked_at: now,
      });
    });
  }

  /** Assembles a scanned material's pages into its PDF (with OCR where tesseract is present). */
  async assembleMaterial(materialId: string): Promise<{ assembled: boolean; pages?: number; ocr?: string }> {
    const materials = new MaterialRepository(this.db);
    const material = await materials.byId(materialId);
    if (!material || material.status !== 'processing') return { assembled: false };
    const scans = new ScanRepository(this.db);
    const group = await scans.groupByMaterial(materialId);
    if (!group) throw new Error(`material ${materialId}: no scan group`);
    const pages = orderPages(await scans.pages(group.batch_id)).filter((p) => p.group_id === group.id);
    const work = await mkdtemp(path.join(this.options.workDir ?? os.tmpdir(), 'casevault-assemble-'));
    try {
      const inputs = [];
      for (const [i, p] of pages.entries()) {
        const file = path.join(work, `p${String(i + 1).padStart(5, '0')}.${p.format === 'jpeg' ? 'jpg' : p.format}`);
        await writeFile(file, await readBlob(this.store, p.sha256));
        inputs.push({ path: file, dpi: p.dpi });
      }
      const out = path.join(work, 'material.pdf');
      const result = await assemblePdf(inputs, { outputPath: out, ocr: this.options.ocr === 'auto', title: material.title });
      const staged = await this.store.stage(createReadStream(out));
      const facts = await inspectFile(staged.path, `${material.title}.pdf`);
      const blob = await this.store.commit(staged);
      const now = new Date().toISOString();
      const problems =
        result.ocr === 'unavailable' || result.ocr === 'failed'
          ? [{ code: result.ocr === 'failed' ? 'OCR_FAILED' : 'OCR_UNAVAILABLE', severity: 'info', message: result.ocr === 'failed' ? `文字识别失败：${result.ocrMessage ?? ''}` : '本机没有文字识别工具（tesseract chi_sim），PDF 未加文字层' }]
          : [];
      // The PDF's row and the material's status commit together; a rerun after a crash finds the
      // material 'ready' (above) or, racing another worker, the row already there (here).
      await this.db.transaction().execute(async (trx) => {
        const repo = new MaterialRepository(trx);
        if ((await repo.files([materialId])).some((f) => f.role === 'document')) return;
        await new BlobRepository(trx).register(blob, now);
        await repo.insertFile({
          id: randomUUID(),
          material_id: materialId,
          seq: 1,
          role: 'document',
          sha256: blob.sha256,
          sm3: blob.sm3,
          size: blob.size,
          original_name: `${material.title}.pdf`,
          format: facts.format,
          mime: facts.mime,
          facts_json: JSON.stringify({ ...facts, ocr: result.ocr, ocrMessage: result.ocrMessage ?? null, sourcePages: pages.map((p) => p.sha256) }),
          created_at: now,
        });
        if (result.ocrText) await repo.setText(materialId, result.ocrText);
        await repo.update(materialId, { status: 'ready', pages: result.pages, ocr_status: result.ocr, problems_json: JSON.stringify(problems), updated_at: now });
        await recordAudit(trx, systemContext('job:material.assemble'), 'material.assemble', { type: 'material', id: materialId }, { status: 'processing' }, {
          status: 'ready',
          pages: result.pages,
          ocr: result.ocr,
          sha256: blob.sha256,
          sm3: blob.sm3,
        });
      });
      return { assembled: true, pages: pages.length, ocr: result.ocr };
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }
}
