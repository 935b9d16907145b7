import { describe, expect, it } from 'vitest';
import { slotById } from './catalogue/catalogue-template.js';
import { templateForTypeCode } from './catalogue/templates.js';
import { compareInSlot, proposeCatalogue, type ProposalMaterial } from './catalogue-proposal.js';

const template = templateForTypeCode('民初')!;
let n = 0;
const material = (title: string, extra: Partial<ProposalMaterial> = {}): ProposalMaterial => {
  n++;
  return { id: `m${String(n).padStart(2, '0')}`, title, pages: 2, date: null, receivedAt: `2024-03-${String(10 + n).padStart(2, '0')}T08:00:00Z`, caseTypeCode: '民初', ...extra };
};

describe('proposeCatalogue (民初)', () => {
  const materials = [
    material('民事判决书', { date: '2024-05-20', pages: 8 }),
    material('送达回证（判决书·被告）', { date: '2024-05-25', pages: 1 }),
    material('民事起诉状', { date: '2024-03-01', pages: 4 }),
    material('送达回证（判决书·原告）', { date: '2024-05-22', pages: 1 }),
    material('合议庭评议笔录', { date: '2024-05-10', pages: 3 }),
    material('扫描件0001', { pages: 1 }),
  ];
  const proposal = proposeCatalogue(template, materials, 200);
  const titleOf = (id: string) => materials.find((m) => m.id === id)!.title;

  it('puts the 正卷 in canonical slot order and the 副卷 apart', () => {
    const main = proposal.books.filter((b) => b.volume === 'main');
    const side = proposal.books.filter((b) => b.volume === 'side');
    expect(main).toHaveLength(1);
    expect(main[0]!.entries.map((e) => titleOf(e.materialId))).toEqual(['民事起诉状', '民事判决书', '送达回证（判决书·原告）', '送达回证（判决书·被告）']);
    expect(side[0]!.entries.map((e) => titleOf(e.materialId))).toEqual(['合议庭评议笔录']);
    for (const b of proposal.books) for (const e of b.entries) expect(slotById(template, e.slotId)!.volume).toBe(b.volume);
  });

  it('orders a slot by date (the earlier receipt first), and lists what it could not place', () => {
    expect(proposal.unplaced.map((u) => titleOf(u.materialId))).toEqual(['扫描件0001']);
    expect(proposal.unplaced[0]!.classification.slotId).toBeNull();
  });

  it('splits a volume into 册 by the page limit, never cutting a material', () => {
    const split = proposeCatalogue(template, materials, 8);
    const main = split.books.filter((b) => b.volume === 'main');
    // 4 + 8 pages pass 8: the judgment starts 册 2; the two receipts (1 + 1) start 册 3.
    expect(main.map((b) => b.book)).toEqual([1, 2, 3]);
    expect(main.map((b) => b.entries.map((e) => titleOf(e.materialId)))).toEqual([['民事起诉状'], ['民事判决书'], ['送达回证（判决书·原告）', '送达回证（判决书·被告）']]);
  });
});

describe('compareInSlot', () => {
  it('sorts by date, then arrival, then id; an undated material counts from the day it arrived', () => {
    const a = { id: 'a', date: '2024-01-02', receivedAt: '2024-01-05T00:00:00Z' };
    const b = { id: 'b', date: null, receivedAt: '2024-01-01T09:00:00Z' };
    const c = { id: 'c', date: '2024-01-02', receivedAt: '2024-01-03T00:00:00Z' };
    expect([a, b, c].sort(compareInSlot).map((x) => x.id)).toEqual(['b', 'c', 'a']);
  });
});
