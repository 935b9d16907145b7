import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSuiteAvailable, launchBrowser, pageSet, signInUi, snapshot, startServer, type RunningServer } from '../support/e2e.js';

const run = browserSuiteAvailable();
const root = path.resolve(import.meta.dirname, '../..');
const pdf = fs.readFileSync(path.join(root, 'test/fixtures/formats/ok-text.pdf')).toString('base64');

/** Born-digital materials of a closed 民事 first-instance case, as the trial system would hand them over. */
const materials = [
  { title: '民事起诉状', category: 'party_submission', documentDate: '2021-03-02' },
  { title: '民事判决书', category: 'court_document', documentDate: '2021-05-20' },
  { title: '送达回证（判决书·原告）', category: 'service_receipt', documentDate: '2021-05-24' },
  { title: '合议庭评议笔录', category: 'court_document', documentDate: '2021-05-18' },
  { title: '扫描件0001', category: 'other' },
];

/** A 民事审判庭 first-instance case in 待编目 that clerk1 can see. */
async function cataloguingCase(page: Page): Promise<{ id: string; caseNumber: string }> {
  return page.evaluate(async () => {
    const q = new URLSearchParams({ department: '民事审判庭', archiveState: 'cataloguing', typeCode: '民初', limit: '50' });
    const list = (await (await fetch(`/api/v1/cases?${q.toString()}`)).json()) as {
      items: Array<{ id: string; caseNumber: string; clerk: string | null }>;
    };
    const c = list.items.find((i) => i.clerk === '刘婷婷') ?? list.items[0];
    if (!c) throw new Error('no 民事 case in 待编目 visible to clerk1');
    return { id: c.id, caseNumber: c.caseNumber };
  });
}

/** Uploads the materials through the API from inside the signed-in page, and waits until they are ready. */
async function uploadMaterials(page: Page, caseId: string): Promise<string[]> {
  const ids = await page.evaluate(
    async ({ caseId, pdf, materials }) => {
      const me = (await (await fetch('/api/v1/auth/me')).json()) as { csrfToken: string };
      const bytes = Uint8Array.from(atob(pdf), (ch) => ch.charCodeAt(0));
      const ids: string[] = [];
      for (const m of materials) {
        const form = new FormData();
        form.append('title', m.title);
        form.append('category', m.category);
        if (m.documentDate) form.append('documentDate', m.documentDate);
        // Each its own bytes (a comment after %%EOF): byte-identical files are merged as duplicates.
        const own = new Uint8Array([...bytes, ...new TextEncoder().encode(`\n% ${m.title}\n`)]);
        form.append('file', new Blob([own], { type: 'application/pdf' }), `${m.title}.pdf`);
        const res = await fetch(`/api/v1/cases/${encodeURIComponent(caseId)}/materials`, { method: 'POST', body: form, headers: { 'x-csrf-token': me.csrfToken } });
        if (!res.ok) throw new Error(`upload ${m.title}: ${res.status} ${await res.text()}`);
        ids.push(((await res.json()) as { id: string }).id);
      }
      return ids;
    },
    { caseId, pdf, materials },
  );
  const ready = () =>
    page.evaluate(async (caseId) => {
      const list = (await (await fetch(`/api/v1/cases/${encodeURIComponent(caseId)}/materials`)).json()) as { items: Array<{ id: string; status: string }> };
      return list.items.filter((m) => m.status === 'ready').map((m) => m.id);
    }, caseId);
  await expect.poll(async () => (await ready()).filter((id) => ids.includes(id)).length, { timeout: 60_000 }).toBe(ids.length);
  return ids;
}

const rowsOf = (page: Page, volume: 'main' | 'side', book = 1): Locator =>
  page.locator(`[data-testid="catalogue-book"][data-volume="${volume}"][data-book="${book}"] [data-testid="catalogue-row"]`);

/** The rows of a 册 as [materialId, 页号]. */
async function pagesOf(page: Page, volume: 'main' | 'side', book = 1): Promise<Array<[string, string]>> {
  const rows = rowsOf(page, volume, book);
  const out: Array<[string, string]> = [];
  for (let i = 0; i < (await rows.count()); i++) {
    const row = rows.nth(i);
    out.push([(await row.getAttribute('data-material-id'))!, await row.getByTestId('entry-pages').innerText()]);
  }
  return out;
}

