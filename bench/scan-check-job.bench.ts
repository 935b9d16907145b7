import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { loadConfig } from '../src/server/config.js';
import { createContainer } from '../src/server/container.js';
import { migrateToLatest } from '../src/server/db/migrate.js';
import { defaultScanQcThresholds } from '../src/server/domain/scan-qc/index.js';
import { ScanProcessingService } from '../src/server/services/scan-processing.service.js';
import { fixtureCourt } from '../test/support/fixture-court.js';

/** Page images of the scanned-document fixtures, cycled (identical pages still cost the same work). */
const PAGES = ['clean-300dpi-bitonal.tif', 'grey-200dpi.png', 'colour-seal-200dpi.jpg', 'grey-content-rgb-200dpi.jpg', 'strips-200dpi-bitonal.tif'];

/**
 * The `scan.check` job as the product runs it (read the page from the blob store, analyse, judge,
 * thumbnail, store the thumbnail, record the verdict) over BENCH_CHECK_PAGES pages (default 100) of
 * the scan fixtures, one page at a time beside all cores at once.
 */
export async function scanCheckJobBench(): Promise<object> {
  const count = Number(process.env.BENCH_CHECK_PAGES ?? 100);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'casevault-bench-check-'));
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
  const container = createContainer(config);
  try {
    await migrateToLatest(container.db, container.dialect);
    await container.start();
    await container.services.setup.seedDemo(fixtureCourt(), new Date('2022-03-01T08:00:00Z'));
    const point = (await container.repos.reference.scanningPoints())[0]!;
    const shas: string[] = [];
    for (const name of PAGES) {
      const blob = await container.blobStore.commit(await container.blobStore.stage(Readable.from([fs.readFileSync(path.join('test/fixtures/scans', name))])));
      await container.repos.blobs.register(blob, new Date().toISOString());
      shas.push(blob.sha256);
    }
    const runs = [];
    for (const concurrency of [...new Set([1, os.cpus().length, 2 * os.cpus().length, 4 * os.cpus().length])]) {
      const batchId = randomUUID();
      const now = new Date().toISOString();
      await container.repos.scans.insertBatch({ id: batchId, scanning_point_id: point.id, case_id: null, label: `bench ${concurrency}`, declared_pages: null, origin: 'scanning', status: 'checking', operator_id: null, thresholds_json: JSON.stringify(defaultScanQcThresholds), created_at: now, updated_at: now });
      for (let i = 0; i < count; i++) {
        await container.repos.scans.insertPage({ id: randomUUID(), batch_id: batchId, seq: i + 1, sha256: shas[i % shas.length]!, original_name: PAGES[i % PAGES.length]!, format: 'tiff', width: null, height: null, dpi: null, colour_mode: null, thumb_sha256: null, measures_json: null, verdict: null, reasons_json: null, status: 'active', group_id: null, rescan_reason: null, rescan_note: null, rescan_requested_by: null, rescan_requested_at: null, replaces_page_id: null, operator_id: null, created_at: now, checked_at: null });
      }
      const processing = new ScanProcessingService(container.db, container.blobStore, { ocr: 'off', concurrency });
      const started = process.hrtime.bigint();
      await processing.checkBatch(batchId);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      runs.push({ concurrency, pages: count, seconds: Math.round(seconds * 100) / 100, pagesPerS: Math.round((count / seconds) * 10) / 10 });
    }
    return { scenario: 'scan-check-job', fixtures: PAGES, runs, cpus: os.cpus().length };
  } finally {
    await container.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
