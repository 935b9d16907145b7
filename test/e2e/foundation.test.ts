import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSuiteAvailable, launchBrowser, signInUi, snapshot, startServer, type RunningServer } from '../support/e2e.js';

const run = browserSuiteAvailable();

describe.runIf(run)('foundation flows in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function page() {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    return context.newPage();
  }

  it('prints the URL and the demo accounts on first start, and the URL again on the next', () => {
    expect(server.firstStartOutput()).toContain('卷宗库 CaseVault 已启动');
    expect(server.firstStartOutput()).toContain('Demo@2021');
    expect(server.firstStartOutput()).toContain('clerk1');
    expect(server.output()).toContain('卷宗库 CaseVault 已启动');
  });

  it('clerk1 signs in, filters the case list, searches and opens a case', async () => {
    const p = await page();
    await signInUi(p, server.url, 'clerk1');
    await p.getByTestId('case-table').waitFor();
    await expect.poll(() => p.getByTestId('case-total').innerText()).toMatch(/共 \d+ 件/);
    const all = Number((await p.getByTestId('case-total').innerText()).replace(/\D/g, ''));
    // Every listed case is of the clerk's department.
    const departments = await p.locator('[data-testid=case-table] tbody tr.ant-table-row td:nth-child(4)').allInnerTexts();
    expect(departments.length).toBeGreaterThan(5);
    expect(new Set(departments)).toEqual(new Set(['民事审判庭']));

    // Filter by archive state through the select.
    await p.getByTestId('filter-archive-state').click();
    await p.locator('.ant-select-dropdown').getByText('待编目', { exact: true }).click();
    await expect.poll(() => p.url()).toContain('archiveState=cataloguing');
    await expect.poll(async () => Number((await p.getByTestId('case-total').innerText()).replace(/\D/g, ''))).toBeLessThan(all);
    const states = await p.locator('[data-testid=case-table] tbody tr.ant-table-row td:nth-child(9)').allInnerTexts();
    expect(new Set(states)).toEqual(new Set(['待编目']));
    await snapshot(p, 'e2e-case-list-filtered');

    // Search by a party name taken from the first row, then open the case.
    await p.getByTestId('filter-reset').click();
    const firstNumber = (await p.getByTestId('case-link').first().innerText()).trim();
    await p.getByTestId('filter-search').fill(firstNumber.replace(/[（）()]/g, '').slice(4));
    await p.getByTestId('filter-search').press('Enter');
    await expect.poll(() => p.getByTestId('case-total').innerText()).toBe('共 1 件');
    await p.getByTestId('case-link').first().click();
    await p.getByTestId('case-info').waitFor();
    expect(await p.getByTestId('case-number').innerText()).toContain(firstNumber);
    await expect.poll(() => p.getByTestId('party-table').locator('tbody tr.ant-table-row').count()).toBeGreaterThan(0);
    await expect.poll(() => p.getByTestId('case-history').innerText()).toContain('新建案件');
    await snapshot(p, 'e2e-case-detail');

    // Back to the list keeps the search.
    await p.getByTestId('breadcrumb-cases').click();
    await expect.poll(() => p.url()).toContain('q=');
  });

  it('the security auditor sees the audit trail and verifies the hash chain', async () => {
    const p = await page();
    await signInUi(p, server.url, 'auditor');
    await p.getByTestId('audit-table').waitFor();
    await expect.poll(() => p.getByTestId('audit-table').locator('tbody tr.ant-table-row').count()).toBeGreaterThan(5);
    expect(await p.getByTestId('nav-menu').innerText()).not.toContain('案件');
    await p.getByTestId('audit-verify').click();
    await expect.poll(() => p.getByTestId('audit-verify-result').innerText()).toContain('哈希链完整');
    await snapshot(p, 'e2e-audit');
  });

  it('the system administrator is refused case data, in the menu, the page and the API', async () => {
    const p = await page();
    await signInUi(p, server.url, 'sysadmin');
    const menu = await p.getByTestId('nav-menu').innerText();
    expect(menu).toContain('账号管理');
    expect(menu).not.toContain('案件');
    await p.goto(`${server.url}/cases`);
    await expect.poll(() => p.locator('body').innerText()).toContain('您没有访问此页面的权限');
    const api = await p.evaluate(async () => {
      const r = await fetch('/api/v1/cases');
      return { status: r.status, body: (await r.json()) as { error: { message: string } } };
    });
    expect(api.status).toBe(403);
    expect(api.body.error.message).toBe('您没有执行此操作的权限');
    await snapshot(p, 'e2e-sysadmin-refused');
  });

  it('shows a Chinese error for a wrong password', async () => {
    const p = await page();
    await p.goto(`${server.url}/login`);
    await p.getByTestId('login-username').fill('judge1');
    await p.getByTestId('login-password').fill('wrong-password');
    await p.getByTestId('login-submit').click();
    await expect.poll(() => p.getByTestId('login-error').innerText()).toContain('用户名或密码错误');
  });
});