/** Whether a command-line tool (poppler's pdftotext, pdftoppm) is installed. */
const hasTool = (name: string): boolean => {
  try {
    execFileSync(name, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

const versionOf = async (page: Page) => Number(await page.getByTestId('catalogue-version').getAttribute('data-version'));

describe.runIf(run)('the clerk’s catalogue editor in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let target: { id: string; caseNumber: string };
  const pages = pageSet(() => browser);
  const newPage = () => pages.newPage();

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await pages.close();
    await browser?.close();
    await server?.stop();
  });

  it('clerk1 auto-catalogues a closed case, drags a material, places one, waives a slot and saves', async () => {
    const page = await newPage();
    await signInUi(page, server.url, 'clerk1');
    target = await cataloguingCase(page);
    await uploadMaterials(page, target.id);

    await page.goto(`${server.url}/cases/${target.id}`);
    await page.getByTestId('case-catalogue-link').click();
    await page.waitForURL((u) => u.pathname === `/cases/${target.id}/catalogue`);

    // 自动编目: straight away when there is no catalogue yet, after a confirmation when it replaces one.
    // (The background job may already have proposed one from no materials.)
    await page.getByTestId('catalogue-auto').waitFor();
    const replaces = (await page.getByTestId('catalogue-header').count()) > 0;
    await page.getByTestId('catalogue-auto').click();
    if (replaces) await page.getByTestId('catalogue-auto-confirm').click();
    await expect.poll(() => rowsOf(page, 'main').count(), { timeout: 20_000 }).toBeGreaterThanOrEqual(3);
    const version = await versionOf(page);
    expect(await page.getByTestId('catalogue-case-number').innerText()).toBe(target.caseNumber);
    expect(await page.getByTestId('volume-main').innerText()).toContain('民事判决书');
    expect(await page.getByTestId('volume-side').innerText()).toContain('合议庭评议笔录');
    expect(await page.getByTestId('entry-auto').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('catalogue-unplaced').innerText()).toContain('扫描件0001');
    await page.waitForTimeout(300); // the success message's animation
    await snapshot(page, 'e2e-catalogue-proposed');

    // 完整性检查 of the proposal: the scan is not catalogued (an error), and 定位 shows it.
    const check = page.getByTestId('catalogue-check');
    await expect.poll(() => check.getByTestId('check-result').getAttribute('data-version'), { timeout: 10_000 }).toBe(String(version));
    expect(await check.getByTestId('check-result').getAttribute('data-ok')).toBe('false');
    expect(await check.getByTestId('check-blocked').innerText()).toContain('提交审核');
    const unplacedFinding = check.locator('[data-testid="check-finding"][data-code="CATALOGUE_MATERIAL_UNPLACED"]').filter({ hasText: '扫描件0001' });
    expect(await unplacedFinding.getAttribute('data-severity')).toBe('error');
    const locate = unplacedFinding.getByTestId('check-locate');
    const href = (await locate.getAttribute('href'))!;
    expect(href).toMatch(new RegExp(`^/cases/${target.id}/catalogue\\?focus=material:`));
    await page.mouse.wheel(0, 600); // scrolled away, 定位 brings the item back
    await locate.click();
    await page.waitForURL((u) => u.search.includes('focus=material'));
    const scan = page.getByTestId('unplaced-item').filter({ hasText: '扫描件0001' });
    await expect.poll(() => scan.getAttribute('data-focused')).toBe('true');
    expect(await scan.evaluate((el) => el.ownerDocument.defaultView!.getComputedStyle(el).animationName)).not.toBe('none');
    await page.waitForTimeout(300);
    await snapshot(page, 'e2e-catalogue-check-locate');
    await expect.poll(() => scan.getAttribute('data-focused'), { timeout: 5_000 }).toBeNull(); // only briefly
    await locate.click(); // the same place again (the address does not change): it flashes again
    await expect.poll(() => scan.getAttribute('data-focused')).toBe('true');
    // The 卷宗文书 of each 册 open in a new tab.
    const docLink = page.locator('[data-testid="catalogue-book"][data-volume="main"][data-book="1"] [data-testid="book-doc-catalogue"]');
    expect(await docLink.getAttribute('href')).toBe(`/api/v1/cases/${target.id}/catalogue/volumes/main/1/catalogue`);
    expect(await docLink.getAttribute('target')).toBe('_blank');

    // Drag the last row of 正卷 第 1 册 to the top: every row's 卷内页码 changes at once.
    const before = await pagesOf(page, 'main');
    const rows = rowsOf(page, 'main');
    const last = before.length - 1;
    // By hand first, to see where the row would land (a line above the first row) while dragging.
    const from = (await rows.nth(last).locator('td').first().boundingBox())!;
    const to = (await rows.nth(0).boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 - 10, { steps: 2 }); // starts the drag
    await page.mouse.move(to.x + 60, to.y + 10, { steps: 8 });
    await page.mouse.move(to.x + 62, to.y + 8);
    await expect.poll(() => rows.nth(0).getAttribute('class')).toMatch(/dropBefore/);
    await snapshot(page, 'e2e-catalogue-dragging');
    await page.mouse.up();
    const after = await pagesOf(page, 'main');
    expect(after.map(([id]) => id)).toEqual([before[last]![0], ...before.slice(0, last).map(([id]) => id)]);
    expect(after[0]![1]).not.toBe(before[last]![1]); // the moved row now starts at page 1
    expect(after[0]![1]).toMatch(/^1(–\d+)?$/);
    expect(after[1]![1]).not.toBe(before[0]![1]); // the row it pushed down is renumbered
    await page.getByTestId('catalogue-dirty').waitFor();

    // 在此处分册 starts 第 2 册 at the second row, numbered from page 1; 合并到上一册 takes it back.
    await rowsOf(page, 'main').nth(1).getByTestId('entry-more').click();
    await page.locator('.ant-dropdown:visible [data-testid="entry-split"]').click();
    await expect.poll(() => rowsOf(page, 'main', 2).count()).toBe(after.length - 1);
    expect((await pagesOf(page, 'main', 2))[0]![1]).toMatch(/^1(–\d+)?$/);
    expect(await page.getByTestId('volume-main').getByTestId('volume-summary').innerText()).toContain('2 册');
    await page.locator('[data-testid="catalogue-book"][data-volume="main"][data-book="2"] [data-testid="book-merge"]').click();
    expect(await pagesOf(page, 'main')).toEqual(after);

    // Leaving with unsaved changes asks first; staying keeps them.
    await page.getByTestId('breadcrumb-case').click();
    await page.locator('.ant-modal-confirm').waitFor();
    await page.locator('.ant-modal-confirm .ant-btn', { hasText: '留在本页' }).click();
    expect(new URL(page.url()).pathname).toBe(`/cases/${target.id}/catalogue`);

    // 编入 the scan the classifier could not place; 本案无 for a missing required slot.
    const unplaced = page.getByTestId('unplaced-item').filter({ hasText: '扫描件0001' });
    await unplaced.getByTestId('unplaced-slot').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
    await unplaced.getByTestId('unplaced-place').click();
    await expect.poll(() => page.getByTestId('catalogue-volumes').innerText()).toContain('扫描件0001');
    const missingBefore = await page.getByTestId('missing-slot').count();
    if (missingBefore > 0) {
      await page.getByTestId('missing-waive').first().click();
      await page.getByTestId('waiver-reason').fill('当庭宣判，当事人当庭签收');
      await page.getByTestId('waiver-submit').click();
      await expect.poll(() => page.getByTestId('missing-slot').count()).toBe(missingBefore - 1);
      await page.getByTestId('waiver').first().waitFor();
      await expect.poll(() => page.locator('.ant-modal-wrap:visible').count()).toBe(0);
    }
    // 备注 and 日期 are edited in place.
    const firstRow = rowsOf(page, 'main').first();
    await firstRow.hover();
    await firstRow.getByTestId('entry-remarks-edit').click();
    await firstRow.getByTestId('entry-remarks-input').fill('原件已核对');
    await page.keyboard.press('Enter');
    expect(await firstRow.getByTestId('entry-remarks').innerText()).toBe('原件已核对');
    await page.getByTestId('catalogue-volumes').scrollIntoViewIfNeeded();
    await snapshot(page, 'e2e-catalogue-edited');

    // While unsaved, the check still describes the saved version, and the 文书 cannot be opened.
    expect(await page.getByTestId('check-stale').innerText()).toBe('以下为已保存版本的检查结果，保存后更新');
    expect(await docLink.getAttribute('href')).toBeNull();
    expect(await docLink.isDisabled()).toBe(true);
    await docLink.locator('..').hover();
    await expect.poll(() => page.locator('.ant-tooltip:visible').innerText()).toContain('请先保存，文书按已保存的目录生成');
    await page.mouse.move(0, 0);

    await page.getByTestId('catalogue-save').click();
    await expect.poll(() => versionOf(page)).toBe(version + 1);
    await expect.poll(() => page.getByTestId('catalogue-dirty').count()).toBe(0);
    // Saving checks again: the scan is catalogued now.
    await expect.poll(() => check.getByTestId('check-result').getAttribute('data-version'), { timeout: 10_000 }).toBe(String(version + 1));
    expect(await page.getByTestId('check-stale').count()).toBe(0);
    expect(await check.innerText()).not.toContain('扫描件0001');

    // The saved order is what the server now numbers.
    await page.reload();
    await expect.poll(() => rowsOf(page, 'main').count()).toBeGreaterThanOrEqual(3);
    expect((await pagesOf(page, 'main')).slice(0, after.length)).toEqual(after);
    expect(await versionOf(page)).toBe(version + 1);
    if (missingBefore > 0) expect(await page.getByTestId('waivers').innerText()).toContain('当庭宣判');
    expect(await rowsOf(page, 'main').first().getByTestId('entry-remarks').innerText()).toBe('原件已核对');
    await page.mouse.wheel(0, -5000);
    await snapshot(page, 'e2e-catalogue-saved');

    // 卷内目录 of 正卷 第 1 册, through its link: a PDF listing the titles in the saved order.
    const titles = await rowsOf(page, 'main').getByTestId('entry-link').allInnerTexts();
    const link = page.locator('[data-testid="catalogue-book"][data-volume="main"][data-book="1"] [data-testid="book-doc-catalogue"]');
    const url = `/api/v1/cases/${target.id}/catalogue/volumes/main/1/catalogue`;
    expect(await link.getAttribute('href')).toBe(url);
    const [popup] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
    await expect.poll(() => popup.url()).toContain(url);
    await popup.close();
    const doc = await page.evaluate(async (url) => {
      const res = await fetch(url);
      const bytes = new Uint8Array(await res.arrayBuffer());
      let binary = '';
      for (const b of bytes) binary += String.fromCharCode(b);
      return { status: res.status, type: res.headers.get('content-type'), disposition: res.headers.get('content-disposition'), base64: btoa(binary) };
    }, url);
    expect(doc.status).toBe(200);
    expect(doc.type).toBe('application/pdf');
    expect(doc.disposition).toMatch(/^inline/);
    const bytes = Buffer.from(doc.base64, 'base64');
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const results = path.join(root, 'test-results');
    fs.mkdirSync(results, { recursive: true });
    const file = path.join(results, 'e2e-catalogue-main-1-catalogue.pdf');
    fs.writeFileSync(file, bytes);
    if (hasTool('pdftotext')) {
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
      const moved = titles[0]!; // dragged to the top
      expect(moved).toBe(await rowsOf(page, 'main').first().getByTestId('entry-link').innerText());
      for (const t of [moved, '扫描件0001'].filter((t) => titles.includes(t))) expect(text).toContain(t.replace(/\s+/g, ''));
      expect(text.indexOf(moved)).toBeLessThan(text.indexOf(titles[1]!.replace(/\s+/g, '')));
    } else console.warn('pdftotext 未安装：未检查卷内目录 PDF 的文字');
    if (hasTool('pdftoppm')) execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', file, path.join(results, 'e2e-catalogue-main-1-catalogue')]);

    // 上传补充材料 from the editor: the new material joins 未编入, and an unsaved move stays.
    const rowsBeforeUpload = await rowsOf(page, 'main').allInnerTexts();
    await page.getByTestId('catalogue-upload').click();
    await page.getByTestId('material-upload-file').setInputFiles(path.join(root, 'test/fixtures/formats/ok-text.pdf'));
    await page.getByTestId('material-upload-title').fill('补充的情况说明');
    await page.getByTestId('material-upload-submit').click();
    await expect.poll(() => page.getByTestId('catalogue-unplaced').innerText(), { timeout: 15_000 }).toContain('补充的情况说明');
    expect(await rowsOf(page, 'main').allInnerTexts()).toEqual(rowsBeforeUpload);
    await page.locator('.ant-modal-wrap').waitFor({ state: 'hidden' });
    // The check is asked again: the new material is not catalogued yet.
    await expect.poll(() => page.getByTestId('catalogue-check').innerText(), { timeout: 10_000 }).toContain('补充的情况说明');
    await snapshot(page, 'e2e-catalogue-uploaded');
  }, 180_000);

  it('a second session saving first gets the other a version conflict, and 刷新 loads the latest', async () => {
    const first = await newPage();
    await signInUi(first, server.url, 'clerk1');
    await first.goto(`${server.url}/cases/${target.id}/catalogue`);
    await rowsOf(first, 'main').first().waitFor();
    const second = await newPage();
    await signInUi(second, server.url, 'clerk1');
    await second.goto(`${server.url}/cases/${target.id}/catalogue`);
    await rowsOf(second, 'main').first().waitFor();
    const version = await versionOf(first);
    expect(await versionOf(second)).toBe(version);

    await rowsOf(first, 'main').first().getByTestId('entry-down').click();
    await first.getByTestId('catalogue-save').click();
    await expect.poll(() => versionOf(first)).toBe(version + 1);

    await rowsOf(second, 'main').nth(1).getByTestId('entry-up').click();
    await second.getByTestId('catalogue-save').click();
    const conflict = second.getByTestId('catalogue-conflict');
    await conflict.waitFor();
    expect(await conflict.innerText()).toContain(`第 ${version} 版`);
    expect(await conflict.innerText()).toContain(`第 ${version + 1} 版`);
    expect(await second.getByTestId('catalogue-dirty').count()).toBe(1); // nothing discarded yet
    await second.waitForTimeout(300);
    await snapshot(second, 'e2e-catalogue-conflict');

    await second.getByTestId('catalogue-refresh').click();
    await expect.poll(() => versionOf(second)).toBe(version + 1);
    expect(await second.getByTestId('catalogue-conflict').count()).toBe(0);
    expect(await second.getByTestId('catalogue-dirty').count()).toBe(0);
    expect(await pagesOf(second, 'main')).toEqual(await pagesOf(first, 'main'));
  }, 120_000);

  it('a judge sees the catalogue read-only', async () => {
    const page = await newPage();
    await signInUi(page, server.url, 'judge1');
    await page.goto(`${server.url}/cases/${target.id}`);
    await page.getByTestId('case-catalogue-link').waitFor();
    await snapshot(page, 'e2e-catalogue-case-page');
    await page.getByTestId('case-catalogue-link').click();
    await page.getByTestId('catalogue-readonly').waitFor();
    await expect.poll(() => rowsOf(page, 'main').count()).toBeGreaterThanOrEqual(3);
    expect(await page.getByTestId('catalogue-save').count()).toBe(0);
    expect(await page.getByTestId('entry-up').count()).toBe(0);
    expect(await page.getByTestId('entry-title-edit').count()).toBe(0);
    expect(await rowsOf(page, 'main').first().getAttribute('draggable')).toBeNull();
    await snapshot(page, 'e2e-catalogue-readonly');

    // ?focus= on arrival: the 册 header is scrolled to and highlighted; the 文书 can be read too.
    await page.goto(`${server.url}/cases/${target.id}/catalogue?focus=book:main:1`);
    const header = page.locator('[data-testid="catalogue-book"][data-volume="main"][data-book="1"] [data-testid="book-header"]');
    await expect.poll(() => header.getAttribute('data-focused'), { timeout: 10_000 }).toBe('true');
    expect(await header.locator('[data-testid="book-doc-volume"]').getAttribute('href')).toBe(`/api/v1/cases/${target.id}/catalogue/volumes/main/1/volume`);
    await page.waitForTimeout(400);
    await snapshot(page, 'e2e-catalogue-focus-book');
  }, 60_000);
});
