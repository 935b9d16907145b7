import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { eventHash, GENESIS_HASH } from '../domain/audit-chain.js';
import {
  auditLeaf,
  auditLeafHash,
  consistencyProof,
  emptyRoot,
  inclusionProof,
  leafHash,
  MerkleAccumulator,
  nodeHash,
  rootOf,
  verifyConsistency,
  verifyInclusion,
} from './merkle.js';

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
const unhex = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'hex'));

/**
 * Reference vectors of the Certificate Transparency test suite (RFC 6962 tree, SHA-256), used as
 * data only. Leaves, roots 1–8, audit paths and consistency proofs: google/certificate-transparency
 * cpp/merkletree/merkle_tree_test.cc (kInputs, kSHA256Roots, kSHA256Paths, kSHA256Proofs, leaf
 * numbers there are 1-based). The empty root, the same roots and the extra 6→7 consistency proof:
 * transparency-dev/merkle testonly/constants.go and proof/verify_test.go.
 */
const CT_INPUTS = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'].map(unhex);
const CT_ROOTS = [
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', // size 0: SHA-256("")
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];
const CT_PATHS = [
  {
    index: 0,
    size: 8,
    proof: [
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ],
  },
  {
    index: 5,
    size: 8,
    proof: [
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  },
  { index: 2, size: 3, proof: ['fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125'] },
  {
    index: 1,
    size: 5,
    proof: [
      '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
    ],
  },
];
const CT_CONSISTENCY = [
  { oldSize: 1, newSize: 1, proof: [] as string[] },
  {
    oldSize: 1,
    newSize: 8,
    proof: [
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ],
  },
  {
    oldSize: 6,
    newSize: 8,
    proof: [
      '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  },
  {
    oldSize: 2,
    newSize: 5,
    proof: [
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
    ],
  },
  {
    oldSize: 6,
    newSize: 7,
    proof: [
      '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
      'b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  },
];

// --- A naive reference, written from the definitions of RFC 9162 §2.1 (recursive, slow, obvious),
// with its own SHA-256 calls so it shares nothing with merkle.ts. --------------------------------

const sha = (...parts: Uint8Array[]): Uint8Array => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return new Uint8Array(h.digest());
};
/** k: the largest power of two smaller than n (n > 1). */
const split = (n: number): number => 2 ** Math.floor(Math.log2(n - 1));
/** MTH(D[n]) over data entries. */
function refMth(d: readonly Uint8Array[]): Uint8Array {
  if (d.length === 0) return sha();
  if (d.length === 1) return sha(Uint8Array.of(0), d[0]!);
  const k = split(d.length);
  return sha(Uint8Array.of(1), refMth(d.slice(0, k)), refMth(d.slice(k)));
}
/** PATH(m, D[n]). */
function refPath(m: number, d: readonly Uint8Array[]): Uint8Array[] {
  if (d.length === 1) return [];
  const k = split(d.length);
  return m < k ? [...refPath(m, d.slice(0, k)), refMth(d.slice(k))] : [...refPath(m - k, d.slice(k)), refMth(d.slice(0, k))];
}
/** SUBPROOF(m, D[n], b); PROOF(m, D[n]) = SUBPROOF(m, D[n], true). */
function refSubproof(m: number, d: readonly Uint8Array[], b: boolean): Uint8Array[] {
  if (m === d.length) return b ? [] : [refMth(d)];
  const k = split(d.length);
  return m <= k
    ? [...refSubproof(m, d.slice(0, k), b), refMth(d.slice(k))]
    : [...refSubproof(m - k, d.slice(k), false), refMth(d.slice(0, k))];
}
/** The sides the audit-path siblings of leaf m sit on in a tree of n, nearest first ('R' = right). */
function pathShape(m: number, n: number): string {
  if (n === 1) return '';
  const k = split(n);
  return m < k ? pathShape(m, k) + 'R' : pathShape(m - k, n - k) + 'L';
}

const flip = (bytes: Uint8Array, at: number): Uint8Array => {
  const copy = Uint8Array.from(bytes);
  copy[at]! ^= 0x01;
  return copy;
};
/**
 * Which bytes of a 32-byte hash a sweep flips: all 32 in trees up to {@link FULL_FLIP_SIZE}
 * leaves; above that the first, the last and one that rotates with `salt`, so that across the
 * sweep every offset of every node position is still hit while the run stays a few seconds.
 */
const FULL_FLIP_SIZE = 16;
const flipOffsets = (n: number, salt: number): number[] =>
  n <= FULL_FLIP_SIZE ? Array.from({ length: 32 }, (_, b) => b) : [...new Set([0, salt % 32, 31])];

const N = 64;
const DATA = Array.from({ length: 2 * N }, (_, i) => new TextEncoder().encode(`第 ${i} 条审计事件`));
const LEAVES = DATA.map(leafHash);
/** Reference roots by size, 0…2N. */
const REF_ROOTS = Array.from({ length: 2 * N + 1 }, (_, n) => refMth(DATA.slice(0, n)));

describe('RFC 6962 / RFC 9162 reference vectors', () => {
  const leaves = CT_INPUTS.map(leafHash);

  it('leaf hash, node hash and the empty root', () => {
    expect(hex(emptyRoot())).toBe(CT_ROOTS[0]);
    expect(hex(leafHash(new Uint8Array()))).toBe(CT_ROOTS[1]);
    expect(hex(nodeHash(leaves[0]!, leaves[1]!))).toBe(CT_ROOTS[2]);
  });

  it('roots of every size 0…8, from rootOf and from the accumulator', () => {
    const acc = new MerkleAccumulator();
    expect(hex(acc.root())).toBe(CT_ROOTS[0]);
    for (let n = 0; n <= 8; n++) {
      expect(hex(rootOf(leaves.slice(0, n))), `size ${n}`).toBe(CT_ROOTS[n]);
      if (n > 0) {
        acc.append(leaves[n - 1]!);
        expect(hex(acc.root()), `accumulator size ${n}`).toBe(CT_ROOTS[n]);
      }
    }
  });

  it.each(CT_PATHS)('audit path of leaf $index in a tree of $size', ({ index, size, proof }) => {
    const tree = leaves.slice(0, size);
    expect(inclusionProof(tree, index).map(hex)).toEqual(proof);
    expect(verifyInclusion(leaves[index]!, index, size, proof.map(unhex), unhex(CT_ROOTS[size]!))).toBe(true);
  });

  it.each(CT_CONSISTENCY)('consistency proof $oldSize → $newSize', ({ oldSize, newSize, proof }) => {
    expect(consistencyProof(leaves.slice(0, newSize), oldSize).map(hex)).toEqual(proof);
    expect(verifyConsistency(oldSize, newSize, unhex(CT_ROOTS[oldSize]!), unhex(CT_ROOTS[newSize]!), proof.map(unhex))).toBe(true);
  });
});

describe('agreement with the naive reference', () => {
  it('leafHash is SHA-256(0x00 ‖ data)', () => {
    for (const d of DATA) expect(hex(leafHash(d))).toBe(hex(sha(Uint8Array.of(0), d)));
  });

  it(`rootOf and the accumulator equal MTH for every size 0…${2 * N}, also when resumed from a stored state`, () => {
    const acc = new MerkleAccumulator();
    for (let n = 0; n <= 2 * N; n++) {
      expect(hex(rootOf(LEAVES.slice(0, n))), `rootOf ${n}`).toBe(hex(REF_ROOTS[n]!));
      expect(acc.size).toBe(n);
      expect(hex(acc.root()), `accumulator ${n}`).toBe(hex(REF_ROOTS[n]!));
      const resumed = MerkleAccumulator.fromState(acc.state());
      expect(hex(resumed.root())).toBe(hex(REF_ROOTS[n]!));
      if (n < 2 * N) {
        resumed.append(LEAVES[n]!);
        expect(hex(resumed.root()), `resumed ${n} + 1`).toBe(hex(REF_ROOTS[n + 1]!));
        acc.append(LEAVES[n]!);
      }
    }
  });

  it('keeps only one subtree root per set bit of the size', () => {
    const acc = new MerkleAccumulator();
    for (const l of LEAVES.slice(0, 0b1011011)) acc.append(l);
    expect(acc.state().peaks).toHaveLength(5);
  });

  it('rootOf reads any iterable (a generator paging through the database)', () => {
    function* pages(): Generator<Uint8Array> {
      for (let i = 0; i < 37; i++) yield LEAVES[i]!;
    }
    expect(hex(rootOf(pages()))).toBe(hex(REF_ROOTS[37]!));
  });
});

/**
 * Collects what a sweep got wrong and asserts once at the end: a million `expect` calls would cost
 * more than the hashing they check.
 */
function sweep(): { check(ok: boolean, what: () => string): void; readonly count: number; readonly wrong: string[] } {
  const wrong: string[] = [];
  let count = 0;
  return {
    check(ok, what) {
      count++;
      if (!ok && wrong.length < 20) wrong.push(what());
    },
    get count() {
      return count;
    },
    wrong,
  };
}

describe(`inclusion proofs, every leaf of every tree up to ${N} leaves`, () => {
  it('equal PATH(m, D[n]), verify, and fail after any tampering', { timeout: 60_000 }, () => {
    const s = sweep();
    for (let n = 1; n <= N; n++) {
      const tree = LEAVES.slice(0, n);
      const root = REF_ROOTS[n]!;
      const data = DATA.slice(0, n);
      for (let i = 0; i < n; i++) {
        const leaf = tree[i]!;
        const proof = inclusionProof(tree, i);
        const at = `leaf ${i} of ${n}`;
        s.check(proof.map(hex).join() === refPath(i, data).map(hex).join(), () => `${at}: proof differs from PATH`);
        s.check(verifyInclusion(leaf, i, n, proof, root), () => `${at}: valid proof rejected`);
        const rejects = (what: string, ...args: Parameters<typeof verifyInclusion>): void =>
          s.check(!verifyInclusion(...args), () => `${at}: accepted ${what}`);

        // A flipped byte in every proof node, in the leaf, in the root.
        proof.forEach((node, p) => {
          for (const b of flipOffsets(n, n + i + p)) {
            const tampered = proof.slice();
            tampered[p] = flip(node, b);
            rejects(`node ${p} byte ${b} flipped`, leaf, i, n, tampered, root);
          }
        });
        for (const b of flipOffsets(n, n + i)) rejects(`leaf byte ${b} flipped`, flip(leaf, b), i, n, proof, root);
        for (const b of flipOffsets(n, n * i)) rejects(`root byte ${b} flipped`, leaf, i, n, proof, flip(root, b));

        // Every other index, and indices at or past the size.
        for (let j = 0; j < n + 2; j++) if (j !== i) rejects(`index ${j}`, leaf, j, n, proof, root);
        // Every other size up to n + 2: only a size whose path has the very same shape may verify
        // (the size is bound to the root by the signed checkpoint, not by the proof).
        for (let m = 1; m <= n + 2; m++) {
          if (m === n) continue;
          const sameShape = i < m && pathShape(i, m) === pathShape(i, n);
          s.check(verifyInclusion(leaf, i, m, proof, root) === sameShape, () => `${at}: size ${m} gave ${!sameShape}`);
        }
        rejects('size × 2', leaf, i, n * 2, proof, root);
        if (n > 1) rejects('size / 2', leaf, i, Math.floor(n / 2), proof, root);

        // Dropped, added or reordered nodes; the empty root.
        rejects('trailing root', leaf, i, n, [...proof, root], root);
        rejects('leading root', leaf, i, n, [root, ...proof], root);
        rejects('trailing garbage', leaf, i, n, [...proof, new Uint8Array()], root);
        if (proof.length > 0) {
          rejects('last node dropped', leaf, i, n, proof.slice(0, -1), root);
          rejects('first node dropped', leaf, i, n, proof.slice(1), root);
        }
        if (proof.length > 1) rejects('reversed proof', leaf, i, n, proof.slice().reverse(), root);
        rejects('empty root', leaf, i, n, proof, emptyRoot());
      }
    }
    expect(s.wrong).toEqual([]);
    expect(s.count).toBeGreaterThan(100_000);
  });
});

describe(`consistency proofs, every 0 < m ≤ n ≤ ${N}`, () => {
  it('equal PROOF(m, D[n]), verify, and fail after any tampering', { timeout: 60_000 }, () => {
    const s = sweep();
    for (let n = 1; n <= N; n++) {
      const tree = LEAVES.slice(0, n);
      const newRoot = REF_ROOTS[n]!;
      const data = DATA.slice(0, n);
      for (let m = 1; m <= n; m++) {
        const oldRoot = REF_ROOTS[m]!;
        const proof = consistencyProof(tree, m);
        const at = `${m} → ${n}`;
        s.check(proof.map(hex).join() === refSubproof(m, data, true).map(hex).join(), () => `${at}: proof differs from PROOF`);
        s.check(verifyConsistency(m, n, oldRoot, newRoot, proof), () => `${at}: valid proof rejected`);
        const rejects = (what: string, ...args: Parameters<typeof verifyConsistency>): void =>
          s.check(!verifyConsistency(...args), () => `${at}: accepted ${what}`);

        proof.forEach((node, p) => {
          for (const b of flipOffsets(n, n + m + p)) {
            const tampered = proof.slice();
            tampered[p] = flip(node, b);
            rejects(`node ${p} byte ${b} flipped`, m, n, oldRoot, newRoot, tampered);
          }
        });
        for (const b of flipOffsets(n, n + m)) rejects(`old root byte ${b} flipped`, m, n, flip(oldRoot, b), newRoot, proof);
        for (const b of flipOffsets(n, n * m)) rejects(`new root byte ${b} flipped`, m, n, oldRoot, flip(newRoot, b), proof);

        // Wrong sizes (the perturbations of the CT verifier tests) and time travel.
        for (const [m2, n2] of [
          [m - 1, n],
          [m + 1, n],
          [m ^ 2, n],
          [m, n * 2],
          [m, Math.floor(n / 2)],
          [n, m],
        ] as const) {
          if (m2 !== m || n2 !== n) rejects(`sizes ${m2} → ${n2}`, m2, n2, oldRoot, newRoot, proof);
        }
        // Dropped, added or reordered nodes; swapped roots.
        rejects('trailing new root', m, n, oldRoot, newRoot, [...proof, newRoot]);
        rejects('trailing old root', m, n, oldRoot, newRoot, [...proof, oldRoot]);
        rejects('leading old root', m, n, oldRoot, newRoot, [oldRoot, ...proof]);
        rejects('trailing garbage', m, n, oldRoot, newRoot, [...proof, new Uint8Array()]);
        if (m < n) {
          rejects('swapped roots', m, n, newRoot, oldRoot, proof);
          rejects('empty proof', m, n, oldRoot, newRoot, []);
          rejects('last node dropped', m, n, oldRoot, newRoot, proof.slice(0, -1));
          rejects('first node repeated', m, n, oldRoot, newRoot, [proof[0]!, ...proof]);
        }
        if (proof.length > 1) rejects('reversed proof', m, n, oldRoot, newRoot, proof.slice().reverse());
      }
    }
    expect(s.wrong).toEqual([]);
    expect(s.count).toBeGreaterThan(50_000);
  });

  it('a rewritten history is caught: old root of a different log', () => {
    const rewritten = LEAVES.slice(0, 20);
    rewritten[7] = leafHash(new TextEncoder().encode('改写的事件'));
    for (let m = 8; m < 20; m++) {
      const proof = consistencyProof(LEAVES.slice(0, 20), m);
      expect(verifyConsistency(m, 20, rootOf(rewritten.slice(0, m)), REF_ROOTS[20]!, proof)).toBe(false);
      const forged = consistencyProof(rewritten, m);
      expect(verifyConsistency(m, 20, REF_ROOTS[m]!, rootOf(rewritten), forged)).toBe(false);
    }
  });

  it('the empty tree is consistent with every tree, with an empty proof and the empty root only', () => {
    expect(consistencyProof(LEAVES.slice(0, 5), 0)).toEqual([]);
    expect(verifyConsistency(0, 5, emptyRoot(), REF_ROOTS[5]!, [])).toBe(true);
    expect(verifyConsistency(0, 0, emptyRoot(), emptyRoot(), [])).toBe(true);
    expect(verifyConsistency(0, 5, REF_ROOTS[1]!, REF_ROOTS[5]!, [])).toBe(false);
    expect(verifyConsistency(0, 5, emptyRoot(), REF_ROOTS[5]!, [emptyRoot()])).toBe(false);
    expect(verifyConsistency(0, 0, emptyRoot(), emptyRoot(), [emptyRoot()])).toBe(false);
  });
});

describe('sizes beyond 32 bits (the verifiers must not use 32-bit shifts)', () => {
  const x = leafHash(new TextEncoder().encode('left half'));
  const leaf = leafHash(new TextEncoder().encode('last'));
  const big = 2 ** 40;

  it('inclusion of the last leaf of a 2^40 + 1 tree', () => {
    const root = nodeHash(x, leaf);
    expect(verifyInclusion(leaf, big, big + 1, [x], root)).toBe(true);
    expect(verifyInclusion(leaf, big - 1, big + 1, [x], root)).toBe(false);
    expect(verifyInclusion(leaf, big, big + 2, [x], root)).toBe(false);
  });

  it('consistency 2^40 → 2^40 + 1', () => {
    expect(verifyConsistency(big, big + 1, x, nodeHash(x, leaf), [leaf])).toBe(true);
    expect(verifyConsistency(big - 1, big + 1, x, nodeHash(x, leaf), [leaf])).toBe(false);
  });

  it('an accumulator resumed at 2^40 − 1 (forty peaks) appends correctly', () => {
    const peaks = Array.from({ length: 40 }, (_, i) => leafHash(Uint8Array.of(i)));
    const acc = MerkleAccumulator.fromState({ size: big - 1, peaks });
    acc.append(leaf);
    const expected = peaks.reduceRight((right, left) => nodeHash(left, right), leaf);
    expect(acc.size).toBe(big);
    expect(acc.state().peaks).toHaveLength(1);
    expect(hex(acc.root())).toBe(hex(expected));
  });
});

describe('a million leaves', () => {
  it('root and an inclusion proof, iteratively', { timeout: 60_000 }, () => {
    const n = 1_000_003;
    const all = new Uint8Array(32 * n);
    const leaves = Array.from({ length: n }, (_, i) => {
      const leaf = all.subarray(32 * i, 32 * i + 32);
      leaf[28] = i >>> 24;
      leaf[29] = (i >>> 16) & 0xff;
      leaf[30] = (i >>> 8) & 0xff;
      leaf[31] = i & 0xff;
      return leaf;
    });
    const root = rootOf(leaves);
    const proof = inclusionProof(leaves, 777_777);
    expect(proof).toHaveLength(20);
    expect(verifyInclusion(leaves[777_777]!, 777_777, n, proof, root)).toBe(true);
    expect(verifyInclusion(leaves[777_776]!, 777_777, n, proof, root)).toBe(false);
  });
});

describe('argument checks', () => {
  const tree = LEAVES.slice(0, 5);

  it('proof generators reject impossible requests', () => {
    for (const bad of [-1, 5, 1.5, Number.NaN]) expect(() => inclusionProof(tree, bad)).toThrow(RangeError);
    expect(() => inclusionProof([], 0)).toThrow(RangeError);
    for (const bad of [-1, 6, 2.5]) expect(() => consistencyProof(tree, bad)).toThrow(RangeError);
    expect(() => inclusionProof([...tree.slice(0, 4), new Uint8Array(31)], 0)).toThrow(RangeError);
    expect(consistencyProof(tree, 5)).toEqual([]);
  });

  it('verifiers answer false, never throw, for malformed arguments', () => {
    const root = REF_ROOTS[5]!;
    const proof = inclusionProof(tree, 2);
    expect(verifyInclusion(tree[2]!, 2, 5, proof, root)).toBe(true);
    expect(verifyInclusion(tree[2]!, 2, 0, [], root)).toBe(false);
    expect(verifyInclusion(tree[2]!, -1, 5, proof, root)).toBe(false);
    expect(verifyInclusion(tree[2]!, 2.5, 5, proof, root)).toBe(false);
    expect(verifyInclusion(tree[2]!, 2, Number.POSITIVE_INFINITY, proof, root)).toBe(false);
    expect(verifyInclusion(tree[2]!.subarray(1), 2, 5, proof, root)).toBe(false);
    expect(verifyInclusion(tree[2]!, 2, 5, proof, root.subarray(0, 31))).toBe(false);
    expect(verifyInclusion(tree[2]!, 2, 5, proof.map((p) => p.subarray(0, 31)), root)).toBe(false);
    expect(verifyInclusion(tree[2]!, 2, 5, 'proof' as unknown as Uint8Array[], root)).toBe(false);
    expect(verifyConsistency(2, 5, REF_ROOTS[2]!, root, 'x' as unknown as Uint8Array[])).toBe(false);
    expect(verifyConsistency(Number.NaN, 5, REF_ROOTS[2]!, root, consistencyProof(tree, 2))).toBe(false);
  });

  it('the accumulator refuses states that are not compact ranges and leaves that are not hashes', () => {
    const acc = new MerkleAccumulator();
    expect(() => acc.append(new Uint8Array(31))).toThrow(RangeError);
    expect(() => MerkleAccumulator.fromState({ size: 5, peaks: [LEAVES[0]!] })).toThrow(RangeError);
    expect(() => MerkleAccumulator.fromState({ size: -1, peaks: [] })).toThrow(RangeError);
    expect(() => MerkleAccumulator.fromState({ size: 1, peaks: [new Uint8Array(32).subarray(1)] })).toThrow(RangeError);
  });

  it('the state is a copy: changing it does not change the accumulator', () => {
    const acc = new MerkleAccumulator();
    acc.append(LEAVES[0]!);
    acc.state().peaks[0]!.fill(0);
    acc.root().fill(0);
    expect(hex(acc.root())).toBe(hex(REF_ROOTS[1]!));
  });
});

describe('audit trail leaves', () => {
  const events = Array.from({ length: 12 }, (_, i) => ({
    seq: i + 1,
    id: `evt-${i + 1}`,
    occurredAt: `2025-06-01T08:00:${String(i).padStart(2, '0')}.000Z`,
    actorId: 'u-1',
    actorName: '李书记员',
    action: 'case.update',
    entityType: 'case',
    entityId: 'c-1',
    beforeJson: null,
    afterJson: JSON.stringify({ step: i }),
    requestId: null,
  }));
  const chained: Array<{ seq: number; hash: string }> = [];
  let prev = GENESIS_HASH;
  for (const e of events) {
    prev = eventHash(prev, e);
    chained.push({ seq: e.seq, hash: prev });
  }

  it('is the UTF-8 text "seq:hash" and leaf index seq − 1', () => {
    const first = chained[0]!;
    expect(new TextDecoder().decode(auditLeaf(first))).toBe(`1:${first.hash}`);
    expect(hex(auditLeafHash(first))).toBe(hex(sha(Uint8Array.of(0), new TextEncoder().encode(`1:${first.hash}`))));
    const leaves = chained.map(auditLeafHash);
    const proof = inclusionProof(leaves, 2);
    expect(verifyInclusion(auditLeafHash(chained[2]!), chained[2]!.seq - 1, 12, proof, rootOf(leaves))).toBe(true);
    // The same hash presented under another seq is another leaf.
    expect(verifyInclusion(auditLeafHash({ seq: 4, hash: chained[2]!.hash }), 2, 12, proof, rootOf(leaves))).toBe(false);
  });

  it('refuses seqs and hashes that would make the leaf ambiguous', () => {
    const hash = chained[0]!.hash;
    for (const seq of [0, -1, 1.5, Number.NaN]) expect(() => auditLeaf({ seq, hash })).toThrow(RangeError);
    for (const bad of [hash.toUpperCase(), hash.slice(1), `${hash}0`, '']) expect(() => auditLeaf({ seq: 1, hash: bad })).toThrow(RangeError);
  });
});
