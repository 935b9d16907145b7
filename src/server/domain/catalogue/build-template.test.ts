import { describe, expect, it } from 'vitest';
import { adapt, buildTemplate } from './build-template.js';

const content = { title: '判决书', names: ['判决书'], keywords: ['判决'], negativeKeywords: ['送达回证'] };

describe('buildTemplate', () => {
  it('numbers each volume from 1 in list order and defaults required to false', () => {
    const t = buildTemplate({
      kind: 'civil_first_instance',
      version: 1,
      name: '测试',
      typeCodes: ['民初'],
      source: '测试',
      main: [{ id: 'a', ...content }, { id: 'b', required: true, ...content }],
      side: [{ id: 'c', ...content }],
      requirementGroups: [],
    });
    expect(t.slots.map((s) => [s.id, s.volume, s.order, s.required])).toEqual([
      ['a', 'main', 1, false],
      ['b', 'main', 2, true],
      ['c', 'side', 1, false],
    ]);
    expect(JSON.parse(JSON.stringify(t))).toEqual(t);
  });

  it('shares no arrays with its input', () => {
    const entry = { id: 'a', ...content, names: ['判决书'] };
    const t = buildTemplate({ kind: 'civil_first_instance', version: 1, name: 'x', typeCodes: ['民初'], source: 'x', main: [entry], side: [], requirementGroups: [] });
    entry.names.push('改');
    expect(t.slots[0]!.names).toEqual(['判决书']);
  });
});

describe('adapt', () => {
  it('replaces fields, adds words once and removes words', () => {
    const s = adapt('judgment', content, { title: '民事判决书', addNames: ['民事判决书', '判决书'], addNegativeKeywords: ['签发'], removeKeywords: ['判决'] });
    expect(s).toEqual({ id: 'judgment', title: '民事判决书', names: ['判决书', '民事判决书'], keywords: [], negativeKeywords: ['送达回证', '签发'] });
  });

  it('drops an emptied negative list and leaves the library untouched', () => {
    const s = adapt('judgment', content, { removeNegativeKeywords: ['送达回证'] });
    expect('negativeKeywords' in s).toBe(false);
    expect(content.negativeKeywords).toEqual(['送达回证']);
  });
});
