import pino from 'pino';
import type { Config } from '../config.js';
import { createContainer } from '../container.js';
import { migrateToLatest } from '../db/migrate.js';
import { startBackground } from '../jobs/background.js';

/** `casevault worker`: runs background jobs only, until SIGINT/SIGTERM (scale-out). @returns -1 */
export async function workerCommand(config: Config): Promise<number> {
  const logger = pino({ level: config.logLevel });
  const container = createContainer(config);
  await migrateToLatest(container.db, container.dialect);
  await container.start((err) => logger.error({ err }, 'job queue error'));
  const jobs = container.worker({ leaseMs: config.jobLeaseMs, onError: (job, err) => logger.error({ jobId: job.id, job: job.name, err }, 'job failed') });
  const worker = startBackground(jobs, container.services.hotFolders, container.services.intake, config.hotFolderPollMs, (err) => logger.error({ err }, 'hot folder poll failed'));
  logger.info({ workerId: jobs.id }, 'worker started');
  const stop = async () => {
    await worker.stop();
    await container.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  return -1;
}
