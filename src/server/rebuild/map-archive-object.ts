import { z } from 'zod';
import { retentionCodes } from '../../common/reception-api.js';
import { METADATA_PATHS } from '../archive-package/layout-archive-version.js';
import { ARCHIVE_CATALOGUE_TYPE } from '../archive-package/catalogue-json.js';
import { bagInfoFromElements } from '../bagit/bag-info.js';
import type { BagIssue } from '../bagit/bag-issues.js';
import { decodeTagFile, parseTagElements } from '../bagit/tag-file.js';
import type { ArchiveRow, ArchiveVersionRow } from '../db/schema.js';
import { categoryOf } from '../domain/archival-code/archival-code.js';
import { retentionCodeOf, retentionPeriods, type RetentionCode } from '../domain/archival-code/retention.js';
import type { OcflFile, OcflObjectView, OcflVersionView } from '../ocfl/index.js';
import { IMPORT_BAG_INFO_PATH } from '../services/archive.service.js';
import { splitArchivalCode } from './archival-code-split.js';
import { rebuildFinding, type RebuildFinding, type RebuildFindingCode } from './rebuild-findings.js';

/** Where a 保管期限 change is written (ArchiveService.changeRetention). */
export const RETENTION_CHANGES_DIR = 'metadata/retention-changes/';
/** Where 补充归档 puts its files (ArchiveService.supplement). */
export const SUPPLEMENT_DIR = 'content/补充归档/';
/** The series ArchiveService.importBag records for imported archives (they keep the other system's 档号). */
export const IMPORT_SERIES = '导入';

/** A metadata file as the reader found it: its bytes (digest verified), or why there are none. */
export type MetadataRead = { ok: true; bytes: Uint8Array } | { ok: false; problem: string };

/** Everything the mapping looks at: the inventory (as a view), content sizes and a few small metadata files. */
export interface ArchiveObjectFacts {
  /** The object root (storage-root-relative key). */
  objectPath: string;
  /** Where the storage layout puts `view.id`. */
  expectedPath: string;
  view: OcflObjectView;
  /** Size of each content file by its object-relative content path (one listing of the object). */
  sizes: ReadonlyMap<string, number>;
  /** The files `metadataNeeded` asked for, by digest. */
  metadata: ReadonlyMap<string, MetadataRead>;
  /** ARCHIVAL_CODE_TEMPLATE. */
  template: string;
}

/** The case an archive was received from, to be linked if the database knows it. */
export interface CaseReference {
  /** `case.id` of catalogue.json. */
  id: string;
  caseNumber: string;
}

/** The index rows of one archive, as the object tells them. `archive.case_id` is null: linking needs the database. */
export interface MappedArchive {
  archive: ArchiveRow;
  versions: ArchiveVersionRow[];
  /** Null for an imported archive: the import never links one (it comes from another system). */
  caseRef: CaseReference | null;
}

export interface MappedObject {
  objectPath: string;
  objectId: string | null;
  /** Null when any finding is an error: such an object is not restored. */
  mapped: MappedArchive | null;
  /**
   * The 档号 the object claims and its place in the numbering, when it can be told — also for an
   * object that is not restored (from its v1 message), so that the series counter still passes its
   * number and the number is never given twice. Null when unknown; seq 0 for an import.
   */
  claim: ArchivalCodeClaim | null;
  findings: RebuildFinding[];
}

export interface ArchivalCodeClaim {
  archivalCode: string;
  series: string;
  seq: number;
}

const catalogueSchema = z.object({
  type: z.literal(ARCHIVE_CATALOGUE_TYPE),
  court: z.object({ code: z.string().min(1), fonds: z.string().min(1) }),
  case: z.object({ id: z.string().min(1), caseNumber: z.string().min(1), typeCode: z.string(), filedOn: z.string().nullable().optional(), closedOn: z.string().nullable().optional() }),
  archivalCode: z.string().min(1),
  retentionPeriod: z.object({ code: z.enum(retentionCodes), reason: z.string().optional() }),
});

const retentionChangeSchema = z.object({
  archivalCode: z.string().min(1),
  from: z.enum(retentionCodes),
  to: z.enum(retentionCodes),
  fromLabel: z.string().optional(),
  toLabel: z.string().optional(),
  reason: z.string(),
});

/**
 * The small files the mapping reads (never content): the head's catalogue.json or imported
 * bag-info.txt, and every 保管期限 change a version introduced. Pure.
 */
