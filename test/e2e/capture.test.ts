import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSuiteAvailable, launchBrowser, pageSet, signInUi, snapshot, startServer, type RunningServer } from '../support/e2e.js';

const run = browserSuiteAvailable();

// What the page-side callbacks use of the DOM (this project compiles tests without the DOM library).
interface ImageLike {
  complete: boolean;
  naturalWidth: number;
}
interface CanvasLike {
  width: number;
  height: number;
  getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } } | null;
}
interface VideoLike {
  readyState: number;
  duration: number;
  currentTime: number;
  muted: boolean;
  play(): Promise<void>;
  pause(): void;
  addEventListener(type: string, listener: () => void, options?: { once?: boolean }): void;
}
const root = path.resolve(import.meta.dirname, '../..');
const scans = (name: string) => path.join(root, 'test/fixtures/scans', name);
const formats = (name: string) => path.join(root, 'test/fixtures/formats', name);

/** A 民事审判庭 case still collecting materials, which both the scanner and clerk1 can see. */
async function civilCase(page: Page): Promise<{ id: string; caseNumber: string }> {
  return page.evaluate(async () => {
    const q = new URLSearchParams({ department: '民事审判庭', archiveState: 'collecting', limit: '50' });
    const list = (await (await fetch(`/api/v1/cases?${q.toString()}`)).json()) as {
      items: Array<{ id: string; caseNumber: string; clerk: string | null; typeCode: string }>;
    };
    const c = list.items.find((i) => i.clerk === '刘婷婷') ?? list.items[0];
    if (!c) throw new Error('no 民事 case visible to the scanner');
    return { id: c.id, caseNumber: c.caseNumber };
  });
}

/** Opens an antd Select (carrying the test id, or inside an element that does) and picks an option. */
async function pickOption(page: Page, testId: string, text: string): Promise<void> {
  await page.locator(`[data-testid="${testId}"].ant-select, [data-testid="${testId}"] .ant-select`).first().click();
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${text}"]`).first().click();
}

/** The text input of a control: the element with the test id, or the input inside it. */
const inputOf = (page: Page, testId: string) => page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();

