import { describe, expect, it } from 'vitest';
import { caseTypeCodes, isKnownTypeCode, typeCodeFamily } from '../case-number/index.js';
import { templateKinds } from './catalogue-template.js';
import { cataloguedFamilies, catalogueTemplates, defaultCatalogueTemplates, templateByKind, templateForTypeCode, unmappedTypeCodes } from './templates.js';
import { validateTemplates } from './validate-template.js';

describe('default catalogue templates', () => {
  it('has one template per kind, in templateKinds order, all valid together', () => {
    expect(catalogueTemplates.map((t) => t.kind)).toEqual([...templateKinds]);
    expect(validateTemplates(catalogueTemplates)).toEqual({ ok: true, issues: [] });
  });

  it('is plain JSON data: a round trip changes nothing', () => {
    for (const t of catalogueTemplates) expect(JSON.parse(JSON.stringify(t))).toEqual(t);
  });

  it('hands out frozen defaults and fresh editable copies', () => {
    expect(Object.isFrozen(catalogueTemplates[0]!.slots[0]!.names)).toBe(true);
    const copy = defaultCatalogueTemplates()[0]!;
    copy.slots[0]!.names.push('测试');
    expect(catalogueTemplates[0]!.slots[0]!.names).not.toContain('测试');
  });

  it('models 卷宗封面, 卷内目录, 备考表 and 卷底 of each volume as generated slots at the ends', () => {
    for (const t of catalogueTemplates) {
      for (const volume of ['main', 'side'] as const) {
        const slots = t.slots.filter((s) => s.volume === volume).sort((a, b) => a.order - b.order);
        expect(slots.slice(0, 2).every((s) => s.generated), `${t.kind} ${volume}`).toBe(true);
        expect(slots.slice(-2).every((s) => s.generated), `${t.kind} ${volume}`).toBe(true);
        expect(slots.slice(2, -2).some((s) => s.generated)).toBe(false);
      }
    }
  });

  it('lets a 庭审录音录像 stand in for the 庭审笔录 wherever there is a hearing (DOMAIN.md §8)', () => {
    for (const t of catalogueTemplates) {
      const group = t.requirementGroups.find((g) => g.anyOf.includes('hearing-transcript'));
      if (t.kind === 'enforcement') {
        expect(group).toBeUndefined();
        continue;
      }
      expect(group, t.kind).toMatchObject({ when: 'hearing_held', anyOf: ['hearing-transcript', 'hearing-recording'] });
    }
  });
});

describe('templateForTypeCode', () => {
  it.each([
    ['民初', 'civil_first_instance'],
    ['民撤', 'civil_first_instance'],
    ['民终', 'civil_second_instance'],
    ['刑初', 'criminal_first_instance'],
    ['刑终', 'criminal_second_instance'],
    ['执', 'enforcement'],
    ['执恢', 'enforcement'],
    ['执保', 'enforcement'],
    ['执异', 'enforcement_review'],
    ['执复', 'enforcement_review'],
    ['行初', 'administrative_first_instance'],
    ['行赔初', 'administrative_first_instance'],
    ['行终', 'administrative_second_instance'],
    ['法赔', 'state_compensation_and_judicial_aid'],
    ['委赔', 'state_compensation_and_judicial_aid'],
    ['赔确监', 'state_compensation_and_judicial_aid'],
    ['司救民', 'state_compensation_and_judicial_aid'],
    ['司救执', 'state_compensation_and_judicial_aid'],
    ['民申', 'supervision_and_retrial'],
    ['民再', 'supervision_and_retrial'],
    ['刑申', 'supervision_and_retrial'],
    ['刑再', 'supervision_and_retrial'],
    ['行申', 'supervision_and_retrial'],
    ['行再', 'supervision_and_retrial'],
    ['执监', 'supervision_and_retrial'],
  ])('%s → %s', (code, kind) => {
    expect(templateForTypeCode(code)?.kind).toBe(kind);
  });

  it('accepts spaced input and returns null for unmapped, unknown and out-of-scope codes', () => {
    expect(templateForTypeCode(' 民 初 ')?.kind).toBe('civil_first_instance');
    expect(templateForTypeCode('民特')).toBeNull();
    expect(templateForTypeCode('民诉前调')).toBeNull();
    expect(templateForTypeCode('破')).toBeNull();
    expect(templateForTypeCode('')).toBeNull();
  });

  it('maps every litigation and enforcement 类型代字 of the covered families, except the listed ones', () => {
    const covered = caseTypeCodes.filter((c) => cataloguedFamilies.includes(typeCodeFamily(c.typeCode) ?? ''));
    const unmapped = covered.filter((c) => templateForTypeCode(c.typeCode) === null).map((c) => c.typeCode);
    expect(unmapped.sort()).toEqual(Object.keys(unmappedTypeCodes).sort());
    // Deliberately unmapped, each with a reason in unmappedTypeCodes:
    expect(Object.keys(unmappedTypeCodes)).toEqual([
      '刑辖', '民辖', '民辖终', '民辖监', '行辖', '行辖终', '赔辖', '赔辖终',
      '刑没', '刑核', '刑医', '刑医解', '刑医复', '刑医监', '刑止', '刑止调', '刑止核', '刑更', '刑更监', '刑更备',
      '刑教', '刑教解', '刑教复', '刑教监', '刑他', '民他', '行他', '行赔他', '执他',
      '民特', '民催', '民督', '民保令', '民保更', '行审', '行审复', '执协',
    ]);
    for (const reason of Object.values(unmappedTypeCodes)) expect(reason).toMatch(/[\u4e00-\u9fff]/);
    expect(covered.length - unmapped.length).toBe(catalogueTemplates.reduce((n, t) => n + t.typeCodes.length, 0));
  });

  it('uses only 类型代字 the case-type table knows', () => {
    for (const t of catalogueTemplates) for (const code of t.typeCodes) expect(isKnownTypeCode(code), code).toBe(true);
  });

  it('finds a template by kind', () => {
    expect(templateByKind('enforcement')?.typeCodes).toEqual(['执', '执恢', '执保']);
  });
});
