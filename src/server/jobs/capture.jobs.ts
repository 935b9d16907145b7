import type { HotFolderService } from '../services/hot-folder.service.js';
import type { ScanProcessingService } from '../services/scan-processing.service.js';
import type { JobHandler } from './worker.js';

/** `scan.check`: quality control of a batch's unchecked pages (each page committed on its own). */
export function scanCheckJob(processing: ScanProcessingService): JobHandler<'scan.check'> {
  return async (payload, run) => processing.checkBatch(payload.batchId, (done, total) => run.report(done, total, null));
}

/** `material.assemble`: one PDF per scanned material, OCR where tesseract is present. */
export function materialAssembleJob(processing: ScanProcessingService): JobHandler<'material.assemble'> {
  return async (payload) => processing.assembleMaterial(payload.materialId);
}

/** `hotfolder.ingest`: a claimed hot-folder batch into the store, page by page, resumable. */
export function hotFolderIngestJob(hotFolders: HotFolderService): JobHandler<'hotfolder.ingest'> {
  return async (payload, run) => hotFolders.ingest(payload, (done, total) => run.report(done, total, null));
}
