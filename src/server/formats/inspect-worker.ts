import { parentPort } from 'node:worker_threads';
import { inspectFile } from './inspect.js';
import type { InspectOptions } from './types.js';

/** Worker-thread side of InspectPool: inspects one file per message. */
parentPort?.on('message', (msg: { id: number; path: string; name?: string; options?: InspectOptions }) => {
  inspectFile(msg.path, msg.name, msg.options).then(
    (facts) => parentPort!.postMessage({ id: msg.id, facts }),
    (error: unknown) => parentPort!.postMessage({ id: msg.id, error: error instanceof Error ? error.message : String(error) }),
  );
});
