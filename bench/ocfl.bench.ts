import { randomBytes } from 'node:crypto';
import { mkdtemp, open, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { FsOcflStore, OcflRepository, validateStorageRoot, type OcflFileInput, type StorageRootValidationResult } from '../src/server/ocfl/index.js';

const CLERK = { name: '张书记员', address: 'mailto:clerk@court.example' };

/** Three small files per object, as an archived case file's smallest version might hold. */
const FILES: ReadonlyArray<{ logicalPath: string; bytes: number }> = [
  { logicalPath: '正卷/第1册/001 民事起诉状.pdf', bytes: 4096 },
  { logicalPath: '正卷/第1册/002 民事判决书.pdf', bytes: 3072 },
  { logicalPath: 'metadata/catalogue.json', bytes: 1024 },
];

/**
 * OCFL validation time (issue 7): an fs storage root with OCFL_BENCH_OBJECTS objects (default
 * 10,000) of three files of a few KB (random bytes, so nothing deduplicates), written through
 * `OcflRepository.createObject` — the full stage → verify → commit with fsyncs — by
 * OCFL_BENCH_CONCURRENCY writers (default 8; objects are independent, the library expects one writer
 * per object). Then `validateStorageRoot` over the whole root: structure only (`digests: false`) and
 * full (sha512 + sha256 + SM3 of every content file), and the full validation again after one byte
 * of one object's content was flipped, to show that the finding appears. The temp dir is deleted.
 */
export async function ocflValidateBench(): Promise<object> {
  const objects = Number(process.env.OCFL_BENCH_OBJECTS ?? 10_000);
  const concurrency = Number(process.env.OCFL_BENCH_CONCURRENCY ?? 8);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'casevault-bench-ocfl-'));
  try {
    const store = new FsOcflStore(dir);
    const repo = await OcflRepository.open(store, { create: true });

    const t0 = performance.now();
    let next = 0;
    let firstPath = '';
    const writer = async () => {
      for (let i = next++; i < objects; i = next++) {
        const commit = await repo.createObject(objectId(i), { files: filesOf(i), message: '归档', user: CLERK, created: new Date('2026-11-25T08:00:00Z') });
        if (i === 0) firstPath = commit.objectPath;
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, concurrency) }, writer));
    const buildSeconds = seconds(t0);
    const onDisk = await diskUsage(dir);

    const fast = await timed(() => validateStorageRoot(dir, { digests: false }));
    const full = await timed(() => validateStorageRoot(dir));
    if (full.result.objects.length !== objects) throw new Error(`validator found ${full.result.objects.length} objects, ${objects} written`);

    const victim = path.join(dir, firstPath, 'v1', 'content', ...(await firstContentFile(path.join(dir, firstPath, 'v1', 'content'))));
    await flipByte(victim, 100);
    const flipped = await timed(() => validateStorageRoot(dir));

    const contentBytes = objects * FILES.reduce((n, f) => n + f.bytes, 0);
    return {
      scenario: 'ocfl-validate',
      objects,
      filesPerObject: FILES.length,
      contentFiles: objects * FILES.length,
      contentBytes,
      storageRoot: { files: onDisk.files, bytes: onDisk.bytes, directories: onDisk.directories },
      build: { method: 'OcflRepository.createObject (stage → verify → commit, fsync)', concurrency, seconds: round(buildSeconds, 2), objectsPerS: round(objects / buildSeconds) },
      validateStructureOnly: summary(fast, objects),
      validateWithDigests: summary(full, objects),
      validateAfterFlippedByte: { ...summary(flipped, objects), findingCodes: [...new Set(flipped.result.issues.map((i) => i.code))], findingPaths: [...new Set(flipped.result.issues.map((i) => i.path))].slice(0, 5) },
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function objectId(i: number): string {
  return `urn:casevault:沪0118:（2021）沪0118民初${10_000 + i}号`;
}

function filesOf(i: number): OcflFileInput[] {
  return FILES.map((f) => {
    const bytes = randomBytes(f.bytes);
    bytes.write(`${objectId(i)} ${f.logicalPath}\n`); // readable head, random tail
    return { logicalPath: f.logicalPath, size: f.bytes, source: () => Readable.from([bytes]) };
  });
}

async function timed(run: () => Promise<StorageRootValidationResult>): Promise<{ seconds: number; result: StorageRootValidationResult }> {
  const t = performance.now();
  const result = await run();
  return { seconds: seconds(t), result };
}

function summary(v: { seconds: number; result: StorageRootValidationResult }, objects: number): object {
  const errors = v.result.issues.filter((i) => i.severity === 'error').length;
  return { seconds: round(v.seconds, 2), objectsPerS: round(objects / v.seconds), ok: v.result.ok, findings: v.result.issues.length, errors };
}

/** First content file below the version's content directory, as path segments. */
async function firstContentFile(dir: string): Promise<string[]> {
  for (const e of (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (e.isFile()) return [e.name];
    if (e.isDirectory()) return [e.name, ...(await firstContentFile(path.join(dir, e.name)))];
  }
  throw new Error(`no content file below ${dir}`);
}

async function flipByte(file: string, offset: number): Promise<void> {
  const handle = await open(file, 'r+');
  try {
    const one = Buffer.alloc(1);
    await handle.read(one, 0, 1, offset);
    one[0] = one[0]! ^ 0xff;
    await handle.write(one, 0, 1, offset);
  } finally {
    await handle.close();
  }
}

async function diskUsage(dir: string): Promise<{ files: number; directories: number; bytes: number }> {
  const total = { files: 0, directories: 0, bytes: 0 };
  const walk = async (d: string): Promise<void> => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) {
        total.directories++;
        await walk(p);
      } else if (e.isFile()) {
        total.files++;
        total.bytes += (await stat(p)).size;
      }
    }
  };
  await walk(dir);
  return total;
}

function seconds(since: number): number {
  return (performance.now() - since) / 1000;
}

function round(n: number, digits = 0): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
