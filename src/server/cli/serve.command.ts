import pino from 'pino';
import type { Config } from '../config.js';
import { createContainer } from '../container.js';
import { migrateToLatest } from '../db/migrate.js';
import { startBackground } from '../jobs/background.js';
import { demoCourt } from '../demo/demo-court.js';
import { qingpuCourt } from '../demo/qingpu-court.js';
import { buildApp } from '../http/app.js';
import { describeSetup } from './setup-report.js';

/**
 * `casevault serve`: migrates, seeds an empty installation, and serves the API and web client
 * until SIGINT/SIGTERM. @returns -1 (the process keeps running).
 */
export async function serveCommand(config: Config, options: { worker: boolean } = { worker: true }): Promise<number> {
  const logger = pino({ level: config.logLevel });
  const container = createContainer(config);
  const applied = await migrateToLatest(container.db, container.dialect);
  await container.start((err) => logger.error({ err }, 'job queue error'));
  if (applied.length) logger.info({ applied }, 'migrations applied');
  const outcome = await container.services.setup.firstStart({ demo: config.demo, demoCourt: () => demoCourt(), court: qingpuCourt });

  const app = await buildApp(container, { logger: { level: config.logLevel } });
  const worker = options.worker
    ? startBackground(
        container.worker({ leaseMs: config.jobLeaseMs, onError: (job, err) => logger.error({ jobId: job.id, job: job.name, err }, 'job failed') }),
        container.services.hotFolders, container.services.intake,
        config.hotFolderPollMs,
        (err) => logger.error({ err }, 'hot folder poll failed'),
      )
    : null;
  await app.listen({ port: config.port, host: config.host });
  const url = `http://localhost:${config.port}`;
  console.log(describeSetup(outcome, url));
  if (outcome.kind === 'existing') console.log(`卷宗库 CaseVault 已启动：${url}（数据库：${container.dialect}，数据目录：${config.dataDir}）`);

  const stop = async (signal: string) => {
    logger.info({ signal }, 'stopping');
    await app.close();
    await worker?.stop();
    await container.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
  return -1;
}
