import { digestBytes } from './ocfl-digest.js';

/** OCFL 1.1 constants (§3.1, §3.5, §4.2). */
export const OCFL_VERSION = '1.1';
export const INVENTORY_TYPE = 'https://ocfl.io/1.1/spec/#inventory';
export const OBJECT_DECLARATION = '0=ocfl_object_1.1';
export const OBJECT_DECLARATION_TEXT = 'ocfl_object_1.1\n';
export const ROOT_DECLARATION = '0=ocfl_1.1';
export const ROOT_DECLARATION_TEXT = 'ocfl_1.1\n';
export const INVENTORY = 'inventory.json';
/** CaseVault always content-addresses with sha512 (OCFL's SHOULD, W004). */
export const DIGEST_ALGORITHM = 'sha512';
export const SIDECAR = `${INVENTORY}.${DIGEST_ALGORITHM}`;
/** Fixity digests recorded for every content file besides the sha512 manifest. */
export const FIXITY_DIGESTS = ['sha256', 'sm3'] as const;

export interface OcflUser {
  name: string;
  address?: string;
}

export interface OcflVersion {
  created: string;
  message?: string;
  user?: OcflUser;
  /** digest → logical paths */
  state: Record<string, string[]>;
}

/** An inventory as CaseVault writes it (§3.5). Reading goes through the validator, which checks types. */
export interface Inventory {
  id: string;
  type: string;
  digestAlgorithm: string;
  head: string;
  contentDirectory?: string;
  /** digest → content paths */
  manifest: Record<string, string[]>;
  versions: Record<string, OcflVersion>;
  /** algorithm → digest → content paths */
  fixity?: Record<string, Record<string, string[]>>;
}

/** Serialises with a fixed key order, so that identical inventories are identical bytes. */
export function serialiseInventory(inv: Inventory): string {
  const ordered: Record<string, unknown> = {
    id: inv.id,
    type: inv.type,
    digestAlgorithm: inv.digestAlgorithm,
    head: inv.head,
  };
  if (inv.contentDirectory !== undefined) ordered.contentDirectory = inv.contentDirectory;
  ordered.manifest = inv.manifest;
  ordered.versions = inv.versions;
  if (inv.fixity !== undefined) ordered.fixity = inv.fixity;
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** The sidecar text: `DIGEST inventory.json` (§3.5.6, E061). */
export function sidecarText(inventoryBytes: string | Uint8Array): string {
  return `${digestBytes(DIGEST_ALGORITHM, inventoryBytes)} ${INVENTORY}\n`;
}

/** The digest recorded in a sidecar, or null when it does not follow `DIGEST inventory.json` (E061). */
export function parseSidecar(text: string): string | null {
  const m = /^([0-9a-fA-F]+)[ \t]+inventory\.json\n?$/.exec(text);
  return m?.[1] ?? null;
}

/** Version directory names in numeric order (v1 < v2 < v10). */
export function sortedVersions(inv: Pick<Inventory, 'versions'>): string[] {
  return Object.keys(inv.versions).sort((a, b) => Number(a.replace(/^v0*/, '')) - Number(b.replace(/^v0*/, '')));
}

/** Formats a Date as RFC 3339 with second precision and `Z` (§3.5.3.1 `created`). */
export function rfc3339(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
