import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/server/domain/access.js';
import { createAppEnv } from '../support/app-env.js';
import { testDialects } from '../support/databases.js';
import { signIn, type Session } from '../support/http.js';
import { multipart, type Part } from '../support/multipart.js';

const fixture = (name: string) => fs.readFileSync(path.join('test/fixtures/formats', name));
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const sm3 = (b: Buffer) => createHash('sm3').update(b).digest('hex');
const chinese = /[\u4e00-\u9fff]/;

describe.each(testDialects())('materials on %s', (dialect) => {
  let env: Awaited<ReturnType<typeof createAppEnv>>;
  let clerk: Session;
  let judge: Session;
  let scanner: Session;
  let otherClerk: Session;
  let caseId: string;

  const upload = (s: Session, parts: Part[], url = `/api/v1/cases/${caseId}/materials`, method: 'POST' | 'PUT' = 'POST', headers: Record<string, string> = {}) => {
    const body = multipart(parts);
    return env.app.inject({ method, url, payload: body.payload, headers: { ...body.headers, cookie: s.cookie, 'x-csrf-token': s.csrfToken, ...headers } });
  };
  const fileParts = (file: string, fields: Record<string, string>, name = file): Part[] => [
    ...Object.entries(fields).map(([k, v]) => ({ name: k, value: v })),
    { name: 'file', file: { name, data: fixture(file) } },
  ];

  beforeAll(async () => {
    env = await createAppEnv(dialect);
    clerk = await signIn(env.app, 'clerk1');
    judge = await signIn(env.app, 'judge1');
    scanner = await signIn(env.app, 'scanner1');
    otherClerk = await signIn(env.app, 'clerk-xs');
    const list = (await clerk.get('/api/v1/cases?q=1001')).json();
    caseId = list.items[0].id;
  });
  afterAll(async () => env?.cleanup());

  it('stores a born-digital PDF with SHA-256, SM3, size, format and pages (the contract of POST /cases/:id/materials)', async () => {
    const data = fixture('ok-text.pdf');
    const res = await upload(clerk, fileParts('ok-text.pdf', { title: '民事判决书', source: 'born_digital' }, '民事判决书.pdf'));
    expect(res.statusCode, res.body).toBe(201);
    const m = res.json();
    expect(m).toMatchObject({ title: '民事判决书', source: 'born_digital', status: 'ready', caseId });
    expect(m.files).toHaveLength(1);
    expect(m.files[0]).toMatchObject({ sha256: sha256(data), sm3: sm3(data), size: data.length, format: 'pdf', originalName: '民事判决书.pdf' });
    expect(m.files[0].pages).toBeGreaterThan(0);
    expect(Array.isArray(m.problems)).toBe(true);

    const again = await clerk.get(`/api/v1/materials/${m.id}`);
    expect(again.json().files[0].sha256).toBe(sha256(data));
    const timeline = (await judge.get(`/api/v1/cases/${caseId}/materials`)).json();
    expect(timeline.items.map((x: { id: string }) => x.id)).toContain(m.id);
  });

  it('serves the content whole and by byte range', async () => {
    const data = fixture('ok-text.pdf');
    const m = (await upload(judge, fileParts('ok-text.pdf', { title: '起诉状', source: 'born_digital' }))).json();
    const whole = await clerk.get(`/api/v1/materials/${m.id}/content`);
    expect(whole.statusCode).toBe(200);
    expect(whole.headers['content-type']).toContain('application/pdf');
    expect(whole.headers['accept-ranges']).toBe('bytes');
    expect(whole.rawPayload.equals(data)).toBe(true);

    const part = await env.app.inject({ method: 'GET', url: `/api/v1/materials/${m.id}/content`, headers: { cookie: clerk.cookie, range: 'bytes=10-99' } });
    expect(part.statusCode).toBe(206);
    expect(part.headers['content-range']).toBe(`bytes 10-99/${data.length}`);
    expect(part.rawPayload.equals(data.subarray(10, 100))).toBe(true);

    const tail = await env.app.inject({ method: 'GET', url: `/api/v1/materials/${m.id}/content`, headers: { cookie: clerk.cookie, range: 'bytes=-5' } });
    expect(tail.rawPayload.equals(data.subarray(data.length - 5))).toBe(true);

    const beyond = await env.app.inject({ method: 'GET', url: `/api/v1/materials/${m.id}/content`, headers: { cookie: clerk.cookie, range: `bytes=${data.length + 10}-` } });
    expect(beyond.statusCode).toBe(416);
    expect(beyond.json().error.code).toBe('RANGE_NOT_SATISFIABLE');
  });

  it.each([
    ['pdf-encrypted-user.pdf', 'PDF_ENCRYPTED'],
    ['pdf-encrypted-owner.pdf', 'PDF_ENCRYPTED'],
    ['pdf-corrupt-truncated.pdf', 'PDF_CORRUPT'],
    ['disguised-jpeg.pdf', 'FORMAT_DISGUISED'],
    ['empty.txt', 'FILE_EMPTY'],
    ['ofd-missing-document.ofd', 'OFD_CORRUPT'],
  ])('refuses %s with 422 %s, a Chinese message, and keeps the file in quarantine', async (file, code) => {
    const data = fixture(file);
    const res = await upload(clerk, fileParts(file, { title: '问题文件', source: 'born_digital' }));
    expect(res.statusCode, res.body).toBe(422);
    const err = res.json().error;
    expect(err.code).toBe(code);
    expect(err.message).toMatch(chinese);
    expect(err.details.problems.some((p: { code: string }) => p.code === code)).toBe(true);

    const q = (await clerk.get(`/api/v1/cases/${caseId}/quarantine`)).json().items;
    const kept = q.find((x: { id: string }) => x.id === err.details.quarantineId);
    expect(kept).toMatchObject({ originalName: file, sha256: sha256(data), size: data.length });
    const download = await clerk.get(`/api/v1/quarantine/${kept.id}/content`);
    expect(download.rawPayload.equals(data)).toBe(true);
  });

  it('keeps office documents but flags them as not allowed for long-term keeping', async () => {
    const res = await upload(clerk, fileParts('ok.docx', { title: '代理词（Word）', source: 'born_digital' }));
    expect(res.statusCode, res.body).toBe(201);
    const m = res.json();
    expect(m.files[0]).toMatchObject({ format: 'docx', longTermAllowed: false });
    expect(m.problems.map((p: { code: string }) => p.code)).toContain('FORMAT_NOT_ALLOWED');
  });

  it('imports a hearing recording with its date, courtroom and duration, and refuses a non-recording as one', async () => {
    const res = await upload(clerk, fileParts('ok.mp4', { title: '庭审录像', source: 'recording', hearingDate: '2021-09-01', courtroom: '第三法庭' }));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ source: 'recording', category: 'hearing_recording', hearingDate: '2021-09-01', courtroom: '第三法庭' });
    expect(res.json().durationSeconds).toBeGreaterThan(0);

    const wrong = await upload(clerk, fileParts('ok-text.pdf', { title: '不是录像', source: 'recording' }));
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().error.code).toBe('MATERIAL_SOURCE_MISMATCH');
  });

  it('stores identical bytes once', async () => {
    const data = fixture('ok-grey.png');
    for (const title of ['证据一', '证据一（再次上传）']) {
      expect((await upload(clerk, fileParts('ok-grey.png', { title, source: 'born_digital' }))).statusCode).toBe(201);
    }
    const shas: string[] = [];
    for await (const s of env.container.blobStore.list()) shas.push(s);
    expect(shas.filter((s) => s === sha256(data))).toHaveLength(1);
  });

  it('checks who may add materials before reading the file', async () => {
    expect((await upload(scanner, fileParts('ok-text.pdf', { title: 'x', source: 'born_digital' }))).statusCode).toBe(403);
    const hidden = await upload(otherClerk, fileParts('ok-text.pdf', { title: 'x', source: 'born_digital' }));
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().error.code).toBe('CASE_NOT_FOUND');
    expect((await upload(clerk, [{ name: 'title', value: '没有文件' }])).json().error.code).toBe('MATERIAL_FILE_MISSING');
    const noTitle = await upload(clerk, fileParts('ok-text.pdf', { source: 'born_digital' }));
    expect(noTitle.statusCode).toBe(400);
    const staging = await env.container.blobStore.listStaging();
    expect(staging.filter((s) => !s.partial)).toEqual([]);
  });

  it('sweeps staging files left by interrupted uploads, but only old ones', async () => {
    const intake = env.container.services.intake;
    const staged = await intake.stage(Readable.from([Buffer.from('半截上传')]));
    expect(await intake.sweepStaging(60_000)).toBe(0);
    expect(await intake.sweepStaging(60_000, Date.now() + 120_000)).toBeGreaterThanOrEqual(1);
    expect((await env.container.blobStore.listStaging()).map((e) => e.stagingKey)).not.toContain(staged.stagingKey);
  });

  it('documents the multipart uploads in OpenAPI', async () => {
    const doc = (await env.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    const form = doc.paths['/api/v1/cases/{id}/materials'].post.requestBody.content['multipart/form-data'].schema;
    expect(form.required).toEqual(expect.arrayContaining(['file', 'title']));
    expect(form.properties.file).toMatchObject({ type: 'string', format: 'binary' });
    expect(form.properties.source.enum).toEqual(['born_digital', 'scanned', 'recording']);
    expect(doc.paths['/api/v1/integration/cases/{externalId}/materials/{materialExternalId}'].put.requestBody).toBeDefined();
    expect(doc.paths['/api/v1/scanning/batches/{id}/pages'].post.requestBody).toBeDefined();
  });

  it('lets the trial system push cases and materials idempotently and read archive-state events', async () => {
    const admin = await signIn(env.app, 'sysadmin');
    const created = await admin.send('POST', '/api/v1/service-accounts', { username: 'trial-system', displayName: '审判流程管理系统' });
    expect(created.statusCode, created.body).toBe(201);
    const token = created.json().token as string;
    const bearer = { authorization: `Bearer ${token}` };
    const body = {
      caseNumber: '（2022）沪0118民初777号',
      causeOfAction: '民间借贷纠纷',
      department: '民事审判庭',
      filedAt: '2022-02-01',
      parties: [{ role: '原告', name: '李四', kind: 'natural_person' }],
    };
    const put = (b: object) => env.app.inject({ method: 'PUT', url: '/api/v1/integration/cases/TS-777', payload: b, headers: bearer });
    const first = await put(body);
    expect(first.statusCode, first.body).toBe(201);
    const retry = await put(body);
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toMatchObject({ id: first.json().id, created: false, version: first.json().version });

    const pushMaterial = (file: string) => {
      const m = multipart(fileParts(file, { title: '电子送达回证', source: 'born_digital', category: 'service_receipt' }));
      return env.app.inject({ method: 'PUT', url: '/api/v1/integration/cases/TS-777/materials/DOC-1', payload: m.payload, headers: { ...m.headers, ...bearer } });
    };
    const m1 = await pushMaterial('ok-text.pdf');
    expect(m1.statusCode, m1.body).toBe(201);
    const m2 = await pushMaterial('ok-text.pdf');
    expect(m2.statusCode).toBe(200);
    expect(m2.json().id).toBe(m1.json().id);
    expect((await pushMaterial('ok-grey.png')).statusCode).toBe(409);
    const all = (await env.app.inject({ method: 'GET', url: `/api/v1/cases/${first.json().id}/materials`, headers: bearer })).json().items;
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ externalId: 'DOC-1', origin: 'integration', category: 'service_receipt' });

    // Closing the case moves its file to cataloguing; the feed reports it.
    expect((await put({ ...body, closedAt: '2022-03-01', closingMethod: '判决' })).statusCode).toBe(200);
    const feed = await env.container.services.integration.events(systemContextWithAll(), 0, 100, new Date(Date.now() + 60_000));
    const mine = feed.events.filter((e) => e.externalId === 'TS-777');
    expect(mine).toEqual([expect.objectContaining({ type: 'archive_state_changed', payload: expect.objectContaining({ from: 'collecting', to: 'cataloguing' }) })]);
    expect(feed.next).toBe(feed.events.at(-1)!.seq);
    const later = await env.container.services.integration.events(systemContextWithAll(), feed.next, 100, new Date(Date.now() + 60_000));
    expect(later.events).toEqual([]);
    expect((await clerk.get('/api/v1/integration/events')).statusCode).toBe(403);
    const http = await env.app.inject({ method: 'GET', url: '/api/v1/integration/events?after=0', headers: bearer });
    expect(http.statusCode).toBe(200);
  });
});

function systemContextWithAll() {
  const ctx = systemContext('test');
  return { ...ctx, actor: { ...ctx.actor, permissions: ['case.read', 'case.read.all'] as never } };
}
