import type { FastifyInstance } from 'fastify';
import type { Dialect } from '../../src/server/db/connect.js';
import { buildApp } from '../../src/server/http/app.js';
import { createTestEnv, type TestEnv } from './databases.js';
import { fixtureCourt } from './fixture-court.js';

/**
 * A migrated installation seeded with the fixture court, and its HTTP app (not listening). The
 * background work the seeding caused (auto-cataloguing of the closed cases) is done, so each test
 * starts with an empty job queue.
 */
export async function createAppEnv(dialect: Dialect, env: Record<string, string> = {}): Promise<TestEnv & { app: FastifyInstance }> {
  const t = await createTestEnv(dialect, env);
  await t.container.services.setup.seedDemo(fixtureCourt(), new Date('2022-03-01T08:00:00Z'));
  const worker = t.container.worker({ workerId: 'test-setup' });
  while (await worker.runOnce()) {
    // drain
  }
  const app = await buildApp(t.container, { serveWeb: false });
  return {
    ...t,
    app,
    cleanup: async () => {
      await app.close();
      await t.cleanup();
    },
  };
}
