import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogueCheckOut, CatalogueOut } from '../../src/common/catalogue-api.js';
import type { ApprovalOut, CaseReviewOut } from '../../src/common/review-api.js';
import { DEMO_SIGNING_PIN } from '../../src/server/services/setup.service.js';
import { createAppEnv } from '../support/app-env.js';
import { testDialects } from '../support/databases.js';
import { signIn, type Session } from '../support/http.js';

/** Marks every required slot the check names as 本案无, so the file can be submitted. */
async function makeComplete(clerk: Session, caseId: string): Promise<void> {
  for (let i = 0; i < 5; i++) {
    const check = (await clerk.get(`/api/v1/cases/${caseId}/catalogue/check`)).json() as CatalogueCheckOut;
    const slots = check.findings.filter((f) => f.severity === 'error' && f.target.kind === 'slot').map((f) => (f.target as { slotId: string }).slotId);
    if (slots.length === 0) return;
    const c = (await clerk.get(`/api/v1/cases/${caseId}/catalogue`)).json() as CatalogueOut;
    const body = {
      version: c.version,
      volumes: c.volumes.map((v) => ({ kind: v.kind, number: v.number, entries: v.entries.map((e) => ({ materialId: e.materialId, slotId: e.slotId, title: e.title })) })),
      waivers: [...c.waivers.map((w) => ({ slotId: w.slotId, reason: w.reason })), ...slots.map((slotId) => ({ slotId, reason: '测试：本案无此材料' }))],
    };
    expect((await clerk.send('PUT', `/api/v1/cases/${caseId}/catalogue`, body)).statusCode).toBe(200);
  }
}

