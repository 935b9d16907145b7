import type {
  ArchiveEvent,
  ArchiveFile,
  ArchivePackageInput,
  ArchiveVolume,
} from '../archive-package/archive-package-input.js';
import type { ApprovalRow, CourtRow, MaterialFileRow, ReviewRow } from '../db/schema.js';
import { der } from '../signing/certificate-out.js';
import type { CaseListRow } from '../repositories/case.repository.js';
import type { MaterialWithCreator } from '../repositories/material.repository.js';
import type { CatalogueOut } from '../../common/catalogue-api.js';
import { formatTable, type FileFormat } from '../formats/index.js';
import { version as softwareVersion } from '../version.js';

/** Everything the archive input is built from, read by the caller from the database. */
export interface ArchiveSources {
  court: CourtRow;
  kase: CaseListRow;
  catalogue: CatalogueOut;
  materials: MaterialWithCreator[];
  files: MaterialFileRow[];
  rounds: ReviewRow[];
  approval: ApprovalRow;
  approverName: string;
  /** Display names of users by id (events' agents). */
  names: ReadonlyMap<string, string>;
}

export interface ArchiveLabels {
  archivalCode: string;
  retentionPeriod: { code: string; label: string; reason?: string };
  fourPropertyReport: unknown;
  packagedAt: string;
  /** Events after the approval (the check, the reception), oldest first. */
  laterEvents: ArchiveEvent[];
}

/**
 * The input of `layoutArchiveVersion` for an approved case file, from the database as it is now:
 * the catalogue (volumes, 册, entries, page ranges), each material's files with the digests recorded
 * at capture, the signed approval byte for byte, and the file's history as PREMIS events. The
 * catalogue is locked from submission on, so it should equal what the judge signed; any
 * disagreement is found by `packageProblems` and the 四性检测, never smoothed over here. Pure.
 */
export function archiveInput(src: ArchiveSources, labels: ArchiveLabels): ArchivePackageInput {
  const filesOf = new Map<string, MaterialFileRow[]>();
  for (const f of src.files) filesOf.set(f.material_id, [...(filesOf.get(f.material_id) ?? []), f]);
  const volumes: ArchiveVolume[] = src.catalogue.volumes.map((v) => ({
    kind: v.kind,
    number: v.number,
    pages: v.pages,
    entries: v.entries.map((e) => ({
      seq: e.seq,
      materialId: e.materialId,
      title: e.title,
      responsible: e.responsible,
      date: e.date,
      pageStart: e.pageStart,
      pageEnd: e.pageEnd,
      remarks: e.remarks,
      files: (filesOf.get(e.materialId) ?? []).sort((a, b) => a.seq - b.seq).map(archiveFile),
    })),
  }));
  const titles = new Map(src.materials.map((m) => [m.id, m.title]));
  const { kase, court } = src;
  return {
    court: { name: court.name, code: court.code, fonds: court.fonds_code },
    case: {
      id: kase.id,
      caseNumber: kase.case_number,
      causeOfAction: kase.cause_of_action || null,
      typeCode: kase.type_code,
      department: kase.department_name,
      judge: kase.judge_name,
      clerk: kase.clerk_name,
      filedOn: kase.filed_on,
      closedOn: kase.closed_on,
    },
    archivalCode: labels.archivalCode,
    retentionPeriod: labels.retentionPeriod,
    volumes,
    duplicates: src.catalogue.duplicates.map((d) => ({ materialId: d.materialId, title: titles.get(d.materialId) ?? d.title, keptMaterialId: d.keptMaterialId, reason: d.reason })),
    waivers: src.catalogue.waivers.map((w) => ({ slotId: w.slotId, slotTitle: w.slotTitle, reason: w.reason })),
    approval: {
      manifest: src.approval.manifest,
      signature: der(src.approval.signature),
      algorithm: src.approval.algorithm,
      signer: { id: src.approval.signer_id, name: src.approverName },
      signedAt: src.approval.created_at,
    },
    fourPropertyReport: labels.fourPropertyReport,
    events: [...historyEvents(src), ...labels.laterEvents],
    softwareVersion,
    packagedAt: labels.packagedAt,
  };
}

function archiveFile(f: MaterialFileRow): ArchiveFile {
  return {
    role: f.role,
    originalName: f.original_name,
    format: f.format,
    mime: f.mime || (formatTable[f.format as FileFormat]?.mime ?? 'application/octet-stream'),
    size: Number(f.size),
    sha256: f.sha256 || null,
    sm3: f.sm3 || null,
    blobKey: f.sha256,
  };
}

/** Capture of each catalogued material, each submission and the approval, as PREMIS events. */
function historyEvents(src: ArchiveSources): ArchiveEvent[] {
  const person = (id: string | null) => ({ id: id ?? 'casevault', name: id ? (src.names.get(id) ?? id) : 'CaseVault', kind: id ? ('person' as const) : ('software' as const) });
  const catalogued = new Set(src.catalogue.volumes.flatMap((v) => v.entries.map((e) => e.materialId)));
  const events: ArchiveEvent[] = [];
  for (const m of src.materials.filter((x) => catalogued.has(x.id)).sort((a, b) => a.created_at.localeCompare(b.created_at))) {
    events.push({ id: `ingest-${m.id}`, kind: 'ingestion', at: m.created_at, agent: person(m.created_by), outcome: 'success', detail: `收到材料“${m.title}”（${m.origin}）` });
    events.push({ id: `digest-${m.id}`, kind: 'message-digest-calculation', at: m.created_at, agent: { id: 'casevault', name: `CaseVault ${softwareVersion}`, kind: 'software' }, outcome: 'success', detail: '接收时计算 SHA-256 与 SM3 摘要' });
  }
  for (const r of src.rounds) {
    events.push({ id: `submit-${r.id}`, kind: 'submission', at: r.submitted_at, agent: person(r.submitted_by), outcome: 'success', detail: `第 ${r.round} 次提交审核（卷内目录第 ${r.catalogue_version} 版）` });
    if (r.decision === 'return' && r.decided_at) {
      events.push({ id: `return-${r.id}`, kind: 'approval', at: r.decided_at, agent: person(r.decided_by), outcome: 'failure', detail: `第 ${r.round} 次审核退回修改${r.comments ? `：${r.comments}` : ''}` });
    }
  }
  events.push({
    id: `approve-${src.approval.id}`,
    kind: 'approval',
    at: src.approval.created_at,
    agent: { id: src.approval.signer_id, name: src.approverName, kind: 'person' },
    outcome: 'success',
    detail: `承办法官审核通过并以 ${src.approval.algorithm.toUpperCase()} 证书签名`,
  });
  return events.sort((a, b) => a.at.localeCompare(b.at));
}
