import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSuiteAvailable, launchBrowser, pageSet, signInUi, snapshot, startServer, type RunningServer } from '../support/e2e.js';

const run = browserSuiteAvailable();

/** What the test reads of an <img> (the DOM types are not in the test build). */
interface ImageLike {
  naturalWidth: number;
}

/** A seal image as a court would scan it: a red ring and star on a transparent background. */
async function sealPng(file: string): Promise<void> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="320" viewBox="0 0 320 320">
    <circle cx="160" cy="160" r="140" fill="none" stroke="#d0021b" stroke-width="14"/>
    <polygon points="160,92 176,140 226,140 186,170 201,218 160,189 119,218 134,170 94,140 144,140" fill="#d0021b"/>
  </svg>`;
  await sharp(Buffer.from(svg)).png().toFile(file);
}

/** Answers an API call from inside the signed-in page (the session cookie and CSRF token go along). */
async function apiCall(page: Page, method: string, url: string, body?: unknown): Promise<{ status: number; body: unknown }> {
  return page.evaluate(
    async ({ method, url, body }) => {
      const me = (await (await fetch('/api/v1/auth/me')).json()) as { csrfToken: string };
      const res = await fetch(url, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json().catch(() => null)) as unknown };
    },
    { method, url, body },
  );
}

/** Picks a person in an antd select (PersonSelect) by typing the username. */
async function pickPerson(page: Page, testId: string, username: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.keyboard.type(username);
  const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: `（${username}` });
  await option.first().waitFor();
  await option.first().click();
}

describe.runIf(run)('signing certificates and seals in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  const pages = pageSet(() => browser);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'casevault-pki-e2e-'));

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await pages.close();
    await browser?.close();
    await server?.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('clerk1 sees his two certificates and changes his signing PIN', async () => {
    const page = await pages.newPage();
    await signInUi(page, server.url, 'clerk1');
    await page.getByTestId('my-certificates-link').click();
    await page.waitForURL((u) => u.pathname === '/me/certificates');

    const cards = page.getByTestId('my-certificate');
    await expect.poll(() => cards.count(), { timeout: 10_000 }).toBe(2);
    expect(await page.locator('[data-testid="my-certificate"][data-algorithm="sm2"]').innerText()).toContain('SM2（国密，SM3 摘要）');
    expect(await page.locator('[data-testid="my-certificate"][data-algorithm="ecdsa-p256"] [data-testid="certificate-status"]').innerText()).toBe('有效');
    expect(await page.getByTestId('pin-explanation').innerText()).toContain('都无法找回');
    await snapshot(page, 'pki-my-certificates');

    // A wrong current PIN is refused on the field; the form rules catch a weak new one before the server.
    await page.getByTestId('change-pin-old').fill('Wrong@2021');
    await page.getByTestId('change-pin-new').fill('123456');
    await page.getByTestId('change-pin-confirm').fill('123456');
    await page.getByTestId('change-pin-submit').click();
    await page.getByText('签名口令不能是连续的数字或字母').first().waitFor();
    await page.getByTestId('change-pin-new').fill('Qing#2025');
    await page.getByTestId('change-pin-confirm').fill('Qing#2025');
    await page.getByTestId('change-pin-submit').click();
    await page.locator('[data-testid="change-pin-form"]').getByText('签名口令不正确').waitFor();

    await page.getByTestId('change-pin-old').fill('Sign@2021');
    await page.getByTestId('change-pin-submit').click();
    await page.getByText('签名口令已修改').waitFor();
    await snapshot(page, 'pki-my-certificates-pin-changed');
    expect(await page.getByTestId('change-pin-old').inputValue()).toBe('');

    // The old PIN no longer unlocks the key; the new one does.
    expect((await apiCall(page, 'PUT', '/api/v1/me/certificates/pin', { oldPin: 'Sign@2021', newPin: 'Other#2025' })).status).toBe(422);
    expect((await apiCall(page, 'PUT', '/api/v1/me/certificates/pin', { oldPin: 'Qing#2025', newPin: 'Qing#2025b' })).status).toBe(200);
  });

  it('secadmin creates a seal with an uploaded image and authorises judge1', async () => {
    const png = path.join(tmp, '诉讼专用章.png');
    await sealPng(png);
    const page = await pages.newPage();
    await signInUi(page, server.url, 'secadmin');
    await page.getByTestId('nav-menu').getByText('签名证书与印章').click();
    await page.waitForURL((u) => u.pathname === '/admin/pki');
    await page.getByTestId('pki-tab-seals').click();
    await page.getByTestId('seal-create').click();

    const form = page.getByTestId('seal-create-form');
    await page.getByTestId('seal-name').fill('诉讼专用章（测试）');
    await form.locator('input[type="file"]').setInputFiles(png);
    await page.getByTestId('seal-image-preview').waitFor();
    expect(await page.getByTestId('seal-image-picked').innerText()).toContain('320×320');
    await pickPerson(page, 'seal-users', 'judge1');
    await page.getByTestId('seal-name').click(); // close the dropdown
    await snapshot(page, 'pki-seal-create');
    await page.getByTestId('seal-create-ok').click();
    await page.getByText('已新建电子印章').waitFor();
    await form.waitFor({ state: 'detached' });

    const card = page.locator('[data-testid="seal-card"][data-seal-name="诉讼专用章（测试）"]');
    await card.waitFor();
    const judge = (await apiCall(page, 'GET', '/api/v1/users?q=judge1')).body as Array<{ username: string; displayName: string }>;
    const judgeName = judge.find((u) => u.username === 'judge1')!.displayName;
    expect(await card.getByTestId('seal-users-list').innerText()).toContain(judgeName);
    expect(await card.getAttribute('data-status')).toBe('active');
    // The image comes back from the server and is decoded by the browser.
    const decodedWidth = () => card.getByTestId('seal-image').evaluate((el) => (el as unknown as ImageLike).naturalWidth);
    await expect.poll(decodedWidth, { timeout: 10_000 }).toBe(320);
    await snapshot(page, 'pki-seals');
  });

  it('secadmin revokes a certificate and sees it 已吊销, and downloads a CA certificate', async () => {
    const page = await pages.newPage();
    await signInUi(page, server.url, 'secadmin');
    await page.goto(`${server.url}/admin/pki`);
    await pickPerson(page, 'certificate-user-filter', 'leader1');
    const row = page.locator('[data-testid="certificate-row"][data-username="leader1"][data-algorithm="ecdsa-p256"]').filter({
      has: page.locator('[data-status="active"]'),
    });
    await row.waitFor();
    await row.getByTestId('certificate-revoke').click();
    await page.getByTestId('certificate-revoke-modal-reason').fill('私钥可能泄露（测试）');
    await page.getByTestId('certificate-revoke-modal-ok').click();
    await page.getByText('证书已吊销').waitFor();

    const revoked = page.locator('[data-testid="certificate-row"][data-username="leader1"][data-algorithm="ecdsa-p256"]').filter({
      has: page.locator('[data-status="revoked"]'),
    });
    await revoked.waitFor();
    expect(await revoked.getByTestId('certificate-status').innerText()).toBe('已吊销');
    expect(await revoked.getByTestId('certificate-revoke-reason').innerText()).toBe('私钥可能泄露（测试）');
    expect(await revoked.getByTestId('certificate-revoke').count()).toBe(0);
    await page.getByTestId('certificate-revoke-modal').waitFor({ state: 'detached' });
    await snapshot(page, 'pki-certificates-revoked');

    await page.getByTestId('pki-tab-authorities').click();
    const table = page.getByTestId('authority-table');
    await expect.poll(() => table.locator('tbody tr.ant-table-row').count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(4);
    const [download] = await Promise.all([page.waitForEvent('download'), table.getByTestId('authority-download').first().click()]);
    expect(download.suggestedFilename()).toMatch(/^court-ca-.*\.pem$/);
    const pem = fs.readFileSync((await download.path())!, 'utf8');
    expect(pem.startsWith('-----BEGIN CERTIFICATE-----')).toBe(true);
    await snapshot(page, 'pki-authorities');

    // 导入本院 CA: a pasted certificate without a key is not sent.
    await page.getByTestId('ca-import').click();
    await page.getByTestId('ca-import-certificates').fill('-----BEGIN CERTIFICATE-----');
    await page.getByTestId('ca-import-ok').click();
    await page.getByText('请粘贴私钥（PEM）').waitFor();
    await snapshot(page, 'pki-ca-import');
  });

  it('leader1, whose certificates were all revoked, cannot re-issue himself certificates; the 安全保密管理员 issues new ones with an initial PIN', async () => {
    const admin = await pages.newPage();
    await signInUi(admin, server.url, 'secadmin');
    const list = (await apiCall(admin, 'GET', '/api/v1/pki/certificates?status=active')).body as { items: Array<{ id: string; username: string }> };
    for (const c of list.items.filter((i) => i.username === 'leader1')) {
      expect((await apiCall(admin, 'POST', `/api/v1/pki/certificates/${c.id}/revoke`, { reason: '调离本院（测试）' })).status).toBe(200);
    }

    const page = await pages.newPage();
    await signInUi(page, server.url, 'leader1');
    await page.goto(`${server.url}/me/certificates`);
    await page.getByTestId('certificates-revoked').waitFor();
    expect(await page.getByTestId('enrol-card').count()).toBe(0);
    const refused = await apiCall(page, 'POST', '/api/v1/me/certificates', { pin: 'Lu@jianming' });
    expect(refused.status).toBe(409);
    await snapshot(page, 'pki-enrol-refused');

    // The 安全保密管理员 issues new certificates with an initial PIN handed over in person.
    await admin.goto(`${server.url}/admin/pki`);
    await admin.getByTestId('certificate-issue').click();
    await pickPerson(admin, 'certificate-issue-user', 'leader1');
    await admin.getByTestId('certificate-issue-pin').fill('Lu@jianming');
    await admin.getByTestId('certificate-issue-pin-confirm').fill('Lu@jianming');
    await admin.getByTestId('certificate-issue-ok').click();
    await expect.poll(async () => ((await apiCall(admin, 'GET', '/api/v1/pki/certificates?status=active')).body as { items: Array<{ username: string }> }).items.filter((i) => i.username === 'leader1').length, { timeout: 10_000 }).toBe(2);
    await page.reload();
    await expect.poll(() => page.locator('[data-testid="my-certificate"] [data-status="active"]').count(), { timeout: 10_000 }).toBe(2);
    await page.getByTestId('change-pin-card').waitFor();
  });
});
