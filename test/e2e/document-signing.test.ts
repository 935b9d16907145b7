import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testSealPng } from '../../src/server/pdf-signing/test-seal.test-support.js';
import { browserSuiteAvailable, launchBrowser, pageSet, signInUi, snapshot, startServer, type RunningServer } from '../support/e2e.js';

const run = browserSuiteAvailable();
const exec = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const results = path.join(root, 'test-results');
const PIN = 'Sign@2021';

/** A fetch from inside the signed-in page (cookie + CSRF token), answering JSON. */
async function apiInPage<T>(page: Page, method: string, url: string, body?: unknown): Promise<T> {
  return page.evaluate(
    async ({ method, url, body }) => {
      const me = (await (await fetch('/api/v1/auth/me')).json()) as { csrfToken: string };
      const res = await fetch(url, {
        method,
        headers: { 'x-csrf-token': me.csrfToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
      return res.json();
    },
    { method, url, body },
  ) as Promise<T>;
}

/** A 民事判决书 (born-digital PDF) of a closed demo case in 待编目 that clerk1 filed. */
async function judgment(page: Page): Promise<{ id: string; caseId: string }> {
  return page.evaluate(async () => {
    const q = new URLSearchParams({ department: '民事审判庭', archiveState: 'cataloguing', limit: '100' });
    const cases = (await (await fetch(`/api/v1/cases?${q.toString()}`)).json()) as { items: Array<{ id: string }> };
    for (const c of cases.items) {
      const list = (await (await fetch(`/api/v1/cases/${c.id}/materials`)).json()) as { items: Array<{ id: string; title: string; category: string; status: string }> };
      const m = list.items.find((i) => i.title === '民事判决书' && i.category === 'court_document' && i.status === 'ready');
      if (m) return { id: m.id, caseId: c.id };
    }
    throw new Error('no 民事判决书 in a 民事 case in 待编目');
  });
}

/** Signs the next step through the 签名 panel: the step's button, the PIN, 签名. */
async function signStep(page: Page, step: 'draft' | 'review' | 'issue'): Promise<void> {
  const panel = page.getByTestId('signatures-panel');
  await panel.getByTestId(`sign-${step}`).click();
  const modal = page.getByTestId('sign-modal');
  await modal.waitFor();
  await modal.getByTestId('sign-modal-pin').fill(PIN);
  await page.getByTestId('sign-modal-ok').click();
  await modal.waitFor({ state: 'detached' });
}

describe.runIf(run)('文书签名 in Chromium: 拟稿, 核稿, then 签发 with the court seal', () => {
  let server: RunningServer;
  let browser: Browser;
  let material: { id: string; caseId: string };
  const pages = pageSet(() => browser);

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await pages.close();
    await browser?.close();
    await server?.stop();
  });

  it('the 安全保密管理员 makes a seal for judge1; clerk1 signs 拟稿, judge1 核稿 and 签发; the panel shows three valid signatures', async () => {
    const admin = await pages.newPage();
    await signInUi(admin, server.url, 'secadmin');
    const certs = await apiInPage<{ items: Array<{ userId: string; username: string }> }>(admin, 'GET', '/api/v1/pki/certificates?status=active');
    const judge1Id = certs.items.find((c) => c.username === 'judge1')!.userId;
    const seal = await apiInPage<{ id: string; name: string }>(admin, 'POST', '/api/v1/seals', {
      name: '上海市青浦区人民法院',
      imagePng: Buffer.from(await testSealPng()).toString('base64'),
      userIds: [judge1Id],
    });

    const clerk = await pages.newPage();
    await signInUi(clerk, server.url, 'clerk1');
    material = await judgment(clerk);
    await clerk.goto(`${server.url}/materials/${material.id}`);
    const clerkPanel = clerk.getByTestId('signatures-panel');
    await clerkPanel.getByTestId('sign-draft').waitFor();
    expect(await clerkPanel.innerText()).toContain('该文书尚无签名');
    await signStep(clerk, 'draft');
    await expect.poll(() => clerkPanel.getByTestId('pdf-signature').count(), { timeout: 20_000 }).toBe(1);
    // Only the next step's button: 核稿 now, 拟稿 no more.
    await clerkPanel.getByTestId('sign-review').waitFor();
    expect(await clerkPanel.getByTestId('sign-draft').count()).toBe(0);

    const judge = await pages.newPage();
    await signInUi(judge, server.url, 'judge1');
    await judge.goto(`${server.url}/materials/${material.id}`);
    const panel = judge.getByTestId('signatures-panel');
    await signStep(judge, 'review');
    await expect.poll(() => panel.getByTestId('pdf-signature').count(), { timeout: 20_000 }).toBe(2);

    // 签发: the seal is chosen (the only one judge1 may use is preselected), his own PIN proves him.
    await panel.getByTestId('sign-issue').click();
    const modal = judge.getByTestId('sign-modal');
    await modal.waitFor();
    expect(await judge.locator('.ant-modal').innerText()).toContain('签发（加盖电子印章）');
    await expect.poll(() => modal.getByTestId('sign-modal-seal').innerText()).toContain(seal.name);
    await modal.getByTestId('sign-modal-pin').fill('Wrong@2021');
    await judge.getByTestId('sign-modal-ok').click();
    await expect.poll(() => judge.getByTestId('sign-modal-error').innerText()).toContain('签名口令不正确');
    await modal.getByTestId('sign-modal-pin').fill(PIN);
    await judge.getByTestId('sign-modal-ok').click();
    await modal.waitFor({ state: 'detached' });

    const items = panel.getByTestId('pdf-signature');
    await expect.poll(() => items.count(), { timeout: 20_000 }).toBe(3);
    expect(await panel.locator('[data-testid="pdf-signature"][data-valid="true"]').count()).toBe(3);
    const last = items.nth(2);
    expect(await last.getByTestId('pdf-signature-signer').innerText()).toBe(seal.name);
    expect(await last.getByTestId('pdf-signature-coverage').innerText()).toBe('覆盖全文');
    expect(await items.nth(0).getByTestId('pdf-signature-coverage').innerText()).toBe('此后有修订');
    expect(await last.innerText()).toContain('由李慧敏加盖');
    expect(await panel.getByTestId('signing-steps').innerText()).toMatch(/拟稿：刘婷婷[\s\S]*核稿：李慧敏[\s\S]*签发：李慧敏/);
    expect(await panel.locator('[data-testid^="sign-"]').filter({ hasText: '签名' }).count()).toBe(0);
    // The viewer shows the signed revision: its last page carries the seal.
    const pageCount = Number(/\d+/.exec(await judge.getByTestId('pdf-page-count').innerText())![0]);
    await judge.getByTestId('pdf-page-input').fill(String(pageCount));
    await judge.getByTestId('pdf-page-input').press('Enter');
    await judge.locator(`[data-testid="pdf-page-${pageCount}"] [data-testid="pdf-canvas"][data-rendered="true"]`).waitFor({ timeout: 20_000 });
    await judge.getByTestId('pdf-viewer').evaluate((viewer) => {
      viewer.ownerDocument.defaultView!.scrollTo(0, 0);
      // Down to the bottom of the last page, where the seal is.
      const boxes = Array.from(viewer.querySelectorAll('*')) as unknown as Array<{ scrollHeight: number; clientHeight: number; scrollTop: number }>;
      for (const el of boxes) if (el.scrollHeight > el.clientHeight + 20) el.scrollTop = el.scrollHeight;
    });
    await judge.waitForTimeout(3500); // the success messages fade
    await snapshot(judge, 'document-signing-panel');
    // The chain and every check on expand.
    await last.getByText('证书链与各项检查').click();
    await expect.poll(() => last.getByTestId('pdf-signature-chain-item').count()).toBe(3);
    expect(await last.innerText()).toContain('根证书');
    await last.scrollIntoViewIfNeeded();
    await judge.waitForTimeout(300);
    await snapshot(judge, 'document-signing-chain');

    // The signed PDF as anyone downloads it: pdfsig agrees, and the seal sits on the last page.
    const signed = await judge.evaluate(async (id) => {
      const res = await fetch(`/api/v1/materials/${id}/content`);
      return Array.from(new Uint8Array(await res.arrayBuffer()));
    }, material.id);
    fs.mkdirSync(results, { recursive: true });
    const file = path.join(results, 'document-signing-signed.pdf');
    fs.writeFileSync(file, Buffer.from(signed));
    const report = (await exec('pdfsig', ['-nocert', file])).stdout;
    expect([...report.matchAll(/Signature Validation: (.*)/g)].map((m) => m[1])).toEqual(['Signature is Valid.', 'Signature is Valid.', 'Signature is Valid.']);
    const pages_ = Number(/Pages:\s+(\d+)/.exec((await exec('pdfinfo', [file])).stdout)![1]);
    await exec('pdftoppm', ['-r', '72', '-png', '-f', String(pages_), '-l', String(pages_), '-singlefile', file, path.join(results, 'document-signing-last-page')]);
    expect(fs.existsSync(path.join(results, 'document-signing-last-page.png'))).toBe(true);
  }, 180_000);

  it('验证签名: an uploaded copy of the signed PDF shows the same three valid signatures', async () => {
    const page = await pages.newPage();
    await signInUi(page, server.url, 'judge1');
    await page.getByRole('menuitem', { name: '验证签名' }).click();
    await page.waitForURL((u) => u.pathname === '/signatures/verify');
    await page.locator('[data-testid="verify-upload"] input[type="file"]').setInputFiles(path.join(results, 'document-signing-signed.pdf'));
    const result = page.getByTestId('verify-result');
    await result.waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('verify-summary').innerText()).toContain('全部 3 个签名有效');
    expect(await result.locator('[data-testid="pdf-signature"][data-valid="true"]').count()).toBe(3);
    await snapshot(page, 'document-signing-verify');
  }, 60_000);
});
