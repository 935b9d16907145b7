import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogueOut } from '../../src/common/catalogue-api.js';
import { createAppEnv } from '../support/app-env.js';
import { testDialects } from '../support/databases.js';
import { signIn, type Session } from '../support/http.js';
import { multipart } from '../support/multipart.js';

const pdf = fs.readFileSync(path.join('test/fixtures/formats', 'ok-text.pdf'));

describe.each(testDialects())('cataloguing (编目) on %s', (dialect) => {
  let env: Awaited<ReturnType<typeof createAppEnv>>;
  let clerk: Session;
  let judge: Session;
  let closedCaseId: string;
  let openCaseId: string;
  const ids: Record<string, string> = {};
  let uploads = 0;

  const upload = async (caseId: string, title: string, documentDate?: string) => {
    const body = multipart([
      { name: 'title', value: title },
      { name: 'source', value: 'born_digital' },
      ...(documentDate ? [{ name: 'documentDate', value: documentDate }] : []),
      // Each its own bytes (a comment after %%EOF): byte-identical files are merged as duplicates.
      { name: 'file', file: { name: `${title}.pdf`, data: Buffer.concat([pdf, Buffer.from(`\n% ${title} ${(uploads += 1)}\n`)]) } },
    ]);
    const res = await env.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/materials`, payload: body.payload, headers: { ...body.headers, cookie: clerk.cookie, 'x-csrf-token': clerk.csrfToken } });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };
  const titles = (c: CatalogueOut, kind: 'main' | 'side') => c.volumes.filter((v) => v.kind === kind).flatMap((v) => v.entries.map((e) => e.title));
  /** The catalogue as a PUT body, entries changed by `arrange`. */
  const asInput = (c: CatalogueOut, arrange: (entries: CatalogueOut['volumes'][number]['entries']) => CatalogueOut['volumes'][number]['entries'] = (e) => e) => ({
    version: c.version,
    volumes: c.volumes.map((v) => ({
      kind: v.kind,
      number: v.number,
      entries: (v.kind === 'main' && v.number === 1 ? arrange(v.entries) : v.entries).map((e) => ({ materialId: e.materialId, slotId: e.slotId, title: e.title, responsible: e.responsible, date: e.date, remarks: e.remarks })),
    })),
    waivers: c.waivers.map((w) => ({ slotId: w.slotId, reason: w.reason })),
  });

  beforeAll(async () => {
    env = await createAppEnv(dialect);
    clerk = await signIn(env.app, 'clerk1');
    judge = await signIn(env.app, 'judge1');
    closedCaseId = (await clerk.get('/api/v1/cases?q=1002')).json().items[0].id;
    openCaseId = (await clerk.get('/api/v1/cases?q=1001')).json().items[0].id;
    ids.judgment = await upload(closedCaseId, '民事判决书', '2021-11-10');
    ids.receiptB = await upload(closedCaseId, '送达回证（判决书·被告）', '2021-11-15');
    ids.complaint = await upload(closedCaseId, '民事起诉状', '2021-06-01');
    ids.receiptA = await upload(closedCaseId, '送达回证（判决书·原告）', '2021-11-12');
    ids.deliberation = await upload(closedCaseId, '合议庭评议笔录', '2021-11-01');
    ids.unknown = await upload(closedCaseId, '扫描件0001');
  });
  afterAll(async () => env?.cleanup());

  it('proposes a catalogue: 正卷 in canonical order, 副卷 apart, continuous page numbers, the unplaced listed', async () => {
    const res = await clerk.send('POST', `/api/v1/cases/${closedCaseId}/catalogue/auto`, {});
    expect(res.statusCode, res.body).toBe(200);
    const c = res.json() as CatalogueOut;
    expect(c.templateKind).toBe('civil_first_instance');
    expect(titles(c, 'main')).toEqual(['民事起诉状', '民事判决书', '送达回证（判决书·原告）', '送达回证（判决书·被告）']);
    expect(titles(c, 'side')).toEqual(['合议庭评议笔录']);
    const main = c.volumes.find((v) => v.kind === 'main')!;
    const pages = main.entries[0]!.pages!;
    expect(pages).toBeGreaterThan(0);
    expect(main.entries.map((e) => [e.pageStart, e.pageEnd])).toEqual(main.entries.map((_, i) => [i * pages + 1, (i + 1) * pages]));
    expect(main.pages).toBe(4 * pages);
    expect(main.entries.every((e) => e.placedBy === 'auto' && e.confidence! > 0)).toBe(true);
    expect(c.unplaced.map((u) => u.title)).toEqual(['扫描件0001']);
    expect(c.slots.some((s) => s.required)).toBe(true);
    expect((await judge.get(`/api/v1/cases/${closedCaseId}/catalogue`)).json().version).toBe(c.version);
  });

  it('saves a rearrangement with the version it was based on, and renumbers the pages', async () => {
    const before = (await clerk.get(`/api/v1/cases/${closedCaseId}/catalogue`)).json() as CatalogueOut;
    const body = asInput(before, (e) => [e[1]!, e[0]!, ...e.slice(2)]);
    body.volumes[0]!.entries[0]!.remarks = '原件另存';
    const res = await clerk.send('PUT', `/api/v1/cases/${closedCaseId}/catalogue`, body);
    expect(res.statusCode, res.body).toBe(200);
    const after = res.json() as CatalogueOut;
    expect(after.version).toBe(before.version + 1);
    const main = after.volumes.find((v) => v.kind === 'main')!;
    expect(main.entries.map((e) => e.title).slice(0, 2)).toEqual(['民事判决书', '民事起诉状']);
    expect(main.entries[0]).toMatchObject({ pageStart: 1, remarks: '原件另存', placedBy: 'auto' });
    expect(main.entries[1]!.pageStart).toBe(main.entries[0]!.pageEnd! + 1);
  });

  it('never loses a change silently: a save based on an old version is refused with a clear message', async () => {
    const current = (await clerk.get(`/api/v1/cases/${closedCaseId}/catalogue`)).json() as CatalogueOut;
    const first = await clerk.send('PUT', `/api/v1/cases/${closedCaseId}/catalogue`, asInput(current, (e) => e.slice().reverse()));
    expect(first.statusCode).toBe(200);
    const second = await clerk.send('PUT', `/api/v1/cases/${closedCaseId}/catalogue`, asInput(current));
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('CATALOGUE_VERSION_CONFLICT');
    expect(second.json().error.message).toContain(`您基于第 ${current.version} 版，当前为第 ${current.version + 1} 版`);
    const now = (await clerk.get(`/api/v1/cases/${closedCaseId}/catalogue`)).json() as CatalogueOut;
    expect(now.version).toBe(current.version + 1);
    expect(titles(now, 'main')).toEqual(titles(current, 'main').slice().reverse());
  });

  it('places an unplaced material by hand and records a required slot as none in this case', async () => {
    const current = (await clerk.get(`/api/v1/cases/${closedCaseId}/catalogue`)).json() as CatalogueOut;
    const required = current.slots.find((s) => s.required && s.volume === 'main' && !current.volumes.some((v) => v.entries.some((e) => e.slotId === s.id)))!;
    const body = asInput(current, (e) => [...e, { ...e[0]!, materialId: ids.unknown!, slotId: null, title: '情况说明', pages: 1 }]);
    body.waivers = [{ slotId: required.id, reason: '本案当庭宣判，未另行送达' }];
    const res = await clerk.send('PUT', `/api/v1/cases/${closedCaseId}/catalogue`, body);
    expect(res.statusCode, res.body).toBe(200);
    const c = res.json() as CatalogueOut;
    expect(c.unplaced).toEqual([]);
    const placed = c.volumes.flatMap((v) => v.entries).find((e) => e.materialId === ids.unknown)!;
    expect(placed).toMatchObject({ title: '情况说明', placedBy: 'clerk', confidence: null });
    expect(c.waivers).toEqual([{ slotId: required.id, slotTitle: required.title, reason: '本案当庭宣判，未另行送达' }]);
  });

  it('checks completeness: each finding has a code, a Chinese message and a link to fix it', async () => {
    const res = await judge.get(`/api/v1/cases/${closedCaseId}/catalogue/check`);
    expect(res.statusCode, res.body).toBe(200);
    type Check = { ok: boolean; findings: Array<{ code: string; message: string; href: string; target: { kind: string; slotId?: string } }> };
    // Complete so far: the missing acceptance notice was marked 本案无 above, the scan placed by hand.
    // The judgment PDF carries no signature: a warning, which does not block submission.
    expect(res.json()).toMatchObject({ ok: true });
    expect(res.json().findings.map((f: { code: string; severity: string }) => [f.code, f.severity])).toEqual([['CATALOGUE_DECISION_PDF_UNSIGNED', 'warning']]);
    // Withdraw that waiver and move the 合议庭评议笔录 (副卷) into the 正卷.
    const current = (await clerk.get(`/api/v1/cases/${closedCaseId}/catalogue`)).json() as CatalogueOut;
    const side = current.volumes.find((v) => v.kind === 'side')!.entries[0]!;
    const body = asInput(current, (e) => [...e, side]);
    body.volumes = body.volumes.filter((v) => v.kind === 'main');
    body.waivers = [];
    expect((await clerk.send('PUT', `/api/v1/cases/${closedCaseId}/catalogue`, body)).statusCode).toBe(200);
    const after = (await clerk.get(`/api/v1/cases/${closedCaseId}/catalogue/check`)).json() as Check;
    expect(after.ok).toBe(false);
    const missing = after.findings.find((f) => f.code === 'CATALOGUE_REQUIRED_SLOT_EMPTY')!;
    expect(missing.message).toMatch(/缺少必备材料“.+”/);
    expect(missing.href).toBe(`/cases/${closedCaseId}/catalogue?focus=slot:${missing.target.slotId}`);
    expect(after.findings.find((f) => f.code === 'CATALOGUE_WRONG_VOLUME')!.message).toContain('副卷材料不得对外阅卷');
  });

  it('refuses a catalogue with another case’s material, a duplicate, or a gap in the 册 numbers', async () => {
    const other = await upload(openCaseId, '民事起诉状');
    const current = (await clerk.get(`/api/v1/cases/${closedCaseId}/catalogue`)).json() as CatalogueOut;
    const body = asInput(current, (e) => [...e, { ...e[0]!, materialId: other }, e[0]!]);
    body.volumes.push({ kind: 'side', number: 3, entries: [] });
    const res = await clerk.send('PUT', `/api/v1/cases/${closedCaseId}/catalogue`, body);
    expect(res.statusCode).toBe(400);
    const issues = res.json().error.details.issues.map((i: { message: string }) => i.message).join('\n');
    expect(issues).toContain('不属于本案');
    expect(issues).toContain('出现了两次');
    expect(issues).toContain('不应有第 3 册');
  });

  it('merges duplicates: an identical copy is set aside by auto-cataloguing, a look-alike is suggested, both kept and undoable', async () => {
    const judgment = (await clerk.get(`/api/v1/materials/${ids.judgment}`)).json();
    // The same bytes again (a repeated push), and a look-alike: same title, date and pages, other bytes.
    const body = multipart([
      { name: 'title', value: '民事判决书（重复推送）' },
      { name: 'source', value: 'born_digital' },
      { name: 'file', file: { name: 'again.pdf', data: Buffer.concat([pdf, Buffer.from(`\n% 民事判决书 1\n`)]) } },
    ]);
    const again = await env.app.inject({ method: 'POST', url: `/api/v1/cases/${closedCaseId}/materials`, payload: body.payload, headers: { ...body.headers, cookie: clerk.cookie, 'x-csrf-token': clerk.csrfToken } });
    expect(again.statusCode, again.body).toBe(201);
    const lookAlike = await upload(closedCaseId, '民事判决书', judgment.documentDate);
    const proposed = (await clerk.send('POST', `/api/v1/cases/${closedCaseId}/catalogue/auto`, {})).json() as CatalogueOut;
    expect(proposed.duplicates).toEqual([
      expect.objectContaining({ materialId: again.json().id, keptMaterialId: ids.judgment, keptTitle: '民事判决书', reason: '自动编目合并：与“民事判决书”的文件完全相同（SHA-256 一致）' }),
    ]);
    expect(proposed.volumes.flatMap((v) => v.entries).some((e) => e.materialId === again.json().id)).toBe(false);
    const suggestion = proposed.duplicateSuggestions.find((d) => d.materialId === lookAlike || d.keptMaterialId === lookAlike)!;
    expect(suggestion).toMatchObject({ basis: 'same-title', reason: '与“民事判决书”题名、日期、页数均相同' });
    const check = (await clerk.get(`/api/v1/cases/${closedCaseId}/catalogue/check`)).json();
    expect(check.findings.filter((f: { code: string }) => f.code === 'CATALOGUE_LIKELY_DUPLICATE')).toHaveLength(1);
    expect(check.findings.some((f: { message: string }) => f.message.includes('重复推送'))).toBe(false);

    // The clerk merges the look-alike: out of the volumes, into duplicates; the warning goes.
    const merged = asInput(proposed);
    const aside = suggestion.materialId;
    merged.volumes = merged.volumes.map((v) => ({ ...v, entries: v.entries.filter((e) => e.materialId !== aside) })).filter((v) => v.entries.length > 0);
    const input = { ...merged, duplicates: [...proposed.duplicates.map((d) => ({ materialId: d.materialId, keptMaterialId: d.keptMaterialId, reason: d.reason })), { materialId: aside, keptMaterialId: suggestion.keptMaterialId, reason: '网上立案与线下重复提交' }] };
    const saved = await clerk.send('PUT', `/api/v1/cases/${closedCaseId}/catalogue`, input);
    expect(saved.statusCode, saved.body).toBe(200);
    const after = saved.json() as CatalogueOut;
    expect(after.duplicates.map((d) => d.materialId).sort()).toEqual([again.json().id, aside].sort());
    expect(after.duplicateSuggestions).toEqual([]);
    expect(after.unplaced.some((u) => u.materialId === aside)).toBe(false);
    const checked = (await clerk.get(`/api/v1/cases/${closedCaseId}/catalogue/check`)).json();
    expect(checked.findings.map((f: { code: string }) => f.code)).not.toContain('CATALOGUE_LIKELY_DUPLICATE');
    const about = (id: string) => checked.findings.filter((f: { target: { materialId?: string } }) => f.target.materialId === id);
    expect([...about(aside), ...about(again.json().id)]).toEqual([]);

    // Refused: a duplicate also in the volumes, or kept by a material that is not an entry.
    const bad = await clerk.send('PUT', `/api/v1/cases/${closedCaseId}/catalogue`, { ...asInput(after), duplicates: [{ materialId: ids.complaint, keptMaterialId: again.json().id, reason: '重复' }] });
    expect(bad.statusCode).toBe(400);
    const messages = bad.json().error.details.issues.map((i: { message: string }) => i.message).join('\n');
    expect(messages).toContain('不能同时编入目录');

    // Undo: without the duplicates the two are unplaced again, nothing lost.
    const undone = (await clerk.send('PUT', `/api/v1/cases/${closedCaseId}/catalogue`, { ...asInput(after), duplicates: [] })).json() as CatalogueOut;
    expect(undone.duplicates).toEqual([]);
    expect(undone.unplaced.map((u) => u.materialId)).toEqual(expect.arrayContaining([again.json().id, aside]));
    // Put back in order for the tests after this one.
    const restored = await clerk.send('PUT', `/api/v1/cases/${closedCaseId}/catalogue`, { ...asInput(undone), duplicates: input.duplicates });
    expect(restored.statusCode, restored.body).toBe(200);
  });

  it('lets only clerks and division heads edit, and only while the file is in cataloguing', async () => {
    const current = (await judge.get(`/api/v1/cases/${closedCaseId}/catalogue`)).json() as CatalogueOut;
    expect((await judge.send('PUT', `/api/v1/cases/${closedCaseId}/catalogue`, asInput(current))).statusCode).toBe(403);
    const locked = await clerk.send('POST', `/api/v1/cases/${openCaseId}/catalogue/auto`, {});
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.code).toBe('CATALOGUE_LOCKED');
    expect(locked.json().error.message).toContain('随案收集中');
    expect((await clerk.get(`/api/v1/cases/${openCaseId}/catalogue`)).json().error.code).toBe('CATALOGUE_NOT_FOUND');
  });

  it('proposes the catalogue in the background when a case is closed (结案)', async () => {
    const kase = (await clerk.get(`/api/v1/cases/${openCaseId}`)).json();
    const closed = await clerk.send('PATCH', `/api/v1/cases/${openCaseId}`, { closedAt: '2021-12-20', version: kase.version });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json().archiveState).toBe('cataloguing');
    const worker = env.container.worker({ workerId: 'catalogue-test' });
    while (await worker.runOnce()) {
      // drain
    }
    const c = (await clerk.get(`/api/v1/cases/${openCaseId}/catalogue`)).json() as CatalogueOut;
    expect(c.version).toBe(1);
    expect(titles(c, 'main')).toContain('民事起诉状');
    // A retried job never replaces a clerk's work.
    expect(await env.container.services.catalogues.proposeIfMissing((await import('../../src/server/domain/access.js')).systemContext(), openCaseId)).toBe(false);
  });

  it('renders the 卷宗封面, 卷内目录, 备考表 and the whole 册 with 卷内页码 stamped, as PDFs', async () => {
    const c = (await clerk.get(`/api/v1/cases/${closedCaseId}/catalogue`)).json() as CatalogueOut;
    const main = c.volumes.find((v) => v.kind === 'main' && v.number === 1)!;
    const text = (bytes: Buffer) => {
      const file = path.join(os.tmpdir(), `casevault-catalogue-${process.pid}-${Math.random().toString(36).slice(2)}.pdf`);
      fs.writeFileSync(file, bytes);
      try {
        return spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).stdout;
      } finally {
        fs.rmSync(file, { force: true });
      }
    };
    const url = (doc: string) => `/api/v1/cases/${closedCaseId}/catalogue/volumes/main/1/${doc}`;
    const kase = (await judge.get(`/api/v1/cases/${closedCaseId}`)).json();
    const cover = await judge.get(url('cover'));
    expect(cover.statusCode, cover.body).toBe(200);
    expect(cover.headers['content-type']).toBe('application/pdf');
    expect(cover.headers['content-disposition']).toContain(encodeURIComponent('卷宗封面'));
    expect(text(cover.rawPayload)).toContain(kase.caseNumber.replace(/[()（）]/g, '').slice(-6));
    const list = text((await judge.get(url('catalogue'))).rawPayload);
    for (const e of main.entries) expect(list).toContain(e.title.slice(0, 4));
    expect(text((await judge.get(url('notes'))).rawPayload)).toContain(`共 ${main.pages} 页`);
    const volume = await judge.get(url('volume'));
    expect(volume.statusCode, volume.body).toBe(200);
    const pages = Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', ['-'], { input: volume.rawPayload, encoding: 'utf8' }).stdout)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(main.pages + 3); // cover, list, materials, notes
    const volumeText = text(volume.rawPayload);
    expect(volumeText).toContain(String(main.pages)); // the last 卷内页码 is stamped
    expect((await judge.get(`/api/v1/cases/${closedCaseId}/catalogue/volumes/side/9/cover`)).json().error.code).toBe('CATALOGUE_BOOK_NOT_FOUND');
  });

  it('lets the 办公室 adjust a template as a new version, validated, used by the next proposal', async () => {
    const archivist = await signIn(env.app, 'archivist1');
    const current = (await archivist.get('/api/v1/catalogue-templates/civil_first_instance')).json();
    expect(current).toMatchObject({ origin: 'builtin', version: 1 });
    const template = current.template as { slots: Array<{ id: string; required: boolean }> };
    const adjusted = { ...template, slots: template.slots.map((s) => (s.id === 'litigation-fee' ? { ...s, required: true } : s)) };
    expect((await clerk.send('PUT', '/api/v1/catalogue-templates/civil_first_instance', adjusted)).statusCode).toBe(403);
    const broken = { ...template, slots: [...template.slots, template.slots[3]] };
    const refused = await archivist.send('PUT', '/api/v1/catalogue-templates/civil_first_instance', broken);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.code).toBe('CATALOGUE_TEMPLATE_INVALID');
    expect(refused.json().error.details.issues.length).toBeGreaterThan(0);
    const saved = await archivist.send('PUT', '/api/v1/catalogue-templates/civil_first_instance', adjusted);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ origin: 'adjusted', version: 2 });
    expect((await clerk.get('/api/v1/catalogue-templates')).json().items.find((t: { kind: string }) => t.kind === 'civil_first_instance').version).toBe(2);
    // The next proposal uses version 2, and its check asks for the 诉讼费 material now required.
    const kase = (await clerk.get('/api/v1/cases?q=1002')).json().items[0];
    const proposed = (await clerk.send('POST', `/api/v1/cases/${kase.id}/catalogue/auto`, {})).json() as CatalogueOut;
    expect(proposed.templateVersion).toBe(2);
    const check = (await clerk.get(`/api/v1/cases/${kase.id}/catalogue/check`)).json() as { findings: Array<{ code: string; target: { slotId?: string } }> };
    expect(check.findings.some((f) => f.code === 'CATALOGUE_REQUIRED_SLOT_EMPTY' && f.target.slotId === 'litigation-fee')).toBe(true);
  });
});
