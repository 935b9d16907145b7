import { createReadStream } from 'node:fs';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable, type Writable } from 'node:stream';
import { text } from 'node:stream/consumers';
import type { ArchiveFileOut, ArchiveListItem, ArchiveOut, ExportFormat, RetentionChangeIn } from '../../common/reception-api.js';
import { retentionChangeIn } from '../../common/reception-api.js';
import { METADATA_PATHS } from '../archive-package/layout-archive-version.js';
import { safeText } from '../archive-package/safe-name.js';
import { BagInvalidError, readBag, writeBag } from '../bagit/index.js';
import type { Db } from '../db/connect.js';
import type { ArchiveRow } from '../db/schema.js';
import { can, type RequestContext } from '../domain/access.js';
import { retentionCodeOf, retentionPeriods, type RetentionCode } from '../domain/archival-code/retention.js';
import { writeEep, type EepInput } from '../eep/index.js';
import { AppError } from '../errors.js';
import type { OcflRepository } from '../ocfl/index.js';
import type { ArchiveRepository } from '../repositories/archive.repository.js';
import type { ReferenceRepository } from '../repositories/reference.repository.js';
import type { UserRepository } from '../repositories/user.repository.js';
import type { ArchiveStore } from '../reception/archive-store.js';
import { extractTar, writeDirectoryAsTar } from '../tar/index.js';
import { recordAudit } from './audit.service.js';

/** A file added by 补充归档, staged locally by the route. */
export interface SupplementFile {
  name: string;
  path: string;
  size: number;
}

/**
 * Archives after reception: listing and reading every version, 补充归档 and 保管期限 changes as new
 * OCFL versions (never an overwrite), exports as a DA/T 48 EEP package or a BagIt bag (as .tar), and
 * the import of a BagIt bag from another system after full validation.
 */
export class ArchiveService {
  constructor(
    private readonly db: Db,
    private readonly archives: ArchiveRepository,
    private readonly reference: ReferenceRepository,
    private readonly users: UserRepository,
    private readonly archiveStore: ArchiveStore,
  ) {}

  async list(ctx: RequestContext, q: string | undefined, page: number, pageSize: number): Promise<{ items: ArchiveListItem[]; total: number }> {
    this.allow(ctx);
    const { rows, total } = await this.archives.listArchives(q?.trim() || undefined, pageSize, (page - 1) * pageSize);
    const items: ArchiveListItem[] = [];
    for (const r of rows) items.push(await this.listItem(r));
    return { items, total };
  }

  /** @throws ARCHIVE_NOT_FOUND */
  async get(ctx: RequestContext, code: string): Promise<ArchiveOut> {
    this.allow(ctx);
    const row = await this.row(code);
    const versions = await this.archives.versions(code);
    return {
      ...(await this.listItem(row)),
      versions: await Promise.all(
        versions.map(async (v) => ({
          version: v.version,
          kind: v.kind as ArchiveOut['versions'][number]['kind'],
          reason: v.reason,
          createdBy: v.created_by ? await this.name(v.created_by) : null,
          createdAt: v.created_at,
          files: v.files,
          bytes: Number(v.bytes),
        })),
      ),
    };
  }

  /** The logical files of a version with their sizes. @throws ARCHIVE_NOT_FOUND, ARCHIVE_FILE_NOT_FOUND */
  async files(ctx: RequestContext, code: string, version: string): Promise<{ version: string; files: ArchiveFileOut[] }> {
    this.allow(ctx);
    const row = await this.row(code);
    const repo = await this.archiveStore.open();
    const view = await repo.getObject(row.object_id);
    const v = view?.versions.find((x) => x.version === version);
    if (!view || !v) throw new AppError('ARCHIVE_FILE_NOT_FOUND', `档案没有版本 ${version}`);
    const files: ArchiveFileOut[] = [];
    for (const f of v.files) {
      const st = await repo.store.stat(`${view.objectPath}/${f.contentPath}`);
      files.push({ path: f.logicalPath, size: st?.size ?? 0, sha256: f.fixity.sha256 ?? '' });
    }
    return { version, files };
  }

