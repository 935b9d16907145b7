import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArchiveOut } from '../../src/common/reception-api.js';
import { writeBag } from '../../src/server/bagit/index.js';
import { rebuildCommand, REBUILD_INCOMPLETE_EXIT } from '../../src/server/cli/rebuild.command.js';
import { loadConfig } from '../../src/server/config.js';
import type { Db } from '../../src/server/db/connect.js';
import type { OcflRepository } from '../../src/server/ocfl/index.js';
import { textFile } from '../../src/server/ocfl/ocfl-fixtures.test-support.js';
import { extractTar } from '../../src/server/tar/index.js';
import { createAppEnv } from '../support/app-env.js';
import { testClamd } from '../support/clamd.js';
import { testDialects } from '../support/databases.js';
import { signIn, type Session } from '../support/http.js';
import { acceptCase, approveCase, DEFAULT_MATERIALS, importTar, listFiles, tarOf } from '../support/archive-flow.js';
import { multipart } from '../support/multipart.js';

const clamd = process.env.TEST_CLAMD;
testClamd(); // under CI=true a missing clamd fails the suite instead of skipping it

/**
 * After the database is lost, `casevault rebuild` restores the archive index from the OCFL storage
 * root alone (docs/rebuild.md): two case files taken through the real reception (one with a
 * 补充归档 and a 保管期限 change), one imported bag; the index is emptied, rebuilt and compared.
 */
