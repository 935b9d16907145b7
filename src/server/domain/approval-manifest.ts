import { canonicalJson, type CanonicalValue } from './canonical-json.js';

/** One file of a catalogued material, as the archive will hold it. */
export interface ManifestFile {
  role: string;
  name: string;
  format: string;
  size: number;
  sha256: string;
  sm3: string;
}

export interface ManifestEntry {
  seq: number;
  materialId: string;
  title: string;
  responsible: string | null;
  date: string | null;
  pageStart: number | null;
  pageEnd: number | null;
  remarks: string | null;
  files: ManifestFile[];
}

export interface ApprovalManifestInput {
  court: { name: string; code: string };
  case: { id: string; caseNumber: string; causeOfAction: string | null };
  catalogue: { version: number; template: string };
  volumes: Array<{ kind: 'main' | 'side'; number: number; pages: number; entries: ManifestEntry[] }>;
  waivers: Array<{ slotId: string; reason: string }>;
  duplicates: Array<{ materialId: string; keptMaterialId: string; reason: string }>;
  review: { round: number; submittedBy: string | null; submittedAt: string };
  approver: { id: string; name: string; certificate: { serialNumber: string; sha256Fingerprint: string; algorithm: string; subject: string } };
  approvedAt: string;
}

export const APPROVAL_MANIFEST_TYPE = 'casevault/approval-manifest';

/**
 * The statement a presiding judge signs when approving a case file (审核通过): the case, the
 * catalogue as it stands (volumes, 册, order, page ranges), every file of every material with its
 * SHA-256 and SM3, the 本案无 waivers and merged duplicates, who approves and when. Canonical JSON
 * (UTF-8), so the bytes can be rebuilt and checked by anyone; the signature is a detached CMS over
 * exactly these bytes. Pure.
 */
export function approvalManifest(input: ApprovalManifestInput): string {
  const statement = {
    type: APPROVAL_MANIFEST_TYPE,
    version: 1,
    ...input,
    volumes: input.volumes.map((v) => ({ ...v, entries: v.entries.map((e) => ({ ...e, files: [...e.files].sort(byRoleThenName) })) })),
  };
  return canonicalJson(statement as unknown as CanonicalValue);
}

function byRoleThenName(a: ManifestFile, b: ManifestFile): number {
  return a.role === b.role ? (a.name < b.name ? -1 : a.name > b.name ? 1 : a.sha256 < b.sha256 ? -1 : 1) : a.role < b.role ? -1 : 1;
}