  /** Streams one file of a version. @throws ARCHIVE_FILE_NOT_FOUND */
  async content(ctx: RequestContext, code: string, version: string, logicalPath: string): Promise<Readable> {
    this.allow(ctx);
    const row = await this.row(code);
    const repo = await this.archiveStore.open();
    try {
      return await repo.readFile(row.object_id, logicalPath.normalize('NFC'), version);
    } catch {
      throw new AppError('ARCHIVE_FILE_NOT_FOUND');
    }
  }

  /**
   * An export of the head version: EEP (DA/T 48 XML) or BagIt (a tar of the bag). Checks access and
   * the format first, so the route can answer an error before it starts streaming.
   * @returns the file name and type to offer, and `write` that streams the export (audited once written).
   * @throws ARCHIVE_EXPORT_FORMAT, ARCHIVE_NOT_FOUND
   */
  async exporter(ctx: RequestContext, code: string, format: string): Promise<{ fileName: string; mime: string; write: (out: Writable) => Promise<void> }> {
    this.allow(ctx);
    if (format !== 'eep' && format !== 'bagit') throw new AppError('ARCHIVE_EXPORT_FORMAT');
    const row = await this.row(code);
    const repo = await this.archiveStore.open();
    const base = safeText(code);
    return {
      fileName: `${base}.${format === 'eep' ? 'eep.xml' : 'bag.tar'}`,
      mime: format === 'eep' ? 'application/xml' : 'application/x-tar',
      write: async (out) => {
        if (format === 'eep') await writeEep(out, await this.eepInput(repo, row));
        else await this.writeBagTar(repo, row, out);
        await recordAudit(this.db, ctx, 'archive.export', { type: 'archive', id: code }, null, { format: format as ExportFormat, objectId: row.object_id });
      },
    };
  }

  /** 补充归档: the files are added under content/补充归档/<date>/ as a new version. */
  async supplement(ctx: RequestContext, code: string, reason: string, files: readonly SupplementFile[]): Promise<ArchiveOut> {
    this.allow(ctx);
    if (!reason.trim()) throw new AppError('VALIDATION_FAILED', '请写明补充归档的理由');
    if (files.length === 0) throw new AppError('VALIDATION_FAILED', '请选择要补充归档的文件');
    const row = await this.row(code);
    const repo = await this.archiveStore.open();
    const now = new Date();
    const day = now.toISOString().slice(0, 10);
    const taken = new Set<string>();
    const inputs = files.map((f) => {
      let name = safeText(f.name.normalize('NFC'));
      for (let i = 2; taken.has(name); i++) name = `${i} ${safeText(f.name.normalize('NFC'))}`;
      taken.add(name);
      return { logicalPath: `content/补充归档/${day}/${name}`, source: () => createReadStream(f.path) as Readable, size: f.size };
    });
    const commit = await repo.addVersion(row.object_id, { files: inputs, message: `补充归档：${reason}`, user: { name: ctx.actor.displayName, address: `urn:casevault:user:${ctx.actor.id}` }, created: now });
    await this.db.transaction().execute(async (trx) => {
      const archives = this.archives.with(trx);
      await archives.updateArchive(code, { head_version: commit.version });
      await archives.insertVersion({ archival_code: code, version: commit.version, kind: 'supplement', reason, files: files.length, bytes: files.reduce((s, f) => s + f.size, 0), created_by: ctx.actor.id, created_at: now.toISOString() });
      await recordAudit(trx, ctx, 'archive.supplement', { type: 'archive', id: code }, { version: row.head_version }, { version: commit.version, reason, files: inputs.map((i) => i.logicalPath) });
    });
    return this.get(ctx, code);
  }

