import { describe, expect, it } from 'vitest';
import { likelyDuplicates, type DuplicateCandidate } from './duplicates.js';

const m = (id: string, over: Partial<DuplicateCandidate> = {}): DuplicateCandidate => ({
  id,
  title: `材料${id}`,
  pages: 3,
  date: '2025-03-01',
  contentSha256: `sha-${id}`,
  receivedAt: `2025-03-0${id.length}T00:00:00Z`,
  placed: false,
  ...over,
});

describe('likelyDuplicates', () => {
  it('pairs byte-identical files, keeping the one in the catalogue', () => {
    const out = likelyDuplicates([m('a', { contentSha256: 'x', title: '起诉状' }), m('b', { contentSha256: 'x', title: '起诉状（扫描）', placed: true })]);
    expect(out).toEqual([{ materialId: 'a', keptMaterialId: 'b', basis: 'identical', reason: '与“起诉状（扫描）”的文件完全相同（SHA-256 一致）' }]);
  });

  it('keeps the one received first when neither is placed, and pairs every other member with it', () => {
    const out = likelyDuplicates([
      m('c', { contentSha256: 'x', receivedAt: '2025-03-03' }),
      m('a', { contentSha256: 'x', receivedAt: '2025-03-01' }),
      m('b', { contentSha256: 'x', receivedAt: '2025-03-02' }),
    ]);
    expect(out.map((d) => [d.materialId, d.keptMaterialId])).toEqual([
      ['b', 'a'],
      ['c', 'a'],
    ]);
  });

  it('pairs the same normalised title with the same date and pages', () => {
    const same = likelyDuplicates([m('a', { title: '民事起诉状' }), m('bb', { title: '民 事 起 诉 状' })]);
    expect(same).toEqual([expect.objectContaining({ materialId: 'bb', keptMaterialId: 'a', basis: 'same-title' })]);
  });

  it('does not pair the same title on another date, with other pages, or without a date', () => {
    expect(likelyDuplicates([m('a', { title: '送达回证' }), m('bb', { title: '送达回证', date: '2025-03-02' })])).toEqual([]);
    expect(likelyDuplicates([m('a', { title: '送达回证' }), m('bb', { title: '送达回证', pages: 1 })])).toEqual([]);
    expect(likelyDuplicates([m('a', { title: '送达回证', date: null }), m('bb', { title: '送达回证', date: null })])).toEqual([]);
  });

  it('reports a material once: an identical pair is not reported again as same-title', () => {
    const out = likelyDuplicates([m('a', { title: '判决书', contentSha256: 'x' }), m('bb', { title: '判决书', contentSha256: 'x' })]);
    expect(out).toHaveLength(1);
    expect(out[0]!.basis).toBe('identical');
  });
});
