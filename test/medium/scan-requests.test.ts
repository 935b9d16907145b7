import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogueOut } from '../../src/common/catalogue-api.js';
import type { ScanRequestOut } from '../../src/common/scan-request-api.js';
import { createAppEnv } from '../support/app-env.js';
import { testDialects } from '../support/databases.js';
import { signIn, type Session } from '../support/http.js';
import { multipart } from '../support/multipart.js';

const page = (name: string) => ({ name, data: fs.readFileSync(path.join('test/fixtures/scans', name)) });

describe.each(testDialects())('scan requests (补扫申请) on %s', (dialect) => {
  let env: Awaited<ReturnType<typeof createAppEnv>>;
  let clerk: Session;
  let judge: Session;
  let scanner: Session;
  let otherClerk: Session;
  let caseId: string;
  let request: ScanRequestOut;

  const drain = async () => {
    const worker = env.container.worker({ retryDelayMs: 0 });
    while (await worker.runOnce());
  };

  beforeAll(async () => {
    env = await createAppEnv(dialect, { OCR: 'off' });
    clerk = await signIn(env.app, 'clerk1');
    judge = await signIn(env.app, 'judge1');
    scanner = await signIn(env.app, 'scanner1');
    otherClerk = await signIn(env.app, 'clerk-xs');
    caseId = (await clerk.get('/api/v1/cases?q=1002')).json().items[0].id;
    expect((await clerk.send('POST', `/api/v1/cases/${caseId}/catalogue/auto`, {})).statusCode).toBe(200);
  });
  afterAll(async () => env?.cleanup());

  it('lets the clerk ask the scanning point serving the department, and no one else', async () => {
    const res = await clerk.send('POST', `/api/v1/cases/${caseId}/scan-requests`, { title: '送达回证（判决书·被告）', slotId: 'service-receipt', note: '原件在卷宗袋内' });
    expect(res.statusCode, res.body).toBe(201);
    request = res.json();
    expect(request).toMatchObject({ status: 'requested', scanningPointName: '民事·商事扫描点', title: '送达回证（判决书·被告）', note: '原件在卷宗袋内', requestedBy: '书记员甲', batchId: null, materials: [] });
    expect((await judge.send('POST', `/api/v1/cases/${caseId}/scan-requests`, { title: '传票' })).statusCode).toBe(403);
    const points = (await env.app.inject({ method: 'GET', url: '/api/v1/scanning/points', headers: { cookie: (await signIn(env.app, 'leader1')).cookie } })).json().items;
    const qingdong = points.find((p: { name: string }) => p.name.startsWith('青东'));
    const wrong = await clerk.send('POST', `/api/v1/cases/${caseId}/scan-requests`, { title: '传票', scanningPointId: qingdong.id });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().error).toMatchObject({ code: 'SCAN_REQUEST_NO_POINT', message: '所选扫描点不服务本案所在部门' });
    expect((await clerk.send('POST', `/api/v1/cases/${caseId}/scan-requests`, { title: ' ' })).statusCode).toBe(400);
  });

  it('puts it in that scanning point’s queue only', async () => {
    const mine = (await scanner.get('/api/v1/scan-requests')).json().items as ScanRequestOut[];
    expect(mine.map((r) => r.id)).toContain(request.id);
    expect(mine.find((r) => r.id === request.id)!.caseNumber).toMatch(/民初/);
    const points = (await scanner.get('/api/v1/scanning/points')).json().items;
    const leader = await signIn(env.app, 'leader1');
    const all = (await leader.get('/api/v1/scanning/points')).json().items as Array<{ id: string }>;
    const elsewhere = all.find((p) => p.id !== points[0].id)!;
    expect((await leader.get(`/api/v1/scan-requests?point=${elsewhere.id}`)).json().items).toEqual([]);
    expect((await leader.get(`/api/v1/scan-requests?point=${points[0].id}`)).json().items.map((r: ScanRequestOut) => r.id)).toContain(request.id);
    expect((await clerk.get('/api/v1/scan-requests')).statusCode).toBe(403);
    // Another department's clerk sees neither the case's requests nor may withdraw them.
    expect((await otherClerk.get(`/api/v1/cases/${caseId}/scan-requests`)).statusCode).toBe(404);
    expect((await otherClerk.send('POST', `/api/v1/scan-requests/${request.id}/cancel`, { reason: '不需要了' })).statusCode).toBe(404);
  });

  it('opens a batch for it, and attaching the scanned pages fulfils it: the material arrives in 未编入材料', async () => {
    const started = await scanner.send('POST', `/api/v1/scan-requests/${request.id}/start`, {});
    expect(started.statusCode, started.body).toBe(200);
    const { batchId } = started.json();
    expect(started.json().request).toMatchObject({ status: 'scanning', batchId });
    expect((await scanner.send('POST', `/api/v1/scan-requests/${request.id}/start`, {})).json().error.code).toBe('SCAN_REQUEST_CLOSED');
    const batch = (await scanner.get(`/api/v1/scanning/batches/${batchId}`)).json();
    expect(batch).toMatchObject({ label: '补扫：送达回证（判决书·被告）', case: { id: caseId }, scanRequest: { id: request.id, title: '送达回证（判决书·被告）', requestedBy: '书记员甲', note: '原件在卷宗袋内' } });

    const body = multipart([{ name: 'files', file: page('clean-300dpi-bitonal.tif') }]);
    const added = await env.app.inject({ method: 'POST', url: `/api/v1/scanning/batches/${batchId}/pages`, payload: body.payload, headers: { ...body.headers, cookie: scanner.cookie, 'x-csrf-token': scanner.csrfToken } });
    expect(added.statusCode, added.body).toBe(201);
    await drain();
    const pages = (await scanner.get(`/api/v1/scanning/batches/${batchId}`)).json().pages;
    const attached = await scanner.send('POST', `/api/v1/scanning/batches/${batchId}/attach`, { caseId, groups: [{ title: '送达回证（判决书·被告）', category: 'service_receipt', pageIds: [pages[0].id] }] });
    expect(attached.statusCode, attached.body).toBe(200);
    await drain();

    const [done] = ((await clerk.get(`/api/v1/cases/${caseId}/scan-requests`)).json().items as ScanRequestOut[]).filter((r) => r.id === request.id);
    expect(done).toMatchObject({ status: 'done', closedBy: '扫描员甲', materials: [{ title: '送达回证（判决书·被告）', status: 'ready' }] });
    const c = (await clerk.get(`/api/v1/cases/${caseId}/catalogue`)).json() as CatalogueOut;
    expect(c.unplaced.map((u) => u.materialId)).toContain(done!.materials[0]!.id);
    const history = (await clerk.get(`/api/v1/cases/${caseId}/history`)).json().items.map((e: { action: string }) => e.action);
    expect(history).toEqual(expect.arrayContaining(['scan_request.create', 'scan_request.start', 'scan_request.done']));
  });

  it('lets the clerk withdraw and the scanning point return an open request, with the reason, once', async () => {
    const a = (await clerk.send('POST', `/api/v1/cases/${caseId}/scan-requests`, { title: '授权委托书' })).json() as ScanRequestOut;
    const withdrawn = await clerk.send('POST', `/api/v1/scan-requests/${a.id}/cancel`, { reason: '当事人已提交电子件' });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json()).toMatchObject({ status: 'cancelled', cancelReason: '当事人已提交电子件', closedBy: '书记员甲' });
    expect((await clerk.send('POST', `/api/v1/scan-requests/${a.id}/cancel`, { reason: '再次撤销' })).json().error.code).toBe('SCAN_REQUEST_CLOSED');

    const b = (await clerk.send('POST', `/api/v1/cases/${caseId}/scan-requests`, { title: '证据材料（原件）' })).json() as ScanRequestOut;
    expect((await scanner.send('POST', `/api/v1/scan-requests/${b.id}/cancel`, { reason: 'x' })).statusCode).toBe(400);
    const returned = await scanner.send('POST', `/api/v1/scan-requests/${b.id}/cancel`, { reason: '原件未送到扫描点' });
    expect(returned.json()).toMatchObject({ status: 'cancelled', closedBy: '扫描员甲' });
    expect(((await scanner.get('/api/v1/scan-requests')).json().items as ScanRequestOut[]).some((r) => r.id === b.id)).toBe(false);
  });
});
