import { describe, expect, it } from 'vitest';
import { classifierReport, figuresOf, type LabelledOutcome } from './classifier-figures.js';

const o = (label: string | null, predicted: string | null, templateKind = 'civil_first_instance'): LabelledOutcome => ({ templateKind, label, predicted });

describe('figuresOf', () => {
  it('measures precision over placed materials and recall over materials with a slot', () => {
    const f = figuresOf([o('judgment', 'judgment'), o('judgment', 'ruling'), o('complaint', null), o(null, null), o(null, 'appeal')]);
    expect(f).toEqual({
      total: 5,
      placed: 3,
      correct: 1,
      unplaced: 2,
      withSlot: 3,
      withSlotUnplaced: 1,
      withoutSlot: 2,
      withoutSlotUnplaced: 1,
      precision: 0.3333,
      recall: 0.3333,
    });
  });

  it('reads an empty run as perfect rather than dividing by zero', () => {
    expect(figuresOf([])).toMatchObject({ precision: 1, recall: 1 });
  });
});

describe('classifierReport', () => {
  it('breaks figures down by template and slot and lists the most frequent errors first', () => {
    const r = classifierReport(
      [o('judgment', 'judgment'), o('judgment', 'ruling'), o('judgment', 'ruling'), o('complaint', null), o('appeal', 'appeal', 'civil_second_instance')],
      2,
    );
    expect(Object.keys(r.perTemplate)).toEqual(['civil_first_instance', 'civil_second_instance']);
    expect(r.perSlot['civil_first_instance/judgment']).toEqual({ support: 3, predicted: 1, correct: 1, precision: 1, recall: 0.3333 });
    expect(r.perSlot['civil_first_instance/ruling']).toEqual({ support: 0, predicted: 2, correct: 0, precision: 0, recall: 1 });
    expect(r.confusions).toEqual([
      { templateKind: 'civil_first_instance', label: 'judgment', predicted: 'ruling', count: 2 },
      { templateKind: 'civil_first_instance', label: 'complaint', predicted: null, count: 1 },
    ]);
  });
});
