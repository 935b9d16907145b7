import type { Config } from '../config.js';
import { createContainer } from '../container.js';
import { migrateToLatest } from '../db/migrate.js';
import { demoCourt } from '../demo/demo-court.js';
import { describeSetup } from './setup-report.js';

/** `casevault demo`: seeds the demo court into an empty installation (never twice). */
export async function demoCommand(config: Config): Promise<number> {
  const container = createContainer(config);
  try {
    await migrateToLatest(container.db, container.dialect);
    await container.start();
    if (await container.services.reference.installed()) {
      console.log('本系统已有法院数据，未重复装入演示数据。');
      return 0;
    }
    const outcome = await container.services.setup.seedDemo(demoCourt());
    console.log(describeSetup(outcome, null));
    return 0;
  } finally {
    await container.close();
  }
}