export function metadataNeeded(view: OcflObjectView): OcflFile[] {
  const head = view.versions[view.versions.length - 1];
  const wanted = new Map<string, OcflFile>();
  for (const f of head?.files ?? []) if (f.logicalPath === METADATA_PATHS.catalogue || f.logicalPath === IMPORT_BAG_INFO_PATH) wanted.set(f.digest, f);
  view.versions.forEach((v, i) => {
    for (const f of introduced(view.versions[i - 1], v).changed) if (isRetentionChange(f.logicalPath)) wanted.set(f.digest, f);
  });
  return [...wanted.values()];
}

/**
 * The `archive` and `archive_version` rows of one object, as the reception, 补充归档, 保管期限
 * change and import wrote them (docs/rebuild.md lists what comes from where), with every finding.
 * Nothing is guessed: a fact the object does not state unambiguously is an error finding and the
 * object is not restored. Pure.
 */
export function mapArchiveObject(facts: ArchiveObjectFacts): MappedObject {
  const { view, objectPath } = facts;
  const where = { path: objectPath, objectId: view.id };
  const findings: RebuildFinding[] = [];
  const add = (code: RebuildFindingCode, detail?: string) => void findings.push(rebuildFinding(code, where, detail));
  let claim: ArchivalCodeClaim | null = null;
  const done = (mapped: MappedArchive | null): MappedObject => ({ objectPath, objectId: view.id, mapped: findings.some((f) => f.severity === 'error') ? null : mapped, claim, findings });

  if (facts.expectedPath !== objectPath) {
    add('REBUILD_OBJECT_MISPLACED', `应在 ${facts.expectedPath}`);
    return done(null);
  }
  const id = /^urn:casevault:([^:]+):(.+)$/su.exec(view.id);
  const v1 = view.versions[0];
  const head = view.versions[view.versions.length - 1];
  if (!id || !v1 || !head) {
    add('REBUILD_OBJECT_ID_UNKNOWN', view.id);
    return done(null);
  }
  const sizeOf = (f: OcflFile): number | null => facts.sizes.get(f.contentPath) ?? null;
  const bytesOf = (files: readonly OcflFile[], label: string): number => {
    let sum = 0;
    for (const f of files) {
      const size = sizeOf(f);
      if (size === null) add('REBUILD_CONTENT_MISSING', `${label}：${f.logicalPath}（${f.contentPath}）`);
      else sum += size;
    }
    return sum;
  };
  const read = (path: string): Uint8Array | null => {
    const f = head.files.find((x) => x.logicalPath === path);
    if (!f) {
      add('REBUILD_METADATA_MISSING', `${head.version} 中没有 ${path}`);
      return null;
    }
    return readOf(f);
  };
  const readOf = (f: OcflFile): Uint8Array | null => {
    const r = facts.metadata.get(f.digest);
    if (!r || !r.ok) {
      add('REBUILD_METADATA_UNREADABLE', `${f.logicalPath}：${r ? r.problem : '未读取'}`);
      return null;
    }
    return r.bytes;
  };

  // v1: which of the two ways an archive comes into being, and what it says about itself.
  const received = /^接收归档 (.+)$/su.exec(v1.message ?? '');
  const imported = /^导入 BagIt 包（(.*)）$/su.exec(v1.message ?? '');
  let identity: Identity | null = null;
  if (received) {
    const claimed = splitArchivalCode(received[1]!.trim(), facts.template, null);
    if (claimed) claim = { archivalCode: received[1]!.trim(), series: claimed.series, seq: claimed.seq };
    const bytes = read(METADATA_PATHS.catalogue);
    const catalogue = bytes ? parseJson(bytes, catalogueSchema) : null;
    if (catalogue && !catalogue.ok) add('REBUILD_CATALOGUE_INVALID', catalogue.problem);
    if (catalogue?.ok) {
      const c = catalogue.value;
      const code = c.archivalCode;
      const messageCode = received[1]!.trim();
      if (messageCode !== code) add('REBUILD_IDENTITY_MISMATCH', `v1 的说明为“接收归档 ${messageCode}”，catalogue.json 的档号为 ${code}`);
      const objectId = `urn:casevault:${c.court.code}:${c.case.caseNumber}`.normalize('NFC');
      if (objectId !== view.id) add('REBUILD_IDENTITY_MISMATCH', `catalogue.json 的法院代字与案号给出 ${objectId}`);
      const year = Number((c.case.closedOn ?? c.case.filedOn ?? '').slice(0, 4));
      const parts = Number.isInteger(year) && year > 0 ? { fonds: c.court.fonds, year, retention: c.retentionPeriod.code, category: categoryOf(c.case.typeCode) } : null;
      const split = splitArchivalCode(code, facts.template, parts);
      if (!split) add('REBUILD_ARCHIVAL_CODE_INVALID', code);
      else if (!split.fromTemplate) add('REBUILD_ARCHIVAL_CODE_NOT_TEMPLATE', `${code}：序列 ${split.series}，件号 ${split.seq}`);
      if (split && messageCode === code) claim = { archivalCode: code, series: split.series, seq: split.seq };
      if (split) {
        identity = {
          code,
          caseNumber: c.case.caseNumber,
          split,
          retention: c.retentionPeriod.code,
          retentionReason: c.retentionPeriod.reason ?? null,
          caseRef: { id: c.case.id, caseNumber: c.case.caseNumber },
          v1: { kind: 'reception', reason: null, files: v1.files.length, bytes: bytesOf(v1.files, 'v1') },
        };
      }
    }
  } else if (imported) {
    const bytes = read(IMPORT_BAG_INFO_PATH);
    const bag = bytes ? parseBagInfo(bytes) : null;
    if (bag && !bag.ok) add('REBUILD_BAG_INFO_INVALID', bag.problem);
    if (bag?.ok) {
      const { caseNumber, archivalCode, retention, source } = bag.value;
      const idCaseNumber = id[2]!;
      if (idCaseNumber !== caseNumber.normalize('NFC')) add('REBUILD_IDENTITY_MISMATCH', `对象标识符中的案号为 ${idCaseNumber}，bag-info.txt 中为 ${caseNumber}`);
      const payload = v1.files.filter((f) => f.logicalPath !== IMPORT_BAG_INFO_PATH);
      claim = { archivalCode: archivalCode.normalize('NFC'), series: IMPORT_SERIES, seq: 0 };
      identity = {
        code: archivalCode.normalize('NFC'),
        caseNumber,
        split: { series: IMPORT_SERIES, seq: 0 },
        retention,
        caseRef: null,
        // As the import counts them: every file it wrote, but the bytes of the payload only.
        v1: { kind: 'import', reason: `来自 ${source}`, files: v1.files.length, bytes: bytesOf(payload, 'v1') },
      };
    }
  } else {
    add('REBUILD_ORIGIN_UNKNOWN', `v1：${JSON.stringify(v1.message ?? '')}`);
  }

  // Later versions: 补充归档 or a 保管期限 change, each told by its message and the files it added.
  let retention = identity?.retention ?? null;
  let retentionReason: string | null = identity?.retentionReason ?? null;
  const rows: ArchiveVersionRow[] = [];
  view.versions.forEach((v, i) => {
    const { changed, removed } = introduced(view.versions[i - 1], v);
    const created = new Date(v.created);
    if (Number.isNaN(created.getTime())) add('REBUILD_INVENTORY_INVALID', `${v.version} 的创建时间 ${v.created} 无法识别`);
    const user = /^urn:casevault:user:(.+)$/su.exec(v.user?.address ?? '');
    if (!user) add('REBUILD_USER_UNKNOWN', `${v.version}：${v.user?.name ?? '无'}`);
    const common = { archival_code: identity?.code ?? '', version: v.version, created_by: user?.[1] ?? null, created_at: Number.isNaN(created.getTime()) ? v.created : created.toISOString() };
    if (i === 0) {
      if (identity) rows.push({ ...common, ...identity.v1 });
      return;
    }
    const supplement = /^补充归档：(.*)$/su.exec(v.message ?? '');
    if (supplement) {
      const unexpected = [...changed.map((f) => f.logicalPath), ...removed].filter((p) => !p.startsWith(SUPPLEMENT_DIR));
      if (unexpected.length) add('REBUILD_VERSION_UNEXPECTED_FILES', `${v.version}（补充归档）：${unexpected.join('、')}`);
      rows.push({ ...common, kind: 'supplement', reason: supplement[1]!, files: changed.length, bytes: bytesOf(changed, v.version) });
      return;
    }
    if ((v.message ?? '').startsWith('调整保管期限：')) {
      const notes = changed.filter((f) => isRetentionChange(f.logicalPath));
      if (notes.length !== 1) {
        add('REBUILD_RETENTION_CHANGE_INVALID', `${v.version} 中有 ${notes.length} 个`);
        return;
      }
      const unexpected = [...changed.filter((f) => f !== notes[0]).map((f) => f.logicalPath), ...removed];
      if (unexpected.length) add('REBUILD_VERSION_UNEXPECTED_FILES', `${v.version}（调整保管期限）：${unexpected.join('、')}`);
      const bytes = readOf(notes[0]!);
      const change = bytes ? parseJson(bytes, retentionChangeSchema) : null;
      if (change && !change.ok) add('REBUILD_RETENTION_CHANGE_INVALID', `${notes[0]!.logicalPath}：${change.problem}`);
      if (!change?.ok) return;
      const c = change.value;
      if (identity && c.archivalCode !== identity.code) add('REBUILD_IDENTITY_MISMATCH', `${notes[0]!.logicalPath} 记载的档号为 ${c.archivalCode}，档案为 ${identity.code}`);
      if (retention && c.from !== retention) add('REBUILD_RETENTION_CHAIN_BROKEN', `${v.version} 自 ${c.from} 调整，此前为 ${retention}`);
      retention = c.to;
      retentionReason = c.reason;
      const label = (code: RetentionCode, given?: string) => given ?? retentionPeriods[code].label;
      rows.push({ ...common, kind: 'retention', reason: `${label(c.from, c.fromLabel)} → ${label(c.to, c.toLabel)}：${c.reason}`, files: changed.length, bytes: bytesOf(changed, v.version) });
      return;
    }
    add('REBUILD_VERSION_UNKNOWN', `${v.version}：${JSON.stringify(v.message ?? '')}`);
  });

  if (!identity || !retention) return done(null);
  const first = rows[0];
  return done({
    archive: {
      archival_code: identity.code,
      case_id: null,
      case_number: identity.caseNumber,
      object_id: view.id,
      series: identity.split.series,
      seq: identity.split.seq,
      retention_code: retention,
      // The reason for a 保管期限 chosen at acceptance is not written into the object; only later changes are.
      retention_reason: retentionReason,
      source: identity.caseRef ? 'reception' : 'import',
      head_version: view.head,
      received_by: first?.created_by ?? null,
      received_at: first?.created_at ?? v1.created,
    },
    versions: rows,
    caseRef: identity.caseRef,
  });
}