describe.each(testDialects())('review and signed approval on %s', (dialect) => {
  let env: Awaited<ReturnType<typeof createAppEnv>>;
  let clerk: Session;
  let judge: Session;
  let judge2: Session;
  let caseId: string;

  beforeAll(async () => {
    env = await createAppEnv(dialect);
    clerk = await signIn(env.app, 'clerk1');
    judge = await signIn(env.app, 'judge1');
    judge2 = await signIn(env.app, 'judge2');
    caseId = (await clerk.get('/api/v1/cases?q=1002')).json().items[0].id;
    await clerk.send('POST', `/api/v1/cases/${caseId}/catalogue/auto`, {});
  });
  afterAll(async () => env?.cleanup());

  it('refuses to submit while the completeness check has errors, then submits and locks the catalogue', async () => {
    const refused = await clerk.send('POST', `/api/v1/cases/${caseId}/submit`, {});
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('REVIEW_CHECK_FAILED');
    expect(refused.json().error.details.findings.length).toBeGreaterThan(0);
    await makeComplete(clerk, caseId);
    const res = await clerk.send('POST', `/api/v1/cases/${caseId}/submit`, {});
    expect(res.statusCode, res.body).toBe(200);
    const state = res.json() as CaseReviewOut;
    expect(state).toMatchObject({ archiveState: 'awaiting_review', open: { round: 1, reviewer: '法官甲', submittedBy: '书记员甲' }, maySubmit: false, mayDecide: false });
    const c = (await clerk.get(`/api/v1/cases/${caseId}/catalogue`)).json() as CatalogueOut;
    expect((await clerk.send('PUT', `/api/v1/cases/${caseId}/catalogue`, { version: c.version, volumes: [], waivers: [] })).json().error.code).toBe('CATALOGUE_LOCKED');
    const again = await clerk.send('POST', `/api/v1/cases/${caseId}/submit`, {});
    expect(again.json().error).toMatchObject({ code: 'ARCHIVE_TRANSITION_INVALID', message: expect.stringContaining('待法官审核') });
  });

  it('puts it in the presiding judge’s queue; another judge may not decide', async () => {
    const queue = (await judge.get('/api/v1/reviews')).json().items;
    expect(queue.map((i: { caseId: string }) => i.caseId)).toContain(caseId);
    expect((await judge2.get('/api/v1/reviews')).json().items.map((i: { caseId: string }) => i.caseId)).not.toContain(caseId);
    expect((await judge2.send('POST', `/api/v1/cases/${caseId}/review`, { decision: 'return', comments: '不是我的案子' })).json().error.code).toBe('REVIEW_NOT_REVIEWER');
    expect((await clerk.get('/api/v1/reviews')).statusCode).toBe(403);
  });

  it('returns with per-entry comments; the clerk sees them, marks them fixed and resubmits', async () => {
    const c = (await judge.get(`/api/v1/cases/${caseId}/catalogue`)).json() as CatalogueOut;
    const entry = c.volumes.flatMap((v) => v.entries)[0];
    expect((await judge.send('POST', `/api/v1/cases/${caseId}/review`, { decision: 'return' })).json().error.code).toBe('REVIEW_RETURN_REASON');
    const commented = await judge.send('POST', `/api/v1/cases/${caseId}/review/comments`, { materialId: entry?.materialId ?? null, text: '题名应写全称' });
    expect(commented.statusCode, commented.body).toBe(201);
    const returned = await judge.send('POST', `/api/v1/cases/${caseId}/review`, { decision: 'return', comments: '请按意见修改后重新提交' });
    expect(returned.statusCode, returned.body).toBe(200);
    expect(returned.json()).toMatchObject({ archiveState: 'cataloguing', open: null, rounds: [{ decision: 'return', comments: '请按意见修改后重新提交', decidedBy: '法官甲' }] });

    const seen = (await clerk.get(`/api/v1/cases/${caseId}/review`)).json() as CaseReviewOut;
    expect(seen.comments).toEqual([expect.objectContaining({ round: 1, text: '题名应写全称', author: '法官甲', resolvedAt: null })]);
    expect(seen.maySubmit).toBe(true);
    const resolved = (await clerk.send('POST', `/api/v1/cases/${caseId}/review/comments/${seen.comments[0]!.id}/resolve`, {})).json() as CaseReviewOut;
    expect(resolved.comments[0]!.resolvedAt).not.toBeNull();
    expect((await clerk.send('POST', `/api/v1/cases/${caseId}/submit`, {})).json().open.round).toBe(2);
  });

  it('approves only with the right PIN, signing the catalogue manifest; the approval verifies and fails after tampering', async () => {
    const wrong = await judge.send('POST', `/api/v1/cases/${caseId}/review`, { decision: 'approve', pin: 'Wrong@123' });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().error).toMatchObject({ code: 'PKI_PIN_INCORRECT', message: '签名口令不正确（还可再试 4 次）' });
    expect((await judge.get(`/api/v1/cases/${caseId}/review`)).json().archiveState).toBe('awaiting_review');

    const ok = await judge.send('POST', `/api/v1/cases/${caseId}/review`, { decision: 'approve', pin: DEMO_SIGNING_PIN, comments: '同意归档' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().archiveState).toBe('awaiting_reception');

    const approval = (await clerk.get(`/api/v1/cases/${caseId}/approval`)).json() as ApprovalOut;
    expect(approval).toMatchObject({ algorithm: 'sm2', verified: true, signer: { name: '法官甲' } });
    expect(approval.verification.checks.every((c) => c.ok)).toBe(true);
    expect(approval.verification.signer!.commonName).toBe('法官甲');
    const manifest = JSON.parse(approval.manifest);
    expect(manifest).toMatchObject({ type: 'casevault/approval-manifest', case: { id: caseId }, review: { round: 2 }, approver: { name: '法官甲' } });
    expect(manifest.volumes.flatMap((v: { entries: Array<{ files: Array<{ sha256: string; sm3: string }> }> }) => v.entries.flatMap((e) => e.files)).every((f: { sha256: string; sm3: string }) => /^[0-9a-f]{64}$/.test(f.sha256) && /^[0-9a-f]{64}$/.test(f.sm3))).toBe(true);

    // One changed byte of the stored manifest: the signature no longer verifies.
    await env.container.db.updateTable('approval').set({ manifest: approval.manifest.replace('"round":2', '"round":3') }).where('case_id', '=', caseId).execute();
    const tampered = (await clerk.get(`/api/v1/cases/${caseId}/approval`)).json() as ApprovalOut;
    expect(tampered.verified).toBe(false);
    expect(tampered.verification.checks.find((c) => c.code === 'CMS_MESSAGE_DIGEST')!.ok).toBe(false);
    await env.container.db.updateTable('approval').set({ manifest: approval.manifest }).where('case_id', '=', caseId).execute();

    const history = (await clerk.get(`/api/v1/cases/${caseId}/history?limit=50`)).json().items.map((e: { action: string }) => e.action);
    expect(history).toEqual(expect.arrayContaining(['archive.submit', 'archive.return', 'archive.approve', 'review.comment']));
  });

  it('a revoked signer certificate makes the approval fail verification', async () => {
    const secadmin = await signIn(env.app, 'secadmin');
    const certs = (await secadmin.get('/api/v1/pki/certificates?status=active')).json().items as Array<{ id: string; userId: string; displayName: string; algorithm: string }>;
    const judgesSm2 = certs.find((c) => c.displayName === '法官甲' && c.algorithm === 'sm2')!;
    expect((await judge.get('/api/v1/pki/certificates')).statusCode).toBe(403);
    const revoked = await secadmin.send('POST', `/api/v1/pki/certificates/${judgesSm2.id}/revoke`, { reason: '密钥遗失' });
    expect(revoked.statusCode, revoked.body).toBe(200);
    const approval = (await clerk.get(`/api/v1/cases/${caseId}/approval`)).json() as ApprovalOut;
    expect(approval.verified).toBe(false);
    expect(approval.verification.checks.find((c) => c.code === 'CMS_CERT_REVOKED')!.ok).toBe(false);
    // Nobody undoes a revocation with a session alone: re-issuing takes the 安全保密管理员.
    expect((await judge.send('POST', '/api/v1/me/certificates', { pin: 'New@Pin2026' })).json().error.code).toBe('SIGNING_ENROL_REFUSED');
    expect((await secadmin.send('POST', '/api/v1/pki/certificates', { userId: judgesSm2.userId, pin: 'New@Pin2026' })).statusCode).toBe(201);
    expect((await judge.get('/api/v1/me/certificates')).json().items.filter((c: { status: string }) => c.status === 'active')).toHaveLength(2);
  });
});

