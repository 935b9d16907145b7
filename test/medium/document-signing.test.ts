import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentSignaturesOut, PdfVerificationOut } from '../../src/common/document-signature-api.js';
import { testSealPng } from '../../src/server/pdf-signing/test-seal.test-support.js';
import { DEMO_SIGNING_PIN } from '../../src/server/services/setup.service.js';
import { createAppEnv } from '../support/app-env.js';
import { testDialects } from '../support/databases.js';
import { signIn, type Session } from '../support/http.js';
import { multipart } from '../support/multipart.js';

const run = promisify(execFile);
const pdf = fs.readFileSync(path.join('test/fixtures/formats', 'ok-text.pdf'));

describe.each(testDialects())('文书签名 拟稿·核稿·签发 on %s', (dialect) => {
  let env: Awaited<ReturnType<typeof createAppEnv>>;
  let clerk: Session;
  let judge1: Session;
  let judge2: Session;
  let secadmin: Session;
  let caseId: string;
  let materialId: string;
  let sealId: string;
  let dir: string;
  let signedPdf: Buffer;
  let uploads = 0;

  const upload = async (title: string, data: Buffer = pdf, name = `${title}.pdf`) => {
    const body = multipart([
      { name: 'title', value: title },
      { name: 'source', value: 'born_digital' },
      { name: 'file', file: { name, data: Buffer.concat([data, Buffer.from(`\n% ${title} ${(uploads += 1)}\n`)]) } },
    ]);
    const res = await env.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/materials`, payload: body.payload, headers: { ...body.headers, cookie: clerk.cookie, 'x-csrf-token': clerk.csrfToken } });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };
  const sign = (who: Session, id: string, body: { step: string; pin?: string; sealId?: string }) =>
    who.send('POST', `/api/v1/materials/${id}/signatures`, { pin: DEMO_SIGNING_PIN, ...body });
  const download = async (who: Session, id: string) => {
    const res = await who.get(`/api/v1/materials/${id}/content`);
    expect(res.statusCode).toBe(200);
    return res.rawPayload;
  };
  const verify = async (who: Session, data: Buffer, name = 'upload.pdf') => {
    const body = multipart([{ name: 'file', file: { name, data, type: 'application/pdf' } }]);
    return env.app.inject({ method: 'POST', url: '/api/v1/signatures/verify', payload: body.payload, headers: { ...body.headers, cookie: who.cookie, 'x-csrf-token': who.csrfToken } });
  };
  const pdfsig = async (data: Buffer) => {
    const file = path.join(dir, `pdfsig-${Math.random()}.pdf`);
    await writeFile(file, data);
    return (await run('pdfsig', ['-nocert', file])).stdout;
  };

  beforeAll(async () => {
    env = await createAppEnv(dialect);
    dir = await mkdtemp(path.join(os.tmpdir(), 'casevault-docsign-'));
    [clerk, judge1, judge2, secadmin] = (await Promise.all(['clerk1', 'judge1', 'judge2', 'secadmin'].map((u) => signIn(env.app, u)))) as [Session, Session, Session, Session];
    caseId = (await clerk.get('/api/v1/cases?q=1001')).json().items[0].id;
    materialId = await upload('民事判决书');
    const judge1Id = (await judge1.get('/api/v1/auth/me')).json().user.id as string;
    const seal = await secadmin.send('POST', '/api/v1/seals', { name: '测试人民法院', imagePng: Buffer.from(await testSealPng()).toString('base64'), userIds: [judge1Id] });
    expect(seal.statusCode, seal.body).toBe(201);
    sealId = seal.json().id;
  }, 120_000);
  afterAll(async () => {
    await env?.cleanup();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('an unsigned PDF: no signatures, 拟稿 comes next', async () => {
    const res = await judge2.get(`/api/v1/materials/${materialId}/signatures`);
    expect(res.statusCode, res.body).toBe(200);
    const out = res.json() as DocumentSignaturesOut;
    expect(out).toMatchObject({ isPdf: true, steps: [], nextStep: 'draft', canSign: true, signatures: [] });
    expect(out.file?.role).toBe('original');
  });

  it('refuses a step out of order, a wrong PIN, and 签发 without a seal', async () => {
    const early = await sign(judge2, materialId, { step: 'review' });
    expect(early.statusCode).toBe(409);
    expect(early.json().error).toMatchObject({ code: 'DOCUMENT_SIGNING_STEP_ORDER', message: '须先完成拟稿签名，才能核稿' });
    const noSeal = await sign(judge1, materialId, { step: 'issue' });
    expect(noSeal.json().error.code).toBe('DOCUMENT_SIGNING_STEP_ORDER');
    const wrongPin = await sign(clerk, materialId, { step: 'draft', pin: 'Wrong@2021' });
    expect(wrongPin.statusCode).toBe(422);
    expect(wrongPin.json().error.code).toBe('PKI_PIN_INCORRECT');
    expect((await judge2.get(`/api/v1/materials/${materialId}/signatures`)).json().steps).toEqual([]);
  });

  it('拟稿 (clerk1) and 核稿 (judge2): each a new signed revision that becomes the main file', async () => {
    const draft = await sign(clerk, materialId, { step: 'draft' });
    expect(draft.statusCode, draft.body).toBe(201);
    expect(draft.json()).toMatchObject({ nextStep: 'review', file: { role: 'signed', seq: 2, originalName: '民事判决书（拟稿）.pdf' } });
    const again = await sign(clerk, materialId, { step: 'draft' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('DOCUMENT_SIGNING_STEP_DONE');
    const review = await sign(judge2, materialId, { step: 'review' });
    expect(review.statusCode, review.body).toBe(201);
    const out = review.json() as DocumentSignaturesOut;
    expect(out.steps.map((s) => [s.step, s.signer.name, s.fileSeq])).toEqual([
      ['draft', '书记员甲', 2],
      ['review', '法官乙', 3],
    ]);
    expect(out.signatures.map((s) => [s.step, s.reason, s.name, s.verification.valid, s.verification.signer?.commonName])).toEqual([
      ['draft', '拟稿', '书记员甲', true, '书记员甲'],
      ['review', '核稿', '法官乙', true, '法官乙'],
    ]);
    const material = (await clerk.get(`/api/v1/materials/${materialId}`)).json();
    expect(material.files.map((f: { seq: number; role: string }) => `${f.seq}:${f.role}`)).toEqual(['1:original', '2:signed', '3:signed']);
  });

  it('签发 needs a seal the signer is authorised for and his own PIN', async () => {
    const notAuthorised = await sign(judge2, materialId, { step: 'issue', sealId });
    expect(notAuthorised.statusCode).toBe(403);
    expect(notAuthorised.json().error.code).toBe('SEAL_NOT_AUTHORISED');
    const noSeal = await sign(judge1, materialId, { step: 'issue' });
    expect(noSeal.statusCode).toBe(400);
    expect(noSeal.json().error.code).toBe('DOCUMENT_SIGNING_SEAL_REQUIRED');
    const wrongPin = await sign(judge1, materialId, { step: 'issue', sealId, pin: 'Wrong@2021' });
    expect(wrongPin.json().error.code).toBe('PKI_PIN_INCORRECT');
    const viewer = await sign(secadmin, materialId, { step: 'issue', sealId });
    expect(viewer.statusCode).toBe(403);
  });

  it('签发 (judge1 with the court seal): pdfsig finds three valid signatures, only the last covering the whole file', async () => {
    const issue = await sign(judge1, materialId, { step: 'issue', sealId });
    expect(issue.statusCode, issue.body).toBe(201);
    const out = issue.json() as DocumentSignaturesOut;
    expect(out).toMatchObject({ nextStep: null, canSign: false, cannotSignReason: '文书已签发，不能再追加签名' });
    expect(out.signatures.map((s) => [s.step, s.verification.valid, s.coversWholeDocument])).toEqual([
      ['draft', true, false],
      ['review', true, false],
      ['issue', true, true],
    ]);
    const issued = out.signatures[2]!;
    expect(issued.verification.signer?.commonName).toBe('测试人民法院');
    expect(issued.seal).toEqual({ id: sealId, name: '测试人民法院' });
    expect(issued.signedBy?.name).toBe('法官甲');
    expect(issued.verification.chain.length).toBeGreaterThanOrEqual(2);

    signedPdf = await download(clerk, materialId);
    expect(createHashHex(signedPdf)).toBe(out.file!.sha256);
    const report = await pdfsig(signedPdf);
    expect([...report.matchAll(/Signature Validation: (.*)/g)].map((m) => m[1])).toEqual(['Signature is Valid.', 'Signature is Valid.', 'Signature is Valid.']);
    expect(report.match(/Total document signed/g)).toHaveLength(1);
    await writeFile(path.join(os.tmpdir(), `casevault-document-signing-${dialect}.pdf`), signedPdf);

    const after = await sign(clerk, materialId, { step: 'draft' });
    expect(after.statusCode).toBe(409);
    expect(after.json().error.code).toBe('DOCUMENT_SIGNING_ISSUED');
  });

  it('records every step in the audit trail', async () => {
    const rows = await env.container.db.selectFrom('audit_event').select(['action', 'after_json']).where('entity_id', '=', materialId).where('action', '=', 'document.sign').execute();
    expect(rows.map((r) => JSON.parse(r.after_json as string).step)).toEqual(['draft', 'review', 'issue']);
  });

  it('验证签名: the signed file as uploaded verifies; a flipped byte inside a signed range does not', async () => {
    const ok = await verify(judge2, signedPdf, '判决书.pdf');
    expect(ok.statusCode, ok.body).toBe(200);
    const out = ok.json() as PdfVerificationOut;
    expect(out).toMatchObject({ fileName: '判决书.pdf', allValid: true });
    expect(out.signatures.map((s) => s.step)).toEqual(['draft', 'review', 'issue']);

    const tampered = Buffer.from(signedPdf);
    const at = 200; // inside the original document: covered by every signature
    tampered[at] = tampered[at]! ^ 0x01;
    const bad = (await verify(judge2, tampered)).json() as PdfVerificationOut;
    expect(bad.allValid).toBe(false);
    expect(bad.signatures.every((s) => !s.verification.valid)).toBe(true);
    expect(bad.signatures[0]!.verification.checks.find((c) => c.code === 'CMS_MESSAGE_DIGEST')).toMatchObject({ ok: false });

    const unsigned = (await verify(judge2, pdf)).json() as PdfVerificationOut;
    expect(unsigned).toMatchObject({ signatures: [], allValid: false });
    const notPdf = await verify(judge2, Buffer.from('hello'));
    expect(notPdf.statusCode).toBe(422);
    expect(notPdf.json().error.code).toBe('PDF_SIGNING_UNREADABLE');
  });

  it('after judge2’s ECDSA certificate is revoked, the 核稿 signature shows invalid with the revocation check failing', async () => {
    const certs = (await secadmin.get('/api/v1/pki/certificates?status=active')).json().items as Array<{ id: string; username: string; algorithm: string }>;
    const cert = certs.find((c) => c.username === 'judge2' && c.algorithm === 'ecdsa-p256')!;
    const revoked = await secadmin.send('POST', `/api/v1/pki/certificates/${cert.id}/revoke`, { reason: '密钥遗失' });
    expect(revoked.statusCode, revoked.body).toBe(200);
    const out = (await clerk.get(`/api/v1/materials/${materialId}/signatures`)).json() as DocumentSignaturesOut;
    expect(out.signatures.map((s) => [s.step, s.verification.valid])).toEqual([
      ['draft', true],
      ['review', false],
      ['issue', true],
    ]);
    expect(out.signatures[1]!.verification.checks.filter((c) => !c.ok).map((c) => c.code)).toEqual(['CMS_CERT_REVOKED']);
  });

  it('documents the verification upload in OpenAPI', async () => {
    const doc = (await env.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    expect(doc.paths['/api/v1/signatures/verify'].post.requestBody.content['multipart/form-data'].schema.required).toEqual(['file']);
    expect(doc.paths['/api/v1/materials/{id}/signatures'].post.requestBody.content['application/json'].schema.properties.step.enum).toEqual(['draft', 'review', 'issue']);
  });

  it('only PDFs, and not once the file is submitted or archived', async () => {
    const image = fs.readFileSync(path.join('test/fixtures/formats', 'ok-grey.png'));
    const body = multipart([
      { name: 'title', value: '照片' },
      { name: 'source', value: 'born_digital' },
      { name: 'file', file: { name: 'photo.png', data: image } },
    ]);
    const res = await env.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/materials`, payload: body.payload, headers: { ...body.headers, cookie: clerk.cookie, 'x-csrf-token': clerk.csrfToken } });
    expect(res.statusCode, res.body).toBe(201);
    const photo = res.json().id as string;
    expect((await clerk.get(`/api/v1/materials/${photo}/signatures`)).json()).toMatchObject({ isPdf: false, canSign: false, signatures: [] });
    expect((await sign(clerk, photo, { step: 'draft' })).json().error.code).toBe('DOCUMENT_SIGNING_NOT_PDF');

    const other = await upload('民事裁定书');
    for (const state of ['awaiting_review', 'archived']) {
      await env.container.db.updateTable('court_case').set({ archive_state: state }).where('id', '=', caseId).execute();
      const closed = await sign(clerk, other, { step: 'draft' });
      expect(closed.statusCode).toBe(409);
      expect(closed.json().error.code).toBe('DOCUMENT_SIGNING_CASE_CLOSED');
      expect((await clerk.get(`/api/v1/materials/${other}/signatures`)).json()).toMatchObject({ canSign: false, cannotSignReason: expect.stringContaining('提交审核或已归档') });
    }
  });
});

function createHashHex(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}
