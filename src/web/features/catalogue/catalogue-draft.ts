import type { CatalogueIn, CatalogueOut, VolumeKind } from '../../../common/catalogue-api';
import type { MaterialSource } from '../../../common/vocabulary';

/**
 * The clerk's working copy of a catalogue (卷内目录) while it is being rearranged: each volume
 * (正卷 main, 副卷 side) as a list of 册, each 册 a list of entries in order. Every change is a pure
 * function returning a new draft, so the page re-renders and renumbers (卷内页码) at once, and the
 * rules are unit-tested without a browser. Nothing here talks to the server: {@link toCatalogueIn}
 * makes the body of the PUT, which sends the whole catalogue with the version it was based on.
 */

export interface DraftEntry {
  materialId: string;
  slotId: string | null;
  slotTitle: string | null;
  title: string;
  /** 责任者. */
  responsible: string | null;
  date: string | null;
  remarks: string | null;
  pages: number | null;
  source: MaterialSource;
  confidence: number | null;
  placedBy: 'auto' | 'clerk';
}

export type UnplacedMaterial = CatalogueOut['unplaced'][number] & {
  /** The entry as it was, when the clerk took it out of the catalogue in this draft. */
  removed?: DraftEntry;
};

export interface DraftWaiver {
  slotId: string;
  slotTitle: string;
  reason: string;
}

/** A material set aside as a duplicate of an entry (合并重复材料). */
export type DraftDuplicate = CatalogueOut['duplicates'][number] & {
  /** Where it was in this draft before the merge, to put it back on 撤销合并. */
  removed?: DraftEntry;
};

export interface CatalogueDraft {
  bookPageLimit: number;
  /** The 册 of each volume in order; an empty volume has none. */
  volumes: Record<VolumeKind, DraftEntry[][]>;
  unplaced: UnplacedMaterial[];
  waivers: DraftWaiver[];
  duplicates: DraftDuplicate[];
}

export type CatalogueSlot = CatalogueOut['slots'][number];

/** Where an entry is: the volume, the 册 (0-based index into the volume's books) and the row. */
export interface EntryPosition {
  kind: VolumeKind;
  book: number;
  index: number;
}

export const otherVolume = (kind: VolumeKind): VolumeKind => (kind === 'main' ? 'side' : 'main');

/** The draft of a catalogue as the server sent it. */
export function fromCatalogue(c: CatalogueOut): CatalogueDraft {
  const volumes: Record<VolumeKind, DraftEntry[][]> = { main: [], side: [] };
  for (const v of [...c.volumes].sort((a, b) => a.number - b.number)) {
    if (v.entries.length === 0) continue;
    volumes[v.kind].push(
      v.entries.map((e) => ({
        materialId: e.materialId,
        slotId: e.slotId,
        slotTitle: e.slotTitle,
        title: e.title,
        responsible: e.responsible,
        date: e.date,
        remarks: e.remarks,
        pages: e.pages,
        source: e.source,
        confidence: e.confidence,
        placedBy: e.placedBy,
      })),
    );
  }
  return { bookPageLimit: c.bookPageLimit, volumes, unplaced: c.unplaced, waivers: c.waivers.map((w) => ({ ...w })), duplicates: c.duplicates.map((d) => ({ ...d })) };
}

const blankToNull = (s: string | null): string | null => (s === null || s.trim() === '' ? null : s.trim());

/** The body of `PUT …/catalogue`: every non-empty 册, numbered from 1 in each volume. */
export function toCatalogueIn(draft: CatalogueDraft, version: number): CatalogueIn {
  const volumes: CatalogueIn['volumes'] = [];
  for (const kind of ['main', 'side'] as const) {
    draft.volumes[kind]
      .filter((book) => book.length > 0)
      .forEach((book, i) =>
        volumes.push({
          kind,
          number: i + 1,
          entries: book.map((e) => ({
            materialId: e.materialId,
            slotId: e.slotId,
            title: e.title.trim(),
            responsible: blankToNull(e.responsible),
            date: e.date,
            remarks: blankToNull(e.remarks),
          })),
        }),
      );
  }
  return {
    version,
    bookPageLimit: draft.bookPageLimit,
    volumes,
    waivers: draft.waivers.map((w) => ({ slotId: w.slotId, reason: w.reason.trim() })),
    duplicates: draft.duplicates.map((d) => ({ materialId: d.materialId, keptMaterialId: d.keptMaterialId, reason: d.reason.trim() })),
  };
}

