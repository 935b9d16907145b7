import type { FileIntakeService } from '../services/file-intake.service.js';
import type { HotFolderService } from '../services/hot-folder.service.js';

/** Staging files older than this are leftovers of interrupted uploads (swept hourly). */
const STAGING_GRACE_MS = 24 * 3_600_000;
import type { Worker } from './worker.js';

/**
 * Everything a worker process runs in the background: the job worker and the hot-folder poller.
 * `casevault serve` runs it in-process; `casevault worker` runs only this.
 */
export function startBackground(worker: Worker, hotFolders: HotFolderService, intake: FileIntakeService, pollMs: number, onError: (err: unknown) => void) {
  worker.start();
  const sweep = () => void intake.sweepStaging(STAGING_GRACE_MS).catch(onError);
  sweep();
  const sweeper = setInterval(sweep, 3_600_000);
  sweeper.unref();
  let polling = false;
  const timer = setInterval(() => {
    if (polling) return;
    polling = true;
    hotFolders
      .poll()
      .catch(onError)
      .finally(() => {
        polling = false;
      });
  }, pollMs);
  return {
    async stop() {
      clearInterval(timer);
      clearInterval(sweeper);
      while (polling) await new Promise((r) => setTimeout(r, 20));
      await worker.stop();
    },
  };
}
