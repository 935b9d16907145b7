import { describe, expect, it } from 'vitest';
import { browserSuiteAvailable, e2eSuite, signInUi, snapshot } from '../support/e2e.js';

const run = browserSuiteAvailable();

/**
 * 归档期限 in Chromium on the demo court: its closed cases were closed in 2021–2022 and are still
 * 待编目, so clerk1 (刘婷婷) has overdue files today.
 */
describe.runIf(run)('archiving deadlines in Chromium', () => {
  const suite = e2eSuite();

  it('reminds the clerk on the case list, and lists his overdue files most urgent first', async () => {
    const page = await suite.newPage();
    await signInUi(page, suite.url, 'clerk1');
    await page.goto(`${suite.url}/cases`);
    const reminder = page.getByTestId('deadline-reminder');
    await reminder.waitFor();
    expect(await reminder.innerText()).toMatch(/^您有 \d+ 件案卷已超过归档期限/);
    expect(await page.getByTestId('nav-menu').innerText()).toContain('归档期限');
    await snapshot(page, 'deadlines-reminder');

    await reminder.getByRole('link', { name: '查看归档期限' }).click();
    await page.waitForURL((u) => u.pathname === '/deadlines');
    const table = page.getByTestId('deadline-table');
    await table.locator('[data-testid="deadline-case-link"]').first().waitFor();
    // 我的 first, then 本庭; no 全院 for a clerk.
    const tabs = await page.getByRole('tab').allInnerTexts();
    expect(tabs.map((t) => t.replace(/\d+/g, '').trim())).toEqual(['我的', '本庭']);
    expect(await page.getByRole('tab', { selected: true }).innerText()).toContain('我的');
    expect(await page.getByTestId('deadline-rule').innerText()).toContain('结案后 3 个月内');

    const rows = table.locator('tbody tr.ant-table-row');
    const n = await rows.count();
    expect(n).toBeGreaterThan(0);
    for (let i = 0; i < n; i++) {
      const text = await rows.nth(i).innerText();
      expect(text).toContain('刘婷婷');
    }
    const first = rows.first();
    expect(await first.getByTestId('deadline-overdue').innerText()).toMatch(/^已超期 \d+ 天$/);
    // Most urgent first: the days overdue never increase down the page.
    const days = (await table.locator('[data-testid="deadline-overdue"]').allInnerTexts()).map((t) => Number(/已超期 (\d+) 天/.exec(t)![1]));
    expect(days).toEqual([...days].sort((a, b) => b - a));
    await snapshot(page, 'deadlines-page');

    // The row leads to the catalogue editor of that case.
    const href = await first.getByTestId('deadline-catalogue-link').getAttribute('href');
    expect(href).toMatch(/^\/cases\/[^/]+\/catalogue$/);
    await first.getByTestId('deadline-catalogue-link').click();
    await page.waitForURL((u) => u.pathname === href);

    // Dismissed, the reminder stays away for this visit of the case list.
    await page.goto(`${suite.url}/cases`);
    await page.getByTestId('deadline-reminder').waitFor();
    await page.getByRole('button', { name: '关闭提醒' }).click();
    await expect.poll(() => page.getByTestId('deadline-reminder').count()).toBe(0);
  });

  it('gives the 档案管理员 the whole court with counts per department', async () => {
    const page = await suite.newPage();
    await signInUi(page, suite.url, 'archivist1');
    await page.goto(`${suite.url}/deadlines`);
    await page.getByTestId('deadline-case-link').first().waitFor();
    expect(await page.getByRole('tab', { selected: true }).innerText()).toContain('全院');
    expect(await page.getByTestId('deadline-by-department').innerText()).toContain('民事审判庭');
    await snapshot(page, 'deadlines-court');
  });
});
