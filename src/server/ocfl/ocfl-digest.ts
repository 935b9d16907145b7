import { createHash, type Hash } from 'node:crypto';
import type { Readable } from 'node:stream';

/**
 * Digest algorithms this library computes. `sha512` is the content address (OCFL 1.1 §3.5.1:
 * SHOULD use sha512, W004); `sha256` is kept as fixity because the working store is keyed by it;
 * `sm3` (GB/T 32905-2016, node:crypto via OpenSSL) is the 国密 fixity digest.
 *
 * Caveat: `sm3` is not in the OCFL digest vocabulary nor in community extension 0009, so strict
 * third-party validators may report it (E056) or ignore it (E028 allows ignoring). CaseVault's
 * validator accepts it as a documented local algorithm (see `FIXITY_ALGORITHMS`).
 */
export type OcflDigestAlgorithm = 'sha512' | 'sha256' | 'sha1' | 'md5' | 'blake2b-512' | 'sm3';

/** Node/OpenSSL names of the algorithms. */
const NODE_NAME: Record<OcflDigestAlgorithm, string> = {
  sha512: 'sha512',
  sha256: 'sha256',
  sha1: 'sha1',
  md5: 'md5',
  'blake2b-512': 'blake2b512',
  sm3: 'sm3',
};

/** Hex length of each algorithm's digest, to check the form of digests in an inventory (E025, E057). */
export const DIGEST_HEX_LENGTH: Record<OcflDigestAlgorithm, number> = {
  sha512: 128,
  sha256: 64,
  sha1: 40,
  md5: 32,
  'blake2b-512': 128,
  sm3: 64,
};

/** Algorithms allowed for content addressing (OCFL 1.1 E025). */
export const CONTENT_ALGORITHMS: readonly string[] = ['sha512', 'sha256'];

/**
 * Fixity algorithms we accept in a `fixity` block: the spec's table (md5, sha1, sha256, sha512,
 * blake2b-512), community extension 0009 (blake2b-160/256/384, sha512/256, size) and CaseVault's
 * local `sm3`.
 */
export const FIXITY_ALGORITHMS: readonly string[] = [
  'md5', 'sha1', 'sha256', 'sha512', 'blake2b-512',
  'blake2b-160', 'blake2b-256', 'blake2b-384', 'sha512/256', 'size',
  'sm3',
];

export function isComputable(a: string): a is OcflDigestAlgorithm {
  return Object.hasOwn(NODE_NAME, a);
}

/** True when `value` has the form of a hex digest of `algorithm` (any case: E096 compares case-insensitively). */
export function isDigestOf(algorithm: string, value: string): boolean {
  if (!isComputable(algorithm)) return typeof value === 'string' && value.length > 0;
  return value.length === DIGEST_HEX_LENGTH[algorithm] && /^[0-9a-fA-F]+$/.test(value);
}

/** Several digests over the same bytes in one pass; single use. */
export class OcflDigester<A extends OcflDigestAlgorithm> {
  private readonly hashes: Array<[A, Hash]>;
  size = 0;

  constructor(algorithms: readonly A[]) {
    this.hashes = [...new Set(algorithms)].map((a) => [a, createHash(NODE_NAME[a])]);
  }

  update(chunk: Uint8Array): void {
    for (const [, h] of this.hashes) h.update(chunk);
    this.size += chunk.byteLength;
  }

  digest(): { size: number } & Record<A, string> {
    const out = { size: this.size } as { size: number } & Record<A, string>;
    for (const [a, h] of this.hashes) (out as Record<string, string | number>)[a] = h.digest('hex');
    return out;
  }
}

/** Streams `source` through the digests (never buffering the whole file: recordings may be gigabytes). */
export async function digestReadable<A extends OcflDigestAlgorithm>(
  source: Readable | AsyncIterable<Uint8Array>,
  algorithms: readonly A[],
): Promise<{ size: number } & Record<A, string>> {
  const d = new OcflDigester(algorithms);
  for await (const chunk of source) d.update(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Uint8Array));
  return d.digest();
}

/** Digest of in-memory bytes (inventories and sidecars). */
export function digestBytes(algorithm: OcflDigestAlgorithm, bytes: Uint8Array | string): string {
  return createHash(NODE_NAME[algorithm]).update(bytes).digest('hex');
}
