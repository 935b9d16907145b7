import { describe, expect, it } from 'vitest';
import { checkItems, clauseTitles, compareItemNumbers } from './item-catalogue.js';
import { rules } from './run-checks.js';

describe('the DA/T 70-2018 catalogue', () => {
  it.each([['GD', 16], ['YJ', 16], ['BC', 17]] as const)('covers all %s clauses (%i) with at least one item', (stage, clauses) => {
    expect(Object.keys(clauseTitles[stage])).toHaveLength(clauses);
    const covered = new Set(checkItems(stage).map((i) => i.clause));
    expect([...covered].sort()).toEqual(Object.keys(clauseTitles[stage]).sort());
  });

  it('gives every item a unique STAGE-x-y code, a Chinese title and, when automatic, a rule', () => {
    for (const stage of ['GD', 'YJ', 'BC'] as const) {
      const items = checkItems(stage);
      expect(new Set(items.map((i) => i.code)).size).toBe(items.length);
      for (const i of items) {
        expect(i.code).toMatch(new RegExp(`^${stage}-[1-4]-\\d+$`));
        expect(i.title).toMatch(/检测$/);
        expect(i.clauseTitle).not.toBe('');
        if (i.mode === 'automatic') expect(rules[i.item], i.code).toBeDefined();
      }
    }
  });

  it('names the package after the stage and moves stage-specific clauses', () => {
    expect(checkItems('YJ').find((i) => i.item === '1-14')!.title).toBe('移交信息包一致性检测');
    expect(checkItems('BC').find((i) => i.item === '3-8')!.clause).toBe('3-2');
    expect(checkItems('BC').find((i) => i.item === '3-9')!.clauseTitle).toBe('备份数据可恢复性');
    expect(checkItems('YJ').some((i) => i.item === '2-9')).toBe(false);
  });

  it('orders item numbers numerically', () => {
    expect(['1-10', '1-2', '2-1', '1-1'].sort(compareItemNumbers)).toEqual(['1-1', '1-2', '1-10', '2-1']);
  });
});