describe.skipIf(!clamd).each(testDialects())('rebuilding the archive index on %s', (dialect) => {
  let env: Awaited<ReturnType<typeof createAppEnv>>;
  let archivist: Session;
  let db: Db;
  let civil: { caseId: string; code: string; objectId: string };
  let criminal: { caseId: string; code: string; objectId: string };
  let before: Snapshot;

  /** Runs the command as an operator would, on this installation's configuration. */
  const rebuild = async (dryRun = false) => {
    let text = '';
    const config = loadConfig({ DATA_DIR: env.dataDir, DATABASE_URL: env.childDatabaseUrl, LOG_LEVEL: 'silent' });
    const code = await rebuildCommand(config, { dryRun }, { write: (s: string) => (text += s) });
    return { code, text };
  };

  beforeAll(async () => {
    env = await createAppEnv(dialect, { CLAMD: clamd! });
    db = env.container.db;
    archivist = await signIn(env.app, 'archivist1');
    civil = await receive(env.app, archivist, await signIn(env.app, 'clerk1'), await signIn(env.app, 'judge1'), '1002', ['民事起诉状', '民事判决书']);
    // Accepted with a 保管期限 other than the proposal: the reason is kept in the archive and comes back.
    criminal = await receive(env.app, archivist, await signIn(env.app, 'clerk-xs'), await signIn(env.app, 'judge-xs'), '刑初301', ['起诉书', '刑事判决书'], { retentionPeriod: 'Y', retentionReason: '判处十年以上有期徒刑，永久保存' });

    const code = encodeURIComponent(civil.code);
    const body = multipart([{ name: 'reason', value: '补充送达回证' }, { name: 'file', file: { name: '送达回证.pdf', type: 'application/pdf', data: fs.readFileSync('test/fixtures/formats/ok-text.pdf') } }]);
    const supplement = await env.app.inject({ method: 'POST', url: `/api/v1/archives/${code}/supplement`, headers: { cookie: archivist.cookie, 'x-csrf-token': archivist.csrfToken, ...body.headers }, payload: body.payload });
    expect(supplement.statusCode, supplement.body).toBe(200);
    const retention = await archivist.send('POST', `/api/v1/archives/${code}/retention`, { retentionPeriod: 'Y', reason: '涉及重大群体性事项' });
    expect(retention.statusCode, retention.body).toBe(200);
    expect((retention.json() as ArchiveOut).versions.map((v) => v.kind)).toEqual(['reception', 'supplement', 'retention']);

    // A bag of another system, made from the civil file's export.
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'rebuild-bag-'));
    const exported = await archivist.get(`/api/v1/archives/${code}/export?format=bagit`);
    expect((await extractTar(Readable.from([exported.rawPayload]), path.join(work, 'bag'))).ok).toBe(true);
    const payload = path.join(work, 'bag', fs.readdirSync(path.join(work, 'bag'))[0]!, 'data');
    const files = listFiles(payload).map((f) => ({ path: path.relative(payload, f).split(path.sep).join('/'), source: () => f }));
    const foreign = path.join(work, 'foreign');
    await writeBag(foreign, { files, info: { sourceOrganization: '上海市第二中级人民法院', caseNumber: '（2020）沪02民终99号', archivalCode: 'J102-ZY·2020·Y·MS-0099', retentionPeriod: '永久' } });
    const imported = await importTar(env.app, archivist, await tarOf(foreign));
    expect(imported.statusCode, imported.body).toBe(200);
    fs.rmSync(work, { recursive: true, force: true });

    before = await snapshot(db);
    expect(before.archives.map((a) => a.source).sort()).toEqual(['import', 'reception', 'reception']);
    expect(before.versions.length).toBe(5);
  }, 300_000);
  afterAll(async () => env?.cleanup());

  it('restores from the storage root alone what the index held: 档号, case link, 保管期限, source, versions, series counter', async () => {
    await emptyIndex(db);
    const dry = await rebuild(true);
    expect(dry.code, dry.text).toBe(0);
    expect(dry.text).toContain('试运行');
    expect(dry.text).toContain('档案：将恢复 3 个，已在索引中 0 个；将恢复版本记录 5 条，将关联案件 2 个');
    expect(await snapshot(db)).toEqual({ archives: [], versions: [], series: [] });

    const run = await rebuild();
    expect(run.code, run.text).toBe(0);
    expect(run.text).toContain('对象 3 个：可识别 3 个');
    expect(run.text).toContain('档案：已恢复 3 个，已在索引中 0 个；已恢复版本记录 5 条，已关联案件 2 个');
    expect(run.text).toContain('所有对象均可识别，索引与存储根一致。');
    const after = await snapshot(db);
    // OCFL records a version's time to the second; the database had milliseconds.
    expect(after).toEqual(toSeconds(before));
    expect(after.archives.find((a) => a.archival_code === civil.code)).toMatchObject({ case_id: civil.caseId, retention_code: 'Y', retention_reason: '涉及重大群体性事项', source: 'reception', head_version: 'v3' });
    expect(after.archives.find((a) => a.archival_code === criminal.code)).toMatchObject({ case_id: criminal.caseId, retention_code: 'Y', retention_reason: '判处十年以上有期徒刑，永久保存' });
    expect(after.archives.find((a) => a.archival_code === criminal.code)).toMatchObject({ case_id: criminal.caseId, source: 'reception' });
    expect(after.archives.find((a) => a.source === 'import')).toMatchObject({ case_id: null, series: '导入', seq: 0, retention_code: 'Y' });

    // Each restored archive and each counter set is an audit event of the system, in its transaction.
    const events = await rebuildEvents(db);
    expect(events.filter((e) => e.entity_type === 'archive').map((e) => e.entity_id).sort()).toEqual(before.archives.map((a) => a.archival_code).sort());
    expect(events.filter((e) => e.entity_type === 'archival_code_series').map((e) => e.entity_id).sort()).toEqual(before.series.map((s) => s.series).sort());
    expect(events.every((e) => e.actor_id === null && e.actor_name === '系统')).toBe(true);

    // The restored index serves the archive pages as before.
    const page = (await archivist.get(`/api/v1/archives/${encodeURIComponent(civil.code)}`)).json() as ArchiveOut;
    expect(page).toMatchObject({ caseId: civil.caseId, headVersion: 'v3', versions: [{ kind: 'reception' }, { kind: 'supplement', reason: '补充送达回证', createdBy: '档案员甲' }, { kind: 'retention' }] });
  });

  it('a second run changes nothing', async () => {
    const first = await snapshot(db, { withUpdatedAt: true });
    const events = (await rebuildEvents(db)).length;
    const again = await rebuild();
    expect(again.code, again.text).toBe(0);
    expect(again.text).toContain('档案：已恢复 0 个，已在索引中 3 个；已恢复版本记录 0 条，已关联案件 0 个');
    expect(again.text).toContain('档号序列：计数均不低于存储根中的最大件号，无需调整');
    expect(await snapshot(db, { withUpdatedAt: true })).toEqual(first);
    expect((await rebuildEvents(db)).length).toBe(events);
    expect((await env.container.services.audit.verify()).ok).toBe(true);
  });

  it('an index row that disagrees with its object is a conflict, left as it is; the command exits non-zero', async () => {
    await db.updateTable('archive').set({ retention_code: 'D30' }).where('archival_code', '=', criminal.code).execute();
    try {
      const run = await rebuild();
      expect(run.code).toBe(REBUILD_INCOMPLETE_EXIT);
      expect(run.text).toContain(`冲突 ${criminal.code}（${criminal.objectId}） retention_code：数据库为 D30`);
      expect((await db.selectFrom('archive').select('retention_code').where('archival_code', '=', criminal.code).executeTakeFirstOrThrow()).retention_code).toBe('D30');
    } finally {
      await db.updateTable('archive').set({ retention_code: before.archives.find((a) => a.archival_code === criminal.code)!.retention_code }).where('archival_code', '=', criminal.code).execute();
    }
  });

  it('links an archive by 案号 when its case id is not in the database, and raises the series counter to its 件号', async () => {
    const repo = await env.container.archiveStore.open();
    const { caseNumber, caseId } = await db.selectFrom('court_case').select(['case_number as caseNumber', 'id as caseId']).where('case_number', 'like', '%民初1001号').executeTakeFirstOrThrow();
    const code = civil.code.replace(/\d+$/, '0009');
    const objectId = await writeObject(repo, civil.objectId, { caseNumber, caseId: 'id-lost-with-the-old-database', code });
    try {
      const run = await rebuild();
      expect(run.code, run.text).toBe(0);
      expect(run.text).toContain('档案：已恢复 1 个，已在索引中 3 个；已恢复版本记录 1 条，已关联案件 1 个');
      expect(run.text).toContain(`档号序列 ${code.replace(/0009$/, '')}：件号计数已由 1 提高到 9`);
      expect(await db.selectFrom('archive').select(['case_id', 'object_id']).where('archival_code', '=', code).executeTakeFirst()).toEqual({ case_id: caseId, object_id: objectId });
    } finally {
      await repo.store.delete(repo.objectPath(objectId));
      await db.deleteFrom('archive_version').where('archival_code', '=', code).execute();
      await db.deleteFrom('archive').where('archival_code', '=', code).execute();
      await db.updateTable('archival_code_series').set({ last_seq: 1 }).where('series', '=', code.replace(/0009$/, '')).execute();
    }
    expect(await snapshot(db)).toEqual(toSeconds(before));
  });

  it('two objects claiming one 档号: both named, neither restored, whichever the storage lists first', async () => {
    const repo = await env.container.archiveStore.open();
    const objectId = await writeObject(repo, civil.objectId, { caseNumber: '（2021）沪0118民初1001号', caseId: 'another-case', code: civil.code });
    try {
      await emptyIndex(db);
      const run = await rebuild();
      expect(run.code).toBe(REBUILD_INCOMPLETE_EXIT);
      expect(run.text).toContain(`错误 REBUILD_DUPLICATE_ARCHIVAL_CODE ${civil.objectId}`);
      expect(run.text).toContain(`错误 REBUILD_DUPLICATE_ARCHIVAL_CODE ${objectId}`);
      expect(run.text).toContain('对象 4 个：可识别 2 个');
      expect((await snapshot(db)).archives.map((a) => a.archival_code).sort()).toEqual(before.archives.map((a) => a.archival_code).filter((c) => c !== civil.code).sort());
    } finally {
      await repo.store.delete(repo.objectPath(objectId));
    }
    expect((await rebuild()).code).toBe(0);
    expect(await snapshot(db)).toEqual(toSeconds(before));
  });

  it('fault injection: a broken catalogue.json names its object and exits non-zero; the other objects are still restored', async () => {
    const repo = await env.container.archiveStore.open();
    await repo.addVersion(criminal.objectId, { files: [textFile('metadata/catalogue.json', '{"type": "casevault/archive-catalogue", "archivalCode": ')], message: '补充归档：测试', user: { name: '测试' } });
    await emptyIndex(db);
    const run = await rebuild();
    expect(run.code, run.text).toBe(REBUILD_INCOMPLETE_EXIT);
    expect(run.text).toMatch(new RegExp(`错误 REBUILD_CATALOGUE_INVALID ${escape(criminal.objectId)}（[0-9a-f/]+）：`));
    expect(run.text).toContain('对象 3 个：可识别 2 个，无法识别 1 个');
    const after = await snapshot(db);
    expect(after.archives.map((a) => a.archival_code).sort()).toEqual(before.archives.map((a) => a.archival_code).filter((c) => c !== criminal.code).sort());
    expect(after.versions.length).toBe(4);
    // The broken object's 件号 still counts (from its v1 message), so the number is never given again.
    expect(after.series).toEqual(before.series);
  });
});

