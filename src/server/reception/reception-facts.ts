import { XMLValidator } from 'fast-xml-parser';
import type { ArchivePackageInput } from '../archive-package/archive-package-input.js';
import { layoutContent } from '../archive-package/content-layout.js';
import { METADATA_PATHS, type ArchiveVersionLayout } from '../archive-package/layout-archive-version.js';
import type { MaterialFileRow } from '../db/schema.js';
import type { ApprovalFacts, Finding, PackageFacts, PackageFileFacts, VirusScanFacts } from '../domain/four-property/package-facts.js';
import { primaryFiles } from '../domain/primary-file.js';
import type { MeasuredPackage } from './measure-package.js';

/** What the reception service found out besides the bytes of the package. */
export interface FactSources {
  now: string;
  input: ArchivePackageInput;
  layout: ArchiveVersionLayout;
  measured: MeasuredPackage;
  /** The material_file rows, for the pages recorded at capture. */
  files: readonly MaterialFileRow[];
  approval: Pick<ApprovalFacts, 'submittedBy' | 'submittedAt' | 'approvedBy' | 'approvedAt' | 'signature'>;
  /** The catalogue's completeness check (the same one 提交审核 runs). */
  catalogueFindings: ReadonlyArray<Finding>;
  virusScan: VirusScanFacts;
}

export const LAYOUT_VALIDATOR = 'CaseVault 归档信息包（OCFL 版本内容与 METS/PREMIS 元数据）';

/**
 * The 四性检测's PackageFacts of a case file about to be received (移交接收): the catalogue with what
 * was recorded at capture beside what was measured now on the bytes that will be written, the
 * signed approval verified and compared with the files, the transfer register taken from the
 * signed manifest (what the judge handed over), and the package's own metadata and layout. Pure.
 */
export function receptionFacts(src: FactSources): PackageFacts {
  const { input, layout, measured } = src;
  const placed = layoutContent(input.volumes);
  const recordedPages = new Map(src.files.map((f) => [`${f.material_id}|${f.sha256}`, pagesOf(f)]));
  const primaryByMaterial = primaryFiles(src.files);

  const volumes = input.volumes.map((v) => ({
    kind: v.kind,
    number: v.number,
    entries: v.entries.map((e) => ({
      seq: e.seq,
      materialId: e.materialId,
      title: e.title,
      date: e.date,
      pageStart: e.pageStart,
      pageEnd: e.pageEnd,
      files: placed
        .filter((p) => p.entry === e)
        .map(
          (p): PackageFileFacts => ({
            path: p.logicalPath,
            role: p.file.role,
            primary: primaryByMaterial.get(e.materialId)?.sha256 === p.file.sha256,
            recorded: { sha256: p.file.sha256, sm3: p.file.sm3, size: p.file.size, format: p.file.format, pages: recordedPages.get(`${e.materialId}|${p.file.sha256}`) ?? null },
            computed: measured.files.get(p.logicalPath) ?? null,
          }),
        ),
    })),
  }));

  const contentFiles = placed.flatMap((p) => {
    const c = measured.files.get(p.logicalPath);
    return c ? [{ path: p.logicalPath, size: c.size }] : [];
  });
  const errors = src.catalogueFindings.filter((f) => f.severity === 'error');
  return {
    now: src.now,
    case: { caseNumber: input.case.caseNumber, courtCode: input.court.code, filedOn: input.case.filedOn, closedOn: input.case.closedOn },
    catalogue: { volumes },
    register: registerOf(input.approval.manifest),
    contentFiles,
    approval: { ...src.approval, manifestMatchesFiles: manifestMatches(input.approval.manifest, placed, measured) },
    signatures: measured.signatures,
    requiredMaterials: { ok: errors.length === 0, issues: src.catalogueFindings },
    virusScan: src.virusScan,
    packageStructure: { validator: LAYOUT_VALIDATOR, issues: layout.problems.map((message) => ({ code: 'PACKAGE_LAYOUT', severity: 'error' as const, message })) },
    metadataReadable: metadataReadable(layout),
    carrier: null,
  };
}

