import { normalizeText } from './normalize-text.js';

/** What the duplicate detection knows of a material. */
export interface DuplicateCandidate {
  id: string;
  title: string;
  pages: number | null;
  date: string | null;
  /** SHA-256 of its main file (the document, or the recording). */
  contentSha256: string | null;
  receivedAt: string;
  /** In the catalogue now (an entry) rather than unplaced. */
  placed: boolean;
}

export type DuplicateBasis = 'identical' | 'same-title';

/** A pair that looks like the same material twice: the one to set aside, and the one to keep. */
export interface LikelyDuplicate {
  materialId: string;
  keptMaterialId: string;
  basis: DuplicateBasis;
  reason: string;
}

/**
 * Materials that arrived twice — the same filing uploaded online and scanned at the counter, a
 * trial-system push repeated: byte-identical main files (SHA-256 equal), or the same normalised
 * title with the same date and page count. In each group the kept one is the one in the catalogue
 * (if any), else the one received first; every other member is paired with it. Pure.
 */
export function likelyDuplicates(materials: readonly DuplicateCandidate[]): LikelyDuplicate[] {
  const out: LikelyDuplicate[] = [];
  const paired = new Set<string>();
  const group = (key: (m: DuplicateCandidate) => string | null, basis: DuplicateBasis) => {
    const groups = new Map<string, DuplicateCandidate[]>();
    for (const m of materials) {
      if (paired.has(m.id)) continue;
      const k = key(m);
      if (k === null) continue;
      groups.set(k, [...(groups.get(k) ?? []), m]);
    }
    for (const members of groups.values()) {
      if (members.length < 2) continue;
      const [kept, ...others] = [...members].sort(keepFirst);
      for (const m of others) {
        paired.add(m.id);
        out.push({ materialId: m.id, keptMaterialId: kept!.id, basis, reason: reasonOf(basis, kept!) });
      }
      paired.add(kept!.id);
    }
  };
  group((m) => m.contentSha256, 'identical');
  group((m) => (m.pages !== null && m.date !== null ? `${normalizeText(m.title)}|${m.date}|${m.pages}` : null), 'same-title');
  return out;
}

function keepFirst(a: DuplicateCandidate, b: DuplicateCandidate): number {
  if (a.placed !== b.placed) return a.placed ? -1 : 1;
  return a.receivedAt < b.receivedAt ? -1 : a.receivedAt > b.receivedAt ? 1 : a.id < b.id ? -1 : 1;
}

function reasonOf(basis: DuplicateBasis, kept: DuplicateCandidate): string {
  return basis === 'identical' ? `与“${kept.title}”的文件完全相同（SHA-256 一致）` : `与“${kept.title}”题名、日期、页数均相同`;
}