/** What v1 and its metadata say the archive is. */
interface Identity {
  code: string;
  caseNumber: string;
  split: { series: string; seq: number };
  /** 保管期限 at acceptance or import, before any later change. */
  retention: RetentionCode;
  /** Why the archivist chose another 保管期限 at acceptance (catalogue.json), if he did. */
  retentionReason?: string | null;
  caseRef: CaseReference | null;
  v1: Pick<ArchiveVersionRow, 'kind' | 'reason' | 'files' | 'bytes'>;
}

/** The files a version added or replaced, and the logical paths it dropped, against the version before. */
function introduced(previous: OcflVersionView | undefined, version: OcflVersionView): { changed: OcflFile[]; removed: string[] } {
  const before = new Map((previous?.files ?? []).map((f) => [f.logicalPath, f.digest]));
  const now = new Set(version.files.map((f) => f.logicalPath));
  return {
    changed: version.files.filter((f) => before.get(f.logicalPath) !== f.digest),
    removed: [...before.keys()].filter((p) => !now.has(p)),
  };
}

function isRetentionChange(logicalPath: string): boolean {
  return logicalPath.startsWith(RETENTION_CHANGES_DIR) && logicalPath.endsWith('.json');
}

function parseJson<T>(bytes: Uint8Array, schema: z.ZodType<T>): { ok: true; value: T } | { ok: false; problem: string } {
  let doc: unknown;
  try {
    doc = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (e) {
    return { ok: false, problem: `不是有效的 UTF-8 JSON（${(e as Error).message}）` };
  }
  const parsed = schema.safeParse(doc);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, problem: parsed.error.issues.map((i) => `${i.path.join('.') || '（根）'}：${i.message}`).join('；') };
}

