import { describe, expect, it } from 'vitest';
import {
  attachProblems,
  followReplacements,
  groupNumbers,
  groupsFromProposal,
  movePages,
  naturalFileOrder,
  newGroupFromPages,
  removePages,
  toAttachGroups,
  updateGroup,
  type PageRef,
} from './split-groups';

const page = (id: string, position: number, patch: Partial<PageRef> = {}): PageRef => ({
  id,
  position,
  status: 'active',
  verdict: 'pass',
  replacesPageId: null,
  ...patch,
});

// p1 p2 | sep | p4 p5 p6
const pages = [page('p1', 1), page('p2', 2), page('sep', 3, { verdict: 'blank' }), page('p4', 4), page('p5', 5), page('p6', 6)];

describe('split groups', () => {
  it('starts from the proposal, untitled, one group per stack', () => {
    const groups = groupsFromProposal({ groups: [{ pageIds: ['p1', 'p2'] }, { pageIds: [] }, { pageIds: ['p4', 'p5', 'p6'] }] });
    expect(groups.map((g) => g.pageIds)).toEqual([['p1', 'p2'], ['p4', 'p5', 'p6']]);
    expect(groups.every((g) => g.title === '' && g.category === 'party_submission')).toBe(true);
  });

  it('makes a new material from selected pages and keeps groups in page order', () => {
    const start = groupsFromProposal({ groups: [{ pageIds: ['p1', 'p2'] }, { pageIds: ['p4', 'p5', 'p6'] }] });
    const split = newGroupFromPages(start, ['p6', 'p5'], pages);
    expect(split.map((g) => g.pageIds)).toEqual([['p1', 'p2'], ['p4'], ['p5', 'p6']]);
    expect(new Set(split.map((g) => g.key)).size).toBe(3);
    const all = newGroupFromPages(split, ['p4'], pages);
    expect(all.map((g) => g.pageIds)).toEqual([['p1', 'p2'], ['p4'], ['p5', 'p6']]);
  });

  it('moves pages between materials and drops a material left empty', () => {
    const start = groupsFromProposal({ groups: [{ pageIds: ['p1', 'p2'] }, { pageIds: ['p4'] }] });
    const moved = movePages(start, ['p4'], start[0]!.key, pages);
    expect(moved.map((g) => g.pageIds)).toEqual([['p1', 'p2', 'p4']]);
    expect(removePages(moved, ['p2']).map((g) => g.pageIds)).toEqual([['p1', 'p4']]);
    expect(groupNumbers(moved).get('p4')).toBe(1);
  });

  it('follows a re-scan into the group of the page it replaces', () => {
    const groups = groupsFromProposal({ groups: [{ pageIds: ['p1', 'p2'] }] });
    const after = [page('p1', 1), page('p2', 2, { status: 'replaced' }), page('p2b', 2, { replacesPageId: 'p2' })];
    expect(followReplacements(groups, after).map((g) => g.pageIds)).toEqual([['p1', 'p2b']]);
    expect(followReplacements(groups, pages)).toEqual(groups);
  });

  it('says what stops attaching: titles, unchecked, failed and re-scan pages', () => {
    const bad = [page('p1', 1, { verdict: null }), page('p2', 2, { verdict: 'fail' }), page('p3', 3, { status: 'rescan', verdict: 'fail' })];
    const groups = groupsFromProposal({ groups: [{ pageIds: ['p1', 'p2', 'p3'] }] });
    expect(attachProblems(groups, bad)).toEqual([
      '材料 1未填写题名',
      '材料 1的第 1 页尚在质检',
      '材料 1的第 2 页不合格，请退回重扫',
      '材料 1的第 3 页等待重扫',
    ]);
    const titled = updateGroup(groupsFromProposal({ groups: [{ pageIds: ['p1', 'p2'] }] }), 'g1', { title: ' 起诉状 ' });
    expect(attachProblems(titled, pages)).toEqual([]);
    expect(toAttachGroups(titled)).toEqual([{ title: '起诉状', category: 'party_submission', pageIds: ['p1', 'p2'] }]);
    expect(attachProblems([], pages)).toEqual(['请至少拆分出一份材料']);
  });

  it('orders files as pages are numbered', () => {
    const files = [{ name: 'p10.tif' }, { name: 'p2.tif' }, { name: 'p1.tif' }];
    expect(naturalFileOrder(files).map((f) => f.name)).toEqual(['p1.tif', 'p2.tif', 'p10.tif']);
  });
});