/** A received archive's object for another case: the catalogue.json of `from` with another case and 档号 (content left out). */
async function writeObject(repo: OcflRepository, from: string, over: { caseNumber: string; caseId: string; code: string }): Promise<string> {
  const catalogue = JSON.parse(await text(await repo.readFile(from, 'metadata/catalogue.json', 'v1')));
  const court = catalogue.court.code as string;
  const objectId = `urn:casevault:${court}:${over.caseNumber}`;
  const doc = { ...catalogue, case: { ...catalogue.case, id: over.caseId, caseNumber: over.caseNumber }, archivalCode: over.code };
  await repo.createObject(objectId, { files: [textFile('metadata/catalogue.json', JSON.stringify(doc, null, 2))], message: `接收归档 ${over.code}`, user: { name: '档案员甲', address: 'urn:casevault:user:test' } });
  return objectId;
}

interface Snapshot {
  archives: Array<Record<string, unknown> & { archival_code: string; source: string; retention_code: string }>;
  versions: Array<Record<string, unknown>>;
  series: Array<Record<string, unknown>>;
}

async function snapshot(db: Db, options: { withUpdatedAt?: boolean } = {}): Promise<Snapshot> {
  const archives = await db.selectFrom('archive').selectAll().orderBy('archival_code').execute();
  const versions = await db.selectFrom('archive_version').selectAll().orderBy('archival_code').orderBy('version').execute();
  const series = await db.selectFrom('archival_code_series').selectAll().orderBy('series').execute();
  return {
    archives: archives.map((a) => ({ ...a, seq: Number(a.seq) })),
    versions: versions.map((v) => ({ ...v, files: Number(v.files), bytes: Number(v.bytes) })),
    series: series.map((s) => (options.withUpdatedAt ? { ...s, last_seq: Number(s.last_seq) } : { series: s.series, last_seq: Number(s.last_seq) })),
  };
}

