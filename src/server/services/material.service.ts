import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { materialUploadFields, type MaterialOut, type MaterialUploadFields, type QuarantineOut } from '../../common/capture-api.js';
import type { MaterialCategory, MaterialOrigin, MaterialSource } from '../../common/vocabulary.js';
import type { Db } from '../db/connect.js';
import type { MaterialFileRow, MaterialRow } from '../db/schema.js';
import { can, canSeeDepartment, type RequestContext } from '../domain/access.js';
import { primaryFile } from '../domain/primary-file.js';
import { AppError } from '../errors.js';
import type { FileFacts } from '../formats/index.js';
import { BlobRepository } from '../repositories/blob.repository.js';
import { MaterialRepository, type MaterialWithCreator } from '../repositories/material.repository.js';
import type { ByteRange } from '../storage/blob-store.js';
import { recordAudit } from './audit.service.js';
import type { CaseService } from './case.service.js';
import { hasBlockingProblem, type FileIntakeService, type InspectedFile } from './file-intake.service.js';

/** A file's bytes for the content route: a stream, its length and type, and the range served. */
export interface MaterialContent {
  stream: Readable;
  size: number;
  mime: string;
  fileName: string;
  range: ByteRange | null;
  sha256: string;
}

/**
 * Materials of a case (诉讼材料): born-digital uploads, trial-system pushes and recordings, each
 * file identified, validated and stored; the case's material timeline; reading a file with HTTP
 * ranges. Scanned materials are created by the scanning service.
 */
export class MaterialService {
  constructor(
    private readonly db: Db,
    private readonly materials: MaterialRepository,
    private readonly cases: CaseService,
    private readonly intake: FileIntakeService,
  ) {}

  /** Checks before any byte is read that the actor may add materials to the case. @throws CASE_NOT_FOUND, PERMISSION_DENIED */
  async assertCanUpload(ctx: RequestContext, caseId: string): Promise<void> {
    if (!can(ctx.actor, 'material.upload')) throw new AppError('PERMISSION_DENIED');
    await this.cases.visibleRow(ctx, caseId);
  }

  stage(source: Readable | AsyncIterable<Uint8Array>) {
    return this.intake.stage(source);
  }

  discardStaged(staged: InspectedFile['staged']) {
    return this.intake.discard(staged);
  }

  /**
   * Adds one born-digital or recorded material with its file (already staged by the route).
   * @throws VALIDATION_FAILED, a format code (422, file quarantined), MATERIAL_SOURCE_MISMATCH
   */
  async upload(
    ctx: RequestContext,
    caseId: string,
    file: { staged: InspectedFile['staged']; originalName: string },
    rawFields: MaterialUploadFields,
    options: { origin?: MaterialOrigin; externalId?: string } = {},
  ): Promise<MaterialOut> {
    let fields;
    try {
      await this.assertCanUpload(ctx, caseId);
      fields = materialUploadFields.parse(rawFields);
    } catch (e) {
      await this.intake.discard(file.staged);
      throw e;
    }
    const origin = options.origin ?? 'upload';
    const inspected = await this.intake.inspect(file.staged, file.originalName);
    if (hasBlockingProblem(inspected.facts)) throw await this.intake.quarantine(ctx, inspected, { caseId, origin });
    const isMedia = inspected.facts.family === 'audio' || inspected.facts.family === 'video';
    if (fields.source === 'recording' && !isMedia) throw await this.intake.quarantine(ctx, inspected, { caseId, origin }, 'MATERIAL_SOURCE_MISMATCH');

    const blob = await this.intake.commit(inspected.staged);
    const now = new Date().toISOString();
    const id = randomUUID();
    const facts = inspected.facts;
    const row: MaterialRow = {
      id,
      case_id: caseId,
      external_id: options.externalId ?? null,
      title: fields.title,
      source: fields.source,
      category: fields.category ?? defaultCategory(fields.source),
      origin,
      status: 'ready',
      author: fields.author ?? null,
      document_date: fields.documentDate ?? null,
      pages: facts.pages ?? facts.ofd?.pages ?? null,
      ocr_status: null,
      hearing_date: fields.hearingDate ?? null,
      courtroom: fields.courtroom ?? null,
      duration_seconds: facts.durationSeconds ?? null,
      scan_batch_id: null,
      problems_json: JSON.stringify(facts.problems),
      created_by: ctx.actor.id === 'system' ? null : ctx.actor.id,
      created_at: now,
      updated_at: now,
    };
    const fileRow: MaterialFileRow = {
      id: randomUUID(),
      material_id: id,
      seq: 1,
      role: 'original',
      sha256: blob.sha256,
      sm3: blob.sm3,
      size: blob.size,
      original_name: inspected.originalName,
      format: facts.format,
      mime: facts.mime,
      facts_json: JSON.stringify(facts),
      created_at: now,
    };
    await this.db.transaction().execute(async (trx) => {
      const repo = this.materials.with(trx);
      if (options.externalId && (await repo.byExternalId(options.externalId))) {
        // A concurrent retry won the race; this request's bytes are the same blob, nothing to add.
        return;
      }
      await new BlobRepository(trx).register(blob, now);
      await repo.insert(row);
      await repo.insertFile(fileRow);
      await recordAudit(trx, ctx, 'material.create', { type: 'material', id }, null, {
        caseId,
        title: row.title,
        source: row.source,
        origin,
        externalId: row.external_id,
        file: { name: fileRow.original_name, sha256: blob.sha256, sm3: blob.sm3, size: blob.size, format: facts.format },
      });
    });
    const stored = options.externalId ? await this.materials.byExternalId(options.externalId) : await this.materials.byId(id);
    return (await this.toOut([stored!]))[0]!;
  }

