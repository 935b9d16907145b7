import { describe, expect, it } from 'vitest';
import { requirementConditionLabels, requirementConditions, slotById, slotsInOrder, templateKindLabels, templateKinds, volumeLabels } from './catalogue-template.js';
import { enforcementTemplate } from './enforcement.template.js';

describe('catalogue template vocabulary', () => {
  it('labels every kind, volume and condition in Chinese', () => {
    expect(Object.keys(templateKindLabels)).toEqual([...templateKinds]);
    expect(volumeLabels).toEqual({ main: '正卷', side: '副卷' });
    expect(Object.keys(requirementConditionLabels)).toEqual([...requirementConditions]);
  });
});

describe('slotsInOrder and slotById', () => {
  const t = enforcementTemplate();

  it('lists a volume by order, or both with the 正卷 first', () => {
    const shuffled = { ...t, slots: [...t.slots].reverse() };
    expect(slotsInOrder(shuffled, 'side').map((s) => s.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const all = slotsInOrder(shuffled);
    expect(all[0]!.id).toBe('cover');
    expect(all.at(-1)!.id).toBe('side-back-cover');
    expect(all.findIndex((s) => s.volume === 'side')).toBe(t.slots.filter((s) => s.volume === 'main').length);
  });

  it('finds a slot by id', () => {
    expect(slotById(t, 'enforcement-basis')?.title).toBe('执行依据（生效法律文书）及生效证明');
    expect(slotById(t, 'nothing')).toBeUndefined();
  });
});
