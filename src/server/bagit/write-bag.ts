import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { lstat, mkdir, open, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { DIGEST_CHUNK_BYTES } from '../crypto/digest.js';
import { fsyncDirectory, isNotFound, writeFully } from '../storage/staging-area.js';
import { BagDigest, hashBagFile, type BagAlgorithm } from './bag-algorithm.js';
import { bagInfoElements, formatBaggingDate, formatBagSize, formatOxum, type BagInfo } from './bag-info.js';
import { nameKey, payloadName } from './bag-path.js';
import { formatManifest } from './manifest.js';
import { formatTagElements } from './tag-file.js';

/** One payload file: its name inside `data/` (any Unicode; written in NFC) and where its bytes come from. */
export interface BagPayloadFile {
  path: string;
  /** Called once, when the file is written: a stream, or the path of a file to copy. */
  source: () => Readable | AsyncIterable<Uint8Array> | string | Promise<Readable | AsyncIterable<Uint8Array> | string>;
}

export interface WriteBagOptions {
  files: readonly BagPayloadFile[];
  info: BagInfo;
  /** Payload and tag manifest algorithms; the court default is SHA-256 + SM3. */
  algorithms?: readonly BagAlgorithm[];
  /** Bagging-Date; today by default. */
  now?: Date;
}

/** What was written: the payload with every digest, for the caller's own records. */
export interface WrittenBag {
  dir: string;
  payloadOxum: string;
  files: Array<{ path: string; size: number; digests: Partial<Record<BagAlgorithm, string>> }>;
}

/**
 * Writes a BagIt 1.0 bag (RFC 8493) at `dir`, which must not exist yet. Each payload file is
 * streamed once — written, fsynced and hashed with every algorithm in the same pass — so a
 * recording of several GB never sits in memory. The bag is assembled under a hidden sibling name
 * (`.<name>.bagging-<uuid>`) and renamed to `dir` only when every tag manifest is written: a crash
 * leaves a dot-directory that no one mistakes for a bag, never a half bag under the real name.
 *
 * @throws TypeError for an invalid or duplicate payload name (duplicates compared in NFC and,
 *   because bags travel to NTFS and APFS, also case-insensitively), an empty algorithm list, or an
 *   invalid bag-info label or value.
 * @throws Error when `dir` already exists, or the source's or file system's error (the temporary
 *   directory is removed).
 */
export async function writeBag(dir: string, options: WriteBagOptions): Promise<WrittenBag> {
  const algorithms = [...new Set(options.algorithms ?? (['sha256', 'sm3'] as const))];
  if (algorithms.length === 0) throw new TypeError('writeBag needs at least one algorithm');
  const names = checkNames(options.files);
  // Refuse a bad label or value now, not after gigabytes of payload have been copied.
  formatTagElements(bagInfoElements(options.info, { baggingDate: '', oxum: '', bagSize: '' }));
  const target = path.resolve(dir);
  await refuseExisting(target);
  const parent = path.dirname(target);
  await mkdir(parent, { recursive: true });
  const temp = path.join(parent, `.${path.basename(target)}.bagging-${randomUUID()}`);
  await mkdir(path.join(temp, 'data'), { recursive: true });
  try {
    const files: WrittenBag['files'] = [];
    for (const [i, file] of options.files.entries()) {
      const name = names[i]!;
      const written = await writePayloadFile(path.join(temp, 'data', name), await file.source(), algorithms);
      files.push({ path: name, ...written });
    }
    const bytes = files.reduce((n, f) => n + f.size, 0);
    const payloadOxum = formatOxum(bytes, files.length);
    const tagFiles: Array<[string, string]> = [['bagit.txt', 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n']];
    for (const a of algorithms) {
      tagFiles.push([`manifest-${a}.txt`, formatManifest(files.map((f) => ({ path: `data/${f.path}`, digest: f.digests[a]! })))]);
    }
    const computed = { baggingDate: formatBaggingDate(options.now ?? new Date()), oxum: payloadOxum, bagSize: formatBagSize(bytes) };
    tagFiles.push(['bag-info.txt', formatTagElements(bagInfoElements(options.info, computed))]);
    for (const [name, text] of tagFiles) await writeFile(path.join(temp, name), text, { encoding: 'utf8', flag: 'wx' });
    for (const a of algorithms) {
      const lines = [];
      for (const [name] of tagFiles) lines.push({ path: name, digest: (await hashBagFile(path.join(temp, name), [a])).digests[a]! });
      await writeFile(path.join(temp, `tagmanifest-${a}.txt`), formatManifest(lines), { encoding: 'utf8', flag: 'wx' });
    }
    await fsyncTree(temp, names);
    // rename(2) silently replaces an empty directory: check again right before committing.
    await refuseExisting(target);
    await rename(temp, target);
    await fsyncDirectory(parent);
    return { dir: target, payloadOxum, files };
  } catch (e) {
    await rm(temp, { recursive: true, force: true });
    throw e;
  }
}

function checkNames(files: readonly BagPayloadFile[]): string[] {
  const seen = new Map<string, string>();
  return files.map((f) => {
    const name = payloadName(f.path);
    // Case-folded so that "A.pdf" and "a.pdf" cannot both go in: they would collide on NTFS/APFS.
    const key = nameKey(name).toLowerCase();
    const earlier = seen.get(key);
    if (earlier !== undefined) throw new TypeError(`duplicate BagIt payload name: ${JSON.stringify(f.path)} (same as ${JSON.stringify(earlier)})`);
    seen.set(key, f.path);
    return name;
  });
}

async function refuseExisting(target: string): Promise<void> {
  try {
    await lstat(target);
  } catch (e) {
    if (isNotFound(e)) return;
    throw e;
  }
  throw new Error(`bag directory already exists: ${target}`);
}

async function writePayloadFile(file: string, source: Readable | AsyncIterable<Uint8Array> | string, algorithms: readonly BagAlgorithm[]) {
  await mkdir(path.dirname(file), { recursive: true });
  const input = typeof source === 'string' ? createReadStream(source, { highWaterMark: DIGEST_CHUNK_BYTES }) : source;
  const digest = new BagDigest(algorithms);
  const handle = await open(file, 'wx');
  try {
    for await (const raw of input as AsyncIterable<Uint8Array | string>) {
      const chunk = typeof raw === 'string' ? Buffer.from(raw) : raw;
      // The write runs in the thread pool while this thread hashes the same (unchanged) bytes.
      const written = writeFully(handle, chunk);
      digest.update(chunk);
      await written;
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
  return digest.digest();
}

/** Makes every new directory entry durable before the rename publishes the bag. */
async function fsyncTree(temp: string, names: readonly string[]): Promise<void> {
  const dirs = new Set<string>([temp, path.join(temp, 'data')]);
  for (const n of names) {
    for (let d = path.dirname(path.join(temp, 'data', n)); d.startsWith(path.join(temp, 'data')); d = path.dirname(d)) dirs.add(d);
  }
  for (const d of dirs) await fsyncDirectory(d);
  for (const name of await readdir(temp)) {
    if (name.endsWith('.txt')) {
      const h = await open(path.join(temp, name), 'r');
      try {
        await h.sync();
      } finally {
        await h.close();
      }
    }
  }
}
