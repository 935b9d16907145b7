import { createHash } from 'node:crypto';
import { OcflError } from './ocfl-error.js';

/**
 * OCFL community extension 0004-hashed-n-tuple-storage-layout: the object id's UTF-8 bytes are
 * hashed, the hex digest cut into `numberOfTuples` tuples of `tupleSize` characters, and the full
 * digest is the object's directory. Ids like `urn:casevault:沪0118:（2021）沪0118民初1002号` (Chinese,
 * full-width parentheses, colons) therefore never reach the file system as names.
 */
export const LAYOUT_EXTENSION = '0004-hashed-n-tuple-storage-layout';

export interface HashedNTupleConfig {
  extensionName: typeof LAYOUT_EXTENSION;
  digestAlgorithm: 'sha256';
  tupleSize: number;
  numberOfTuples: number;
  shortObjectRoot: boolean;
}

/** CaseVault's fixed parameters (DESIGN.md §4): 3 × 3 hex tuples, full digest as object root. */
export const CASEVAULT_LAYOUT: HashedNTupleConfig = {
  extensionName: LAYOUT_EXTENSION,
  digestAlgorithm: 'sha256',
  tupleSize: 3,
  numberOfTuples: 3,
  shortObjectRoot: false,
};

/** The `ocfl_layout.json` document of the storage root (OCFL 1.1 §4.1, E070/E071). */
export const OCFL_LAYOUT_JSON = {
  extension: LAYOUT_EXTENSION,
  description: 'OCFL object identifiers are hashed with sha256 into a directory hierarchy of 3 tuples of 3 characters, ending with the full digest as the object root.',
};

/**
 * The storage-root-relative path of an object. Deterministic (E083): the same id always maps to
 * the same path. @throws OcflError OCFL_OBJECT_ID_INVALID for an empty id.
 */
export function objectPathFor(objectId: string, config: HashedNTupleConfig = CASEVAULT_LAYOUT): string {
  if (objectId.length === 0) throw new OcflError('OCFL_OBJECT_ID_INVALID', 'object id is empty');
  const digest = createHash(config.digestAlgorithm).update(objectId, 'utf8').digest('hex');
  const tuples: string[] = [];
  for (let i = 0; i < config.numberOfTuples; i++) tuples.push(digest.slice(i * config.tupleSize, (i + 1) * config.tupleSize));
  const last = config.shortObjectRoot ? digest.slice(config.numberOfTuples * config.tupleSize) : digest;
  return [...tuples, last].join('/');
}

/** Reads a layout config; null when it is not a 0004 config we can apply. */
export function parseLayoutConfig(json: unknown): HashedNTupleConfig | null {
  if (typeof json !== 'object' || json === null) return null;
  const c = json as Record<string, unknown>;
  const ok =
    c.extensionName === LAYOUT_EXTENSION &&
    c.digestAlgorithm === 'sha256' &&
    Number.isInteger(c.tupleSize) &&
    Number.isInteger(c.numberOfTuples) &&
    (c.tupleSize as number) * (c.numberOfTuples as number) <= 64 &&
    ((c.tupleSize === 0) === (c.numberOfTuples === 0)) &&
    typeof c.shortObjectRoot === 'boolean';
  return ok ? (c as unknown as HashedNTupleConfig) : null;
}
