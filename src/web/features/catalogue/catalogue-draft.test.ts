import { describe, expect, it } from 'vitest';
import type { CatalogueOut } from '../../../common/catalogue-api';
import {
  addWaiver,
  fromCatalogue,
  mergeDuplicate,
  mergeWithPreviousBook,
  missingSlots,
  moveBy,
  moveEntry,
  moveToOtherVolume,
  placeMaterial,
  removeEntry,
  removeWaiver,
  sameCatalogue,
  splitBookAt,
  toCatalogueIn,
  unmergeDuplicate,
  updateEntry,
  withArrivedMaterials,
  type CatalogueDraft,
} from './catalogue-draft';
import { paginate } from '../../../common/volume-pagination';

type Entry = CatalogueOut['volumes'][number]['entries'][number];
const entry = (id: string, pages: number | null, slotId: string | null = 'judgment'): Entry => ({
  seq: 0,
  materialId: id,
  slotId,
  slotTitle: slotId ? `格位 ${slotId}` : null,
  title: `材料 ${id}`,
  responsible: null,
  date: null,
  pageStart: null,
  pageEnd: null,
  pages,
  remarks: null,
  source: pages === null ? 'recording' : 'born_digital',
  confidence: 0.9,
  placedBy: 'auto',
});

const catalogue: CatalogueOut = {
  caseId: 'c1',
  version: 3,
  templateKind: 'civil-first-instance',
  templateName: '民事（含商事）一审',
  templateVersion: 1,
  bookPageLimit: 200,
  updatedAt: '2026-01-01T00:00:00Z',
  volumes: [
    { kind: 'main', number: 1, pages: 6, entries: [entry('a', 2, 'complaint'), entry('b', 3), entry('c', 1)] },
    { kind: 'main', number: 2, pages: 4, entries: [entry('d', 4)] },
    { kind: 'side', number: 1, pages: 1, entries: [entry('e', 1, 'deliberation'), entry('rec', null, 'deliberation')] },
  ],
  unplaced: [{ materialId: 'u', title: '扫描件0001', pages: 5, source: 'scanned', reasons: ['题名无法识别'], alternatives: [] }],
  waivers: [],
  duplicates: [],
  duplicateSuggestions: [],
  slots: [
    { id: 'complaint', title: '起诉状', volume: 'main', order: 1, required: true },
    { id: 'judgment', title: '判决书', volume: 'main', order: 2, required: true },
    { id: 'receipt', title: '送达回证', volume: 'main', order: 3, required: true },
    { id: 'deliberation', title: '合议庭评议笔录', volume: 'side', order: 1, required: true },
    { id: 'other', title: '其他', volume: 'side', order: 2, required: false },
  ],
};

const ids = (d: CatalogueDraft) => ({ main: d.volumes.main.map((b) => b.map((e) => e.materialId)), side: d.volumes.side.map((b) => b.map((e) => e.materialId)) });