function toSeconds(s: Snapshot): Snapshot {
  const seconds = (iso: unknown) => new Date(String(iso).replace(/\.\d+Z$/, 'Z')).toISOString();
  return {
    archives: s.archives.map((a) => ({ ...a, received_at: seconds(a.received_at) })),
    versions: s.versions.map((v) => ({ ...v, created_at: seconds(v.created_at) })),
    series: s.series,
  };
}

async function rebuildEvents(db: Db) {
  return db.selectFrom('audit_event').select(['entity_type', 'entity_id', 'actor_id', 'actor_name']).where('action', '=', 'archive.rebuild').execute();
}

async function emptyIndex(db: Db): Promise<void> {
  await db.deleteFrom('archive_version').execute();
  await db.deleteFrom('archive').execute();
  await db.deleteFrom('archival_code_series').execute();
}

/** Takes a closed case from materials to 已归档 through the API: approved, the online transfer confirmed, accepted. */
async function receive(
  app: FastifyInstance,
  archivist: Session,
  clerk: Session,
  judge: Session,
  q: string,
  titles: [string, string],
  retention: { retentionPeriod: string; retentionReason: string } | Record<string, never> = {},
): Promise<{ caseId: string; code: string; objectId: string }> {
  const caseId = (await clerk.get(`/api/v1/cases?q=${encodeURIComponent(q)}`)).json().items[0].id as string;
  await approveCase(app, clerk, judge, caseId, [[titles[0], DEFAULT_MATERIALS[0]![1]], [titles[1], DEFAULT_MATERIALS[1]![1]]]);
  const out = await acceptCase(archivist, caseId, retention);
  return { caseId, code: out.archivalCode!, objectId: out.ocflObjectId! };
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