/** Whether two drafts would save the same catalogue (the unsaved-changes test). */
export function sameCatalogue(a: CatalogueDraft, b: CatalogueDraft): boolean {
  return JSON.stringify(toCatalogueIn(a, 1)) === JSON.stringify(toCatalogueIn(b, 1));
}

function cloneVolumes(draft: CatalogueDraft): Record<VolumeKind, DraftEntry[][]> {
  return { main: draft.volumes.main.map((b) => [...b]), side: draft.volumes.side.map((b) => [...b]) };
}

const dropEmptyBooks = (volumes: Record<VolumeKind, DraftEntry[][]>) => ({
  main: volumes.main.filter((b) => b.length > 0),
  side: volumes.side.filter((b) => b.length > 0),
});

/** The entry at a position, or undefined. */
export function entryAt(draft: CatalogueDraft, at: EntryPosition): DraftEntry | undefined {
  return draft.volumes[at.kind][at.book]?.[at.index];
}

/**
 * Moves an entry. `to.index` is the row it goes before, counted in the target 册 as it is now
 * (its length to append); `to.book` past the last 册 starts a new one. An entry moved to the other
 * volume counts as placed by the clerk (as the server records it). A 册 left empty disappears.
 */
export function moveEntry(draft: CatalogueDraft, from: EntryPosition, to: EntryPosition): CatalogueDraft {
  const entry = entryAt(draft, from);
  if (!entry) return draft;
  const volumes = cloneVolumes(draft);
  let index = to.index;
  if (from.kind === to.kind && from.book === to.book && from.index < index) index -= 1;
  if (from.kind === to.kind && from.book === to.book && from.index === index) return draft;
  volumes[from.kind][from.book]!.splice(from.index, 1);
  const moved: DraftEntry = from.kind === to.kind ? entry : { ...entry, placedBy: 'clerk', confidence: null };
  const books = volumes[to.kind];
  const book = Math.min(to.book, books.length);
  if (book === books.length) books.push([]);
  const target = books[book]!;
  target.splice(Math.max(0, Math.min(index, target.length)), 0, moved);
  return { ...draft, volumes: dropEmptyBooks(volumes) };
}

/**
 * 上移 / 下移 by one row. At the top of a 册 an entry goes to the end of the 册 before; at the bottom,
 * to the start of the 册 after. @returns the draft unchanged at either end of the volume.
 */
export function moveBy(draft: CatalogueDraft, at: EntryPosition, delta: -1 | 1): CatalogueDraft {
  const books = draft.volumes[at.kind];
  const book = books[at.book];
  if (!book) return draft;
  if (delta === -1) {
    if (at.index > 0) return moveEntry(draft, at, { ...at, index: at.index - 1 });
    if (at.book === 0) return draft;
    return moveEntry(draft, at, { kind: at.kind, book: at.book - 1, index: books[at.book - 1]!.length });
  }
  if (at.index < book.length - 1) return moveEntry(draft, at, { ...at, index: at.index + 2 });
  if (at.book === books.length - 1) return draft;
  return moveEntry(draft, at, { kind: at.kind, book: at.book + 1, index: 0 });
}

/** 移到副卷 / 移到正卷: to the end of the other volume's last 册. */
export function moveToOtherVolume(draft: CatalogueDraft, at: EntryPosition): CatalogueDraft {
  const kind = otherVolume(at.kind);
  const books = draft.volumes[kind];
  const last = Math.max(0, books.length - 1);
  return moveEntry(draft, at, { kind, book: last, index: books[last]?.length ?? 0 });
}

/** 在此处分册: the row and everything after it in its 册 start a new 册. */
export function splitBookAt(draft: CatalogueDraft, at: EntryPosition): CatalogueDraft {
  const book = draft.volumes[at.kind][at.book];
  if (!book || at.index <= 0 || at.index >= book.length) return draft;
  const volumes = cloneVolumes(draft);
  volumes[at.kind].splice(at.book, 1, book.slice(0, at.index), book.slice(at.index));
  return { ...draft, volumes };
}

