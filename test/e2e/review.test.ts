import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { CatalogueCheckOut, CatalogueOut } from '../../src/common/catalogue-api.js';
import { browserSuiteAvailable, e2eSuite, signInUi, snapshot } from '../support/e2e.js';

const run = browserSuiteAvailable();

/**
 * A demo 民事 case of clerk1 in 待编目 with materials, made complete through the API as a clerk
 * would: the untitled scan placed, look-alikes merged, genuinely absent required slots 本案无.
 */
async function readyCase(page: Page): Promise<{ id: string; caseNumber: string; judge: string }> {
  return page.evaluate(async () => {
    const me = (await (await fetch('/api/v1/auth/me')).json()) as { csrfToken: string };
    const send = async (method: string, url: string, body?: unknown): Promise<CatalogueOut> => {
      const res = await fetch(url, { method, headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken }, body: body === undefined ? undefined : JSON.stringify(body) });
      if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
      return (await res.json()) as CatalogueOut;
    };
    const list = (await (await fetch('/api/v1/cases?archiveState=cataloguing&limit=100')).json()) as { items: Array<{ id: string; caseNumber: string; clerk: string | null; judge: string | null }> };
    for (const c of list.items.filter((i) => i.clerk === '刘婷婷' && i.judge && i.caseNumber.includes('民初'))) {
      const res = await fetch(`/api/v1/cases/${c.id}/catalogue`);
      if (!res.ok) continue;
      let cat = (await res.json()) as CatalogueOut;
      if (cat.volumes.length === 0) continue;
      const body = {
        version: cat.version,
        volumes: cat.volumes.map((v) => ({ kind: v.kind, number: v.number, entries: v.entries.map((e) => ({ materialId: e.materialId, slotId: e.slotId, title: e.title })) })),
        waivers: cat.waivers.map((w) => ({ slotId: w.slotId, reason: w.reason })),
        duplicates: cat.duplicates.map((d) => ({ materialId: d.materialId, keptMaterialId: d.keptMaterialId, reason: d.reason })),
      };
      const main = body.volumes.find((v) => v.kind === 'main')!;
      for (const u of cat.unplaced) main.entries.push({ materialId: u.materialId, slotId: u.alternatives[0]?.slotId ?? null, title: u.title === '扫描件0001' ? '授权委托书' : u.title });
      for (const s of cat.duplicateSuggestions) {
        for (const v of body.volumes) v.entries = v.entries.filter((e) => e.materialId !== s.materialId);
        body.duplicates.push({ materialId: s.materialId, keptMaterialId: s.keptMaterialId, reason: '重复提交' });
      }
      cat = await send('PUT', `/api/v1/cases/${c.id}/catalogue`, body);
      for (let i = 0; i < 3; i++) {
        const check = (await (await fetch(`/api/v1/cases/${c.id}/catalogue/check`)).json()) as CatalogueCheckOut;
        const slots = check.findings.filter((f) => f.severity === 'error' && f.target.kind === 'slot').map((f) => (f.target as { slotId: string }).slotId);
        if (check.ok) return { id: c.id, caseNumber: c.caseNumber, judge: c.judge! };
        if (slots.length === 0) break;
        cat = await send('PUT', `/api/v1/cases/${c.id}/catalogue`, {
          version: cat.version,
          volumes: cat.volumes.map((v) => ({ kind: v.kind, number: v.number, entries: v.entries.map((e) => ({ materialId: e.materialId, slotId: e.slotId, title: e.title })) })),
          waivers: [...cat.waivers.map((w) => ({ slotId: w.slotId, reason: w.reason })), ...slots.map((slotId) => ({ slotId, reason: '本案当庭宣判，当事人当庭签收' }))],
          duplicates: cat.duplicates.map((d) => ({ materialId: d.materialId, keptMaterialId: d.keptMaterialId, reason: d.reason })),
        });
      }
    }
    throw new Error('no demo case of clerk1 that can be made complete');
  });
}

/** The demo username of a judge, by display name. */
const judgeUsers: Record<string, string> = { 李慧敏: 'judge1', 赵俊杰: 'judge-minshi', 黄敏华: 'judge-minshi2' };

