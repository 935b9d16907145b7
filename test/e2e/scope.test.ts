import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSuiteAvailable, launchBrowser, signInUi, snapshot, startServer, type RunningServer } from '../support/e2e.js';

const run = browserSuiteAvailable();

/** A case that the default rule 3 (民事审判庭 速裁团队) puts in scope. */
async function fastTrackCase(page: Page): Promise<{ id: string; caseNumber: string }> {
  return page.evaluate(async () => {
    const list = (await (await fetch(`/api/v1/cases?department=${encodeURIComponent('民事审判庭')}&limit=100`)).json()) as {
      items: Array<{ id: string; caseNumber: string }>;
    };
    for (const c of list.items) {
      const d = (await (await fetch(`/api/v1/cases/${c.id}`)).json()) as { scopeRuleId: string | null };
      if (d.scopeRuleId === 'r3-civil-fast-track') return { id: c.id, caseNumber: c.caseNumber };
    }
    throw new Error('no case under rule 3');
  });
}

describe.runIf(run)('pilot scope in Chromium', () => {
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

  it('the office edits a rule, previews, publishes, and a case’s explanation changes', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await signInUi(page, server.url, 'leader1');
    const target = await fastTrackCase(page);
    await page.goto(`${server.url}/cases/${target.id}`);
    await expect.poll(() => page.getByTestId('case-scope').innerText()).toContain('速裁团队');

    await page.goto(`${server.url}/scope`);
    await page.getByTestId('scope-rules-table').waitFor();
    await page.getByTestId('scope-edit').click();
    const label = page.getByTestId('rule-label-3');
    await label.waitFor();
    await label.fill('速裁团队审理的全部案件（扩大试点）');
    await page.getByTestId('scope-note').fill('民事审判庭调整规则 3 的名称');
    await page.getByTestId('scope-save-draft').click();

    await page.getByTestId('scope-preview').click();
    await page.getByTestId('scope-preview-table').waitFor();
    await expect.poll(() => page.getByTestId('scope-preview-table').innerText()).toContain('民事审判庭');
    await snapshot(page, 'e2e-scope-preview');

    await page.getByTestId('scope-publish').click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: /确\s*定|发\s*布/ }).click();
    await page.getByTestId('scope-job-done').waitFor({ timeout: 60_000 });
    await snapshot(page, 'e2e-scope-published');

    await page.goto(`${server.url}/cases/${target.id}`);
    await expect.poll(() => page.getByTestId('case-scope').innerText(), { timeout: 20_000 }).toContain('扩大试点');
    await snapshot(page, 'e2e-scope-case');
  });

  it('the coverage page shows the chart and the table', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await signInUi(page, server.url, 'archivist1');
    await page.goto(`${server.url}/scope/coverage`);
    await page.getByTestId('coverage-chart').locator('canvas').first().waitFor();
    await expect.poll(() => page.getByTestId('coverage-table').innerText()).toContain('民事审判庭');
    await snapshot(page, 'e2e-scope-coverage');
  });
});
