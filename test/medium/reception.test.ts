import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArchiveOut, CaseReceptionOut, FourPropertyReportOut, ReceiveOut } from '../../src/common/reception-api.js';
import { validateBag, writeBag } from '../../src/server/bagit/index.js';
import { readEep } from '../../src/server/eep/index.js';
import { validateObject } from '../../src/server/ocfl/index.js';
import { DEMO_SIGNING_PIN } from '../../src/server/services/setup.service.js';
import { extractTar } from '../../src/server/tar/index.js';
import { createAppEnv } from '../support/app-env.js';
import { testClamd } from '../support/clamd.js';
import { testDialects } from '../support/databases.js';
import { signIn, type Session } from '../support/http.js';
import { multipart } from '../support/multipart.js';
import { approveCase, importTar, listFiles, tarOf } from '../support/archive-flow.js';

const clamd = process.env.TEST_CLAMD;
testClamd(); // under CI=true a missing clamd fails the suite instead of skipping it

const item = (r: FourPropertyReportOut, code: string) => r.items.find((i) => i.code === code)!;
const failing = (r: FourPropertyReportOut) => r.items.filter((i) => i.mandatory && (i.result === 'fail' || i.result === 'not_checked')).map((i) => i.code);

describe.skipIf(!clamd).each(testDialects())('archive reception on %s', (dialect) => {
  let env: Awaited<ReturnType<typeof createAppEnv>>;
  let clerk: Session;
  let judge: Session;
  let archivist: Session;
  let caseId: string;
  let archivalCode: string;

  beforeAll(async () => {
    env = await createAppEnv(dialect, { CLAMD: clamd! });
    clerk = await signIn(env.app, 'clerk1');
    judge = await signIn(env.app, 'judge1');
    archivist = await signIn(env.app, 'archivist1');
    caseId = (await clerk.get('/api/v1/cases?q=1002')).json().items[0].id;
    await approveCase(env.app, clerk, judge, caseId);
  }, 120_000);
  afterAll(async () => env?.cleanup());

  it('lists the approved file in the queue; only the archivist may check it', async () => {
    const queue = (await archivist.get('/api/v1/reception/queue')).json().items;
    expect(queue).toEqual([expect.objectContaining({ caseId, lastReport: null, rejections: 0 })]);
    expect((await clerk.get('/api/v1/reception/queue')).statusCode).toBe(403);
    expect((await clerk.send('POST', `/api/v1/cases/${caseId}/four-property-check?stage=reception`, {})).statusCode).toBe(403);
  });

  it('checks on the bytes; the manual process item keeps it from passing until a person confirms it', async () => {
    const res = await archivist.send('POST', `/api/v1/cases/${caseId}/four-property-check?stage=reception`, {});
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json() as FourPropertyReportOut;
    expect(report.stage).toBe('YJ');
    expect(failing(report), JSON.stringify(report.items.filter((i) => i.result === 'fail').map((i) => [i.code, i.evidence]))).toEqual(['YJ-4-7']);
    expect(item(report, 'YJ-1-1')).toMatchObject({ result: 'pass', evidence: expect.arrayContaining([expect.stringContaining('审核通过清单的签名验证通过')]) });
    expect(item(report, 'YJ-4-2').evidence[0]).toContain('扫描未发现病毒');
    expect(item(report, 'YJ-4-3').result).toBe('not_applicable');
    expect(report.files).toBeGreaterThan(0);

    const refused = await archivist.send('POST', `/api/v1/cases/${caseId}/receive`, { decision: 'accept' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'RECEPTION_CHECK_FAILED', details: { failed: ['YJ-4-7 移交过程安全性检测'] } });

  });

  it('rejects with reasons back to the clerk, who resubmits; the judge approves again', async () => {
    expect((await archivist.send('POST', `/api/v1/cases/${caseId}/receive`, { decision: 'reject' })).statusCode).toBe(400);
    const res = await archivist.send('POST', `/api/v1/cases/${caseId}/receive`, { decision: 'reject', reasons: '庭审笔录缺签名页' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ decision: 'reject', archiveState: 'cataloguing', archivalCode: null });
    const state = (await clerk.get(`/api/v1/cases/${caseId}/reception`)).json() as CaseReceptionOut;
    expect(state.decisions).toEqual([expect.objectContaining({ decision: 'reject', reasons: '庭审笔录缺签名页', decidedBy: '档案员甲' })]);
    expect(state.mayDecide).toBe(false);
    expect((await clerk.send('POST', `/api/v1/cases/${caseId}/submit`, {})).statusCode).toBe(200);
    expect((await judge.send('POST', `/api/v1/cases/${caseId}/review`, { decision: 'approve', pin: DEMO_SIGNING_PIN })).statusCode).toBe(200);
    expect((await archivist.get('/api/v1/reception/queue')).json().items).toEqual([expect.objectContaining({ caseId, rejections: 1 })]);
  });

  it('a person confirms the manual item; then the check passes and prints', async () => {
    const confirmed = await archivist.send('POST', `/api/v1/cases/${caseId}/four-property-confirmations`, { code: 'YJ-4-7', result: 'pass', note: '经内网平台在线移交' });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect((confirmed.json() as CaseReceptionOut).confirmations).toEqual([expect.objectContaining({ code: 'YJ-4-7', confirmedBy: '档案员甲' })]);
    expect((await archivist.send('POST', `/api/v1/cases/${caseId}/four-property-confirmations`, { code: 'YJ-1-1', result: 'pass' })).json().error.code).toBe('FOUR_PROPERTY_ITEM_NOT_MANUAL');

    const again = (await archivist.send('POST', `/api/v1/cases/${caseId}/four-property-check?stage=reception`, {})).json() as FourPropertyReportOut;
    expect(again.passed).toBe(true);
    const pdf = await archivist.get(`/api/v1/four-property-reports/${again.id}/pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(JSON.parse((await archivist.get(`/api/v1/four-property-reports/${again.id}/json`)).body)).toMatchObject({ id: again.id, passed: true });
  });

  it('fault injection: a flipped byte in the working store fails YJ-1-1 and blocks the acceptance', async () => {
    const manifest = JSON.parse((await clerk.get(`/api/v1/cases/${caseId}/approval`)).json().manifest);
    const sha = manifest.volumes[0].entries[0].files[0].sha256 as string;
    const file = path.join(env.dataDir, 'blobs', sha.slice(0, 2), sha.slice(2, 4), sha);
    const original = fs.readFileSync(file);
    const flipped = Buffer.from(original);
    flipped[Math.floor(flipped.length / 2)]! ^= 0x01;
    fs.writeFileSync(file, flipped);
    try {
      const report = (await archivist.send('POST', `/api/v1/cases/${caseId}/four-property-check?stage=reception`, {})).json() as FourPropertyReportOut;
      expect(report.passed).toBe(false);
      expect(item(report, 'YJ-1-1')).toMatchObject({ result: 'fail', evidence: expect.arrayContaining([expect.stringContaining('SHA-256 摘要不符')]) });
      expect(item(report, 'YJ-1-14').result).toBe('fail');
      const refused = await archivist.send('POST', `/api/v1/cases/${caseId}/receive`, { decision: 'accept' });
      expect(refused.json().error.code).toBe('RECEPTION_CHECK_FAILED');
    } finally {
      fs.writeFileSync(file, original);
    }
  });

  it('accepts: 档号 and 保管期限 assigned, the archive written as a valid OCFL object, the case archived', async () => {
    const state = (await archivist.get(`/api/v1/cases/${caseId}/reception`)).json() as CaseReceptionOut;
    const res = await archivist.send('POST', `/api/v1/cases/${caseId}/receive`, { decision: 'accept' });
    expect(res.statusCode, res.body).toBe(200);
    const out = res.json() as ReceiveOut;
    expect(out).toMatchObject({ decision: 'accept', archiveState: 'archived', archivalCode: state.proposal!.nextArchivalCode, retentionPeriod: state.proposal!.retentionPeriod });
    expect(out.archivalCode).toMatch(/-0001$/);
    archivalCode = out.archivalCode!;
    expect(out.ocflObjectId).toBe('urn:casevault:沪0118:(2021)沪0118民初1002号');

    const repo = await env.container.archiveStore.open();
    const result = await validateObject({ store: repo.store, path: repo.objectPath(out.ocflObjectId!) });
    expect(result.ok, JSON.stringify(result.issues)).toBe(true);
    const archive = (await archivist.get(`/api/v1/archives/${encodeURIComponent(archivalCode)}`)).json() as ArchiveOut;
    expect(archive).toMatchObject({ caseId, headVersion: 'v1', versions: [{ version: 'v1', kind: 'reception' }] });
    const files = (await archivist.get(`/api/v1/archives/${encodeURIComponent(archivalCode)}/versions/v1/files`)).json().files as Array<{ path: string }>;
    expect(files.map((f) => f.path)).toEqual(expect.arrayContaining(['metadata/mets.xml', 'metadata/premis.xml', 'metadata/four-property-report.json', 'metadata/approval/manifest.json']));
    const report = JSON.parse((await archivist.get(`/api/v1/archives/${encodeURIComponent(archivalCode)}/versions/v1/content?path=${encodeURIComponent('metadata/four-property-report.json')}`)).body);
    expect(report).toMatchObject({ stage: 'YJ', passed: true });
    expect((await clerk.get(`/api/v1/cases/${caseId}`)).json().archiveState).toBe('archived');
    expect((await archivist.send('POST', `/api/v1/cases/${caseId}/receive`, { decision: 'accept' })).json().error.code).toBe('RECEPTION_NOT_AWAITING');
  });

  it('补充归档 adds a version; both versions stay readable', async () => {
    const body = multipart([{ name: 'reason', value: '补充送达回证' }, { name: 'file', file: { name: '送达回证.pdf', type: 'application/pdf', data: fs.readFileSync('test/fixtures/formats/ok-text.pdf') } }]);
    const res = await env.app.inject({ method: 'POST', url: `/api/v1/archives/${encodeURIComponent(archivalCode)}/supplement`, headers: { cookie: archivist.cookie, 'x-csrf-token': archivist.csrfToken, ...body.headers }, payload: body.payload });
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as ArchiveOut).versions.map((v) => v.kind)).toEqual(['reception', 'supplement']);
    const v1 = (await archivist.get(`/api/v1/archives/${encodeURIComponent(archivalCode)}/versions/v1/files`)).json().files as Array<{ path: string }>;
    const v2 = (await archivist.get(`/api/v1/archives/${encodeURIComponent(archivalCode)}/versions/v2/files`)).json().files as Array<{ path: string }>;
    expect(v2.length).toBe(v1.length + 1);
    expect(v2.some((f) => f.path.startsWith('content/补充归档/') && f.path.endsWith('送达回证.pdf'))).toBe(true);
  });

  it('exports EEP and BagIt that verify; imports a bag of another system and refuses a tampered one', async () => {
    const code = encodeURIComponent(archivalCode);
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'reception-export-'));
    const eep = await archivist.get(`/api/v1/archives/${code}/export?format=eep`);
    expect(eep.statusCode).toBe(200);
    fs.writeFileSync(path.join(work, 'a.eep.xml'), eep.rawPayload);
    fs.mkdirSync(path.join(work, 'eep'));
    const read = await readEep(path.join(work, 'a.eep.xml'), { outDir: path.join(work, 'eep'), trustedRoots: [] });
    expect(read.issues.filter((i) => i.severity === 'error')).toEqual([]);

    const bag = await archivist.get(`/api/v1/archives/${code}/export?format=bagit`);
    expect(bag.statusCode).toBe(200);
    const extracted = await extractTar(Readable.from([bag.rawPayload]), path.join(work, 'bag'));
    expect(extracted.ok).toBe(true);
    const root = path.join(work, 'bag', fs.readdirSync(path.join(work, 'bag'))[0]!);
    expect((await validateBag(root)).ok).toBe(true);

    const again = await importTar(env.app, archivist, bag.rawPayload);
    expect(again.statusCode).toBe(422);
    expect(again.json().error.details.findings).toEqual([expect.objectContaining({ code: 'ARCHIVAL_CODE_TAKEN' })]);

    // A bag from another system (its own 档号 and 案号) is imported as a new archive.
    const payload = path.join(root, 'data');
    const files = listFiles(payload).map((f) => ({ path: path.relative(payload, f).split(path.sep).join('/'), source: () => f }));
    const foreign = path.join(work, 'foreign');
    await writeBag(foreign, { files, info: { sourceOrganization: '上海市第二中级人民法院', caseNumber: '（2020）沪02民终99号', archivalCode: 'J102-ZY·2020·Y·MS-0099', retentionPeriod: '永久' } });
    const imported = await importTar(env.app, archivist, await tarOf(foreign));
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json()).toMatchObject({ archivalCode: 'J102-ZY·2020·Y·MS-0099', source: 'import', caseId: null, retentionPeriod: { code: 'Y' }, versions: [{ kind: 'import', files: files.length + 1 }] });

    // One changed payload byte: the manifests no longer agree, and nothing is imported.
    const victim = path.join(foreign, 'data', files[0]!.path);
    const bytes = fs.readFileSync(victim);
    bytes[0]! ^= 0x01;
    fs.writeFileSync(victim, bytes);
    fs.writeFileSync(path.join(foreign, 'bag-info.txt'), fs.readFileSync(path.join(foreign, 'bag-info.txt'), 'utf8').replace('MS-0099', 'MS-0100'));
    const tampered = await importTar(env.app, archivist, await tarOf(foreign));
    expect(tampered.statusCode).toBe(422);
    const codes = (tampered.json().error.details.findings as Array<{ code: string; severity: string }>).filter((f) => f.severity === 'error').map((f) => f.code);
    expect(codes.length).toBeGreaterThanOrEqual(2); // the payload digest and the tag manifest of bag-info.txt
    expect((await archivist.get(`/api/v1/archives/${encodeURIComponent('J102-ZY·2020·Y·MS-0100')}`)).statusCode).toBe(404);
  });

});
