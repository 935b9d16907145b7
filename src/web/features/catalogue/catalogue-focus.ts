import { createContext, useContext } from 'react';
import { volumeKinds, type VolumeKind } from '../../../common/catalogue-api';
import type { CatalogueDraft, CatalogueSlot } from './catalogue-draft';

/**
 * Where the editor is asked to look (`?focus=` in the URL, or 定位 of a finding of the completeness
 * check): a required slot, an entry of the catalogue, a material, or a 册.
 */
export type FocusTarget =
  | { kind: 'slot'; slotId: string }
  | { kind: 'entry'; materialId: string }
  | { kind: 'material'; materialId: string }
  | { kind: 'book'; volume: VolumeKind; number: number };

/** Reads `slot:<slotId>`, `entry:<materialId>`, `material:<materialId>` or `book:<main|side>:<number>`. */
export function parseFocus(value: string | null | undefined): FocusTarget | null {
  if (!value) return null;
  const at = value.indexOf(':');
  if (at <= 0) return null;
  const kind = value.slice(0, at);
  const rest = value.slice(at + 1);
  if (rest === '') return null;
  switch (kind) {
    case 'slot':
      return { kind, slotId: rest };
    case 'entry':
    case 'material':
      return { kind, materialId: rest };
    case 'book': {
      const m = /^(main|side):(\d+)$/.exec(rest);
      if (!m || !(volumeKinds as readonly string[]).includes(m[1]!)) return null;
      const number = Number(m[2]);
      return number >= 1 ? { kind, volume: m[1] as VolumeKind, number } : null;
    }
    default:
      return null;
  }
}

/** The `focus` parameter of a link (an editor address such as `/cases/x/catalogue?focus=slot:a`). */
export function focusOfHref(href: string): string | null {
  try {
    return new URL(href, 'http://x').searchParams.get('focus');
  } catch {
    return null;
  }
}

/**
 * Which element of the page shows the place, in the working copy as it is now (the clerk may have
 * moved things since the check was made): a key that the element carries when it is highlighted.
 * - `entry:<id>` a row of the catalogue, `material:<id>` an item of 未编入材料 (each falls back to
 *   the other when the material has moved in or out of the catalogue);
 * - `slot:<id>` the line of a missing required slot, else its 本案无 line, else the first row placed
 *   in that slot;
 * - `book:<kind>:<number>` the header of the 册.
 * Null when the place is not on the page.
 */
export function focusKey(target: FocusTarget, draft: CatalogueDraft, missing: CatalogueSlot[]): string | null {
  const entries = [...draft.volumes.main.flat(), ...draft.volumes.side.flat()];
  const inCatalogue = (id: string) => entries.some((e) => e.materialId === id);
  const unplaced = (id: string) => draft.unplaced.some((u) => u.materialId === id);
  switch (target.kind) {
    case 'entry':
    case 'material': {
      const id = target.materialId;
      const order = target.kind === 'entry' ? (['entry', 'material'] as const) : (['material', 'entry'] as const);
      for (const k of order) {
        if (k === 'entry' ? inCatalogue(id) : unplaced(id)) return `${k}:${id}`;
      }
      return null;
    }
    case 'slot': {
      if (missing.some((s) => s.id === target.slotId)) return `slot:${target.slotId}`;
      if (draft.waivers.some((w) => w.slotId === target.slotId)) return `waiver:${target.slotId}`;
      const first = entries.find((e) => e.slotId === target.slotId);
      return first ? `entry:${first.materialId}` : null;
    }
    case 'book':
      return draft.volumes[target.volume].length >= target.number ? `book:${target.volume}:${target.number}` : null;
  }
}

/** The highlighted place: its key, and a counter so that locating the same place again flashes again. */
export interface ActiveFocus {
  key: string;
  n: number;
}

export const FocusContext = createContext<ActiveFocus | null>(null);

export const useActiveFocus = (): ActiveFocus | null => useContext(FocusContext);

/**
 * Props for an element that may be the highlighted place: `data-focused` and a class running the
 * flash (two classes with the same look, alternating, so the animation restarts on a second 定位).
 */
export function focusProps(active: ActiveFocus | null, key: string, classes: { a: string; b: string }): { className: string; 'data-focused'?: 'true' } {
  if (!active || active.key !== key) return { className: '' };
  return { className: active.n % 2 ? classes.a : classes.b, 'data-focused': 'true' };
}
