import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXITY_FAILED_EXIT, fixityRunCommand } from '../../src/server/cli/fixity.command.js';
import { loadConfig } from '../../src/server/config.js';
import { createTestEnv, testDialects, type TestEnv } from '../support/databases.js';

/** `casevault fixity run` over the archive store of a real installation, with faults injected into the files. */
describe.each(testDialects())('casevault fixity run on %s', (dialect) => {
  let env: TestEnv;
  const codes = ['J118-ZY·2021·C60·MS-0001', 'J118-ZY·2021·C60·MS-0002'];
  const objectIds = ['urn:casevault:沪0118:（2021）沪0118民初1号', 'urn:casevault:沪0118:（2021）沪0118民初2号'];

  beforeAll(async () => {
    env = await createTestEnv(dialect);
    const repo = await env.container.archiveStore.open();
    for (const [i, id] of objectIds.entries()) {
      await repo.createObject(id, {
        files: [
          { logicalPath: 'content/正卷/第1册/001 民事起诉状.pdf', source: () => Readable.from([Buffer.from(`起诉状 ${i} `.repeat(2000))]) },
          { logicalPath: 'metadata/catalogue.json', source: () => Readable.from([Buffer.from(JSON.stringify({ n: i }))]) },
        ],
        message: `接收归档 ${codes[i]}`,
        user: { name: '档案员甲' },
      });
      await env.container.repos.archives.insertArchive({ archival_code: codes[i]!, case_id: null, case_number: `（2021）沪0118民初${i + 1}号`, object_id: id, series: 'J118-ZY·2021·C60·MS-', seq: i + 1, retention_code: 'C60', retention_reason: null, source: 'reception', head_version: 'v1', received_by: null, received_at: new Date().toISOString() });
    }
  });
  afterAll(async () => env?.cleanup());

  const run = async () => {
    let text = '';
    // The command connects on its own, as the CLI does (on PostgreSQL: to this test's schema).
    const config = loadConfig({ DATA_DIR: env.dataDir, DATABASE_URL: env.childDatabaseUrl, LOG_LEVEL: 'silent' });
    const status = await fixityRunCommand(config, { write: (t: string) => (text += t) });
    return { status, text };
  };
  const contentFile = async (objectId: string) => {
    const repo = await env.container.archiveStore.open();
    const view = (await repo.getObject(objectId))!;
    const f = view.versions[0]!.files.find((x) => x.logicalPath.startsWith('content/'))!;
    return path.join(env.config.archiveStore.kind === 'fs' ? env.config.archiveStore.dir : '', view.objectPath, f.contentPath);
  };

  it('passes when every file is intact', async () => {
    const { status, text } = await run();
    expect(status, text).toBe(0);
    expect(text).toContain('检测 2 卷，通过 2 卷，不通过 0 卷');
  });

  it('fails on a flipped byte, naming the 档号, the object and the file', async () => {
    const file = await contentFile(objectIds[1]!);
    const original = fs.readFileSync(file);
    const flipped = Buffer.from(original);
    flipped[100]! ^= 0x01;
    fs.writeFileSync(file, flipped);
    try {
      const { status, text } = await run();
      expect(status).toBe(FIXITY_FAILED_EXIT);
      expect(text).toContain(`不通过 ${codes[1]}（${objectIds[1]}）`);
      expect(text).toMatch(/E09[23]/);
      expect(text).toContain('不通过 1 卷');
    } finally {
      fs.writeFileSync(file, original);
    }
  });

  it('fails on a truncated file and on a missing object', async () => {
    const file = await contentFile(objectIds[0]!);
    const original = fs.readFileSync(file);
    fs.writeFileSync(file, original.subarray(0, 10));
    const repo = await env.container.archiveStore.open();
    const objectDir = path.join(env.config.archiveStore.kind === 'fs' ? env.config.archiveStore.dir : '', repo.objectPath(objectIds[1]!));
    fs.renameSync(objectDir, `${objectDir}.moved`);
    try {
      const { status, text } = await run();
      expect(status).toBe(FIXITY_FAILED_EXIT);
      expect(text).toContain(`不通过 ${codes[0]}`);
      expect(text).toContain(`不通过 ${codes[1]}（${objectIds[1]}）`);
      expect(text).toContain('OBJECT_MISSING');
      expect(text).toContain('不通过 2 卷');
    } finally {
      fs.writeFileSync(file, original);
      fs.renameSync(`${objectDir}.moved`, objectDir);
    }
    expect((await run()).status).toBe(0);
  });
});
