import { describe, expect, it } from 'vitest';
import type { CatalogueDraft, CatalogueSlot, DraftEntry } from './catalogue-draft';
import { focusKey, focusOfHref, focusProps, parseFocus } from './catalogue-focus';

const entry = (materialId: string, slotId: string | null): DraftEntry => ({
  materialId,
  slotId,
  slotTitle: slotId,
  title: materialId,
  responsible: null,
  date: null,
  remarks: null,
  pages: 2,
  source: 'born_digital',
  confidence: null,
  placedBy: 'clerk',
});

const draft: CatalogueDraft = {
  bookPageLimit: 200,
  volumes: { main: [[entry('m1', 'complaint'), entry('m2', 'judgment')], [entry('m3', 'receipt')]], side: [] },
  unplaced: [{ materialId: 'u1', title: 'u1', pages: 1, source: 'scanned', reasons: [], alternatives: [] }],
  waivers: [{ slotId: 'waived', slotTitle: '送达回证', reason: '当庭签收' }],
};
const missing: CatalogueSlot[] = [{ id: 'transcript', title: '庭审笔录', volume: 'main', order: 5, required: true }];

describe('?focus= of the catalogue editor', () => {
  it('reads the four kinds of place and refuses anything else', () => {
    expect(parseFocus('slot:transcript')).toEqual({ kind: 'slot', slotId: 'transcript' });
    expect(parseFocus('entry:m1')).toEqual({ kind: 'entry', materialId: 'm1' });
    expect(parseFocus('material:u1')).toEqual({ kind: 'material', materialId: 'u1' });
    expect(parseFocus('book:side:2')).toEqual({ kind: 'book', volume: 'side', number: 2 });
    for (const bad of [null, '', 'slot:', 'book:main', 'book:other:1', 'book:main:0', 'book:main:x', 'page:3', ':x']) expect(parseFocus(bad)).toBeNull();
  });

  it('takes the place out of a finding’s link', () => {
    expect(focusOfHref('/cases/c%201/catalogue?focus=book:main:1')).toBe('book:main:1');
    expect(focusOfHref('/cases/c1/catalogue')).toBeNull();
  });

  it('finds the place in the working copy, following a material that moved in or out', () => {
    const key = (v: string) => focusKey(parseFocus(v)!, draft, missing);
    expect(key('entry:m2')).toBe('entry:m2');
    expect(key('material:u1')).toBe('material:u1');
    expect(key('entry:u1')).toBe('material:u1'); // taken out of the catalogue since
    expect(key('material:m3')).toBe('entry:m3'); // placed since
    expect(key('entry:gone')).toBeNull();
    expect(key('slot:transcript')).toBe('slot:transcript');
    expect(key('slot:waived')).toBe('waiver:waived');
    expect(key('slot:receipt')).toBe('entry:m3'); // filled since: its first row
    expect(key('slot:nothing')).toBeNull();
    expect(key('book:main:2')).toBe('book:main:2');
    expect(key('book:main:3')).toBeNull();
    expect(key('book:side:1')).toBeNull();
  });

  it('marks only the highlighted element, alternating the class so a second 定位 flashes again', () => {
    const classes = { a: 'A', b: 'B' };
    expect(focusProps(null, 'entry:m1', classes)).toEqual({ className: '' });
    expect(focusProps({ key: 'entry:m2', n: 1 }, 'entry:m1', classes)).toEqual({ className: '' });
    expect(focusProps({ key: 'entry:m1', n: 1 }, 'entry:m1', classes)).toEqual({ className: 'A', 'data-focused': 'true' });
    expect(focusProps({ key: 'entry:m1', n: 2 }, 'entry:m1', classes).className).toBe('B');
  });
});