function pagesOf(f: MaterialFileRow): number | null {
  try {
    const facts = JSON.parse(f.facts_json) as { pages?: unknown; ofd?: { pages?: unknown } };
    const pages = facts.pages ?? facts.ofd?.pages;
    return typeof pages === 'number' ? pages : null;
  } catch {
    return null;
  }
}

interface ManifestShape {
  volumes?: Array<{ kind?: string; number?: number; entries?: Array<{ seq?: number; files?: Array<{ role?: string; name?: string; size?: number; sha256?: string }> }> }>;
}

function parseManifest(manifest: string): ManifestShape | null {
  try {
    const m = JSON.parse(manifest) as ManifestShape;
    return Array.isArray(m.volumes) ? m : null;
  } catch {
    return null;
  }
}

/** The transfer register: the files and bytes the judge's signed manifest hands over. */
function registerOf(manifest: string): PackageFacts['register'] {
  const m = parseManifest(manifest);
  if (!m) return null;
  const files = (m.volumes ?? []).flatMap((v) => (v.entries ?? []).flatMap((e) => e.files ?? []));
  return { fileCount: files.length, byteTotal: files.reduce((s, f) => s + (typeof f.size === 'number' ? f.size : 0), 0), source: '审核通过清单（移交登记）' };
}

/** Each file of the signed manifest against the bytes measured now in the same 册 and 件. */
function manifestMatches(manifest: string, placed: ReturnType<typeof layoutContent>, measured: MeasuredPackage): ApprovalFacts['manifestMatchesFiles'] {
  const m = parseManifest(manifest);
  if (!m) return { ok: false, mismatches: [{ path: '审核通过清单', expected: '可解析的清单', found: null }] };
  const mismatches: Array<{ path: string; expected: string; found: string | null }> = [];
  for (const v of m.volumes ?? []) {
    for (const e of v.entries ?? []) {
      const here = placed.filter((p) => p.volume.kind === v.kind && p.volume.number === v.number && p.entry.seq === e.seq);
      for (const f of e.files ?? []) {
        const computed = here.map((p) => ({ p, c: measured.files.get(p.logicalPath) }));
        if (computed.some(({ c }) => c?.sha256 === f.sha256)) continue;
        const same = computed.find(({ p }) => p.file.role === f.role && p.file.originalName === f.name) ?? computed.find(({ p }) => p.file.role === f.role);
        mismatches.push({ path: same?.p.logicalPath ?? `${v.kind === 'main' ? '正卷' : '副卷'}第${v.number}册第${e.seq}件 ${f.name ?? ''}`, expected: f.sha256 ?? '', found: same?.c?.sha256 ?? null });
      }
    }
  }
  const signedCount = (m.volumes ?? []).flatMap((v) => (v.entries ?? []).flatMap((e) => e.files ?? [])).length;
  if (signedCount !== placed.length && mismatches.length === 0) {
    mismatches.push({ path: '归档信息包', expected: `清单中 ${signedCount} 个文件`, found: `信息包中 ${placed.length} 个文件` });
  }
  return { ok: mismatches.length === 0, mismatches };
}

/** The package's METS, PREMIS and catalogue.json parse. */
function metadataReadable(layout: ArchiveVersionLayout): PackageFacts['metadataReadable'] {
  const text = (p: string) => {
    const f = layout.files.find((x) => x.logicalPath === p);
    return f && f.source.kind === 'bytes' ? new TextDecoder('utf-8', { fatal: true }).decode(f.source.bytes) : null;
  };
  try {
    for (const p of [METADATA_PATHS.mets, METADATA_PATHS.premis]) {
      const xml = text(p);
      if (xml === null) return { ok: false, reason: `缺少 ${p}` };
      const valid = XMLValidator.validate(xml);
      if (valid !== true) return { ok: false, reason: `${p} 不是格式正确的 XML：${valid.err.msg}（第 ${valid.err.line} 行）` };
    }
    const catalogue = text(METADATA_PATHS.catalogue);
    if (catalogue === null) return { ok: false, reason: `缺少 ${METADATA_PATHS.catalogue}` };
    JSON.parse(catalogue);
    return { ok: true };
  } catch (e) {
    return { ok: false, reason: (e as Error).message };
  }
}