/**
 * The import profile of a stored bag-info.txt, read with the BagIt tag-file functions. The bag's
 * bagit.txt (its declared encoding) is not kept in the object; the import accepted only bags it
 * could read, and the writer here and elsewhere is UTF-8, so UTF-8 is assumed.
 */
function parseBagInfo(bytes: Uint8Array): { ok: true; value: { caseNumber: string; archivalCode: string; retention: RetentionCode; source: string } } | { ok: false; problem: string } {
  const issues: BagIssue[] = [];
  const text = decodeTagFile(bytes, 'UTF-8', IMPORT_BAG_INFO_PATH, issues);
  const info = bagInfoFromElements(parseTagElements(text, IMPORT_BAG_INFO_PATH, issues), IMPORT_BAG_INFO_PATH, issues);
  const problems = issues.filter((i) => i.severity === 'error').map((i) => `${i.code} ${i.message}`);
  if (!info.caseNumber) problems.push('缺少案号（Court-Case-Number）');
  if (!info.archivalCode) problems.push('缺少档号（Archival-Code）');
  const retention = retentionCodeOf(info.retentionPeriod ?? '');
  if (!retention) problems.push(info.retentionPeriod ? `保管期限“${info.retentionPeriod}”无法识别` : '缺少保管期限（Retention-Period）');
  if (problems.length || !info.caseNumber || !info.archivalCode || !retention) return { ok: false, problem: problems.join('；') };
  return { ok: true, value: { caseNumber: info.caseNumber, archivalCode: info.archivalCode, retention, source: info.sourceOrganization } };
}
