import { hash as oneShotHash } from 'node:crypto';

/**
 * The Merkle tree of RFC 9162 §2.1 (identical to RFC 6962 §2.1) with SHA-256: the tree a
 * checkpoint's root hash commits to, and the inclusion and consistency proofs anyone can check
 * against it (DESIGN.md: "checkpoints are Merkle roots signed with the court's key").
 *
 *   leaf hash  = SHA-256(0x00 ‖ leaf bytes)
 *   node hash  = SHA-256(0x01 ‖ left ‖ right)
 *   MTH({})    = SHA-256("")
 *   MTH(D[n])  = node hash(MTH(D[0:k]), MTH(D[k:n])), k the largest power of two < n
 *
 * The 0x00/0x01 prefixes are the RFC's domain separation: without them a leaf could be passed off
 * as an interior node (second preimage). Hashes are 32-byte `Uint8Array`s throughout.
 *
 * Sizes and indices are JavaScript numbers; every function accepts safe integers (< 2^53) and the
 * bit arithmetic of the verifiers is done with division, not the 32-bit `>>` operator.
 */
export const HASH_SIZE = 32;

/**
 * SHA-256 of prefix ‖ parts in one call: node:crypto's one-shot `hash` over a pooled buffer is
 * about twice as fast as a `createHash` object per node, which matters at 10^6 leaves.
 */
