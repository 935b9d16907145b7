import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { inspectFile } from './inspect.js';
import type { FileFacts, InspectOptions } from './types.js';

interface Pending {
  worker: Worker;
  path: string;
  name?: string;
  options?: InspectOptions;
  resolve: (facts: FileFacts) => void;
  reject: (error: Error) => void;
}

/**
 * Runs inspectFile on worker threads. pdf.js parses a PDF on the thread that calls it, so a large
 * upload inspected on the main thread would stall every other request (a 50 MB PDF takes seconds).
 * Falls back to the calling thread when a worker cannot start (e.g. sources loaded by a test runner
 * that worker threads do not inherit).
 */
export class InspectPool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, Pending>();
  private readonly load = new Map<Worker, number>();
  private next = 1;
  private broken = false;

  constructor(private readonly size = Math.max(1, Math.min(4, os.cpus().length))) {}

  async inspect(path: string, name?: string, options?: InspectOptions): Promise<FileFacts> {
    const worker = this.broken ? null : this.pick();
    if (!worker) return inspectFile(path, name, options);
    const id = this.next++;
    return new Promise<FileFacts>((resolve, reject) => {
      this.pending.set(id, { worker, path, name, options, resolve, reject });
      this.load.set(worker, (this.load.get(worker) ?? 0) + 1);
      worker.postMessage({ id, path, name, options });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
    this.workers.length = 0;
  }

  private pick(): Worker | null {
    if (this.workers.length < this.size) {
      const w = this.start();
      if (w) return w;
    }
    if (this.workers.length === 0) return null;
    return this.workers.reduce((a, b) => ((this.load.get(a) ?? 0) <= (this.load.get(b) ?? 0) ? a : b));
  }

  private start(): Worker | null {
    let worker: Worker;
    try {
      if (import.meta.url.endsWith('.ts')) {
        // Running from sources (tsx): a worker does not inherit tsx's loader, so register it first.
        const tsx = import.meta.resolve('tsx/esm/api');
        const entry = new URL('./inspect-worker.ts', import.meta.url).href;
        worker = new Worker(`import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`, { eval: true });
      } else {
        worker = new Worker(new URL('./inspect-worker.js', import.meta.url));
      }
    } catch {
      this.broken = true;
      return null;
    }
    worker.unref();
    worker.on('message', (msg: { id: number; facts?: FileFacts; error?: string }) => {
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      this.load.set(worker, Math.max(0, (this.load.get(worker) ?? 1) - 1));
      if (msg.error !== undefined) p.reject(new Error(msg.error));
      else p.resolve(msg.facts!);
    });
    worker.on('error', () => this.fail(worker));
    worker.on('exit', () => this.fail(worker));
    this.workers.push(worker);
    return worker;
  }

  /** A worker died (or could not load): its requests fail over to this thread, and no more workers start. */
  private fail(worker: Worker): void {
    const i = this.workers.indexOf(worker);
    if (i >= 0) this.workers.splice(i, 1);
    this.broken = true;
    for (const [id, p] of this.pending) {
      if (p.worker !== worker) continue;
      this.pending.delete(id);
      inspectFile(p.path, p.name, p.options).then(p.resolve, p.reject);
    }
  }
}