/** 合并到上一册: removes the boundary before the 册. */
export function mergeWithPreviousBook(draft: CatalogueDraft, kind: VolumeKind, book: number): CatalogueDraft {
  const books = draft.volumes[kind];
  if (book <= 0 || book >= books.length) return draft;
  const volumes = cloneVolumes(draft);
  volumes[kind].splice(book - 1, 2, [...books[book - 1]!, ...books[book]!]);
  return { ...draft, volumes };
}

/** Changes the editable fields of an entry (题名, 责任者, 日期, 备注). */
export function updateEntry(
  draft: CatalogueDraft,
  at: EntryPosition,
  patch: Partial<Pick<DraftEntry, 'title' | 'responsible' | 'date' | 'remarks'>>,
): CatalogueDraft {
  const entry = entryAt(draft, at);
  if (!entry) return draft;
  const volumes = cloneVolumes(draft);
  volumes[at.kind][at.book]![at.index] = { ...entry, ...patch };
  return { ...draft, volumes };
}

function unplacedFrom(entry: DraftEntry, reason: string): UnplacedMaterial {
  return {
    materialId: entry.materialId,
    title: entry.title,
    pages: entry.pages,
    source: entry.source,
    reasons: [reason],
    alternatives: entry.slotId ? [{ slotId: entry.slotId, slotTitle: entry.slotTitle ?? entry.slotId, confidence: entry.confidence ?? 1 }] : [],
    removed: entry,
  };
}

/**
 * Takes an entry out of the catalogue, back to 未编入材料 (keeping what the clerk wrote for it). The
 * duplicates merged into it go back to 未编入 too: a duplicate needs its kept entry in the catalogue.
 */
export function removeEntry(draft: CatalogueDraft, at: EntryPosition): CatalogueDraft {
  const entry = entryAt(draft, at);
  if (!entry) return draft;
  const volumes = cloneVolumes(draft);
  volumes[at.kind][at.book]!.splice(at.index, 1);
  const released = draft.duplicates.filter((d) => d.keptMaterialId === entry.materialId);
  return {
    ...draft,
    volumes: dropEmptyBooks(volumes),
    unplaced: [...draft.unplaced, unplacedFrom(entry, '由书记员移出目录'), ...released.map(unplacedFromDuplicate)],
    duplicates: draft.duplicates.filter((d) => d.keptMaterialId !== entry.materialId),
  };
}

function unplacedFromDuplicate(d: DraftDuplicate): UnplacedMaterial {
  if (d.removed) return unplacedFrom(d.removed, '已撤销合并');
  return { materialId: d.materialId, title: d.title, pages: d.pages, source: d.source, reasons: ['已撤销合并'], alternatives: [] };
}

/** Every entry of the catalogue, in order (正卷 before 副卷). */
export function allEntries(draft: CatalogueDraft): DraftEntry[] {
  return [...draft.volumes.main, ...draft.volumes.side].flat();
}

/**
 * 合并重复: sets a material (an entry or an unplaced one) aside as a duplicate of an entry that
 * stays in the catalogue. The material is kept with the case, only not in the volumes; duplicates
 * merged into it follow to the kept entry. @returns the draft unchanged when the kept material is
 * not an entry, or is the material itself.
 */
export function mergeDuplicate(draft: CatalogueDraft, materialId: string, keptMaterialId: string, reason: string): CatalogueDraft {
  const kept = allEntries(draft).find((e) => e.materialId === keptMaterialId);
  if (!kept || materialId === keptMaterialId) return draft;
  let removed: DraftEntry | undefined;
  const volumes = cloneVolumes(draft);
  for (const kind of ['main', 'side'] as const) {
    for (const book of volumes[kind]) {
      const i = book.findIndex((e) => e.materialId === materialId);
      if (i >= 0) [removed] = book.splice(i, 1);
    }
  }
  const unplaced = draft.unplaced.find((u) => u.materialId === materialId);
  const material: { title: string; pages: number | null; source: MaterialSource } | undefined = removed ?? unplaced;
  if (!material) return draft;
  removed ??= unplaced?.removed;
  const duplicate: DraftDuplicate = {
    materialId,
    title: material.title,
    pages: material.pages,
    source: material.source,
    keptMaterialId,
    keptTitle: kept.title,
    reason: reason.trim(),
    ...(removed ? { removed } : {}),
  };
  return {
    ...draft,
    volumes: dropEmptyBooks(volumes),
    unplaced: draft.unplaced.filter((u) => u.materialId !== materialId),
    duplicates: [
      ...draft.duplicates.filter((d) => d.materialId !== materialId).map((d) => (d.keptMaterialId === materialId ? { ...d, keptMaterialId, keptTitle: kept.title } : d)),
      duplicate,
    ],
  };
}