describe.runIf(run)('capture in Chromium: scanning, the material timeline, the viewers, the statistics', () => {
  let server: RunningServer;
  let browser: Browser;
  let work: string;
  let target: { id: string; caseNumber: string };
  const pages = pageSet(() => browser);
  const newPage = () => pages.newPage();

  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'casevault-capture-e2e-'));
    // Page order is the file-name order: name the fixtures as a scanner would number them.
    const stack: Array<[string, string]> = [
      ['p01.tif', 'clean-300dpi-bitonal.tif'],
      ['p02.tif', 'SKEWED-3deg-300dpi.tif'],
      ['p03.tif', 'BLANK-300dpi.tif'],
      ['p04.jpg', 'colour-seal-200dpi.jpg'],
      ['p05.tif', 'strips-200dpi-bitonal.tif'],
      ['p06.jpg', 'LOW_DPI-150dpi.jpg'],
    ];
    fs.mkdirSync(path.join(work, 'stack'));
    for (const [name, source] of stack) fs.copyFileSync(scans(source), path.join(work, 'stack', name));
    // The re-scan of page 2: the clean page again, re-encoded (other bytes, same good content).
    await sharp(scans('clean-300dpi-bitonal.tif')).withMetadata({ density: 300 }).tiff({ compression: 'lzw' }).toFile(path.join(work, 'p02-rescan.tif'));
    // A 3-second hearing recording.
    const ff = spawnSync('ffmpeg', [
      '-v', 'error', '-y',
      '-f', 'lavfi', '-i', 'testsrc=duration=3:size=320x240:rate=25',
      '-f', 'lavfi', '-i', 'sine=frequency=440:duration=3',
      '-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-movflags', '+faststart',
      path.join(work, '庭审录像.mp4'),
    ]);
    if (ff.status !== 0) fs.copyFileSync(formats('ok.mp4'), path.join(work, '庭审录像.mp4'));
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await pages.close();
    await browser?.close();
    await server?.stop();
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  it('a scanner scans a stack, re-scans the skewed page, splits at the blank sheet and attaches two materials', async () => {
    const page = await newPage();
    await signInUi(page, server.url, 'scanner1');
    await page.waitForURL((u) => u.pathname === '/scanning');
    await expect.poll(() => page.getByTestId('hot-folder').innerText()).not.toBe('');
    target = await civilCase(page);

    await page.getByTestId('batch-create').click();
    await page.getByTestId('batch-label-input').fill('起诉材料 第一叠');
    await inputOf(page, 'batch-case').fill(target.caseNumber);
    await page.locator('.ant-select-dropdown:visible [data-testid="case-option"]').first().click();
    await inputOf(page, 'batch-declared-pages').fill('5');
    await snapshot(page, 'e2e-capture-batch-create');
    await page.getByTestId('batch-create-submit').click();
    await page.waitForURL(/\/scanning\/batches\//);
    await expect.poll(() => page.getByTestId('batch-case-link').innerText()).toBe(target.caseNumber);

    const files = fs.readdirSync(path.join(work, 'stack')).map((f) => path.join(work, 'stack', f));
    await page.getByTestId('batch-upload').setInputFiles(files);
    await expect.poll(() => page.getByTestId('page-card').count(), { timeout: 30_000 }).toBe(6);
    await expect.poll(() => page.locator('[data-testid="page-card"][data-verdict="checking"]').count(), { timeout: 60_000 }).toBe(0);
    const verdict = (position: number) => page.locator(`[data-testid="page-card"][data-position="${position}"]`).getAttribute('data-verdict');
    expect(await verdict(1)).toMatch(/pass|warn/);
    expect(await verdict(2)).toBe('fail');
    expect(await verdict(3)).toBe('blank');
    expect(await verdict(6)).toBe('fail');
    await page.locator('[data-testid="page-card"][data-position="2"] [data-testid="page-verdict"]').hover();
    await expect.poll(() => page.locator('.ant-popover:visible').innerText()).toContain('歪斜');
    await snapshot(page, 'e2e-capture-batch-verdicts');

    // The large preview of the skewed page, sent back with its reason.
    await page.locator('[data-testid="page-card"][data-position="2"] [data-testid="page-open"]').click();
    await page.getByTestId('page-reasons').waitFor();
    await expect.poll(() => page.getByTestId('page-reasons').innerText()).toContain('歪斜');
    await page.getByTestId('page-image').waitFor();
    await expect.poll(() => page.getByTestId('page-image').evaluate((el) => { const img = el as unknown as ImageLike; return img.complete && img.naturalWidth > 0; })).toBe(true);
    await expect.poll(() => page.getByTestId('page-rescan-reason').innerText()).toContain('页面歪斜');
    await page.getByTestId('page-rescan-note').fill('第 2 页放歪了');
    await snapshot(page, 'e2e-capture-page-drawer');
    await page.getByTestId('page-rescan-submit').click();
    await page.getByTestId('page-rescan-pending').waitFor();

    // The page waits in the re-scan queue; from there back to the page, and the re-scan goes in.
    await page.goto(`${server.url}/scanning?tab=rescans`);
    await expect.poll(() => page.getByTestId('rescan-queue').innerText()).toContain('p02.tif');
    await expect.poll(() => page.getByTestId('rescan-queue').innerText()).toContain('页面歪斜');
    await expect.poll(() => page.getByTestId('batch-create').isEnabled()).toBe(true);
    await snapshot(page, 'e2e-capture-rescan-queue');
    await page.getByTestId('rescan-batch-link').first().click();
    await page.getByTestId('page-rescan-pending').waitFor();
    await page.getByTestId('page-replace-file').setInputFiles(path.join(work, 'p02-rescan.tif'));
    await expect.poll(() => page.getByTestId('page-drawer-title').innerText(), { timeout: 20_000 }).toBe('第 2 页');
    await page.getByTestId('page-rescan-form').waitFor({ timeout: 60_000 }); // checked, in use again
    await page.keyboard.press('Escape');
    await expect.poll(() => verdict(2), { timeout: 60_000 }).toMatch(/pass|warn/);
    expect(await page.locator('[data-testid="page-card"][data-status="replaced"]').count()).toBe(0); // hidden by default

    // Split at the blank sheet, title the two materials, attach.
    await page.getByTestId('split-propose').click();
    await expect.poll(() => page.getByTestId('split-group').count()).toBe(2);
    expect(await page.locator('[data-testid="page-card"][data-position="4"] [data-testid="page-group"]').innerText()).toBe('材料 2');
    // The low-resolution page stops the attach until it is taken out of the material by hand.
    await expect.poll(() => page.getByTestId('split-problems').innerText()).toContain('第 6 页不合格');
    expect(await page.getByTestId('batch-attach').isDisabled()).toBe(true);
    await page.locator('[data-testid="page-card"][data-position="6"] [data-testid="page-select"]').click();
    await page.getByTestId('split-remove').click();
    expect(await page.locator('[data-testid="page-card"][data-position="6"] [data-testid="page-group"]').count()).toBe(0);
    await inputOf(page, 'group-title-1').fill('起诉状');
    await page.keyboard.press('Escape');
    await inputOf(page, 'group-title-2').fill('原告证据');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '原告证据材料' }).first().click();
    await pickOption(page, 'group-category-2', '证据材料');
    await expect.poll(() => page.locator('.ant-select-dropdown:visible').count()).toBe(0);
    await snapshot(page, 'e2e-capture-split');
    await page.getByTestId('batch-attach').click();
    await page.getByTestId('attached-materials').waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByTestId('attached-material').count()).toBe(2);
    // The low-resolution page is still to be dealt with: the split stays open for it.
    await expect.poll(() => page.getByTestId('split-open-pages').innerText()).toContain('还有 1 页未挂接');
    await snapshot(page, 'e2e-capture-attached');

    await page.goto(`${server.url}/scanning?tab=rescans`);
    await page.getByTestId('rescan-queue').waitFor();
    await expect.poll(() => page.getByTestId('rescan-queue').innerText()).toContain('没有待重扫的页面');
    await page.locator('.ant-tabs-tab', { hasText: '批次' }).click();
    await expect.poll(() => page.getByTestId('batch-table').innerText()).toContain('起诉材料 第一叠');
    expect(await page.getByTestId('batch-table').innerText()).toContain('5 / 应有 5');
    await snapshot(page, 'e2e-capture-station');
  }, 240_000);

  it('the clerk sees the scanned materials, reads one in pdf.js, uploads a PDF and is refused a disguised file', async () => {
    const page = await newPage();
    await signInUi(page, server.url, 'clerk1');
    await page.goto(`${server.url}/cases/${target.id}`);
    const timeline = page.getByTestId('material-timeline');
    await timeline.waitFor();
    await expect.poll(() => page.getByTestId('material-row').count()).toBeGreaterThanOrEqual(2);
    expect(await timeline.innerText()).toContain('扫描');
    expect(await timeline.innerText()).toContain('起诉状');
    await expect
      .poll(() => page.locator('[data-testid="material-row"][data-status="processing"]').count(), { timeout: 120_000, interval: 1000 })
      .toBe(0);
    expect(await page.locator('[data-testid="material-row"][data-status="failed"]').count()).toBe(0);
    await page.getByTestId('case-materials').scrollIntoViewIfNeeded();
    await snapshot(page, 'e2e-capture-timeline-scanned');

    await page.getByTestId('material-link').filter({ hasText: '起诉状' }).click();
    await page.getByTestId('pdf-viewer').waitFor();
    await expect.poll(() => page.getByTestId('pdf-page-count').innerText(), { timeout: 20_000 }).toBe('/ 共 2 页');
    const canvas = page.getByTestId('pdf-page-1').locator('canvas');
    await expect.poll(() => canvas.getAttribute('data-rendered'), { timeout: 30_000 }).toBe('true');
    const inked = await canvas.evaluate((el) => {
      const c = el as unknown as CanvasLike;
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! < 128 && data[i + 3]! > 0) dark++;
      return dark;
    });
    expect(inked).toBeGreaterThan(100);
    expect(await page.getByTestId('material-meta').innerText()).toContain('扫描');
    await snapshot(page, 'e2e-capture-pdf-viewer');
    await page.getByTestId('pdf-next').click();
    await expect.poll(() => inputOf(page, 'pdf-page-input').inputValue()).toBe('2');

    // A born-digital PDF.
    await page.getByTestId('breadcrumb-case').click();
    await page.getByTestId('material-upload-open').click();
    await page.getByTestId('material-upload-file').setInputFiles(formats('ok-text.pdf'));
    await page.getByTestId('material-upload-title').fill('民事判决书');
    await pickOption(page, 'material-upload-category', '法院制作文书');
    await page.getByTestId('material-upload-submit').click();
    await expect.poll(() => page.locator('.ant-modal:visible').count(), { timeout: 30_000 }).toBe(0);
    const row = page.getByTestId('material-row').filter({ hasText: '民事判决书' });
    await expect.poll(() => row.getByTestId('material-source').innerText()).toBe('原生电子');

    // A Word document: accepted, with the notice that it cannot be kept long-term.
    await page.getByTestId('material-upload-open').click();
    await page.getByTestId('material-upload-file').setInputFiles(formats('ok.docx'));
    await page.getByTestId('material-upload-title').fill('代理词');
    await page.getByTestId('material-upload-submit').click();
    await expect.poll(() => page.locator('.ant-modal:visible').count(), { timeout: 30_000 }).toBe(0);
    await page.getByTestId('material-row').filter({ hasText: '代理词' }).getByTestId('material-link').click();
    await page.getByTestId('material-not-long-term').waitFor();
    await page.getByTestId('material-download').waitFor();
    await snapshot(page, 'e2e-capture-office');
    await page.getByTestId('breadcrumb-case').click();

    // A JPEG named .pdf: refused in Chinese, kept in quarantine.
    await page.getByTestId('material-upload-open').click();
    await page.getByTestId('material-upload-file').setInputFiles(formats('disguised-jpeg.pdf'));
    await page.getByTestId('material-upload-title').fill('补充证据');
    await page.getByTestId('material-upload-submit').click();
    const refusal = page.getByTestId('material-upload-error');
    await refusal.waitFor({ timeout: 30_000 });
    expect(await refusal.innerText()).toMatch(/[\u4e00-\u9fa5]/);
    expect(await refusal.innerText()).toContain('隔离区');
    await snapshot(page, 'e2e-capture-upload-refused');
    await page.locator('.ant-modal:visible .ant-modal-close').click();
    await expect.poll(() => page.locator('.ant-modal:visible').count()).toBe(0);
    await page.getByTestId('case-quarantine').waitFor();
    expect(await page.getByTestId('quarantine-list').innerText()).toContain('disguised-jpeg.pdf');
    await page.getByTestId('case-quarantine').scrollIntoViewIfNeeded();
    await page.waitForTimeout(300); // let the scroll settle before the picture
    await snapshot(page, 'e2e-capture-timeline');
  }, 240_000);

  it('a hearing recording plays and seeks', async () => {
    const page = await newPage();
    await signInUi(page, server.url, 'clerk1');
    await page.goto(`${server.url}/cases/${target.id}`);
    await page.getByTestId('material-upload-open').click();
    await page.getByTestId('material-upload-file').setInputFiles(path.join(work, '庭审录像.mp4'));
    await page.getByTestId('material-upload-source').getByText('庭审录音录像').click();
    await page.getByTestId('material-upload-title').fill('第一次庭审录像');
    await inputOf(page, 'material-upload-hearing-date').click();
    await inputOf(page, 'material-upload-hearing-date').fill('2025-06-03');
    await page.keyboard.press('Enter');
    await page.getByTestId('material-upload-courtroom').fill('第三法庭');
    await page.getByTestId('material-upload-submit').click();
    await expect.poll(() => page.locator('.ant-modal:visible').count(), { timeout: 30_000 }).toBe(0);
    const row = page.getByTestId('material-row').filter({ hasText: '第一次庭审录像' });
    await expect.poll(() => row.getByTestId('material-source').innerText()).toBe('庭审录音录像');
    await row.getByTestId('material-link').click();

    const video = page.getByTestId('material-video');
    await video.waitFor();
    await expect.poll(() => video.evaluate((el) => (el as unknown as VideoLike).readyState), { timeout: 20_000 }).toBeGreaterThanOrEqual(1);
    const duration = await video.evaluate((el) => (el as unknown as VideoLike).duration);
    expect(duration).toBeGreaterThan(0.5);
    const seekTo = Math.min(2, duration / 2);
    const after = await video.evaluate(
      (el, t: number) =>
        new Promise<number>((resolve) => {
          const v = el as unknown as VideoLike;
          v.addEventListener('seeked', () => resolve(v.currentTime), { once: true });
          v.currentTime = t;
        }),
      seekTo,
    );
    expect(Math.abs(after - seekTo)).toBeLessThan(0.3);
    const played = await video.evaluate(async (el) => {
      const v = el as unknown as VideoLike;
      v.muted = true;
      await v.play();
      await new Promise((r) => setTimeout(r, 400));
      v.pause();
      return v.currentTime;
    });
    expect(played).toBeGreaterThan(after);
    await snapshot(page, 'e2e-capture-recording');
  }, 120_000);

  it('the court leadership sees the re-scan in the scanning statistics', async () => {
    const page = await newPage();
    await signInUi(page, server.url, 'leader1');
    expect(await page.getByTestId('nav-menu').innerText()).toContain('扫描质量统计');
    await page.goto(`${server.url}/scanning/stats`);
    const points = page.getByTestId('stats-points');
    await points.waitFor();
    const row = points.locator('tr', { hasText: '民事·商事扫描点' });
    await expect.poll(async () => Number(await row.getByTestId('stats-rescans').innerText())).toBeGreaterThanOrEqual(1);
    await expect.poll(() => page.getByTestId('stats-operators').innerText()).toContain('倪佳琪');
    await page.getByTestId('reason-chart').locator('canvas').first().waitFor();
    await snapshot(page, 'e2e-capture-stats');
    await page.getByTestId('threshold-card').first().getByTestId('threshold-edit').click();
    await page.getByTestId('thresholds-form').waitFor();
    await expect.poll(() => inputOf(page, 'threshold-minDpi').inputValue()).toBe('200');
    await page.waitForTimeout(400); // the modal's opening animation
    await snapshot(page, 'e2e-capture-thresholds');
    await inputOf(page, 'threshold-minDpi').fill('300');
    await page.getByTestId('thresholds-save').click();
    const card = page.getByTestId('threshold-card').first();
    await expect.poll(() => card.innerText()).toContain('300 dpi');
    expect(await card.innerText()).toContain('自定义');
  }, 120_000);
});