describe('the catalogue draft', () => {
  const draft = fromCatalogue(catalogue);

  it('reads the server catalogue into 册 and writes back the same body', () => {
    expect(ids(draft)).toEqual({ main: [['a', 'b', 'c'], ['d']], side: [['e', 'rec']] });
    const body = toCatalogueIn(draft, 3);
    expect(body.version).toBe(3);
    expect(body.volumes.map((v) => [v.kind, v.number, v.entries.map((e) => e.materialId)])).toEqual([
      ['main', 1, ['a', 'b', 'c']],
      ['main', 2, ['d']],
      ['side', 1, ['e', 'rec']],
    ]);
    expect(sameCatalogue(draft, fromCatalogue(catalogue))).toBe(true);
  });

  it('moves a row down within a 册 and renumbers its pages', () => {
    const moved = moveEntry(draft, { kind: 'main', book: 0, index: 0 }, { kind: 'main', book: 0, index: 2 });
    expect(ids(moved).main[0]).toEqual(['b', 'a', 'c']);
    expect(paginate(moved.volumes.main[0]!)).toEqual([
      { pageStart: 1, pageEnd: 3 },
      { pageStart: 4, pageEnd: 5 },
      { pageStart: 6, pageEnd: 6 },
    ]);
    expect(sameCatalogue(draft, moved)).toBe(false);
  });

  it('leaves the draft as it was when a row is dropped on itself', () => {
    expect(moveEntry(draft, { kind: 'main', book: 0, index: 1 }, { kind: 'main', book: 0, index: 1 })).toBe(draft);
    expect(moveEntry(draft, { kind: 'main', book: 0, index: 1 }, { kind: 'main', book: 0, index: 2 })).toBe(draft);
  });

  it('drops a row into another 册, and a 册 left empty disappears', () => {
    const moved = moveEntry(draft, { kind: 'main', book: 1, index: 0 }, { kind: 'main', book: 0, index: 1 });
    expect(ids(moved).main).toEqual([['a', 'd', 'b', 'c']]);
  });

  it('moves a row to the other volume as placed by the clerk', () => {
    const moved = moveToOtherVolume(draft, { kind: 'main', book: 0, index: 1 });
    expect(ids(moved).side).toEqual([['e', 'rec', 'b']]);
    expect(moved.volumes.side[0]![2]).toMatchObject({ placedBy: 'clerk', confidence: null });
    const back = moveEntry(draft, { kind: 'side', book: 0, index: 0 }, { kind: 'main', book: 0, index: 0 });
    expect(ids(back)).toEqual({ main: [['e', 'a', 'b', 'c'], ['d']], side: [['rec']] });
  });

  it('starts a volume when a row goes to an empty one', () => {
    const noSide = { ...draft, volumes: { main: draft.volumes.main, side: [] } };
    expect(ids(moveToOtherVolume(noSide, { kind: 'main', book: 1, index: 0 }))).toEqual({ main: [['a', 'b', 'c']], side: [['d']] });
  });

  it('上移 / 下移 cross into the neighbouring 册 at its edges and stop at the ends of the volume', () => {
    expect(ids(moveBy(draft, { kind: 'main', book: 0, index: 1 }, 1)).main).toEqual([['a', 'c', 'b'], ['d']]);
    expect(ids(moveBy(draft, { kind: 'main', book: 0, index: 2 }, 1)).main).toEqual([['a', 'b'], ['c', 'd']]);
    expect(ids(moveBy(draft, { kind: 'main', book: 1, index: 0 }, -1)).main).toEqual([['a', 'b', 'c', 'd']]);
    expect(moveBy(draft, { kind: 'main', book: 0, index: 0 }, -1)).toBe(draft);
    expect(moveBy(draft, { kind: 'main', book: 1, index: 0 }, 1)).toBe(draft);
  });

  it('splits a 册 at a row and merges it back', () => {
    const split = splitBookAt(draft, { kind: 'main', book: 0, index: 1 });
    expect(ids(split).main).toEqual([['a'], ['b', 'c'], ['d']]);
    expect(paginate(split.volumes.main[1]!).map((r) => r.pageStart)).toEqual([1, 4]);
    expect(splitBookAt(draft, { kind: 'main', book: 0, index: 0 })).toBe(draft);
    expect(ids(mergeWithPreviousBook(split, 'main', 1)).main).toEqual([['a', 'b', 'c'], ['d']]);
    expect(mergeWithPreviousBook(split, 'main', 0)).toBe(split);
  });

  it('edits the fields of an entry and sends blanks as null', () => {
    const edited = updateEntry(draft, { kind: 'main', book: 0, index: 0 }, { title: ' 民事起诉状 ', responsible: '  ', date: '2025-03-01', remarks: '原件' });
    const e = toCatalogueIn(edited, 3).volumes[0]!.entries[0]!;
    expect(e).toEqual({ materialId: 'a', slotId: 'complaint', title: '民事起诉状', responsible: null, date: '2025-03-01', remarks: '原件' });
  });

  it('takes an entry out to the unplaced materials and places it again with what the clerk wrote', () => {
    const edited = updateEntry(draft, { kind: 'main', book: 1, index: 0 }, { remarks: '原件' });
    const removed = removeEntry(edited, { kind: 'main', book: 1, index: 0 });
    expect(ids(removed).main).toEqual([['a', 'b', 'c']]);
    expect(removed.unplaced.map((u) => u.materialId)).toEqual(['u', 'd']);
    const placed = placeMaterial(removed, 'd', { id: 'other', title: '其他', volume: 'side' });
    expect(ids(placed).side).toEqual([['e', 'rec', 'd']]);
    expect(placed.volumes.side[0]![2]).toMatchObject({ remarks: '原件', slotId: 'other', slotTitle: '其他', placedBy: 'clerk' });
    expect(placed.unplaced.map((u) => u.materialId)).toEqual(['u']);
  });

  it('places a new material at the end of the last 册 of its slot’s volume', () => {
    const placed = placeMaterial(draft, 'u', { id: 'judgment', title: '判决书', volume: 'main' });
    expect(ids(placed).main).toEqual([['a', 'b', 'c'], ['d', 'u']]);
    expect(placed.volumes.main[1]![1]).toMatchObject({ title: '扫描件0001', pages: 5, source: 'scanned', slotId: 'judgment' });
  });

  it('lists required slots without material or waiver, and a waiver takes one off the list', () => {
    expect(missingSlots(draft, catalogue.slots).map((s) => s.id)).toEqual(['receipt']);
    const waived = addWaiver(draft, { id: 'receipt', title: '送达回证' }, ' 当庭宣判，当事人当庭签收 ');
    expect(missingSlots(waived, catalogue.slots)).toEqual([]);
    expect(toCatalogueIn(waived, 3).waivers).toEqual([{ slotId: 'receipt', reason: '当庭宣判，当事人当庭签收' }]);
    expect(missingSlots(removeWaiver(waived, 'receipt'), catalogue.slots).map((s) => s.id)).toEqual(['receipt']);
  });
});

