import { describe, expect, it } from 'vitest';
import { administrativeFirstInstanceTemplate } from './administrative-first-instance.template.js';
import { slotsInOrder } from './catalogue-template.js';
import { civilFirstInstanceTemplate } from './civil-first-instance.template.js';
import { validateTemplate } from './validate-template.js';

const t = administrativeFirstInstanceTemplate();

describe('administrative first-instance template (行初, 行赔初)', () => {
  it('is valid and serves 行初 and 行赔初', () => {
    expect(validateTemplate(t)).toEqual({ ok: true, issues: [] });
    expect(t.typeCodes).toEqual(['行初', '行赔初']);
  });

  it('follows the civil first-instance order, without 移交单 and 证物, with a 司法建议书 after the receipts', () => {
    const main = slotsInOrder(t, 'main').map((s) => s.id);
    const civil = slotsInOrder(civilFirstInstanceTemplate(), 'main').map((s) => s.id);
    const shared = main.filter((id) => civil.includes(id));
    expect(shared).toEqual(civil.filter((id) => main.includes(id)));
    expect(main.filter((id) => !civil.includes(id))).toEqual(['judicial-suggestion']);
    expect(main.indexOf('judicial-suggestion')).toBe(main.indexOf('service-receipt') + 1);
  });

  it('files the contested act with the defendant’s evidence', () => {
    expect(t.slots.find((s) => s.id === 'defendant-evidence')!.names).toEqual(expect.arrayContaining(['行政处罚决定书', '作出行政行为的证据和依据']));
  });
});
