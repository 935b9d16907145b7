import { spawn } from 'node:child_process';

/** The outcome of running an external tool; never a thrown error, so callers must say which it was. */
export type ToolRun =
  | { kind: 'exited'; exitCode: number; stdout: string; stderr: string }
  | { kind: 'unavailable'; reason: string }
  | { kind: 'timeout' };

/** Limits for one run. */
export interface RunToolOptions {
  timeoutMs: number;
  /** Output beyond this is dropped (ffprobe's JSON for a long recording is a few kilobytes). */
  maxOutputBytes?: number;
}

/**
 * Runs `command args…` without a shell and collects its output. A tool that is not installed (or
 * not executable) is 'unavailable'; one that runs longer than the timeout is killed and reported
 * as 'timeout'.
 */
export function runTool(command: string, args: readonly string[], options: RunToolOptions): Promise<ToolRun> {
  const limit = options.maxOutputBytes ?? 4 * 1024 * 1024;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (run: ToolRun) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(run);
    };
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], shell: false });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let outBytes = 0;
    let errBytes = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      if ((outBytes += chunk.length) <= limit) out.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if ((errBytes += chunk.length) <= limit) err.push(chunk);
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      finish({ kind: 'timeout' });
    }, options.timeoutMs);
    child.on('error', (e: NodeJS.ErrnoException) => finish({ kind: 'unavailable', reason: e.code ?? e.message }));
    child.on('close', (code, signal) =>
      finish({
        kind: 'exited',
        exitCode: code ?? (signal ? 128 : 1),
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      }),
    );
  });
}