function sha256(prefix: number | null, ...parts: Uint8Array[]): Uint8Array {
  let length = prefix === null ? 0 : 1;
  for (const p of parts) length += p.byteLength;
  const input = Buffer.allocUnsafe(length);
  let at = 0;
  if (prefix !== null) input[at++] = prefix;
  for (const p of parts) {
    input.set(p, at);
    at += p.byteLength;
  }
  const b = oneShotHash('sha256', input, 'buffer');
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

/** RFC 9162 §2.1.1: SHA-256(0x00 ‖ data). */
export function leafHash(data: Uint8Array): Uint8Array {
  return sha256(0x00, data);
}

/** RFC 9162 §2.1.1: SHA-256(0x01 ‖ left ‖ right). */
export function nodeHash(left: Uint8Array, right: Uint8Array): Uint8Array {
  return sha256(0x01, left, right);
}

/** MTH of the empty tree: SHA-256 of the empty string (a fresh copy each call). */
export function emptyRoot(): Uint8Array {
  return sha256(null);
}

/** Whether `value` is a 32-byte hash. */
export function isHash(value: unknown): value is Uint8Array {
  return value instanceof Uint8Array && value.byteLength === HASH_SIZE;
}

/** Byte equality (the hashes compared here are public, so no constant-time compare is needed). */
export function hashesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.byteLength; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** State of a {@link MerkleAccumulator}: the tree size and its compact range. */
export interface MerkleAccumulatorState {
  size: number;
  /**
   * Roots of the perfect subtrees the first `size` leaves decompose into, left (largest) to right:
   * one per set bit of `size`, so at most 53 hashes whatever the size.
   */
  peaks: Uint8Array[];
}

/**
 * The root of a growing log in O(log n) memory: leaf hashes are appended one by one and only the
 * roots of the perfect subtrees ("compact range", transparency-dev/merkle) are kept. Appending
 * costs O(1) amortised node hashes; `root()` folds the peaks right to left, which yields MTH
 * because the RFC's split at the largest power of two is exactly the binary decomposition of n.
 */
export class MerkleAccumulator {
  #size = 0;
  readonly #peaks: Uint8Array[] = [];

  /**
   * Resumes from a stored state (e.g. the last checkpoint's compact range).
   * @throws RangeError when the state is not a valid compact range.
   */
  static fromState(state: MerkleAccumulatorState): MerkleAccumulator {
    if (!isSize(state.size)) throw new RangeError(`树大小必须是非负安全整数：${String(state.size)}`);
    if (!Array.isArray(state.peaks) || state.peaks.length !== popCount(state.size) || !state.peaks.every(isHash)) {
      throw new RangeError(`树大小 ${state.size} 需要 ${popCount(state.size)} 个 32 字节的子树根`);
    }
    const acc = new MerkleAccumulator();
    acc.#size = state.size;
    for (const p of state.peaks) acc.#peaks.push(Uint8Array.from(p));
    return acc;
  }

  /** Number of leaves appended so far. */
  get size(): number {
    return this.#size;
  }

  /** Appends one leaf hash (already `leafHash`ed). @throws RangeError for anything but 32 bytes. */
  append(hash: Uint8Array): void {
    if (!isHash(hash)) throw new RangeError('叶哈希必须是 32 字节');
    if (this.#size >= Number.MAX_SAFE_INTEGER) throw new RangeError('树大小超出 2^53−1');
    // Each trailing 1 bit of the old size is a perfect subtree of the new node's height: merge.
    // (A leaf kept as a peak is copied: the caller's array may be reused.)
    let node = isOdd(this.#size) ? hash : Uint8Array.from(hash);
    for (let s = this.#size; isOdd(s); s = half(s)) node = nodeHash(this.#peaks.pop()!, node);
    this.#peaks.push(node);
    this.#size += 1;
  }

  /** MTH of the leaves appended so far (SHA-256("") while empty). */
  root(): Uint8Array {
    const n = this.#peaks.length;
    if (n === 0) return emptyRoot();
    let r = this.#peaks[n - 1]!;
    for (let i = n - 2; i >= 0; i--) r = nodeHash(this.#peaks[i]!, r);
    return n === 1 ? Uint8Array.from(r) : r;
  }

  /** A copy of the state, to persist and resume with {@link MerkleAccumulator.fromState}. */
  state(): MerkleAccumulatorState {
    return { size: this.#size, peaks: this.#peaks.map((p) => Uint8Array.from(p)) };
  }
}

/**
 * MTH(D[n]) of a list of leaf hashes, iteratively (no recursion; memory O(log n) beyond the
 * input, which may be any iterable — a generator reading pages from the database works).
 * @throws RangeError when an element is not a 32-byte hash.
 */
export function rootOf(leafHashes: Iterable<Uint8Array>): Uint8Array {
  const acc = new MerkleAccumulator();
  for (const h of leafHashes) acc.append(h);
  return acc.root();
}

/**
 * PATH(m, D[n]) of RFC 9162 §2.1.3.1: the audit path of leaf `index` in the tree of all given
 * leaves, nearest sibling first. Every sibling is the root of a disjoint subtree, so one proof
 * costs O(n) hashing and O(log n) memory.
 * @throws RangeError for an index outside [0, n) or a leaf that is not a 32-byte hash.
 */
export function inclusionProof(leafHashes: readonly Uint8Array[], index: number): Uint8Array[] {
  assertLeaves(leafHashes);
  const n = leafHashes.length;
  if (!isSize(index) || index >= n) throw new RangeError(`叶序号 ${String(index)} 超出树的范围（0…${n - 1}）`);
  const topDown: Uint8Array[] = [];
  let lo = 0;
  let hi = n;
  while (hi - lo > 1) {
    const mid = lo + largestPowerOfTwoBelow(hi - lo);
    if (index < mid) {
      topDown.push(rangeRoot(leafHashes, mid, hi));
      hi = mid;
    } else {
      topDown.push(rangeRoot(leafHashes, lo, mid));
      lo = mid;
    }
  }
  return topDown.reverse();
}

/**
 * PROOF(m, D[n]) = SUBPROOF(m, D[n], true) of RFC 9162 §2.1.4.1: proves the tree of the first
 * `oldSize` leaves is a prefix of the tree of all given leaves. Empty when oldSize is 0 or n
 * (nothing to prove; {@link verifyConsistency} accepts those with an empty proof).
 * @throws RangeError for oldSize outside [0, n] or a leaf that is not a 32-byte hash.
 */
export function consistencyProof(leafHashes: readonly Uint8Array[], oldSize: number): Uint8Array[] {
  assertLeaves(leafHashes);
  const n = leafHashes.length;
  if (!isSize(oldSize) || oldSize > n) throw new RangeError(`旧树大小 ${String(oldSize)} 超出范围（0…${n}）`);
  if (oldSize === 0 || oldSize === n) return [];
  // Walk down SUBPROOF(m, D[lo:hi], b); each level appends one subtree root AFTER the deeper part.
  const after: Uint8Array[] = [];
  let lo = 0;
  let hi = n;
  let m = oldSize;
  let b = true;
  while (m !== hi - lo) {
    const k = largestPowerOfTwoBelow(hi - lo);
    if (m <= k) {
      after.push(rangeRoot(leafHashes, lo + k, hi));
      hi = lo + k;
    } else {
      after.push(rangeRoot(leafHashes, lo, lo + k));
      lo += k;
      m -= k;
      b = false;
    }
  }
  // SUBPROOF(m, D[m], b) = {} when b (the old root itself, which the verifier holds), else {MTH(D[m])}.
  const proof = b ? [] : [rangeRoot(leafHashes, lo, hi)];
  return proof.concat(after.reverse());
}

/**
 * Verifies an inclusion proof exactly as RFC 9162 §2.1.3.2 prescribes (the fn/sn bit walk; the
 * tree is never rebuilt). False — never a throw — for any malformed argument.
 *
 * The size is authenticated by the signed checkpoint the root comes from, not by the proof: for
 * some sizes m ≠ n the path of a leaf has the same shape and the same proof verifies against the
 * same root. Always take `treeSize` and `root` from the same verified checkpoint.
 */
export function verifyInclusion(
  leaf: Uint8Array,
  index: number,
  treeSize: number,
  proof: readonly Uint8Array[],
  root: Uint8Array,
): boolean {
  if (!isHash(leaf) || !isHash(root) || !isProof(proof) || !isSize(index) || !isSize(treeSize)) return false;
  // 1. leaf_index must be below tree_size.
  if (index >= treeSize) return false;
  // 2. fn = leaf_index, sn = tree_size − 1.  3. r = hash.
  let fn = index;
  let sn = treeSize - 1;
  let r = leaf;
  // 4. For each p in inclusion_path:
  for (const p of proof) {
    // a. sn = 0 means the path is longer than the tree is high.
    if (sn === 0) return false;
    // b. p is a left sibling if fn is a right child or the last node of its level.
    if (isOdd(fn) || fn === sn) {
      r = nodeHash(p, r);
      // Climb over the levels where this node has no right sibling (the right edge of the tree).
      if (!isOdd(fn)) {
        while (!isOdd(fn) && fn !== 0) {
          fn = half(fn);
          sn = half(sn);
        }
      }
    } else {
      r = nodeHash(r, p);
    }
    // c.
    fn = half(fn);
    sn = half(sn);
  }
  // 5. The walk must have reached the root, and the root must match.
  return sn === 0 && hashesEqual(r, root);
}

/**
 * Verifies a consistency proof exactly as RFC 9162 §2.1.4.2 prescribes. Edge cases the RFC leaves
 * to the caller: oldSize = newSize holds with an empty proof and equal roots; oldSize = 0 holds
 * with an empty proof when oldRoot is MTH({}) = SHA-256(""). False — never a throw — otherwise.
 */
export function verifyConsistency(
  oldSize: number,
  newSize: number,
  oldRoot: Uint8Array,
  newRoot: Uint8Array,
  proof: readonly Uint8Array[],
): boolean {
  if (!isSize(oldSize) || !isSize(newSize) || !isHash(oldRoot) || !isHash(newRoot) || !isProof(proof)) return false;
  if (oldSize > newSize) return false;
  if (oldSize === newSize) return proof.length === 0 && hashesEqual(oldRoot, newRoot);
  if (oldSize === 0) return proof.length === 0 && hashesEqual(oldRoot, emptyRoot());
  // 1. An empty path proves nothing between different sizes.
  if (proof.length === 0) return false;
  // 2. If first is an exact power of 2, prepend first_hash.
  const path = isPowerOfTwo(oldSize) ? [oldRoot, ...proof] : [...proof];
  // 3.
  let fn = oldSize - 1;
  let sn = newSize - 1;
  // 4. Skip the levels where the old tree's last node is a right child.
  while (isOdd(fn)) {
    fn = half(fn);
    sn = half(sn);
  }
  // 5.
  let fr = path[0]!;
  let sr = path[0]!;
  // 6. For each subsequent value c:
  for (let i = 1; i < path.length; i++) {
    const c = path[i]!;
    // a.
    if (sn === 0) return false;
    // b.
    if (isOdd(fn) || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      if (!isOdd(fn)) {
        while (!isOdd(fn) && fn !== 0) {
          fn = half(fn);
          sn = half(sn);
        }
      }
    } else {
      sr = nodeHash(sr, c);
    }
    // c.
    fn = half(fn);
    sn = half(sn);
  }
  // 7.
  return sn === 0 && hashesEqual(fr, oldRoot) && hashesEqual(sr, newRoot);
}

/**
 * The leaf of audit event `seq`: the UTF-8 bytes of `${seq}:${hash}`, seq in decimal without
 * leading zeros, hash the event's chain hash as stored (64 lower-case hex digits). Leaf index =
 * seq − 1, because the audit trail numbers events from 1 without gaps.
 *
 * Why this text and not the raw 32 hash bytes: the chain hash already covers the event's content
 * and its predecessor, but putting seq beside it lets anyone who holds only (seq, hash) pairs —
 * an export, a printed report — check a proof without our code, and a leaf cannot be presented at
 * another position than the one it states. Text rather than a binary encoding so the leaf can be
 * rebuilt with `printf '%s' "12:ab…"`.
 * @throws RangeError for a seq that is not a positive safe integer or a hash that is not 64 lower-case hex digits.
 */
export function auditLeaf(event: { seq: number; hash: string }): Uint8Array {
  if (!Number.isSafeInteger(event.seq) || event.seq < 1) throw new RangeError(`审计事件序号必须是正整数：${String(event.seq)}`);
  if (!/^[0-9a-f]{64}$/.test(event.hash)) throw new RangeError(`第 ${event.seq} 条审计事件的哈希不是 64 位小写十六进制`);
  return new TextEncoder().encode(`${event.seq}:${event.hash}`);
}

/** leafHash(auditLeaf(event)). @throws RangeError as {@link auditLeaf}. */
export function auditLeafHash(event: { seq: number; hash: string }): Uint8Array {
  return leafHash(auditLeaf(event));
}

// ---------------------------------------------------------------------------------------------

function rangeRoot(leaves: readonly Uint8Array[], lo: number, hi: number): Uint8Array {
  const acc = new MerkleAccumulator();
  for (let i = lo; i < hi; i++) acc.append(leaves[i]!);
  return acc.root();
}

function assertLeaves(leaves: readonly Uint8Array[]): void {
  for (let i = 0; i < leaves.length; i++) {
    if (!isHash(leaves[i])) throw new RangeError(`第 ${i} 个叶哈希不是 32 字节`);
  }
}

function isProof(proof: unknown): proof is readonly Uint8Array[] {
  return Array.isArray(proof) && proof.every(isHash);
}

function isSize(n: unknown): n is number {
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;
}

function isOdd(n: number): boolean {
  return n % 2 === 1;
}

function half(n: number): number {
  return Math.floor(n / 2);
}

function isPowerOfTwo(n: number): boolean {
  if (n < 1) return false;
  while (n % 2 === 0) n /= 2;
  return n === 1;
}

function popCount(n: number): number {
  let c = 0;
  for (; n > 0; n = half(n)) if (isOdd(n)) c++;
  return c;
}

/** k of RFC 9162 §2.1.1: the largest power of two strictly below n (n ≥ 2). */
function largestPowerOfTwoBelow(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}
