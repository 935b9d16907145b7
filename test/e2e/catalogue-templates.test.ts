import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSuiteAvailable, launchBrowser, signInUi, snapshot, startServer, type RunningServer } from '../support/e2e.js';

const run = browserSuiteAvailable();
const KIND = 'civil_first_instance';

interface TemplateRow {
  kind: string;
  version: number;
  origin: string;
  template: { slots: Array<{ id: string; title: string; required: boolean; keywords: string[] }> };
}

/** The civil first-instance template in force, read through the API as the signed-in user. */
async function civilTemplate(page: Page): Promise<TemplateRow> {
  return page.evaluate(async (kind) => {
    const res = await fetch('/api/v1/catalogue-templates');
    const body = (await res.json()) as { items: TemplateRow[] };
    return body.items.find((t) => t.kind === kind)!;
  }, KIND);
}

describe.runIf(run)('catalogue templates in Chromium', () => {
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

  it('the archivist adjusts the civil template, saves a new version, and is stopped by a broken change', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await signInUi(page, server.url, 'archivist1');
    await page.getByTestId('nav-menu').getByText('编目模板').click();
    await page.getByTestId('template-list').waitFor();
    expect(await page.getByTestId(`template-version-${KIND}`).innerText()).toContain('第 1 版');
    expect(await page.getByTestId(`template-origin-${KIND}`).innerText()).toContain('内置默认');
    await snapshot(page, 'e2e-catalogue-templates-list');

    await page.getByTestId(`template-edit-${KIND}`).click();
    await page.getByTestId('template-editor').waitFor();
    expect(await page.getByTestId('editor-title').innerText()).toContain('民事（含商事）一审');
    const fee = page.getByTestId('slot-row-litigation-fee');
    await fee.scrollIntoViewIfNeeded();
    await snapshot(page, 'e2e-catalogue-templates-editor');

    // 诉讼费票据 becomes required, and gains a keyword.
    const required = page.getByTestId('slot-required-litigation-fee');
    expect(await required.getAttribute('aria-checked')).toBe('false');
    await required.click();
    expect(await required.getAttribute('aria-checked')).toBe('true');
    await page.getByTestId('slot-keywords-litigation-fee-add').click();
    await page.getByTestId('slot-keywords-litigation-fee-input').fill('诉讼费退费');
    await page.getByTestId('slot-keywords-litigation-fee-input').press('Enter');
    expect(await page.getByTestId('slot-keywords-litigation-fee').innerText()).toContain('诉讼费退费');
    await page.getByTestId('editor-dirty').waitFor();
    await snapshot(page, 'e2e-catalogue-templates-dirty');

    await page.getByTestId('template-save').click();
    await expect.poll(() => page.getByTestId('template-saved').innerText()).toContain('已保存为第 2 版');
    await expect.poll(() => page.getByTestId(`template-version-${KIND}`).innerText()).toContain('第 2 版');
    expect(await page.getByTestId(`template-origin-${KIND}`).innerText()).toContain('已调整');
    expect(await page.getByTestId('editor-dirty').count()).toBe(0);
    const saved = await civilTemplate(page);
    expect(saved.version).toBe(2);
    expect(saved.origin).toBe('adjusted');
    const savedFee = saved.template.slots.find((s) => s.id === 'litigation-fee')!;
    expect(savedFee.required).toBe(true);
    expect(savedFee.keywords).toContain('诉讼费退费');
    await page.getByTestId('template-list').scrollIntoViewIfNeeded();
    await snapshot(page, 'e2e-catalogue-templates-saved');

    // A new slot may not take an id already in use.
    const form = page.getByTestId('add-slot-form');
    await form.scrollIntoViewIfNeeded();
    await page.getByTestId('add-slot-title').fill('诉讼费退费材料');
    await page.getByTestId('add-slot-slug').fill('litigation-fee');
    await page.getByTestId('add-slot-submit').click();
    expect(await page.getByTestId('add-slot-error').innerText()).toContain('已被格位“诉讼费票据及缓减免交材料”使用');
    expect(await page.getByTestId('editor-dirty').count()).toBe(0);
    await snapshot(page, 'e2e-catalogue-templates-duplicate-id');

    // A slot without a title: the server refuses it and says where, and nothing is saved.
    await page.getByTestId('slot-title-complaint').fill('');
    await page.getByTestId('template-save').click();
    const issues = page.getByTestId('template-issues');
    await issues.waitFor();
    expect(await issues.innerText()).toContain('缺少中文题名');
    expect(await page.getByTestId('template-issue').first().innerText()).toMatch(/正卷第 \d+ 位“complaint” · 题名/);
    await issues.scrollIntoViewIfNeeded();
    await snapshot(page, 'e2e-catalogue-templates-invalid');
    expect((await civilTemplate(page)).version).toBe(2);
    expect(await page.getByTestId(`template-version-${KIND}`).innerText()).toContain('第 2 版');

    // 放弃修改 brings the saved version back.
    await page.getByTestId('template-reset').click();
    expect(await page.getByTestId('slot-title-complaint').inputValue()).not.toBe('');
    expect(await page.getByTestId('editor-dirty').count()).toBe(0);
    await context.close();
  });

  it('a clerk cannot open the page', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await signInUi(page, server.url, 'clerk1');
    expect(await page.getByTestId('nav-menu').innerText()).not.toContain('编目模板');
    await page.goto(`${server.url}/catalogue-templates`);
    await page.getByText('您没有访问此页面的权限').waitFor();
    expect(await page.getByTestId('template-list').count()).toBe(0);
    await context.close();
  });
});
