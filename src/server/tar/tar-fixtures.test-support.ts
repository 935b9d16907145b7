import { spawn } from 'node:child_process';
import { lstat, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { BLOCK, encodeHeader, padding, paxRecord, TYPE } from './tar-header.js';

/** Test helpers for this directory's unit tests (not used by production code). */

export async function tempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'casevault-tar-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * One raw entry as a hostile or foreign writer would make it: no path checks at all. Names longer
 * than 100 bytes or not ASCII go into a pax `path` record.
 */
export function rawEntry(e: { name: string | Buffer; typeflag?: string; data?: string | Buffer; linkname?: string; mtime?: number; mode?: number }): Buffer {
  const data = typeof e.data === 'string' ? Buffer.from(e.data) : (e.data ?? Buffer.alloc(0));
  const nameBytes = Buffer.isBuffer(e.name) ? e.name : Buffer.from(e.name);
  const parts: Buffer[] = [];
  if (nameBytes.length > 100) {
    const record = paxRecord('path', nameBytes.toString('utf8'));
    parts.push(encodeHeader({ name: Buffer.from('PaxHeaders/x'), typeflag: TYPE.paxHeader, size: record.length, mtime: 0, mode: 0o644 }), padded(record));
  }
  parts.push(
    encodeHeader({
      name: nameBytes.subarray(0, 100),
      typeflag: e.typeflag ?? TYPE.file,
      size: data.length,
      mtime: e.mtime ?? 1_764_057_600,
      mode: e.mode ?? 0o644,
      ...(e.linkname ? { linkname: Buffer.from(e.linkname) } : {}),
    }),
    padded(data),
  );
  return Buffer.concat(parts);
}

/** Entries followed by the two zero blocks. */
export function rawArchive(...entries: Buffer[]): Buffer {
  return Buffer.concat([...entries, Buffer.alloc(2 * BLOCK)]);
}

function padded(data: Buffer): Buffer {
  return Buffer.concat([data, Buffer.alloc(padding(data.length))]);
}

export async function collect(stream: AsyncIterable<unknown>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of stream) parts.push(Buffer.from(c as Uint8Array));
  return Buffer.concat(parts);
}

export function bytesOf(text: string): { size: number; source: () => Readable } {
  const b = Buffer.from(text);
  return { size: b.length, source: () => Readable.from([b]) };
}

/** Runs GNU tar in a UTF-8 locale (names are converted through the locale charset). */
export function gnuTar(args: string[], options: { cwd?: string; input?: Readable } = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('tar', args, { cwd: options.cwd, env: { ...process.env, LC_ALL: 'C.UTF-8' }, stdio: [options.input ? 'pipe' : 'ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    if (options.input && child.stdin) {
      child.stdin.on('error', () => undefined); // tar may exit before reading everything
      options.input.pipe(child.stdin);
    }
  });
}

/** Every path below `dir` (relative, `/`-separated, directories with a trailing `/`, symlinks with ` ->`). */
export async function tree(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string, rel: string): Promise<void> => {
    for (const name of (await readdir(d)).sort()) {
      const full = path.join(d, name);
      const st = await lstat(full);
      const r = rel ? `${rel}/${name}` : name;
      if (st.isSymbolicLink()) out.push(`${r} ->`);
      else if (st.isDirectory()) {
        out.push(`${r}/`);
        await walk(full, r);
      } else out.push(r);
    }
  };
  await walk(dir, '');
  return out;
}
