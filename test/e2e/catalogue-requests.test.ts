import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { CatalogueOut } from '../../src/common/catalogue-api.js';
import { browserSuiteAvailable, e2eSuite, signInUi, snapshot } from '../support/e2e.js';

const run = browserSuiteAvailable();
const root = path.resolve(import.meta.dirname, '../..');
const scanPage = fs.readFileSync(path.join(root, 'test/fixtures/scans/clean-300dpi-bitonal.tif')).toString('base64');

/** clerk1's demo 民事 case in 待编目 whose complaint was filed twice (the demo's look-alike pair). */
async function caseWithDuplicate(page: Page): Promise<{ id: string; caseNumber: string }> {
  return page.evaluate(async () => {
    const q = new URLSearchParams({ archiveState: 'cataloguing', limit: '100' });
    const list = (await (await fetch(`/api/v1/cases?${q.toString()}`)).json()) as { items: Array<{ id: string; caseNumber: string; clerk: string | null }> };
    for (const c of list.items.filter((i) => i.clerk === '刘婷婷')) {
      const res = await fetch(`/api/v1/cases/${encodeURIComponent(c.id)}/catalogue`);
      if (!res.ok) continue;
      const cat = (await res.json()) as CatalogueOut;
      if (cat.duplicateSuggestions.length > 0) return { id: c.id, caseNumber: c.caseNumber };
    }
    throw new Error('no demo case of clerk1 with a likely duplicate');
  });
}

describe.runIf(run)('merging duplicates and asking the scanning point for a scan, in Chromium', () => {
  const suite = e2eSuite();

  it('clerk1 merges the complaint filed twice, asks for a missing receipt to be scanned; scanner1 scans it; it arrives in 未编入', async () => {
    const clerk = await suite.newPage();
    await signInUi(clerk, suite.url, 'clerk1');
    const target = await caseWithDuplicate(clerk);
    await clerk.goto(`${suite.url}/cases/${target.id}/catalogue`);

    // 疑似重复 → 合并: the dialog has the pair chosen; the copy leaves the volumes and is listed as merged.
    const suggestion = clerk.getByTestId('duplicate-suggestion').first();
    await suggestion.waitFor();
    expect(await suggestion.innerText()).toContain('题名、日期、页数均相同');
    const copyId = (await suggestion.getAttribute('data-material-id'))!;
    const entriesBefore = Number(await clerk.getByTestId('catalogue-volumes').getAttribute('data-entries'));
    await suggestion.getByTestId('duplicate-suggestion-merge').click();
    await clerk.getByTestId('merge-reason').fill('网上立案与窗口重复提交');
    await snapshot(clerk, 'catalogue-merge-dialog');
    await clerk.getByTestId('merge-ok').click();
    await clerk.getByTestId('duplicate-merged').first().waitFor();
    expect(await clerk.getByTestId('duplicate-merged').first().innerText()).toContain('并入“民事起诉状”');
    expect(Number(await clerk.getByTestId('catalogue-volumes').getAttribute('data-entries'))).toBe(entriesBefore - 1);
    expect(await clerk.locator(`[data-testid="catalogue-row"][data-material-id="${copyId}"]`).count()).toBe(0);
    await clerk.getByTestId('catalogue-save').click();
    await expect.poll(() => clerk.getByTestId('catalogue-dirty').count()).toBe(0);
    const saved = await clerk.evaluate(async (id) => (await (await fetch(`/api/v1/cases/${encodeURIComponent(id)}/catalogue`)).json()) as CatalogueOut, target.id);
    expect(saved.duplicates).toEqual([expect.objectContaining({ materialId: copyId, reason: '网上立案与窗口重复提交' })]);

    // 申请补扫 from 未编入材料.
    await clerk.getByTestId('catalogue-scan-request').click();
    await clerk.getByTestId('scan-request-title').fill('送达回证（判决书·被告）（纸质回执）');
    await clerk.getByTestId('scan-request-note').fill('回执原件在卷宗袋内，共 1 页');
    await clerk.getByTestId('scan-request-submit').click();
    const request = clerk.getByTestId('scan-request').first();
    await request.waitFor();
    expect(await request.getByTestId('scan-request-status').innerText()).toBe('待扫描');
    await snapshot(clerk, 'catalogue-scan-request');

    // scanner1 finds it in 补扫申请 and opens a batch for it.
    const scanner = await suite.newPage();
    await signInUi(scanner, suite.url, 'scanner1');
    await scanner.goto(`${suite.url}/scanning?tab=requests`);
    const row = scanner.getByTestId('scan-request-queue').locator('tr').filter({ hasText: '纸质回执' });
    await row.waitFor();
    expect(await row.innerText()).toContain(target.caseNumber);
    await snapshot(scanner, 'scanning-request-queue');
    await row.getByTestId('scan-request-start').click();
    await scanner.waitForURL((u) => u.pathname.startsWith('/scanning/batches/'));
    const batchId = decodeURIComponent(new URL(scanner.url()).pathname.split('/').pop()!);
    expect(await scanner.getByTestId('batch-scan-request').innerText()).toContain('补扫申请：送达回证（判决书·被告）（纸质回执）');

    // The page is scanned, checked and attached (through the API: the station's own flow has its own test).
    await scanner.evaluate(
      async ({ batchId, tif, caseId }) => {
        const me = (await (await fetch('/api/v1/auth/me')).json()) as { csrfToken: string };
        const form = new FormData();
        form.append('files', new Blob([Uint8Array.from(atob(tif), (c) => c.charCodeAt(0))], { type: 'image/tiff' }), 'p1.tif');
        const added = await fetch(`/api/v1/scanning/batches/${batchId}/pages`, { method: 'POST', body: form, headers: { 'x-csrf-token': me.csrfToken } });
        if (!added.ok) throw new Error(await added.text());
        let pages: Array<{ id: string; verdict: string | null }> = [];
        for (let i = 0; i < 120; i++) {
          pages = ((await (await fetch(`/api/v1/scanning/batches/${batchId}`)).json()) as { pages: typeof pages }).pages;
          if (pages.every((p) => p.verdict)) break;
          await new Promise((r) => setTimeout(r, 500));
        }
        const attached = await fetch(`/api/v1/scanning/batches/${batchId}/attach`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
          body: JSON.stringify({ caseId, groups: [{ title: '送达回证（判决书·被告）', category: 'service_receipt', pageIds: [pages[0]!.id] }] }),
        });
        if (!attached.ok) throw new Error(await attached.text());
      },
      { batchId, tif: scanPage, caseId: target.id },
    );

    // The clerk's open editor sees the request fulfilled and the material in 未编入材料, without a reload.
    await expect.poll(() => request.getByTestId('scan-request-status').innerText(), { timeout: 60_000 }).toBe('已扫描挂接');
    await expect.poll(() => clerk.getByTestId('unplaced-list').innerText(), { timeout: 30_000 }).toContain('送达回证（判决书·被告）');
    await snapshot(clerk, 'catalogue-scan-arrived');
  });
});
