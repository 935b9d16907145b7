import { parentPort } from 'node:worker_threads';
import { inspectFile } from './inspect.js';

/** Worker-thread side of InspectPool: inspects one file per message. */
parentPort?.on('message', (msg: { id: number; path: string; name?: string }) => {
  inspectFile(msg.path, msg.name).then(
    (facts) => parentPort!.postMessage({ id: msg.id, facts }),
    (error: unknown) => parentPort!.postMessage({ id: msg.id, error: error instanceof Error ? error.message : String(error) }),
  );
});
