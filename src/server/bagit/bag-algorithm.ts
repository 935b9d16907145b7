import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { DIGEST_CHUNK_BYTES, hashFile, MultiDigest, type DigestAlgorithm } from '../crypto/digest.js';

/**
 * Manifest algorithms we can check, by their BagIt names (RFC 8493 §2.4: the common name
 * lower-cased with non-alphanumerics removed, so SHA-256 is `sha256`). sha256 and sha512 are the
 * two every 1.0 tool must support; md5 and sha1 only for old bags; sm3 (GB/T 32905-2016) is ours —
 * it is not in IANA's Named Information registry, so other tools will report manifest-sm3.txt as
 * an algorithm they do not know, which the RFC allows them to skip.
 */
export const BAG_ALGORITHMS = ['sha256', 'sha512', 'sha384', 'sm3', 'sha1', 'md5'] as const;
export type BagAlgorithm = (typeof BAG_ALGORITHMS)[number];

/** Accepted for old bags with a warning: neither resists deliberate collisions. */
export const WEAK_BAG_ALGORITHMS: ReadonlySet<BagAlgorithm> = new Set(['md5', 'sha1']);

export function isBagAlgorithm(name: string): name is BagAlgorithm {
  return (BAG_ALGORITHMS as readonly string[]).includes(name);
}

const OURS: ReadonlySet<string> = new Set<DigestAlgorithm>(['sha256', 'sm3']);

/** Lower-case hex digest per algorithm plus the number of bytes read. */
export interface BagDigests {
  size: number;
  digests: Partial<Record<BagAlgorithm, string>>;
}

/**
 * Hashes a file once for every algorithm asked for. SHA-256 and SM3 go through the project's
 * `MultiDigest` (crypto/digest.ts), the legacy ones through node:crypto beside it in the same pass.
 * @throws the file system's error (ENOENT, EACCES, EISDIR …).
 */
export async function hashBagFile(file: string, algorithms: readonly BagAlgorithm[]): Promise<BagDigests> {
  const unique = [...new Set(algorithms)];
  const ours = unique.filter((a): a is DigestAlgorithm => OURS.has(a));
  if (ours.length > 0 && ours.length === unique.length) {
    const { size, ...digests } = await hashFile(file, ours);
    return { size, digests: digests as Partial<Record<BagAlgorithm, string>> };
  }
  const digest = new BagDigest(unique);
  for await (const chunk of createReadStream(file, { highWaterMark: DIGEST_CHUNK_BYTES })) digest.update(chunk as Buffer);
  return digest.digest();
}

/** Incremental digest over any BagIt algorithms (used while a payload file is being written). */
export class BagDigest {
  private readonly ours: MultiDigest<DigestAlgorithm> | null;
  private readonly others: Array<[BagAlgorithm, Hash]>;
  private bytes = 0;

  constructor(algorithms: readonly BagAlgorithm[]) {
    const unique = [...new Set(algorithms)];
    const ours = unique.filter((a): a is DigestAlgorithm => OURS.has(a));
    this.ours = ours.length > 0 ? new MultiDigest(ours) : null;
    this.others = unique.filter((a) => !OURS.has(a)).map((a) => [a, createHash(a)]);
  }

  update(chunk: Uint8Array): this {
    this.ours?.update(chunk);
    for (const [, h] of this.others) h.update(chunk);
    this.bytes += chunk.byteLength;
    return this;
  }

  digest(): BagDigests {
    const digests: Partial<Record<BagAlgorithm, string>> = {};
    if (this.ours) {
      const { size: _size, ...ours } = this.ours.digest();
      Object.assign(digests, ours);
    }
    for (const [a, h] of this.others) digests[a] = h.digest('hex');
    return { size: this.bytes, digests };
  }
}
