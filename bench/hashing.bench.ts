import { spawn } from 'node:child_process';
import { randomFillSync } from 'node:crypto';
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { digestFile, DIGEST_CHUNK_BYTES, hashFile } from '../src/server/crypto/digest.js';
import { FsBlobStore } from '../src/server/storage/fs-blob-store.js';

const MiB = 1024 * 1024;
const RUNS = 3;

interface Result {
  name: string;
  mbPerS: number | null;
  seconds?: number;
  note?: string;
}

/**
 * Hashing throughput on one temporary file of BENCH_HASH_MB MiB (default 512), read from the page
 * cache (a warm-up pass reads it first): our SHA-256, SM3 and SHA-256 + SM3 (`digestFile`) against
 * `openssl dgst` and `sha256sum` on the same file in the same run, then the file-system blob
 * store's stage (write + fsync + both digests) and commit (SHA-256 re-check + rename). Each hashing
 * figure is the median of three runs; MB/s are MiB/s. Aim (issue): SHA-256 within 80 % of openssl.
 */
export async function hashingBench(): Promise<object> {
  const mb = Number(process.env.BENCH_HASH_MB ?? 512);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'casevault-bench-hash-'));
  const file = path.join(dir, 'sample.bin');
  try {
    await writeRandomFile(file, mb);
    await hashFile(file, ['sha256'] as const); // warm the page cache
    const results: Result[] = [];
    const measure = async (name: string, run: () => Promise<unknown>) => {
      const seconds = await median(run);
      results.push({ name, mbPerS: round(mb / seconds), seconds: round(seconds, 3) });
    };
    await measure('casevault sha256 (hashFile)', () => hashFile(file, ['sha256'] as const));
    await measure('casevault sm3 (hashFile)', () => hashFile(file, ['sm3'] as const));
    await measure('casevault sha256+sm3 (digestFile)', () => digestFile(file));
    for (const [name, cmd, args] of [
      ['openssl dgst -sha256', 'openssl', ['dgst', '-sha256', file]],
      ['openssl dgst -sm3', 'openssl', ['dgst', '-sm3', file]],
      ['sha256sum', 'sha256sum', [file]],
    ] as const) {
      try {
        await measure(name, () => run(cmd, args));
      } catch (e) {
        results.push({ name, mbPerS: null, note: `not available: ${(e as Error).message}` });
      }
    }
    results.push(...(await blobStoreThroughput(file, mb, dir)));
    const byName = new Map(results.map((r) => [r.name, r.mbPerS]));
    const openssl = byName.get('openssl dgst -sha256');
    const ratio = (name: string) => (openssl && byName.get(name) ? round(byName.get(name)! / openssl, 2) : null);
    return {
      scenario: 'hashing',
      mb,
      chunkBytes: DIGEST_CHUNK_BYTES,
      results,
      ratioToOpenssl: ratio('casevault sha256 (hashFile)'),
      combinedRatioToOpenssl: ratio('casevault sha256+sm3 (digestFile)'),
      sm3RatioToOpenssl: openssl && byName.get('openssl dgst -sm3') ? round(byName.get('casevault sm3 (hashFile)')! / byName.get('openssl dgst -sm3')!, 2) : null,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Stage (from a file stream, as an upload would arrive) and commit into a store on the same file system. */
async function blobStoreThroughput(file: string, mb: number, dir: string): Promise<Result[]> {
  const store = new FsBlobStore(path.join(dir, 'blobs'), path.join(dir, 'staging'));
  const t0 = performance.now();
  const staged = await store.stage(createReadStream(file, { highWaterMark: DIGEST_CHUNK_BYTES }));
  const t1 = performance.now();
  await store.commit(staged);
  const t2 = performance.now();
  await store.delete(staged.sha256);
  const s = (a: number, b: number) => (b - a) / 1000;
  return [
    { name: 'fs blob store stage (write+fsync+sha256+sm3)', mbPerS: round(mb / s(t0, t1)), seconds: round(s(t0, t1), 3) },
    { name: 'fs blob store commit (sha256 re-check+rename+fsync)', mbPerS: round(mb / s(t1, t2)), seconds: round(s(t1, t2), 3) },
    { name: 'fs blob store stage+commit', mbPerS: round(mb / s(t0, t2)), seconds: round(s(t0, t2), 3) },
  ];
}

async function writeRandomFile(file: string, mb: number): Promise<void> {
  const handle = await open(file, 'w');
  const chunk = Buffer.allocUnsafe(MiB);
  try {
    for (let i = 0; i < mb; i++) await handle.write(randomFillSync(chunk));
    await handle.sync(); // so that its write-back does not run during the measurements
  } finally {
    await handle.close();
  }
}

async function median(fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn();
    times.push((performance.now() - t) / 1000);
  }
  return times.sort((a, b) => a - b)[RUNS >> 1]!;
}

function run(cmd: string, args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} exited ${code}: ${stderr.trim()}`))));
  });
}

function round(n: number, digits = 0): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
