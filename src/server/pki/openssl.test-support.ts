import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Test support: the real OpenSSL 3 CLI as an independent second implementation. Tests write
 * files into a temp directory and run `openssl` on them (no shell, arguments as an array).
 */
export interface OpensslResult {
  ok: boolean;
  stdout: string;
  stderr: string;
}

export function openssl(args: string[], cwd: string): OpensslResult {
  const r = spawnSync('openssl', args, { cwd, encoding: 'utf8' });
  return { ok: r.status === 0, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

export function tempDir(): { dir: string; write: (name: string, data: Uint8Array | string) => string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'casevault-pki-'));
  return {
    dir,
    write: (name, data) => {
      writeFileSync(join(dir, name), data);
      return name;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A copy with one bit flipped at `index` (negative counts from the end). */
export function flipByte(bytes: Uint8Array, index: number): Uint8Array {
  const out = new Uint8Array(bytes);
  const i = index < 0 ? out.length + index : index;
  out[i] = (out[i] ?? 0) ^ 0x01;
  return out;
}
