import type { Db } from '../db/connect.js';
import type { ArchiveRow, ArchiveVersionRow } from '../db/schema.js';
import { systemContext } from '../domain/access.js';
import { parseCaseNumber } from '../domain/case-number/index.js';
import type { OcflRepository } from '../ocfl/index.js';
import { ArchiveRepository } from '../repositories/archive.repository.js';
import { CaseRepository } from '../repositories/case.repository.js';
import { recordAudit } from '../services/audit.service.js';
import type { CaseReference, MappedArchive, MappedObject } from './map-archive-object.js';
import { rebuildFinding, type RebuildFinding } from './rebuild-findings.js';
import { RebuildRepository } from './rebuild.repository.js';
import { scanStorageRoot } from './scan-storage-root.js';

export interface RebuildOptions {
  /** ARCHIVAL_CODE_TEMPLATE, to recompute each 档号's series as the reception did. */
  template: string;
  /** Read and compare everything, write nothing; the report says what would be done. */
  dryRun?: boolean;
  now?: () => Date;
}

/** The index and the storage root disagree about one fact; nothing is changed for it. */
export interface RebuildConflict {
  archivalCode: string;
  objectId: string | null;
  /** The column (or `object`, `version vN`) that disagrees. */
  field: string;
  database: string | null;
  storage: string | null;
  message: string;
}

export interface RebuildReport {
  dryRun: boolean;
  /** Object roots found in the storage root. */
  objects: number;
  /** Objects mapped to an archive without an error finding. */
  understood: number;
  /** Archives inserted (would be, in a dry run). */
  restored: number;
  /** Archives already in the index and agreeing with their object. */
  alreadyPresent: number;
  /** Version rows inserted, for restored archives and for present ones that missed some. */
  versionsRestored: number;
  /** Archives linked to their case (restored ones, and present ones that had no link). */
  casesLinked: number;
  /** Series counters set or raised to the highest 件号 found. */
  series: Array<{ series: string; from: number | null; to: number }>;
  conflicts: RebuildConflict[];
  findings: RebuildFinding[];
  /** True when every object was understood and nothing disagrees: the exit status is 0. */
  ok: boolean;
}

/** What one archive came to in this run. */
interface Outcome {
  outcome: 'restored' | 'present' | 'conflict';
  versionsInserted: number;
  /** The case this run linked the archive to. */
  linkedCase: string | null;
}

/** The first object claiming a 档号 in this run, and its outcome (to take it back on a duplicate). */
interface Claimant extends Outcome {
  objectId: string;
  objectPath: string;
  /** Already named in a duplicate finding. */
  flagged: boolean;
}

/**
 * Restores the archive index (`archive`, `archive_version`, `archival_code_series`) from the OCFL
 * storage root alone, after the database was lost (docs/rebuild.md). For every object: an archive
 * the index lacks is inserted with its versions, in one transaction, linked to its case when the
 * database has a `court_case` with catalogue.json's case id or its 案号 (and no other archive holds
 * that case); an archive the index has is compared, missing version rows are added and a missing
 * case link set, and any disagreement is a conflict — the row is never overwritten. Two objects
 * claiming one 档号 are both left out. Finally each series counter is raised to at least the
 * highest 件号 claimed, so no number is given twice. Every change is recorded as an audit event
 * `archive.rebuild` (actor 系统) in its transaction. Idempotent: a second run changes nothing.
 * Reads inventories and small metadata files only (`scanStorageRoot`).
 */
