/**
 * Figures of a classifier run on labelled materials: precision over the materials it placed, recall
 * over the materials that have a true slot, per template and per slot, and the most frequent errors.
 * A material without a true slot (label null) that gets placed counts against precision; one left
 * unplaced is right.
 */

/** One labelled material and what the classifier proposed. */
export interface LabelledOutcome {
  templateKind: string;
  label: string | null;
  predicted: string | null;
}

export interface Figures {
  total: number;
  /** Materials the classifier placed in a slot. */
  placed: number;
  /** Placed in the true slot. */
  correct: number;
  /** Left for the clerk (predicted null). */
  unplaced: number;
  /** Materials with a true slot, and those of them left unplaced. */
  withSlot: number;
  withSlotUnplaced: number;
  /** Materials with no true slot, and those of them rightly left unplaced. */
  withoutSlot: number;
  withoutSlotUnplaced: number;
  /** correct / placed (1 when nothing was placed). */
  precision: number;
  /** correct / withSlot (1 when no material has a slot). */
  recall: number;
}

export interface SlotFigures {
  /** Materials whose true slot this is. */
  support: number;
  /** Materials placed in this slot. */
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
}

export interface Confusion {
  templateKind: string;
  /** True slot (null: belongs nowhere). */
  label: string | null;
  /** Proposed slot (null: left unplaced). */
  predicted: string | null;
  count: number;
}

export interface ClassifierReport {
  overall: Figures;
  perTemplate: Record<string, Figures>;
  /** Keyed 'templateKind/slotId'. */
  perSlot: Record<string, SlotFigures>;
  /** Wrong placements and misses, most frequent first (ties by template, label, prediction). */
  confusions: Confusion[];
}

/** Figures of a set of outcomes. */
export function figuresOf(outcomes: readonly LabelledOutcome[]): Figures {
  const placed = outcomes.filter((o) => o.predicted !== null);
  const correct = placed.filter((o) => o.predicted === o.label).length;
  const withSlot = outcomes.filter((o) => o.label !== null);
  const withoutSlot = outcomes.filter((o) => o.label === null);
  return {
    total: outcomes.length,
    placed: placed.length,
    correct,
    unplaced: outcomes.length - placed.length,
    withSlot: withSlot.length,
    withSlotUnplaced: withSlot.filter((o) => o.predicted === null).length,
    withoutSlot: withoutSlot.length,
    withoutSlotUnplaced: withoutSlot.filter((o) => o.predicted === null).length,
    precision: ratio(correct, placed.length),
    recall: ratio(correct, withSlot.length),
  };
}

/** The full report; `maxConfusions` caps the confusion list (default 20). */
export function classifierReport(outcomes: readonly LabelledOutcome[], maxConfusions = 20): ClassifierReport {
  const perTemplate: Record<string, Figures> = {};
  for (const kind of [...new Set(outcomes.map((o) => o.templateKind))].sort()) {
    perTemplate[kind] = figuresOf(outcomes.filter((o) => o.templateKind === kind));
  }

  const perSlot: Record<string, SlotFigures> = {};
  const slot = (key: string) => (perSlot[key] ??= { support: 0, predicted: 0, correct: 0, precision: 1, recall: 1 });
  for (const o of outcomes) {
    if (o.label !== null) slot(`${o.templateKind}/${o.label}`).support++;
    if (o.predicted !== null) {
      const s = slot(`${o.templateKind}/${o.predicted}`);
      s.predicted++;
      if (o.predicted === o.label) s.correct++;
    }
  }
  for (const s of Object.values(perSlot)) {
    s.precision = ratio(s.correct, s.predicted);
    s.recall = ratio(s.correct, s.support);
  }
  const sortedSlots: Record<string, SlotFigures> = {};
  for (const key of Object.keys(perSlot).sort()) sortedSlots[key] = perSlot[key]!;

  const counts = new Map<string, Confusion>();
  for (const o of outcomes) {
    if (o.predicted === o.label) continue;
    const key = JSON.stringify([o.templateKind, o.label, o.predicted]);
    const c = counts.get(key) ?? { templateKind: o.templateKind, label: o.label, predicted: o.predicted, count: 0 };
    c.count++;
    counts.set(key, c);
  }
  const confusions = [...counts.values()]
    .sort((a, b) => b.count - a.count || a.templateKind.localeCompare(b.templateKind) || String(a.label).localeCompare(String(b.label)) || String(a.predicted).localeCompare(String(b.predicted)))
    .slice(0, maxConfusions);

  return { overall: figuresOf(outcomes), perTemplate, perSlot: sortedSlots, confusions };
}

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : Math.round((a / b) * 10000) / 10000;
}
