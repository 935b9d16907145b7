import { describe, expect, it } from 'vitest';
import type { CatalogueTemplateJson, TemplateSlot } from '../../api/catalogue-templates.hooks';
import {
  addSlot,
  addWords,
  canMove,
  describeIssue,
  describeIssuePath,
  isDirty,
  issuesFromDetails,
  moveSlot,
  prepareForSave,
  removeSlot,
  slugProblem,
  slotsOf,
} from './template-draft';

const slot = (id: string, volume: 'main' | 'side', order: number, extra: Partial<TemplateSlot> = {}): TemplateSlot => ({
  id, volume, order, required: false, title: id, names: [], keywords: [], ...extra,
});

const template = (): CatalogueTemplateJson => ({
  kind: 'civil_first_instance',
  version: 1,
  name: '民事（含商事）一审案件编目模板',
  typeCodes: ['民初'],
  source: 'DOMAIN.md',
  slots: [
    slot('cover', 'main', 1, { generated: true, title: '卷宗封面' }),
    slot('complaint', 'main', 2, { title: '起诉状' }),
    slot('fee', 'main', 3, { title: '诉讼费票据' }),
    slot('judgment', 'main', 4, { title: '判决书' }),
    slot('back', 'main', 5, { generated: true, title: '卷底' }),
    slot('side-cover', 'side', 10, { generated: true }),
    slot('deliberation', 'side', 20),
  ],
  requirementGroups: [{ id: 'decision', title: '裁判文书', anyOf: ['judgment'], when: 'always' }],
});

describe('template draft', () => {
  it('moves a slot within its volume but never past a generated one', () => {
    const t = template();
    expect(canMove(t, 'complaint', -1)).toBe(false);
    expect(canMove(t, 'judgment', 1)).toBe(false);
    expect(canMove(t, 'cover', 1)).toBe(false);
    const moved = moveSlot(t, 'judgment', -1);
    expect(slotsOf(moved, 'main').map((s) => s.id)).toEqual(['cover', 'complaint', 'judgment', 'fee', 'back']);
    expect(slotsOf(moved, 'main').map((s) => s.order)).toEqual([1, 2, 3, 4, 5]);
  });

  it('adds a slot before the closing generated slots, and renumbers 1..n per volume on save', () => {
    const t = addSlot(template(), { slug: ' Fee Refund ', title: '退费材料', volume: 'main', required: true });
    expect(slotsOf(t, 'main').map((s) => s.id)).toEqual(['cover', 'complaint', 'fee', 'judgment', 'fee-refund', 'back']);
    const sent = prepareForSave(t);
    expect(slotsOf(sent, 'side').map((s) => s.order)).toEqual([1, 2]);
    expect(sent.slots.find((s) => s.id === 'fee-refund')).toMatchObject({ order: 5, required: true, names: [], keywords: [] });
  });

  it('checks the slug of a new slot', () => {
    const t = template();
    expect(slugProblem(t, '')).toContain('请填写');
    expect(slugProblem(t, '退费')).toContain('无效');
    expect(slugProblem(t, '1abc')).toContain('无效');
    expect(slugProblem(t, 'fee')).toContain('已被格位“诉讼费票据”使用');
    expect(slugProblem(t, 'fee_refund')).toBeNull();
  });

  it('removes a slot and takes it out of the requirement groups, but keeps generated slots', () => {
    const t = removeSlot(template(), 'judgment');
    expect(t.slots.map((s) => s.id)).not.toContain('judgment');
    expect(t.requirementGroups[0]!.anyOf).toEqual([]);
    expect(removeSlot(template(), 'cover').slots).toHaveLength(7);
  });

  it('adds words without repeats and tells when the draft changed', () => {
    expect(addWords(['a'], 'a、b，c ')).toEqual(['a', 'b', 'c']);
    const t = template();
    expect(isDirty(t, prepareForSave(t))).toBe(false);
    expect(isDirty(t, moveSlot(t, 'fee', 1))).toBe(true);
  });

  it('says in Chinese where a server finding points', () => {
    const sent = prepareForSave(template());
    expect(describeIssuePath(sent, ['slots', 2, 'keywords', 0])).toBe('正卷第 3 位“诉讼费票据” · 关键词第 1 项');
    expect(describeIssuePath(sent, ['requirementGroups', 0, 'anyOf'])).toBe('必备要求“裁判文书” · 任一格位');
    expect(describeIssuePath(sent, ['typeCodes', 1])).toBe('模板 · 类型代字第 2 项');
    // The server checks [sent, ...others] and starts each path with the template's index.
    const issues = issuesFromDetails({
      issues: [
        { code: 'W', severity: 'warning', path: [0], message: 'w' },
        { code: 'E', severity: 'error', path: [0, 'slots', 0, 'title'], message: 'e' },
        { code: 'OTHER_W', severity: 'warning', path: [1, 'typeCodes', 0], message: 'x' },
        { code: 'OTHER_E', severity: 'error', path: [1, 'typeCodes', 0], message: 'y' },
        { bad: 1 },
      ],
    });
    expect(issues.map((i) => i.code)).toEqual(['E', 'OTHER_E', 'W']);
    const other = { ...template(), kind: 'civil_second_instance' };
    expect(describeIssue(sent, [other], issues[0]!)).toBe('正卷第 1 位“卷宗封面” · 题名');
    expect(describeIssue(sent, [other], issues[1]!)).toBe('模板“民事二审” · 类型代字第 1 项');
  });
});