/** 撤销合并: the duplicate goes back to 未编入材料. */
export function unmergeDuplicate(draft: CatalogueDraft, materialId: string): CatalogueDraft {
  const d = draft.duplicates.find((x) => x.materialId === materialId);
  if (!d) return draft;
  return { ...draft, unplaced: [...draft.unplaced, unplacedFromDuplicate(d)], duplicates: draft.duplicates.filter((x) => x.materialId !== materialId) };
}

/** 编入: places an unplaced material in a slot, at the end of the last 册 of the slot's volume. */
export function placeMaterial(draft: CatalogueDraft, materialId: string, slot: Pick<CatalogueSlot, 'id' | 'title' | 'volume'>): CatalogueDraft {
  const material = draft.unplaced.find((u) => u.materialId === materialId);
  if (!material) return draft;
  const entry: DraftEntry = {
    materialId,
    title: material.title,
    responsible: null,
    date: null,
    remarks: null,
    pages: material.pages,
    source: material.source,
    ...material.removed,
    slotId: slot.id,
    slotTitle: slot.title,
    confidence: null,
    placedBy: 'clerk',
  };
  const volumes = cloneVolumes(draft);
  const books = volumes[slot.volume];
  if (books.length === 0) books.push([]);
  books[books.length - 1]!.push(entry);
  return { ...draft, volumes, unplaced: draft.unplaced.filter((u) => u.materialId !== materialId) };
}

/** Required slots with no material in the catalogue and no 本案无 waiver (缺少必备材料). */
export function missingSlots(draft: CatalogueDraft, slots: readonly CatalogueSlot[]): CatalogueSlot[] {
  const filled = new Set<string>();
  for (const kind of ['main', 'side'] as const) for (const book of draft.volumes[kind]) for (const e of book) if (e.slotId) filled.add(e.slotId);
  const waived = new Set(draft.waivers.map((w) => w.slotId));
  return slots.filter((s) => s.required && !filled.has(s.id) && !waived.has(s.id));
}

/** 本案无: records why a required slot has no material. */
export function addWaiver(draft: CatalogueDraft, slot: Pick<CatalogueSlot, 'id' | 'title'>, reason: string): CatalogueDraft {
  return { ...draft, waivers: [...draft.waivers.filter((w) => w.slotId !== slot.id), { slotId: slot.id, slotTitle: slot.title, reason: reason.trim() }] };
}

export function removeWaiver(draft: CatalogueDraft, slotId: string): CatalogueDraft {
  return { ...draft, waivers: draft.waivers.filter((w) => w.slotId !== slotId) };
}

/**
 * Materials that arrived after the catalogue was read (uploaded from the editor) join 未编入 in the
 * base and in the working copy alike, so nothing the clerk has not saved is lost or counted as a change.
 */
export function withArrivedMaterials(loaded: { base: CatalogueOut; draft: CatalogueDraft }, latest: CatalogueOut): { base: CatalogueOut; draft: CatalogueDraft } {
  const known = new Set([
    ...loaded.draft.unplaced.map((u) => u.materialId),
    ...loaded.draft.duplicates.map((d) => d.materialId),
    ...loaded.base.duplicates.map((d) => d.materialId),
    ...[...loaded.draft.volumes.main, ...loaded.draft.volumes.side].flat().map((e) => e.materialId),
    ...loaded.base.unplaced.map((u) => u.materialId),
    ...loaded.base.volumes.flatMap((v) => v.entries.map((e) => e.materialId)),
  ]);
  const arrived = latest.unplaced.filter((u) => !known.has(u.materialId));
  if (arrived.length === 0) return loaded;
  return {
    base: { ...loaded.base, unplaced: [...loaded.base.unplaced, ...arrived] },
    draft: { ...loaded.draft, unplaced: [...loaded.draft.unplaced, ...arrived] },
  };
}