  /** A new 保管期限 with its reason: recorded, and written into the archive as a new version's note. */
  async changeRetention(ctx: RequestContext, code: string, raw: RetentionChangeIn): Promise<ArchiveOut> {
    this.allow(ctx);
    const input = retentionChangeIn.parse(raw);
    const row = await this.row(code);
    if (input.retentionPeriod === row.retention_code) throw new AppError('VALIDATION_FAILED', '新的保管期限与现行的相同');
    const repo = await this.archiveStore.open();
    const now = new Date();
    const from = retentionPeriods[row.retention_code as RetentionCode];
    const to = retentionPeriods[input.retentionPeriod];
    const note = `${JSON.stringify({ archivalCode: code, from: from.code, to: to.code, fromLabel: from.label, toLabel: to.label, reason: input.reason, by: ctx.actor.displayName, at: now.toISOString() }, null, 2)}\n`;
    const logicalPath = `metadata/retention-changes/${now.toISOString().replace(/[:.]/g, '-')}.json`;
    const commit = await repo.addVersion(row.object_id, {
      files: [{ logicalPath, source: () => Readable.from([Buffer.from(note)]), size: Buffer.byteLength(note) }],
      message: `调整保管期限：${from.label} → ${to.label}（${input.reason}）`,
      user: { name: ctx.actor.displayName, address: `urn:casevault:user:${ctx.actor.id}` },
      created: now,
    });
    await this.db.transaction().execute(async (trx) => {
      const archives = this.archives.with(trx);
      await archives.updateArchive(code, { head_version: commit.version, retention_code: to.code, retention_reason: input.reason });
      await archives.insertVersion({ archival_code: code, version: commit.version, kind: 'retention', reason: `${from.label} → ${to.label}：${input.reason}`, files: 1, bytes: Buffer.byteLength(note), created_by: ctx.actor.id, created_at: now.toISOString() });
      await recordAudit(trx, ctx, 'archive.retention', { type: 'archive', id: code }, { retentionPeriod: from.label }, { retentionPeriod: to.label, reason: input.reason, version: commit.version });
    });
    return this.get(ctx, code);
  }

