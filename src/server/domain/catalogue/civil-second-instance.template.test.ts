import { describe, expect, it } from 'vitest';
import { slotsInOrder } from './catalogue-template.js';
import { civilSecondInstanceTemplate } from './civil-second-instance.template.js';
import { validateTemplate } from './validate-template.js';

const t = civilSecondInstanceTemplate();
const ids = (v: 'main' | 'side') => slotsInOrder(t, v).map((s) => s.id);

describe('civil second-instance template (民终, 1991 办法 art. 13)', () => {
  it('is valid', () => {
    expect(validateTemplate(t)).toEqual({ ok: true, issues: [] });
    expect(t.typeCodes).toEqual(['民终']);
  });

  it('keeps the order of the 1991 list: 移送书 · 原审裁判 · 上诉书 · 答辩状 · 阅卷 · 询问/调查 · 调解 · 撤诉 · 准备庭 · 传票 · 庭审 · 裁判 · 宣判 · 送达回证', () => {
    const order = ['appeal-transfer', 'original-judgment', 'appeal', 'defence', 'file-review-record', 'inquiry-record', 'mediation-record', 'withdrawal', 'pretrial-conference', 'summons', 'hearing-transcript', 'judgment', 'pronouncement-record', 'service-receipt'];
    const main = ids('main');
    expect(order.map((id) => main.indexOf(id))).toEqual([...order.map((id) => main.indexOf(id))].sort((a, b) => a - b));
    expect(main.slice(0, 2)).toEqual(['cover', 'catalogue']);
    expect(main.slice(-2)).toEqual(['back-sheet', 'back-cover']);
  });

  it('requires the 原审 decision, the appeal and the receipts, and tells the 原审 decision by its 民初 number', () => {
    expect(t.slots.filter((s) => s.required).map((s) => s.id)).toEqual(['original-judgment', 'appeal', 'service-receipt']);
    expect(t.slots.find((s) => s.id === 'original-judgment')!.caseNumberTypes).toContain('民初');
    expect(t.slots.find((s) => s.id === 'judgment')!.negativeKeywords).toEqual(expect.arrayContaining(['一审', '原判']));
    expect(t.slots.find((s) => s.id === 'judgment')!.negativeKeywords).not.toContain('二审');
  });
});