describe.runIf(run)('review and signed approval in Chromium', () => {
  const suite = e2eSuite();

  it('clerk submits; the judge comments on an entry and returns; the clerk fixes and resubmits; the judge approves with his PIN; the approval verifies', async () => {
    const clerk = await suite.newPage();
    await signInUi(clerk, suite.url, 'clerk1');
    const target = await readyCase(clerk);
    const judgeUser = judgeUsers[target.judge] ?? null;
    expect(judgeUser, `demo judge ${target.judge}`).not.toBeNull();

    // 提交审核 from the editor.
    await clerk.goto(`${suite.url}/cases/${target.id}/catalogue`);
    await clerk.getByTestId('catalogue-submit').click();
    await clerk.getByTestId('catalogue-submit-confirm').click();
    await clerk.getByTestId('catalogue-readonly').waitFor();
    expect(await clerk.getByTestId('catalogue-readonly').innerText()).toContain('待法官审核');

    // The judge finds it in 待我审核, reads an entry, comments on it and returns the file.
    const judge = await suite.newPage();
    await signInUi(judge, suite.url, judgeUser!);
    await judge.goto(`${suite.url}/reviews`);
    await judge.getByTestId('review-queue').waitFor();
    await snapshot(judge, 'review-queue');
    await judge.getByTestId('review-queue').getByText(target.caseNumber).click();
    await judge.waitForURL((u) => u.pathname === `/cases/${target.id}/review`);
    const entry = judge.getByTestId('review-entry').nth(1);
    const entryTitle = await entry.getByTestId('review-entry-title').innerText();
    await entry.click();
    await expect.poll(() => judge.getByTestId('review-material').locator('.ant-card-head-title').innerText()).toBe(entryTitle.split('\n')[0]!.trim());
    await judge.getByTestId('review-material').getByTestId('review-comment-input').fill('日期与原件不符，请核对');
    await judge.getByTestId('review-material').getByTestId('review-comment-add').click();
    await judge.getByTestId('review-material').getByTestId('review-comment').first().waitFor();
    await snapshot(judge, 'review-judge-comment');
    await judge.getByTestId('review-return').click();
    await judge.getByTestId('return-comments').fill('请按逐条意见修改后重新提交');
    await judge.getByTestId('return-submit').click();
    await expect.poll(() => judge.getByTestId('review-state').getAttribute('data-state')).toBe('cataloguing');

    // The clerk sees the comment in the editor, marks it fixed and resubmits.
    await clerk.reload();
    const feedback = clerk.getByTestId('catalogue-review-feedback');
    await feedback.waitFor();
    expect(await feedback.innerText()).toContain('日期与原件不符，请核对');
    expect(await feedback.innerText()).toContain('请按逐条意见修改后重新提交');
    await snapshot(clerk, 'review-clerk-feedback');
    await feedback.getByTestId('review-feedback-resolve').click();
    await expect.poll(() => feedback.getByTestId('review-feedback-item').first().getAttribute('data-resolved')).toBe('true');
    await clerk.getByTestId('catalogue-submit').click();
    await clerk.getByTestId('catalogue-submit-confirm').click();
    await clerk.getByTestId('catalogue-readonly').waitFor();

    // The judge approves: a wrong PIN is refused in the dialog, the right one signs.
    await judge.reload();
    await judge.getByTestId('review-approve').click();
    await judge.getByTestId('approve-pin').fill('Wrong@2021');
    await judge.getByTestId('approve-submit').click();
    await expect.poll(() => judge.getByTestId('approve-error').innerText()).toContain('签名口令不正确');
    await judge.getByTestId('approve-pin').fill('Sign@2021');
    await judge.getByTestId('approve-comments').fill('同意归档');
    await judge.getByTestId('approve-submit').click();
    await expect.poll(() => judge.getByTestId('review-state').getAttribute('data-state'), { timeout: 20_000 }).toBe('awaiting_reception');
    const panel = judge.getByTestId('approval-panel');
    await panel.waitFor();
    expect(await panel.getAttribute('data-verified')).toBe('true');
    expect(await judge.getByTestId('approval-result').innerText()).toContain(`签名有效：${target.judge}`);
    await snapshot(judge, 'review-approved');

    const approval = await clerk.evaluate(async (id) => (await (await fetch(`/api/v1/cases/${id}/approval`)).json()) as { verified: boolean; algorithm: string }, target.id);
    expect(approval).toMatchObject({ verified: true, algorithm: 'sm2' });
    const history = await clerk.evaluate(async (id) => ((await (await fetch(`/api/v1/cases/${id}/history?limit=100`)).json()) as { items: Array<{ action: string }> }).items.map((e) => e.action), target.id);
    expect(history).toEqual(expect.arrayContaining(['archive.submit', 'review.comment', 'archive.return', 'review.comment.resolve', 'archive.approve']));
  });
});