  /**
   * The trial system's idempotent push of a material by its external id: the first call stores
   * it; a retry with the same bytes returns the stored material (and applies changed metadata);
   * different bytes under the same id are refused — a received material is never overwritten.
   * @returns the material and whether it was created now.
   * @throws MATERIAL_EXTERNAL_ID_CONFLICT and everything upload() throws
   */
  async upsertByExternalId(
    ctx: RequestContext,
    caseId: string,
    externalId: string,
    file: { staged: InspectedFile['staged']; originalName: string },
    fields: MaterialUploadFields,
  ): Promise<{ material: MaterialOut; created: boolean }> {
    const existing = await this.materials.byExternalId(externalId);
    if (!existing) {
      return { material: await this.upload(ctx, caseId, file, fields, { origin: 'integration', externalId }), created: true };
    }
    await this.intake.discard(file.staged);
    await this.assertCanUpload(ctx, existing.case_id);
    if (existing.case_id !== caseId) throw new AppError('MATERIAL_EXTERNAL_ID_CONFLICT', '该外部标识的材料属于另一案件');
    const files = await this.materials.files([existing.id]);
    if (!files.some((f) => f.sha256 === file.staged.sha256)) throw new AppError('MATERIAL_EXTERNAL_ID_CONFLICT');
    const parsed = materialUploadFields.parse(fields);
    const changes: Partial<MaterialRow> = {};
    if (parsed.title !== existing.title) changes.title = parsed.title;
    if ((parsed.documentDate ?? null) !== existing.document_date && parsed.documentDate) changes.document_date = parsed.documentDate;
    if ((parsed.author ?? null) !== existing.author && parsed.author) changes.author = parsed.author;
    if (Object.keys(changes).length) {
      await this.db.transaction().execute(async (trx) => {
        await this.materials.with(trx).update(existing.id, { ...changes, updated_at: new Date().toISOString() });
        const before = Object.fromEntries(Object.keys(changes).map((k) => [k, existing[k as keyof MaterialRow]]));
        await recordAudit(trx, ctx, 'material.update', { type: 'material', id: existing.id }, before, changes);
      });
    }
    return { material: await this.get(ctx, existing.id), created: false };
  }

