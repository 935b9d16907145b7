import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isCi } from '../../src/server/config.js';
import { createAppEnv } from '../support/app-env.js';
import { testDialects } from '../support/databases.js';
import { signIn, type Session } from '../support/http.js';
import { multipart } from '../support/multipart.js';

const scan = (name: string) => ({ name, data: fs.readFileSync(path.join('test/fixtures/scans', name)) });
const tesseractPresent = fs.existsSync('/usr/bin/tesseract');

describe.each(testDialects())('scanning station on %s', (dialect) => {
  let env: Awaited<ReturnType<typeof createAppEnv>>;
  let scanner: Session;
  let leader: Session;
  let clerk: Session;
  let caseId: string;
  let batchId: string;

  const post = (s: Session, url: string, files: Array<{ name: string; data: Buffer }>) => {
    const body = multipart(files.map((f) => ({ name: 'files', file: f })));
    return env.app.inject({ method: 'POST', url, payload: body.payload, headers: { ...body.headers, cookie: s.cookie, 'x-csrf-token': s.csrfToken } });
  };
  /** Runs every due job, as the background worker would. */
  const drain = async () => {
    const worker = env.container.worker({ retryDelayMs: 0 });
    while (await worker.runOnce());
  };

  beforeAll(async () => {
    env = await createAppEnv(dialect, { OCR: tesseractPresent || isCi() ? 'auto' : 'off' });
    scanner = await signIn(env.app, 'scanner1');
    leader = await signIn(env.app, 'leader1');
    clerk = await signIn(env.app, 'clerk1');
    caseId = (await clerk.get('/api/v1/cases?q=1001')).json().items[0].id;
  });
  afterAll(async () => env?.cleanup());

  it('shows a scanner his own point with its thresholds and hot folder', async () => {
    const points = (await scanner.get('/api/v1/scanning/points')).json().items;
    expect(points).toHaveLength(1);
    expect(points[0]).toMatchObject({ name: '民事·商事扫描点', code: 'minshang', customThresholds: false });
    expect(points[0].thresholds.minDpi).toBe(200);
    expect(points[0].hotFolder).toContain('minshang');
    expect((await leader.get('/api/v1/scanning/points')).json().items.length).toBe(5);
    expect((await clerk.get('/api/v1/scanning/points')).statusCode).toBe(403);
  });

  it('checks every uploaded page and quarantines a file that is not a page image', async () => {
    const point = (await scanner.get('/api/v1/scanning/points')).json().items[0];
    const created = await scanner.send('POST', '/api/v1/scanning/batches', { scanningPointId: point.id, caseId, label: '起诉材料', declaredPages: 3 });
    expect(created.statusCode, created.body).toBe(201);
    batchId = created.json().id;
    const res = await post(scanner, `/api/v1/scanning/batches/${batchId}/pages`, [
      scan('clean-300dpi-bitonal.tif'),
      scan('LOW_DPI-150dpi.jpg'),
      scan('BLANK-300dpi.tif'),
      scan('grey-200dpi.png'),
      { name: '说明.pdf', data: fs.readFileSync('test/fixtures/formats/ok-text.pdf') },
    ]);
    expect(res.statusCode, res.body).toBe(201);
    const before = res.json();
    expect(before.pages).toHaveLength(4);
    expect(before.pages.every((p: { verdict: unknown }) => p.verdict === null)).toBe(true);
    expect(before.quarantine).toHaveLength(1);
    expect(before.quarantine[0].originalName).toBe('说明.pdf');

    await drain();
    const after = (await scanner.get(`/api/v1/scanning/batches/${batchId}`)).json();
    expect(after.status).toBe('checked');
    // The PNG is a faithful grey page, but DA/T 31 names TIFF/JPEG/JPEG 2000 for masters: a warning.
    expect(after.pages.map((p: { verdict: string }) => p.verdict)).toEqual(['pass', 'fail', 'blank', 'warn']);
    expect(after.pages[1].reasons[0]).toMatchObject({ code: 'LOW_DPI', measured: 150, limit: 200 });
    expect(after.pages.every((p: { hasThumbnail: boolean }) => p.hasThumbnail)).toBe(true);
    const thumb = await scanner.get(`/api/v1/scanning/pages/${after.pages[0].id}/thumbnail`);
    expect(thumb.statusCode).toBe(200);
    expect(thumb.headers['content-type']).toBe('image/jpeg');
  });

  it('refuses to attach a failed page, takes its re-scan in the same position, and splits at the blank sheet', async () => {
    const detail = (await scanner.get(`/api/v1/scanning/batches/${batchId}`)).json();
    const [p1, p2, , p4] = detail.pages;
    const refused = await scanner.send('POST', `/api/v1/scanning/batches/${batchId}/attach`, { caseId, groups: [{ title: '起诉状', pageIds: [p1.id, p2.id] }] });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'SCAN_PAGES_NOT_ACCEPTABLE', details: { pageIds: [p2.id] } });

    const back = await scanner.send('POST', `/api/v1/scanning/pages/${p2.id}/rescan`, { reason: 'low_dpi', note: '按 300 dpi 重扫' });
    expect(back.json()).toMatchObject({ status: 'rescan', rescanReason: 'low_dpi', rescanNote: '按 300 dpi 重扫' });
    expect((await scanner.get('/api/v1/scanning/rescans')).json().items.map((i: { id: string }) => i.id)).toEqual([p2.id]);

    const body = multipart([{ name: 'file', file: scan('colour-seal-200dpi.jpg') }]);
    const replaced = await env.app.inject({ method: 'POST', url: `/api/v1/scanning/pages/${p2.id}/replace`, payload: body.payload, headers: { ...body.headers, cookie: scanner.cookie, 'x-csrf-token': scanner.csrfToken } });
    expect(replaced.statusCode, replaced.body).toBe(201);
    expect(replaced.json()).toMatchObject({ position: 2, replacesPageId: p2.id });
    await drain();

    const now = (await scanner.get(`/api/v1/scanning/batches/${batchId}`)).json();
    const live = now.pages.filter((p: { status: string }) => p.status === 'active');
    expect(live.map((p: { verdict: string }) => p.verdict)).toEqual(['pass', 'pass', 'blank', 'warn']);
    expect((await scanner.get('/api/v1/scanning/rescans')).json().items).toEqual([]);

    const proposal = (await scanner.get(`/api/v1/scanning/batches/${batchId}/split-proposal`)).json();
    expect(proposal.groups.map((g: { pageIds: string[] }) => g.pageIds)).toEqual([[p1.id, replaced.json().id], [p4.id]]);
    expect(proposal.separators).toEqual([now.pages.find((p: { verdict: string }) => p.verdict === 'blank').id]);

    const attached = await scanner.send('POST', `/api/v1/scanning/batches/${batchId}/attach`, {
      caseId,
      groups: [
        { title: '民事起诉状', category: 'party_submission', pageIds: proposal.groups[0].pageIds },
        { title: '证据材料', category: 'evidence', pageIds: proposal.groups[1].pageIds },
      ],
    });
    expect(attached.statusCode, attached.body).toBe(200);
    const materials = attached.json().materials;
    expect(materials.map((m: { status: string; source: string }) => [m.status, m.source])).toEqual([
      ['processing', 'scanned'],
      ['processing', 'scanned'],
    ]);
    expect((await scanner.send('POST', `/api/v1/scanning/batches/${batchId}/attach`, { caseId, groups: [{ title: 'x', pageIds: [p1.id] }] })).json().error.code).toBe('SCAN_PAGE_ALREADY_ATTACHED');

    await drain();
    const timeline = (await clerk.get(`/api/v1/cases/${caseId}/materials`)).json().items.filter((m: { source: string }) => m.source === 'scanned');
    expect(timeline).toHaveLength(2);
    expect(timeline[0]).toMatchObject({ title: '民事起诉状', status: 'ready', pages: 2 });
    expect(timeline[0].files[0]).toMatchObject({ role: 'document', format: 'pdf', pages: 2 });
    expect(timeline[0].ocrStatus).toBe(tesseractPresent || isCi() ? 'done' : 'not_run');
    const pdf = await clerk.get(`/api/v1/materials/${timeline[0].id}/content`);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await scanner.get(`/api/v1/scanning/batches/${batchId}`)).json().status).toBe('done');
  });

  it('gives the office scanning statistics per point and operator, with re-scan turnaround', async () => {
    expect((await scanner.get('/api/v1/scanning/stats')).statusCode).toBe(403);
    const stats = (await leader.get('/api/v1/scanning/stats')).json();
    const point = stats.points.find((p: { name: string }) => p.name === '民事·商事扫描点');
    expect(point).toMatchObject({ pages: 5, failed: 1, rescans: 1, rescansDone: 1 });
    expect(point.rejectionRate).toBeCloseTo(0.2);
    expect(point.turnaroundHoursMedian).toBeGreaterThanOrEqual(0);
    expect(point.byReason.map((r: { label: string }) => r.label)).toEqual(expect.arrayContaining(['质检：分辨率不足', '退回：分辨率不足']));
    expect(stats.operators[0]).toMatchObject({ name: '扫描员甲', pages: 5, scanningPoint: '民事·商事扫描点' });
  });

  it('lets the office change a point’s thresholds, which apply to new batches', async () => {
    const point = (await leader.get('/api/v1/scanning/points')).json().items.find((p: { code: string }) => p.code === 'minshang');
    const res = await leader.send('PUT', `/api/v1/scanning/points/${point.id}/thresholds`, { ...point.thresholds, minDpi: 300 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ customThresholds: true, thresholds: { minDpi: 300 } });
    const b = (await scanner.send('POST', '/api/v1/scanning/batches', { scanningPointId: point.id, label: '300 dpi 批次' })).json();
    await post(scanner, `/api/v1/scanning/batches/${b.id}/pages`, [scan('grey-200dpi.png')]);
    await drain();
    const page = (await scanner.get(`/api/v1/scanning/batches/${b.id}`)).json().pages[0];
    expect(page.verdict).toBe('fail');
    expect(page.reasons).toContainEqual(expect.objectContaining({ code: 'LOW_DPI', limit: 300 }));
    expect((await scanner.send('PUT', `/api/v1/scanning/points/${point.id}/thresholds`, point.thresholds)).statusCode).toBe(403);
  });
});
