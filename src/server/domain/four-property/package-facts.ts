/**
 * PackageFacts: the plain data a service gathers before the 四性检测 runs (reading files, hashing,
 * verifying CMS, scanning for viruses, validating OCFL/BagIt all happen outside). The engine only
 * compares; every "computed now" value is measured by the service on the bytes being checked.
 *
 * Conventions: dates are 'YYYY-MM-DD' (Beijing calendar day), instants ISO 8601; digests lower-case
 * hex; sizes in bytes; `null` means "not known" and makes the items that need it not_checked rather
 * than pass.
 */

export interface PackageFacts {
  /** The moment of the check (ISO 8601). The clock for "not in the future" rules and Report.generatedAt. */
  now: string;
  case: CaseFacts;
  catalogue: CatalogueFacts;
  /**
   * The register the package is counted against: 归档 — GB/T 18894-2016 table A.1 《电子文件归档登记表》;
   * 移交接收 — the transfer register (《电子档案移交与接收办法》 annex 3); 长期保存 — the batch's recorded
   * totals (DA/T 70 clause 2-1). null when there is none (the 2-1 items fail: nothing to compare with).
   */
  register: { fileCount: number; byteTotal: number; source: string } | null;
  /**
   * Every content file actually found in the package (paths relative to the content root; the
   * package's own metadata, manifests and tag files excluded). Compared with the catalogue to find
   * unreferenced files and to count what was actually filed.
   */
  contentFiles: ReadonlyArray<{ path: string; size: number }>;
  approval: ApprovalFacts | null;
  /** Signatures and seals found inside PDF/OFD content files, each with its verification result. */
  signatures: ReadonlyArray<EmbeddedSignatureFacts>;
  /**
   * The completeness check of the catalogue against its template (catalogue/requirement-findings.ts),
   * computed elsewhere and passed in; null when it was not run.
   */
  requiredMaterials: { ok: boolean; issues: ReadonlyArray<Finding> } | null;
  virusScan: VirusScanFacts;
  /** Findings of the package validator (OCFL 1.1 / BagIt RFC 8493 / DA/T 48 EEP); null when not run. */
  packageStructure: { validator: string; issues: ReadonlyArray<Finding> } | null;
  /** Whether the package's metadata (catalogue XML/JSON inside the package) could be parsed. null: not tried. */
  metadataReadable: { ok: boolean; reason?: string } | null;
  /**
   * The offline carrier the package came on or is kept on (optical disc, disk, tape); null for an
   * online transfer, which makes the carrier item not applicable (DOMAIN.md §1.3, Fuzhou vendor note).
   */
  carrier: { kind: 'optical-disc' | 'hard-disk' | 'tape' | 'other'; label: string } | null;
  /** 长期保存 only: the last restore drill of the backup copies (DA/T 70 BC 3-4). null: none recorded. */
  lastRestoreDrill?: { at: string; ok: boolean; detail: string } | null;
}

/** A finding in the house shape (STYLE.md): expected problems are values. */
export interface Finding {
  code: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  path?: readonly string[] | string;
}

export interface CaseFacts {
  /** 案号 as recorded, e.g. '（2021）沪0118民初1234号'; parsed with domain/case-number. */
  caseNumber: string;
  /** 法院代字 of the court that holds the archive, e.g. '沪0118'; the 案号 must carry it. */
  courtCode: string;
  /** 立案日期. */
  filedOn: string | null;
  /** 结案日期; must not precede filedOn. */
  closedOn: string | null;
}

export interface CatalogueFacts {
  /** One per 册 (book) of 正卷 (main) and 副卷 (side). Sequence numbers and pages restart in each. */
  volumes: ReadonlyArray<VolumeFacts>;
}

export interface VolumeFacts {
  kind: 'main' | 'side';
  /** 册 number within the volume kind, from 1. */
  number: number;
  entries: ReadonlyArray<EntryFacts>;
}

/** One 卷内目录 line. */
export interface EntryFacts {
  /** 顺序号 within the 册: 1..n without gaps (DA/T 22 via DA/T 70 GD-2-6). */
  seq: number;
  materialId: string;
  title: string;
  /** Date of the document, if it has one. */
  date: string | null;
  /** 页号 range within the 册; null for materials without pages (recordings). */
  pageStart: number | null;
  pageEnd: number | null;
  files: ReadonlyArray<PackageFileFacts>;
}

/** One file of an entry: what the catalogue recorded and what was measured now. */
export interface PackageFileFacts {
  /** Location recorded in the metadata, relative to the package's content root. */
  path: string;
  /** Role of the file in the material ('original', 'signed', 'document', …). */
  role: string;
  /** The file whose pages the entry's page range counts (domain/primary-file.ts). */
  primary: boolean;
  recorded: RecordedFileFacts;
  /** Measured on the bytes at `path` now; null when no file was found there. */
  computed: ComputedFileFacts | null;
}

/** As recorded at capture and in the signed approval manifest. */
export interface RecordedFileFacts {
  sha256: string | null;
  sm3: string | null;
  size: number | null;
  /** Format identified by content at capture ('pdf', 'ofd', 'jpeg', 'mp4', …; formats/types.ts FileFormat). */
  format: string | null;
  /** Pages recorded for paged formats; null for recordings or when not recorded. */
  pages: number | null;
}

export interface ComputedFileFacts {
  sha256: string;
  sm3: string;
  size: number;
  /** Identified by content now (formats/identify.ts), never by extension. */
  format: string;
  /** Pages read now for paged formats; null when the format has none or they could not be read. */
  pages: number | null;
  videoCodec?: string | null;
  audioCodec?: string | null;
  /** Whether the file opened and rendered (pdf.js / OFD parser / image decoder / ffprobe); null: not tried. */
  opens: { ok: boolean; reason?: string } | null;
  /** The content is encrypted (PDF /Encrypt, encrypted OFD or ZIP entries). */
  encrypted: boolean;
  /** Opening needs a password (user password, password-protected archive). */
  passwordProtected: boolean;
  /**
   * For container formats (OFD and other ZIP-based files): the compression methods used inside and the
   * ratio of expanded to stored bytes; null for formats that are not containers.
   */
  compression: { container: string; methods: readonly string[]; ratio: number } | null;
}

/** The judge's approval (审核通过): a detached CMS over the canonical approval manifest. */
export interface ApprovalFacts {
  submittedBy: string | null;
  submittedAt: string | null;
  approvedBy: string | null;
  approvedAt: string | null;
  /** CMS verification (signature value, certificate chain, validity at signing time, digest of the manifest). */
  signature: { valid: boolean; checks: ReadonlyArray<{ name: string; ok: boolean; message: string }> };
  /** Whether each file digest in the signed manifest equals the file in the package now. */
  manifestMatchesFiles: { ok: boolean; mismatches: ReadonlyArray<{ path: string; expected: string; found: string | null }> };
}

export interface EmbeddedSignatureFacts {
  /** Content file path holding the signature. */
  path: string;
  kind: 'pdf' | 'ofd';
  signer: string | null;
  valid: boolean;
  /** Why it is not valid (or what was verified). */
  reason: string;
}

/**
 * The virus scan of the package. No scanner or no signature database means the scan was not done:
 * the virus item is not_checked, never pass.
 */
export interface VirusScanFacts {
  scanner: 'clamd' | null;
  /** Signature database version, e.g. 'ClamAV 1.0.7/27400'; null when unknown. */
  signatures: string | null;
  infected: ReadonlyArray<{ path: string; signature: string }>;
  /** The scan did not complete (connection refused, timeout). */
  error?: string;
}