describe('合并重复材料', () => {
  const draft = fromCatalogue(catalogue);

  it('sets an entry aside as a duplicate of another: out of the volumes, into duplicates, in the PUT body', () => {
    const merged = mergeDuplicate(draft, 'c', 'b', ' 重复提交 ');
    expect(ids(merged).main).toEqual([['a', 'b'], ['d']]);
    expect(merged.duplicates).toEqual([expect.objectContaining({ materialId: 'c', keptMaterialId: 'b', keptTitle: '材料 b', title: '材料 c', reason: '重复提交' })]);
    expect(toCatalogueIn(merged, 3).duplicates).toEqual([{ materialId: 'c', keptMaterialId: 'b', reason: '重复提交' }]);
    expect(sameCatalogue(draft, merged)).toBe(false);
  });

  it('sets an unplaced material aside, and 撤销合并 puts each back where it can be placed again', () => {
    const merged = mergeDuplicate(mergeDuplicate(draft, 'u', 'a', '扫描件与电子件重复'), 'c', 'b', '重复');
    expect(merged.unplaced).toEqual([]);
    const undone = unmergeDuplicate(merged, 'u');
    expect(undone.unplaced.map((u) => u.materialId)).toEqual(['u']);
    const back = unmergeDuplicate(undone, 'c');
    expect(back.unplaced.find((u) => u.materialId === 'c')).toMatchObject({ title: '材料 c', reasons: ['已撤销合并'], removed: expect.objectContaining({ slotId: 'judgment' }) });
    expect(back.duplicates).toEqual([]);
  });

  it('refuses to keep a material that is not an entry, or to merge a material with itself', () => {
    expect(mergeDuplicate(draft, 'a', 'u', '重复')).toBe(draft);
    expect(mergeDuplicate(draft, 'a', 'a', '重复')).toBe(draft);
  });

  it('moves duplicates along when their kept entry is itself merged, and releases them when it leaves the catalogue', () => {
    const chained = mergeDuplicate(mergeDuplicate(draft, 'c', 'b', '重复'), 'b', 'a', '重复');
    expect(chained.duplicates.map((d) => [d.materialId, d.keptMaterialId])).toEqual([
      ['c', 'a'],
      ['b', 'a'],
    ]);
    const removed = removeEntry(chained, { kind: 'main', book: 0, index: 0 });
    expect(removed.duplicates).toEqual([]);
    expect(removed.unplaced.map((u) => u.materialId).sort()).toEqual(['a', 'b', 'c', 'u']);
  });
});

describe('上传补充材料', () => {
  it('adds a material that arrived to 未编入 without touching unsaved work or counting as a change', () => {
    const base = catalogue;
    const draft = moveEntry(fromCatalogue(base), { kind: 'main', book: 0, index: 0 }, { kind: 'main', book: 0, index: 2 });
    const arrived = { materialId: 'new', title: '受理案件通知书', pages: 1, source: 'born_digital' as const, reasons: [], alternatives: [] };
    const latest: CatalogueOut = { ...base, unplaced: [...base.unplaced, arrived] };
    const next = withArrivedMaterials({ base, draft }, latest);
    expect(next.draft.unplaced.map((u) => u.materialId)).toEqual(['u', 'new']);
    expect(next.draft.volumes).toEqual(draft.volumes); // the unsaved move stays
    expect(draft.volumes).not.toEqual(fromCatalogue(base).volumes);
    expect(sameCatalogue(fromCatalogue(next.base), next.draft)).toBe(sameCatalogue(fromCatalogue(base), draft));
    // A material the clerk already placed (unsaved) is not added again.
    const placed = placeMaterial(draft, 'u', { id: 'judgment', title: '判决书', volume: 'main' });
    expect(withArrivedMaterials({ base, draft: placed }, latest).draft.unplaced.map((u) => u.materialId)).toEqual(['new']);
  });
});
