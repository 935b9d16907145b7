import type { Readable } from 'node:stream';
import type { Db } from '../db/connect.js';
import type { QuarantineFileRow } from '../db/schema.js';
import type { RequestContext } from '../domain/access.js';
import { AppError, type ErrorCode, errorCatalog } from '../errors.js';
import { inspectFile, InspectPool, type FileFacts } from '../formats/index.js';
import { BlobRepository } from '../repositories/blob.repository.js';
import { MaterialRepository } from '../repositories/material.repository.js';
import { BlobTooLargeError, type BlobRef, type BlobStore, type StagedBlob } from '../storage/blob-store.js';
import { recordAudit } from './audit.service.js';
import { randomUUID } from 'node:crypto';

/** A file received and inspected, still in staging. */
export interface InspectedFile {
  staged: StagedBlob;
  facts: FileFacts;
  originalName: string;
}

/** A file received in a request (or taken from a hot folder), staged but not yet inspected. */
export interface ReceivedFile {
  fieldName: string;
  originalName: string;
  staged: StagedBlob;
}

/** Where a refused file came from, recorded with it in quarantine. */
export interface QuarantineContext {
  caseId?: string | null;
  scanBatchId?: string | null;
  scanningPointId?: string | null;
  origin: 'upload' | 'integration' | 'scanning' | 'hot_folder';
}

/**
 * The intake of every file (DESIGN.md §5): stream into staging while hashing (SHA-256 + SM3),
 * identify and validate by content, then either commit it to the blob store or keep it in
 * quarantine for the operator. Nothing is ever dropped.
 */
export class FileIntakeService {
  constructor(
    private readonly db: Db,
    readonly store: BlobStore,
    private readonly options: { maxBytes: number; pool?: InspectPool; inspect?: (path: string, name?: string) => Promise<FileFacts> },
  ) {}

  /** @throws UPLOAD_TOO_LARGE */
  async stage(source: Readable | AsyncIterable<Uint8Array>): Promise<StagedBlob> {
    try {
      return await this.store.stage(source, { maxBytes: this.options.maxBytes });
    } catch (e) {
      if (e instanceof BlobTooLargeError) throw new AppError('UPLOAD_TOO_LARGE', `文件超过允许的大小上限（${formatBytes(e.maxBytes)}）`);
      throw e;
    }
  }

  async inspect(staged: StagedBlob, originalName: string): Promise<InspectedFile> {
    const pool = this.options.pool;
    const facts = this.options.inspect ? await this.options.inspect(staged.path, originalName) : pool ? await pool.inspect(staged.path, originalName) : await inspectFile(staged.path, originalName);
    return { staged, facts, originalName: normaliseName(originalName) };
  }

  /** Releases the inspection worker threads. */
  async close(): Promise<void> {
    await this.options.pool?.close();
  }

  /** Commits a staged file to the store (idempotent). The caller registers it in its transaction. */
  async commit(staged: StagedBlob): Promise<BlobRef> {
    return this.store.commit(staged);
  }

  async discard(staged: StagedBlob): Promise<void> {
    await this.store.discard(staged.stagingKey);
  }

  /**
   * Removes staging files older than `olderThanMs`: uploads interrupted by a dropped connection or
   * a crash. Younger ones may belong to an upload or a job in progress and are left alone.
   * @returns how many were removed
   */
  async sweepStaging(olderThanMs: number, now = Date.now()): Promise<number> {
    let removed = 0;
    for (const entry of await this.store.listStaging()) {
      if (now - entry.modifiedAt.getTime() < olderThanMs) continue;
      await this.store.discard(entry.stagingKey);
      removed++;
    }
    return removed;
  }

  /**
   * Keeps a refused file: its bytes go to the blob store, a quarantine row records why, and an
   * AppError carrying the problems is returned for the caller to throw.
   */
  async quarantine(ctx: RequestContext, file: InspectedFile, where: QuarantineContext, code?: ErrorCode): Promise<AppError> {
    const blob = await this.store.commit(file.staged);
    const now = new Date().toISOString();
    const row: QuarantineFileRow = {
      id: randomUUID(),
      case_id: where.caseId ?? null,
      scan_batch_id: where.scanBatchId ?? null,
      scanning_point_id: where.scanningPointId ?? null,
      original_name: file.originalName,
      sha256: blob.sha256,
      size: blob.size,
      format: file.facts.format,
      problems_json: JSON.stringify(file.facts.problems),
      origin: where.origin,
      uploaded_by: ctx.actor.id === 'system' ? null : ctx.actor.id,
      created_at: now,
      resolved_at: null,
      resolved_by: null,
      resolution: null,
    };
    await this.db.transaction().execute(async (trx) => {
      await new BlobRepository(trx).register(blob, now);
      await new MaterialRepository(trx).insertQuarantine(row);
      await recordAudit(trx, ctx, 'file.quarantine', { type: 'quarantine', id: row.id }, null, {
        originalName: row.original_name,
        sha256: blob.sha256,
        caseId: row.case_id,
        problems: file.facts.problems.filter((p) => p.severity === 'error').map((p) => p.code),
      });
    });
    const errors = file.facts.problems.filter((p) => p.severity === 'error');
    const first = errors[0];
    const errorCode: ErrorCode = code ?? (first && first.code in errorCatalog ? (first.code as ErrorCode) : 'MATERIAL_FILE_REJECTED');
    const message = code ? errorCatalog[code].message : (first?.message ?? errorCatalog.MATERIAL_FILE_REJECTED.message);
    return new AppError(errorCode, `${message}（文件“${file.originalName}”已隔离保存）`, {
      quarantineId: row.id,
      problems: file.facts.problems,
      format: file.facts.format,
    });
  }
}

/** True when the inspection found a problem that keeps the file out of the case file. */
export function hasBlockingProblem(facts: FileFacts): boolean {
  return facts.problems.some((p) => p.severity === 'error');
}

/** Original Chinese names are kept, NFC-normalised, without any path part (DESIGN.md §4). */
export function normaliseName(name: string): string {
  const base = name.replace(/\\/g, '/').split('/').pop() ?? '';
  const clean = base.normalize('NFC').replace(/[\u0000-\u001f]/g, '').trim();
  return clean || '未命名文件';
}

export function formatBytes(n: number): string {
  if (n >= 1024 ** 3) return `${(n / 1024 ** 3).toFixed(1)} GB`;
  if (n >= 1024 ** 2) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(n / 1024))} KB`;
}
