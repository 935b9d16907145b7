import type { VolumeKind } from '../../common/catalogue-api.js';

/**
 * The facts of one approved case file that the archive package (issue 7 part 3, "Inside each
 * version") is laid out from. Gathered by the reception service from the database; nothing here is
 * read from disk. Dates are 'YYYY-MM-DD', instants ISO 8601, digests lower-case hex, sizes bytes.
 */
export interface ArchivePackageInput {
  court: ArchiveCourt;
  case: ArchiveCase;
  /** 档号, e.g. '0118-2021-MS-00012' (docs/archival-code.md). */
  archivalCode: string;
  /** 保管期限: the code stored (Y, C60, D30, D10), the label printed (永久 …), and why, when the archivist chose it over the rules' proposal. */
  retentionPeriod: { code: string; label: string; reason?: string };
  /** 卷内目录 as approved: 正卷/副卷 → 册 → entries, in order. */
  volumes: ArchiveVolume[];
  /** 合并重复材料: set aside in favour of an entry; recorded, their files are not packaged. */
  duplicates: Array<{ materialId: string; title: string; keptMaterialId: string; reason: string }>;
  /** 本案无: required slots waived, with the reason. */
  waivers: Array<{ slotId: string; slotTitle: string; reason: string }>;
  approval: ArchiveApproval;
  /** The 四性检测 report of the reception checkpoint, as produced (domain/four-property). */
  fourPropertyReport: unknown;
  /** What happened to the file, oldest first; becomes PREMIS events. */
  events: ArchiveEvent[];
  /** CaseVault's version (src/server/version.ts), named as the software agent in PREMIS. */
  softwareVersion: string;
  /** When the version is laid out (METS CREATEDATE); passed in so that the output is reproducible. */
  packagedAt: string;
}

export interface ArchiveCourt {
  /** Full name, e.g. 上海市青浦区人民法院. */
  name: string;
  /** 法院代字, e.g. 沪0118. */
  code: string;
  /** 全宗号 of the court's fonds. */
  fonds: string;
}

export interface ArchiveCase {
  id: string;
  /** 案号, e.g. （2021）沪0118民初1002号. */
  caseNumber: string;
  /** 案由; null when the case has none recorded. */
  causeOfAction: string | null;
  /** 类型代字, e.g. 民初. */
  typeCode: string;
  /** 承办部门. */
  department: string;
  /** 承办法官 / 书记员 by name (ids are in the events' agents). */
  judge: string | null;
  clerk: string | null;
  /** 立案日期 / 结案日期. */
  filedOn: string | null;
  closedOn: string | null;
}

export interface ArchiveVolume {
  /** main 正卷, side 副卷. */
  kind: VolumeKind;
  /** 册号, from 1 within the kind. */
  number: number;
  /** Pages of the 册 (卷内页数); null when not counted (recordings only). */
  pages: number | null;
  entries: ArchiveEntry[];
}

export interface ArchiveEntry {
  /** 顺序号 within the 册. */
  seq: number;
  materialId: string;
  /** 题名 as catalogued (may hold `/` or other characters no file system takes). */
  title: string;
  /** 责任者. */
  responsible: string | null;
  date: string | null;
  /** 页号 range; null for a recording. */
  pageStart: number | null;
  pageEnd: number | null;
  remarks: string | null;
  /** The material's files, in the order they should appear. */
  files: ArchiveFile[];
}

export interface ArchiveFile {
  /** material_file role: original 原件, document 扫描件, signed 签名版 (domain/primary-file.ts). */
  role: string;
  /** The name the file came with (may be decomposed Unicode from macOS). */
  originalName: string;
  /** Format identified from the content (formats/inspectFile), e.g. 'pdf', 'ofd', 'mp4'. */
  format: string;
  mime: string;
  size: number;
  /** null when the digest was never computed — reported, never recomputed here. */
  sha256: string | null;
  sm3: string | null;
  /** Key of the bytes in the working store (the sha256, the store being content-addressed). */
  blobKey: string;
}

export interface ArchiveApproval {
  /** The canonical manifest text exactly as signed (docs/signatures.md); written byte for byte. */
  manifest: string;
  /** Detached CMS SignedData (DER) over the UTF-8 bytes of `manifest`. */
  signature: Uint8Array;
  /** 'sm2' or 'ecdsa-p256'. */
  algorithm: string;
  signer: { id: string; name: string };
  signedAt: string;
}

/** CaseVault's own event kinds; `premis-vocabulary.ts` maps each to the LoC eventType. */
export type ArchiveEventKind =
  | 'ingestion'
  | 'message-digest-calculation'
  | 'submission'
  | 'approval'
  | 'signature-validation'
  | 'validation'
  | 'reception'
  | 'fixity-check';

export interface ArchiveAgent {
  /** A stable id: the user id, the 法院代字, or 'casevault'. */
  id: string;
  name: string;
  kind: 'person' | 'organization' | 'software';
}

export interface ArchiveEvent {
  /** Our id (e.g. the audit event id); a positional one is made when absent. */
  id?: string;
  kind: ArchiveEventKind;
  at: string;
  agent: ArchiveAgent;
  outcome: 'success' | 'failure' | 'warning';
  /** Human-readable detail (Chinese is fine). */
  detail: string;
}
