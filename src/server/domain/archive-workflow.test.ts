import { describe, expect, it } from 'vitest';
import { archiveStates, type ArchiveState } from '../../common/vocabulary.js';
import { allowedEvents, archiveEvents, isArchiveFinal, stateAfterClosingChange, transition } from './archive-workflow.js';

const expected: Array<[ArchiveState, string, ArchiveState]> = [
  ['collecting', 'close', 'cataloguing'],
  ['cataloguing', 'submit', 'awaiting_review'],
  ['cataloguing', 'reopen', 'collecting'],
  ['awaiting_review', 'approve', 'awaiting_reception'],
  ['awaiting_review', 'return', 'cataloguing'],
  ['awaiting_reception', 'accept', 'archived'],
  ['awaiting_reception', 'reject', 'cataloguing'],
  ['archived', 'transfer', 'transferred'],
  ['archived', 'dispose', 'disposed'],
];

describe('archive workflow', () => {
  it('allows exactly the transitions of DESIGN.md §3 (every state × every event)', () => {
    for (const from of archiveStates) {
      for (const event of archiveEvents) {
        const hit = expected.find(([f, e]) => f === from && e === event);
        const r = transition(from, event);
        if (hit) expect(r).toEqual({ ok: true, to: hit[2] });
        else expect(r.ok).toBe(false);
      }
    }
  });

  it('explains a refused transition in Chinese with what is possible instead', () => {
    const r = transition('collecting', 'approve');
    expect(r).toEqual({ ok: false, message: '案卷当前为“随案收集中”，不能审核通过；此时可以“结案”' });
    const final = transition('disposed', 'accept');
    expect(final.ok === false && final.message).toContain('终态');
  });

  it('lists allowed events and final states', () => {
    expect(allowedEvents('awaiting_reception')).toEqual(['reject', 'accept']);
    expect(archiveStates.filter(isArchiveFinal)).toEqual(['archived', 'transferred', 'disposed']);
  });

  it('moves between collecting and cataloguing when the closing date is set or withdrawn', () => {
    expect(stateAfterClosingChange('collecting', true)).toBe('cataloguing');
    expect(stateAfterClosingChange('cataloguing', false)).toBe('collecting');
    expect(stateAfterClosingChange('cataloguing', true)).toBe('cataloguing');
    expect(stateAfterClosingChange('awaiting_review', false)).toBe('awaiting_review');
    expect(stateAfterClosingChange('archived', false)).toBe('archived');
  });
});
