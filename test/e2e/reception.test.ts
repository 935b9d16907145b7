import { describe, expect, it } from 'vitest';
import { browserSuiteAvailable, e2eSuite, signInUi, snapshot } from '../support/e2e.js';
import { testClamd } from '../support/clamd.js';

const run = browserSuiteAvailable() && !!testClamd();

describe.runIf(run)('archive reception in Chromium', () => {
  const suite = e2eSuite();

  it('the archivist checks a file, confirms the process item, accepts it, and reads the archive', async () => {
    const page = await suite.newPage();
    await signInUi(page, suite.url, 'archivist1');
    await page.goto(`${suite.url}/reception`);
    await page.getByTestId('reception-queue').waitFor();
    await snapshot(page, 'reception-queue');
    const caseNumber = (await page.getByTestId('reception-queue-case').first().innerText()).trim();
    await page.getByTestId('reception-queue-open').first().click();
    await page.waitForURL((u) => u.pathname.endsWith('/reception'));

    // The check on the bytes: everything automatic passes; the process item waits for a person.
    await page.getByTestId('run-check').click();
    await expect.poll(() => page.getByTestId('report-verdict').getAttribute('data-passed'), { timeout: 60_000 }).toBe('false');
    expect(await page.locator('[data-testid="check-result"][data-result="fail"]').count()).toBe(0);
    await page.locator('[data-testid="check-confirm"][data-code="YJ-4-7"]').click();
    await page.getByTestId('confirm-item-note').fill('经本院内网平台在线移交');
    await page.getByTestId('confirm-item-submit').click();
    await page.getByTestId('check-confirmation').first().waitFor();
    await page.getByTestId('run-check').click();
    await expect.poll(() => page.getByTestId('report-verdict').getAttribute('data-passed'), { timeout: 60_000 }).toBe('true');
    await snapshot(page, 'reception-report-passed');

    // The printed report is a PDF.
    const pdfHref = await page.getByTestId('report-pdf').getAttribute('href');
    const pdf = await page.evaluate(async (href) => {
      const res = await fetch(href!);
      return { type: res.headers.get('content-type'), head: new TextDecoder().decode((await res.arrayBuffer()).slice(0, 5)) };
    }, pdfHref);
    expect(pdf).toEqual({ type: 'application/pdf', head: '%PDF-' });

    // Accept: the 档号 shown in the dialog is the one assigned.
    await page.getByTestId('reception-accept').click();
    const code = (await page.getByTestId('accept-archival-code').innerText()).trim();
    await page.getByTestId('accept-submit').click();
    await page.getByTestId('reception-archived').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('reception-archived').innerText()).toContain(code);
    await snapshot(page, 'reception-accepted');

    // The archive: v1 with its content and metadata, readable file by file.
    await page.getByTestId('reception-archive-link').click();
    await page.getByTestId('archive-header').waitFor();
    expect(await page.getByTestId('archive-header').innerText()).toContain(caseNumber);
    await page.getByTestId('archive-files').getByText('metadata/mets.xml').waitFor();
    await snapshot(page, 'archive-detail');
    const state = await page.evaluate(async (c) => (await (await fetch(`/api/v1/archives/${encodeURIComponent(c)}`)).json()) as { headVersion: string; caseId: string }, code);
    expect(state.headVersion).toBe('v1');
    const kase = await page.evaluate(async (id) => (await (await fetch(`/api/v1/cases/${id}`)).json()) as { archiveState: string }, state.caseId);
    expect(kase.archiveState).toBe('archived');
  });
});