  /** The case's materials, oldest first (the material timeline). @throws CASE_NOT_FOUND */
  async listForCase(ctx: RequestContext, caseId: string): Promise<MaterialOut[]> {
    await this.cases.visibleRow(ctx, caseId);
    return this.toOut(await this.materials.byCase(caseId));
  }

  /** @throws MATERIAL_NOT_FOUND */
  async get(ctx: RequestContext, id: string): Promise<MaterialOut> {
    const row = await this.visibleMaterial(ctx, id);
    return (await this.toOut([row]))[0]!;
  }

  /**
   * Opens a material's file for reading, whole or one byte range (HTTP Range, inclusive end).
   * Without `seq` the material's main file (`primaryFile`): the latest signed revision, else the
   * assembled PDF of a scanned material, else the original.
   * @throws MATERIAL_NOT_FOUND, RANGE_NOT_SATISFIABLE
   */
  async openContent(ctx: RequestContext, id: string, seq: number | undefined, range: { start?: number; end?: number } | null): Promise<MaterialContent> {
    const material = await this.visibleMaterial(ctx, id);
    const files = await this.materials.files([material.id]);
    const file = seq !== undefined ? files.find((f) => f.seq === seq) : primaryFile(files);
    if (!file) throw new AppError('MATERIAL_NOT_FOUND', '该材料还没有可查阅的文件（可能仍在处理中）');
    const size = Number(file.size);
    const resolved = range ? resolveRange(range, size) : null;
    const stream = await this.intake.store.read(file.sha256, resolved ?? undefined);
    return { stream, size, mime: file.mime, fileName: file.original_name, range: resolved, sha256: file.sha256 };
  }

  async visibleMaterial(ctx: RequestContext, id: string): Promise<MaterialWithCreator> {
    if (!can(ctx.actor, 'case.read')) throw new AppError('PERMISSION_DENIED');
    const row = await this.materials.byId(id);
    if (!row) throw new AppError('MATERIAL_NOT_FOUND');
    try {
      await this.cases.visibleRow(ctx, row.case_id);
    } catch {
      throw new AppError('MATERIAL_NOT_FOUND');
    }
    return row;
  }

  // ── quarantine ──────────────────────────────────────────────────────────────────────────────
  /** Open and handled quarantined files of a case. @throws CASE_NOT_FOUND */
  async quarantineForCase(ctx: RequestContext, caseId: string): Promise<QuarantineOut[]> {
    await this.cases.visibleRow(ctx, caseId);
    return (await this.materials.quarantine({ caseId })).map(toQuarantineOut);
  }

  /** Records how a quarantined file was handled; its bytes stay. @throws QUARANTINE_NOT_FOUND */
  async resolveQuarantine(ctx: RequestContext, id: string, resolution: string): Promise<QuarantineOut> {
    const row = await this.visibleQuarantine(ctx, id);
    const now = new Date().toISOString();
    await this.db.transaction().execute(async (trx) => {
      await this.materials.with(trx).resolveQuarantine(id, { resolved_at: now, resolved_by: ctx.actor.id, resolution });
      await recordAudit(trx, ctx, 'file.quarantine.resolve', { type: 'quarantine', id }, { resolvedAt: row.resolved_at }, { resolvedAt: now, resolution });
    });
    return toQuarantineOut((await this.materials.quarantineById(id))!);
  }

  async openQuarantined(ctx: RequestContext, id: string): Promise<MaterialContent> {
    const row = await this.visibleQuarantine(ctx, id);
    const size = Number(row.size);
    return { stream: await this.intake.store.read(row.sha256), size, mime: 'application/octet-stream', fileName: row.original_name, range: null, sha256: row.sha256 };
  }

  private async visibleQuarantine(ctx: RequestContext, id: string) {
    const row = await this.materials.quarantineById(id);
    if (!row) throw new AppError('QUARANTINE_NOT_FOUND');
    if (row.case_id) {
      try {
        await this.cases.visibleRow(ctx, row.case_id);
      } catch {
        throw new AppError('QUARANTINE_NOT_FOUND');
      }
    } else if (!can(ctx.actor, 'scan.operate') && !can(ctx.actor, 'scan.manage')) {
      throw new AppError('QUARANTINE_NOT_FOUND');
    }
    return row;
  }

