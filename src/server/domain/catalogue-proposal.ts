import { slotsInOrder, type CatalogueTemplate, type Volume } from './catalogue/catalogue-template.js';
import { classifyMaterial, type Classification } from './catalogue/classifier.js';
import type { MaterialInput } from './catalogue/read-material.js';
import { splitIntoBooks } from '../../common/volume-pagination.js';

/** A material as auto-cataloguing sees it. */
export interface ProposalMaterial extends MaterialInput {
  id: string;
  pages: number | null;
  /** The document's own date (成文日期) or hearing date, YYYY-MM-DD; null when unknown. */
  date: string | null;
  /** When CaseVault received it (ISO time): the tie-breaker, and the date when none is known. */
  receivedAt: string;
}

export interface ProposedEntry {
  materialId: string;
  slotId: string;
  confidence: number;
  reasons: string[];
}

/** One 册 of a volume kind, numbered from 1 per kind. */
export interface ProposedBook {
  volume: Volume;
  book: number;
  entries: ProposedEntry[];
}

export interface CatalogueProposal {
  books: ProposedBook[];
  /** Materials the classifier could not place, for the clerk, with its alternatives. */
  unplaced: Array<{ materialId: string; classification: Classification }>;
}

/**
 * Orders materials inside one slot (DOMAIN.md §4.2: by order of formation): by date, then by the
 * order received, then by id so that the order is stable.
 */
export function compareInSlot(a: Pick<ProposalMaterial, 'id' | 'date' | 'receivedAt'>, b: Pick<ProposalMaterial, 'id' | 'date' | 'receivedAt'>): number {
  const da = a.date ?? a.receivedAt.slice(0, 10);
  const db = b.date ?? b.receivedAt.slice(0, 10);
  return da.localeCompare(db) || a.receivedAt.localeCompare(b.receivedAt) || a.id.localeCompare(b.id);
}

/**
 * Proposes a complete catalogue: each material classified into a slot of the template, the slots
 * in canonical order in their volume (正卷, 副卷), materials inside a slot by date then arrival,
 * each volume split into 册 of at most `bookPageLimit` pages. Pure.
 */
export function proposeCatalogue(template: CatalogueTemplate, materials: readonly ProposalMaterial[], bookPageLimit: number): CatalogueProposal {
  const rank = new Map(slotsInOrder(template).map((s, i) => [s.id, i]));
  const volumeOf = new Map(template.slots.map((s) => [s.id, s.volume]));
  const placed: Array<{ material: ProposalMaterial; entry: ProposedEntry }> = [];
  const unplaced: CatalogueProposal['unplaced'] = [];
  for (const material of materials) {
    const classification = classifyMaterial(material, template);
    if (classification.slotId && rank.has(classification.slotId)) {
      placed.push({ material, entry: { materialId: material.id, slotId: classification.slotId, confidence: classification.confidence, reasons: classification.reasons } });
    } else {
      unplaced.push({ materialId: material.id, classification });
    }
  }
  placed.sort((a, b) => rank.get(a.entry.slotId)! - rank.get(b.entry.slotId)! || compareInSlot(a.material, b.material));
  const books: ProposedBook[] = [];
  for (const volume of ['main', 'side'] as const) {
    const inVolume = placed.filter((p) => volumeOf.get(p.entry.slotId) === volume);
    if (inVolume.length === 0) continue;
    const split = splitIntoBooks(
      inVolume.map((p) => ({ pages: p.material.pages, entry: p.entry })),
      bookPageLimit,
    );
    split.forEach((run, i) => books.push({ volume, book: i + 1, entries: run.map((r) => r.entry) }));
  }
  return { books, unplaced };
}