  /**
   * Imports a BagIt bag (a .tar) from another system: extracted safely, every manifest verified, the
   * profile (案号, 档号, 保管期限) required, then written as a new OCFL object with the payload as is.
   * @throws ARCHIVE_IMPORT_INVALID (details.findings)
   */
  async importBag(ctx: RequestContext, tar: Readable): Promise<ArchiveOut> {
    this.allow(ctx);
    const work = await mkdtemp(path.join(os.tmpdir(), 'casevault-import-'));
    try {
      const extraction = await extractTar(tar, path.join(work, 'x'));
      const findings = extraction.issues.map((i) => ({ code: i.code, severity: i.severity, message: i.message, ...(i.path ? { path: i.path } : {}) }));
      if (!extraction.ok) throw new AppError('ARCHIVE_IMPORT_INVALID', undefined, { findings });
      const bagDir = await bagRoot(path.join(work, 'x'));
      let bag;
      try {
        bag = await readBag(bagDir);
      } catch (e) {
        if (e instanceof BagInvalidError) throw new AppError('ARCHIVE_IMPORT_INVALID', undefined, { findings: [...findings, ...e.issues.map((i) => ({ code: i.code, severity: i.severity, message: i.message, ...(i.path ? { path: i.path } : {}) }))] });
        throw e;
      }
      const missing = [!bag.info.caseNumber && '案号（Court-Case-Number）', !bag.info.archivalCode && '档号（Archival-Code）', !bag.info.retentionPeriod && '保管期限（Retention-Period）'].filter((x): x is string => !!x);
      const retention = retentionCodeOf(bag.info.retentionPeriod ?? '');
      if (bag.info.retentionPeriod && !retention) missing.push(`可识别的保管期限（收到“${bag.info.retentionPeriod}”）`);
      if (missing.length) throw new AppError('ARCHIVE_IMPORT_INVALID', `bag-info.txt 缺少：${missing.join('、')}`, { findings: missing.map((m) => ({ code: 'BAG_PROFILE_MISSING', severity: 'error', message: `bag-info.txt 缺少${m}` })) });
      const code = bag.info.archivalCode!.normalize('NFC');
      if (await this.archives.archive(code)) throw new AppError('ARCHIVE_IMPORT_INVALID', `档号 ${code} 已存在`, { findings: [{ code: 'ARCHIVAL_CODE_TAKEN', severity: 'error', message: `档号 ${code} 已存在` }] });
      const court = await this.reference.court();
      const objectId = `urn:casevault:${court?.code ?? 'import'}:${bag.info.caseNumber!}`.normalize('NFC');
      if (await this.archives.archiveByObjectId(objectId)) throw new AppError('ARCHIVE_IMPORT_INVALID', `案号 ${bag.info.caseNumber} 已有档案`, { findings: [{ code: 'ARCHIVE_EXISTS', severity: 'error', message: `案号 ${bag.info.caseNumber} 已有档案` }] });
      const repo = await this.archiveStore.open();
      if (await repo.getObject(objectId)) throw new AppError('ARCHIVE_OBJECT_EXISTS');
      const now = new Date();
      await repo.createObject(objectId, {
        // The payload as it came, and the bag's own description (档号, 案号, 保管期限, source), so that the
        // archive can be understood — and the index rebuilt — from the storage root alone.
        files: [
          ...bag.payload.map((p) => ({ logicalPath: p.path, source: () => p.file, size: p.size })),
          { logicalPath: IMPORT_BAG_INFO_PATH, source: () => path.join(bagDir, 'bag-info.txt') },
        ],
        message: `导入 BagIt 包（${bag.info.sourceOrganization}）`,
        user: { name: ctx.actor.displayName, address: `urn:casevault:user:${ctx.actor.id}` },
        created: now,
      });
      const bytes = bag.payload.reduce((s, p) => s + p.size, 0);
      await this.db.transaction().execute(async (trx) => {
        const archives = this.archives.with(trx);
        await archives.insertArchive({ archival_code: code, case_id: null, case_number: bag.info.caseNumber!, object_id: objectId, series: '导入', seq: 0, retention_code: retention!, retention_reason: null, source: 'import', head_version: 'v1', received_by: ctx.actor.id, received_at: now.toISOString() });
        await archives.insertVersion({ archival_code: code, version: 'v1', kind: 'import', reason: `来自 ${bag.info.sourceOrganization}`, files: bag.payload.length + 1, bytes, created_by: ctx.actor.id, created_at: now.toISOString() });
        await recordAudit(trx, ctx, 'archive.import', { type: 'archive', id: code }, null, { objectId, caseNumber: bag.info.caseNumber, source: bag.info.sourceOrganization, files: bag.payload.length, bytes, warnings: bag.warnings.length });
      });
      return this.get(ctx, code);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }

  private async eepInput(repo: OcflRepository, row: ArchiveRow): Promise<EepInput> {
    const catalogue = JSON.parse(await text(await repo.readFile(row.object_id, METADATA_PATHS.catalogue))) as ArchiveCatalogue;
    const court = await this.reference.court();
    const versions = await this.archives.versions(row.archival_code);
    const people = new Map<string, string>();
    for (const v of versions) if (v.created_by) people.set(v.created_by, await this.name(v.created_by));
    return {
      court: { name: court?.name ?? catalogue.court.name, code: court?.code ?? catalogue.court.code, fondsCode: catalogue.court.fonds },
      case: { caseNumber: catalogue.case.caseNumber, causeOfAction: catalogue.case.causeOfAction ?? '', ...(catalogue.case.filedOn ? { filedOn: catalogue.case.filedOn } : {}), ...(catalogue.case.closedOn ? { closedOn: catalogue.case.closedOn } : {}) },
      archivalCode: row.archival_code,
      year: Number((catalogue.case.closedOn ?? catalogue.case.filedOn ?? row.received_at).slice(0, 4)),
      retentionPeriod: retentionPeriods[row.retention_code as RetentionCode]?.label ?? row.retention_code,
      classification: '内部',
      volumes: catalogue.volumes.map((v) => ({
        kind: v.kind,
        entries: v.entries.map((e) => ({
          sequence: e.seq,
          recordId: e.materialId,
          title: e.title,
          responsible: e.responsible ?? catalogue.court.name,
          date: e.date ?? catalogue.case.closedOn ?? row.received_at.slice(0, 10),
          ...(e.pageStart !== null ? { pageStart: e.pageStart } : {}),
          ...(e.pageEnd !== null ? { pageEnd: e.pageEnd } : {}),
          ...(e.remarks ? { note: e.remarks } : {}),
          files: e.files.map((f) => ({
            name: f.originalName,
            format: { name: f.format.toUpperCase(), mime: f.mime },
            size: f.size,
            sha256: f.sha256,
            sm3: f.sm3,
            source: () => Readable.from((async function* () { yield* await repo.readFile(row.object_id, f.logicalPath); })()),
          })),
        })),
      })),
      events: versions.map((v) => ({ action: versionActions[v.kind] ?? v.kind, at: new Date(v.created_at), agentId: v.created_by ? `user-${v.created_by}` : 'court', description: v.reason ?? `${versionActions[v.kind] ?? v.kind}（${v.version}）` })),
      people: [{ id: 'court', type: '机构', name: court?.name ?? catalogue.court.name }, ...[...people].map(([id, name]) => ({ id: `user-${id}`, type: '个人' as const, name, position: '档案管理员' }))],
    };
  }

  private async writeBagTar(repo: OcflRepository, row: ArchiveRow, out: Writable): Promise<void> {
    const view = await repo.getObject(row.object_id);
    if (!view) throw new AppError('ARCHIVE_NOT_FOUND');
    const head = view.versions.find((v) => v.version === view.head)!;
    const court = await this.reference.court();
    const work = await mkdtemp(path.join(os.tmpdir(), 'casevault-bag-'));
    try {
      const dir = path.join(work, safeText(row.archival_code));
      await writeBag(dir, {
        files: head.files.map((f) => ({ path: f.logicalPath, source: () => repo.readFile(row.object_id, f.logicalPath, head.version) })),
        info: {
          sourceOrganization: court?.name ?? '',
          caseNumber: row.case_number,
          fondsCode: court?.fonds_code,
          archivalCode: row.archival_code,
          retentionPeriod: retentionPeriods[row.retention_code as RetentionCode]?.label ?? row.retention_code,
          externalIdentifier: row.object_id,
          externalDescription: `卷宗库档案 ${row.archival_code}（${head.version}）`,
        },
      });
      await writeDirectoryAsTar(dir, out, { prefix: path.basename(dir) });
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }

  private async listItem(r: ArchiveRow): Promise<ArchiveListItem> {
    const kase = r.case_id ? await this.db.selectFrom('court_case').innerJoin('department', 'department.id', 'court_case.department_id').select(['court_case.cause_of_action', 'department.name as department']).where('court_case.id', '=', r.case_id).executeTakeFirst() : undefined;
    const period = retentionPeriods[r.retention_code as RetentionCode];
    return {
      archivalCode: r.archival_code,
      caseId: r.case_id,
      caseNumber: r.case_number,
      causeOfAction: kase?.cause_of_action || null,
      department: kase?.department ?? null,
      retentionPeriod: { code: r.retention_code as RetentionCode, label: period?.label ?? r.retention_code },
      retentionReason: r.retention_reason,
      ocflObjectId: r.object_id,
      source: r.source as 'reception' | 'import',
      receivedBy: r.received_by ? await this.name(r.received_by) : null,
      receivedAt: r.received_at,
      headVersion: r.head_version,
    };
  }

  private async row(code: string): Promise<ArchiveRow> {
    const row = await this.archives.archive(code.normalize('NFC'));
    if (!row) throw new AppError('ARCHIVE_NOT_FOUND');
    return row;
  }

  private allow(ctx: RequestContext): void {
    if (!can(ctx.actor, 'archive.receive')) throw new AppError('PERMISSION_DENIED');
  }

  private async name(id: string): Promise<string> {
    return (await this.users.byId(id))?.display_name ?? id;
  }
}

/** Where an imported archive keeps the bag-info.txt it came with. */
export const IMPORT_BAG_INFO_PATH = 'metadata/import/bag-info.txt';

const versionActions: Record<string, string> = { reception: '接收归档', supplement: '补充归档', retention: '调整保管期限', import: '导入' };

interface ArchiveCatalogue {
  court: { name: string; code: string; fonds: string };
  case: { caseNumber: string; causeOfAction: string | null; filedOn: string | null; closedOn: string | null };
  volumes: Array<{
    kind: 'main' | 'side';
    entries: Array<{ seq: number; materialId: string; title: string; responsible: string | null; date: string | null; pageStart: number | null; pageEnd: number | null; remarks: string | null; files: Array<{ originalName: string; format: string; mime: string; size: number; sha256: string; sm3: string; logicalPath: string }> }>;
  }>;
}

/** The bag is the extracted directory itself or its single top-level directory. */
async function bagRoot(dir: string): Promise<string> {
  const entries = await readdir(dir);
  if (entries.includes('bagit.txt')) return dir;
  if (entries.length === 1 && (await stat(path.join(dir, entries[0]!))).isDirectory()) return path.join(dir, entries[0]!);
  return dir;
}