  async toOut(rows: MaterialWithCreator[]): Promise<MaterialOut[]> {
    const files = await this.materials.files(rows.map((r) => r.id));
    return rows.map((r) => toMaterialOut(r, files.filter((f) => f.material_id === r.id)));
  }
}

export function toMaterialOut(r: MaterialWithCreator, files: MaterialFileRow[]): MaterialOut {
  return {
    id: r.id,
    caseId: r.case_id,
    externalId: r.external_id,
    title: r.title,
    source: r.source as MaterialSource,
    category: r.category as MaterialCategory,
    origin: r.origin as MaterialOrigin,
    status: r.status as MaterialOut['status'],
    author: r.author,
    documentDate: r.document_date,
    pages: r.pages,
    ocrStatus: r.ocr_status as MaterialOut['ocrStatus'],
    hearingDate: r.hearing_date,
    courtroom: r.courtroom,
    durationSeconds: r.duration_seconds,
    scanBatchId: r.scan_batch_id,
    createdAt: r.created_at,
    createdBy: r.created_by ? { id: r.created_by, name: r.creator_name ?? r.created_by } : null,
    files: files.map((f) => {
      const facts = JSON.parse(f.facts_json) as FileFacts;
      return {
        seq: f.seq,
        role: f.role,
        sha256: f.sha256,
        sm3: f.sm3,
        size: Number(f.size),
        originalName: f.original_name,
        format: f.format,
        mime: f.mime,
        ...(facts.pages !== undefined ? { pages: facts.pages } : {}),
        ...(facts.dpi !== undefined ? { dpi: facts.dpi } : {}),
        ...(facts.durationSeconds !== undefined ? { durationSeconds: facts.durationSeconds } : {}),
        longTermAllowed: facts.longTermAllowed ?? true,
        facts: facts as unknown as Record<string, unknown>,
      };
    }),
    problems: JSON.parse(r.problems_json),
  };
}

export function toQuarantineOut(r: NonNullable<Awaited<ReturnType<MaterialRepository['quarantineById']>>>): QuarantineOut {
  return {
    id: r.id,
    caseId: r.case_id,
    scanBatchId: r.scan_batch_id,
    originalName: r.original_name,
    sha256: r.sha256,
    size: Number(r.size),
    format: r.format,
    problems: JSON.parse(r.problems_json),
    origin: r.origin as QuarantineOut['origin'],
    uploadedBy: r.uploaded_by ? { id: r.uploaded_by, name: r.uploader_name ?? r.uploaded_by } : null,
    createdAt: r.created_at,
    resolvedAt: r.resolved_at,
    resolution: r.resolution,
  };
}

function defaultCategory(source: MaterialSource): MaterialCategory {
  return source === 'recording' ? 'hearing_recording' : 'other';
}

/** Resolves an HTTP byte range against a size (suffix ranges allowed). @throws RANGE_NOT_SATISFIABLE */
export function resolveRange(range: { start?: number; end?: number }, size: number): ByteRange {
  let start: number;
  let end: number;
  if (range.start === undefined) {
    const suffix = range.end ?? 0;
    start = Math.max(0, size - suffix);
    end = size - 1;
  } else {
    start = range.start;
    end = range.end === undefined ? size - 1 : Math.min(range.end, size - 1);
  }
  if (size === 0 || start > end || start >= size) throw new AppError('RANGE_NOT_SATISFIABLE', `请求的字节范围超出文件大小（${size} 字节）`, { size });
  return { start, end };
}

/** Parses a single-range `Range: bytes=a-b` header; null for none or one we don't serve (multi-range). */
export function parseRangeHeader(header: string | undefined): { start?: number; end?: number } | null {
  if (!header) return null;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === '' && m[2] === '')) return null;
  return { start: m[1] === '' ? undefined : Number(m[1]), end: m[2] === '' ? undefined : Number(m[2]) };
}