describe.each(testDialects())('ECDSA approvals verify with openssl cms on %s', (dialect) => {
  let env: Awaited<ReturnType<typeof createAppEnv>>;

  beforeAll(async () => {
    env = await createAppEnv(dialect, { APPROVAL_ALGORITHM: 'ecdsa-p256' });
  });
  afterAll(async () => env?.cleanup());

  it('openssl cms -verify accepts the approval against the court root, and rejects a changed manifest', async () => {
    const clerk = await signIn(env.app, 'clerk1');
    const judge = await signIn(env.app, 'judge1');
    const caseId = (await clerk.get('/api/v1/cases?q=1002')).json().items[0].id;
    await clerk.send('POST', `/api/v1/cases/${caseId}/catalogue/auto`, {});
    await makeComplete(clerk, caseId);
    expect((await clerk.send('POST', `/api/v1/cases/${caseId}/submit`, {})).statusCode).toBe(200);
    expect((await judge.send('POST', `/api/v1/cases/${caseId}/review`, { decision: 'approve', pin: DEMO_SIGNING_PIN })).statusCode).toBe(200);
    const approval = (await clerk.get(`/api/v1/cases/${caseId}/approval`)).json() as ApprovalOut;
    expect(approval).toMatchObject({ algorithm: 'ecdsa-p256', verified: true });

    const roots = (await clerk.get('/api/v1/pki/authorities')).json().items.filter((a: { kind: string; algorithm: string }) => a.kind === 'root' && a.algorithm === 'ecdsa-p256');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cv-approval-'));
    fs.writeFileSync(path.join(dir, 'root.pem'), roots.map((r: { pem: string }) => r.pem).join('\n'));
    fs.writeFileSync(path.join(dir, 'sig.der'), Buffer.from(approval.signature, 'base64'));
    fs.writeFileSync(path.join(dir, 'manifest.json'), approval.manifest);
    const verify = (content: string) =>
      execFileSync('openssl', ['cms', '-verify', '-binary', '-inform', 'DER', '-in', 'sig.der', '-content', content, '-CAfile', 'root.pem', '-purpose', 'any', '-out', '/dev/null'], { cwd: dir, stdio: 'pipe' });
    expect(() => verify('manifest.json')).not.toThrow();
    fs.writeFileSync(path.join(dir, 'changed.json'), approval.manifest.replace('"version":1', '"version":2'));
    expect(() => verify('changed.json')).toThrow();
  });
});

describe.each(testDialects())('signing PIN guessing is braked on %s', (dialect) => {
  let env: Awaited<ReturnType<typeof createAppEnv>>;

  beforeAll(async () => {
    env = await createAppEnv(dialect);
  });
  afterAll(async () => env?.cleanup());

  it('locks signing for 15 minutes after 5 wrong PINs, even for the right one, and counts per user', async () => {
    const judge2 = await signIn(env.app, 'judge2');
    const change = (oldPin: string) => judge2.send('PUT', '/api/v1/me/certificates/pin', { oldPin, newPin: 'Other@2026' });
    for (let i = 4; i >= 1; i--) expect((await change(`Wrong@${i}x`)).json().error.message).toBe(`签名口令不正确（还可再试 ${i} 次）`);
    expect((await change('Wrong@0x')).json().error.message).toContain('已连续输错 5 次');
    const locked = await change(DEMO_SIGNING_PIN);
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('PKI_PIN_LOCKED');
    // Another user is not affected.
    const judge = await signIn(env.app, 'judge1');
    expect((await judge.send('PUT', '/api/v1/me/certificates/pin', { oldPin: DEMO_SIGNING_PIN, newPin: 'Other@2026' })).statusCode).toBe(200);
  });
});