export async function rebuildIndex(db: Db, repo: OcflRepository, options: RebuildOptions): Promise<RebuildReport> {
  const dryRun = options.dryRun ?? false;
  const now = () => (options.now?.() ?? new Date()).toISOString();
  const archives = new ArchiveRepository(db);
  const cases = new CaseRepository(db);
  const rebuild = new RebuildRepository(db);
  const ctx = systemContext('rebuild');
  const report: RebuildReport = { dryRun, objects: 0, understood: 0, restored: 0, alreadyPresent: 0, versionsRestored: 0, casesLinked: 0, series: [], conflicts: [], findings: [], ok: false };
  const claimants = new Map<string, Claimant>();
  const objectIds = new Set<string>();
  const highest = new Map<string, number>();
  const linkedThisRun = new Set<string>();

  const conflict = (a: { archival_code: string; object_id: string | null }, field: string, database: unknown, storage: unknown, message: string) =>
    void report.conflicts.push({ archivalCode: a.archival_code, objectId: a.object_id, field, database: show(database), storage: show(storage), message });

  /** The case to link: by catalogue.json's case id, else by 案号; null when the database has neither. */
  const caseOf = async (ref: CaseReference | null): Promise<string | null> => {
    if (!ref) return null;
    const byId = await cases.byId(ref.id);
    if (byId) return byId.id;
    const parsed = parseCaseNumber(ref.caseNumber);
    return parsed.ok ? ((await cases.byKey(parsed.value.key))?.id ?? null) : null;
  };
  const caseTaken = async (caseId: string, code: string): Promise<string | null> => {
    const holder = await archives.archiveOfCase(caseId);
    if (holder && holder.archival_code !== code) return holder.archival_code;
    return linkedThisRun.has(caseId) ? '（本次恢复的另一档案）' : null;
  };

  const restore = async (m: MappedArchive): Promise<Outcome> => {
    const { archive, versions } = m;
    const byObject = await archives.archiveByObjectId(archive.object_id);
    if (byObject) {
      conflict(archive, 'archival_code', byObject.archival_code, archive.archival_code, `对象 ${archive.object_id} 在数据库中登记为档号 ${byObject.archival_code}`);
      return { outcome: 'conflict', versionsInserted: 0, linkedCase: null };
    }
    let caseId = await caseOf(m.caseRef);
    if (caseId) {
      const holder = await caseTaken(caseId, archive.archival_code);
      if (holder) {
        conflict(archive, 'case_id', holder, caseId, `案件已关联档案 ${holder}，此档案恢复为未关联案件`);
        caseId = null;
      }
    }
    if (!dryRun) {
      await db.transaction().execute(async (trx) => {
        const a = archives.with(trx);
        await a.insertArchive({ ...archive, case_id: caseId });
        for (const v of versions) await a.insertVersion(v);
        const after = { objectId: archive.object_id, caseId, source: archive.source, retentionPeriod: archive.retention_code, headVersion: archive.head_version, versions: versions.map((v) => `${v.version} ${v.kind}`) };
        await recordAudit(trx, ctx, 'archive.rebuild', { type: 'archive', id: archive.archival_code }, null, after);
      });
    }
    if (caseId) linkedThisRun.add(caseId);
    return { outcome: 'restored', versionsInserted: versions.length, linkedCase: caseId };
  };

  const compare = async (m: MappedArchive, existing: ArchiveRow): Promise<Outcome> => {
    const { archive } = m;
    const before = report.conflicts.length;
    for (const field of ['object_id', 'case_number', 'series', 'seq', 'source', 'head_version', 'retention_code'] as const) {
      if (String(existing[field]) !== String(archive[field])) conflict(archive, field, existing[field], archive[field], `数据库中的 ${field} 与对象不符`);
    }
    const caseId = await caseOf(m.caseRef);
    let link: string | null = null;
    if (m.caseRef && existing.case_id !== null && existing.case_id !== caseId) {
      conflict(archive, 'case_id', existing.case_id, caseId, `数据库关联的案件不是对象目录（catalogue.json）所指的案件`);
    } else if (m.caseRef && existing.case_id === null && caseId) {
      const holder = await caseTaken(caseId, archive.archival_code);
      if (holder) conflict(archive, 'case_id', null, caseId, `案件已关联档案 ${holder}`);
      else link = caseId;
    }
    const conflicted: Outcome = { outcome: 'conflict', versionsInserted: 0, linkedCase: null };
    if (report.conflicts.length > before) return conflicted;

    const rows = new Map((await archives.versions(archive.archival_code)).map((v) => [v.version, v]));
    const missing: ArchiveVersionRow[] = [];
    for (const v of m.versions) {
      const row = rows.get(v.version);
      if (!row) missing.push(v);
      else if (row.kind !== v.kind) conflict(archive, `version ${v.version}`, row.kind, v.kind, `版本 ${v.version} 的类型与对象不符`);
      rows.delete(v.version);
    }
    for (const extra of rows.keys()) conflict(archive, `version ${extra}`, extra, null, `数据库中有对象没有的版本 ${extra}`);
    if (report.conflicts.length > before) return conflicted;
    if (!dryRun && (missing.length || link)) {
      await db.transaction().execute(async (trx) => {
        const a = archives.with(trx);
        for (const v of missing) await a.insertVersion(v);
        if (link) await rebuild.with(trx).linkCase(archive.archival_code, link);
        await recordAudit(trx, ctx, 'archive.rebuild', { type: 'archive', id: archive.archival_code }, { caseId: existing.case_id }, { caseId: link ?? existing.case_id, versionsAdded: missing.map((v) => `${v.version} ${v.kind}`) });
      });
    }
    if (link) linkedThisRun.add(link);
    return { outcome: 'present', versionsInserted: missing.length, linkedCase: link };
  };

  /** A second object claims a 档号: neither is restored; one restored earlier in this run is taken back. */
  const duplicate = async (obj: MappedObject, code: string, first: Claimant): Promise<void> => {
    const other = (id: string, path: string) => `档号 ${code} 也由对象 ${id}（${path}）声明`;
    report.findings.push(rebuildFinding('REBUILD_DUPLICATE_ARCHIVAL_CODE', { path: obj.objectPath, objectId: obj.objectId }, other(first.objectId, first.objectPath)));
    if (first.flagged) return;
    first.flagged = true;
    report.findings.push(rebuildFinding('REBUILD_DUPLICATE_ARCHIVAL_CODE', { path: first.objectPath, objectId: first.objectId }, other(obj.objectId ?? '', obj.objectPath)));
    report.understood--;
    if (first.outcome !== 'restored') return;
    if (!dryRun) {
      await db.transaction().execute(async (trx) => {
        await rebuild.with(trx).deleteArchive(code);
        await recordAudit(trx, ctx, 'archive.rebuild', { type: 'archive', id: code }, { objectId: first.objectId }, { removed: `档号 ${code} 由多个对象声明，已撤回本次恢复` });
      });
    }
    report.restored--;
    report.versionsRestored -= first.versionsInserted;
    if (first.linkedCase) {
      report.casesLinked--;
      linkedThisRun.delete(first.linkedCase);
    }
  };

  for await (const obj of scanStorageRoot(repo, { template: options.template })) {
    report.objects++;
    if (obj.objectId) objectIds.add(obj.objectId);
    report.findings.push(...obj.findings);
    if (obj.claim && obj.claim.seq > 0) highest.set(obj.claim.series, Math.max(highest.get(obj.claim.series) ?? 0, obj.claim.seq));
    if (!obj.mapped) continue;
    const code = obj.mapped.archive.archival_code;
    const first = claimants.get(code);
    if (first) {
      await duplicate(obj, code, first);
      continue;
    }
    report.understood++;
    const existing = await archives.archive(code);
    const current: Claimant = { objectId: obj.mapped.archive.object_id, objectPath: obj.objectPath, flagged: false, ...(existing ? await compare(obj.mapped, existing) : await restore(obj.mapped)) };
    claimants.set(code, current);
    if (current.outcome === 'restored') report.restored++;
    if (current.outcome === 'present') report.alreadyPresent++;
    report.versionsRestored += current.versionsInserted;
    if (current.linkedCase) report.casesLinked++;
  }

  // Index rows whose archive is not (readably) in the storage root.
  for (const row of await rebuild.archiveObjects()) {
    if (!objectIds.has(row.object_id)) conflict(row, 'object', row.object_id, null, '存储根中没有此档案的对象（或其 inventory.json 无法读取）');
  }

  for (const [series, seq] of [...highest].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const last = await rebuild.seriesCounter(series);
    if (last !== undefined && last >= seq) continue;
    if (!dryRun) {
      await db.transaction().execute(async (trx) => {
        await rebuild.with(trx).raiseSeries(series, seq, now());
        await recordAudit(trx, ctx, 'archive.rebuild', { type: 'archival_code_series', id: series }, last === undefined ? null : { lastSeq: last }, { lastSeq: seq });
      });
    }
    report.series.push({ series, from: last ?? null, to: seq });
  }

  report.ok = report.conflicts.length === 0 && !report.findings.some((f) => f.severity === 'error');
  return report;
}

function show(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}
