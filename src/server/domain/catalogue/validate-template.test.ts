import { describe, expect, it } from 'vitest';
import type { CatalogueTemplate } from './catalogue-template.js';
import { civilFirstInstanceTemplate } from './civil-first-instance.template.js';
import { validateTemplate, validateTemplates } from './validate-template.js';

const fresh = (): CatalogueTemplate => civilFirstInstanceTemplate();
const slot = (t: CatalogueTemplate, id: string) => t.slots.find((s) => s.id === id)!;
const codes = (t: unknown) => validateTemplate(t).issues.map((i) => [i.code, i.severity, i.path.join('.')]);

describe('validateTemplate', () => {
  it('passes a good template', () => {
    expect(validateTemplate(fresh())).toEqual({ ok: true, issues: [] });
  });

  it('rejects what is not a template at all', () => {
    expect(validateTemplate(null)).toEqual({ ok: false, issues: [{ code: 'CATALOGUE_TEMPLATE_SHAPE', severity: 'error', path: [], message: '模板应为一个对象（JSON 对象）' }] });
    expect(codes({ kind: 'civil_first_instance', version: 1, name: 'x', source: 'y', typeCodes: ['民初'] })).toEqual([['CATALOGUE_TEMPLATE_SHAPE', 'error', '']]);
  });

  it('finds a duplicate slot id', () => {
    const t = fresh();
    slot(t, 'appeal').id = 'complaint';
    const f = validateTemplate(t);
    expect(f.ok).toBe(false);
    expect(f.issues[0]).toMatchObject({ code: 'CATALOGUE_DUPLICATE_SLOT_ID', path: ['slots', 28, 'id'] });
    expect(f.issues[0]!.message).toBe('格位标识“complaint”重复（第 5 个与第 29 个格位）');
  });

  it('finds orders that are not unique in a volume, or not positive integers', () => {
    const t = fresh();
    slot(t, 'defence').order = slot(t, 'complaint').order;
    slot(t, 'appeal').order = 0;
    expect(codes(t)).toEqual([
      ['CATALOGUE_DUPLICATE_ORDER', 'error', 'slots.11.order'],
      ['CATALOGUE_ORDER_INVALID', 'error', 'slots.28.order'],
    ]);
    expect(validateTemplate(t).issues[0]!.message).toBe('正卷中第 5 个与第 12 个格位的排列顺序都是 5');
  });

  it('allows the same order in the 正卷 and the 副卷', () => {
    const t = fresh();
    expect(slot(t, 'trial-report').order).toBe(slot(t, 'case-flow-record').order);
    expect(validateTemplate(t).ok).toBe(true);
  });

  it('finds a required slot with nothing to recognise it by', () => {
    const t = fresh();
    Object.assign(slot(t, 'complaint'), { names: [], keywords: [], textKeywords: undefined });
    expect(codes(t)).toEqual([['CATALOGUE_REQUIRED_SLOT_UNRECOGNISABLE', 'error', 'slots.4']]);
    expect(validateTemplate(t).issues[0]!.message).toBe('格位“起诉状”为必备格位，却没有标准题名或关键词，自动编目无法识别其材料');
    slot(t, 'complaint').required = false;
    expect(codes(t)).toEqual([['CATALOGUE_SLOT_UNRECOGNISABLE', 'info', 'slots.4']]);
    expect(validateTemplate(t).ok).toBe(true);
  });

  it('keeps generated slots out of requirements and classification', () => {
    const t = fresh();
    slot(t, 'cover').required = true;
    slot(t, 'catalogue').keywords = ['目录'];
    t.requirementGroups.push({ id: 'covers', title: '封底', anyOf: ['back-cover'], when: 'always' });
    expect(codes(t)).toEqual([
      ['CATALOGUE_GENERATED_SLOT_REQUIRED', 'error', 'slots.0.required'],
      ['CATALOGUE_GENERATED_SLOT_HAS_KEYWORDS', 'warning', 'slots.1.keywords'],
      ['CATALOGUE_GROUP_GENERATED_SLOT', 'error', 'requirementGroups.3.anyOf.0'],
    ]);
  });

  it('finds words that can never match or that match everything', () => {
    const t = fresh();
    slot(t, 'judgment').keywords.push('送达回证');
    slot(t, 'judgment').names.push('判决书签发稿');
    slot(t, 'complaint').keywords.push('');
    slot(t, 'service-receipt').keywords.push('送达回证+');
    expect(codes(t)).toEqual([
      ['CATALOGUE_EMPTY_WORD', 'error', 'slots.4.keywords.4'],
      ['CATALOGUE_NAME_NEGATED', 'error', 'slots.23.names.2'],
      ['CATALOGUE_WORD_BOTH_WAYS', 'error', 'slots.23.keywords.1'],
      ['CATALOGUE_EMPTY_WORD', 'error', 'slots.27.keywords.11'],
      // '判决书签发稿' is also a name of the 副卷 draft slot, reported where it appears the second time.
      ['CATALOGUE_NAME_IN_TWO_SLOTS', 'warning', 'slots.42.names'],
    ]);
    expect(validateTemplate(t).issues[1]!.message).toBe('格位“民事判决书”的标准题名“判决书签发稿”含有本格位的排除词“签发”，永远不会命中');
  });

  it('finds unknown categories, sources, case-number types and type codes', () => {
    const t = fresh();
    (slot(t, 'judgment').categories as string[]).push('verdict');
    (slot(t, 'hearing-recording').sources as string[]).push('video');
    slot(t, 'higher-court-judgment').caseNumberTypes = ['民终', '民二终'];
    t.typeCodes.push('商初');
    expect(codes(t)).toEqual([
      ['CATALOGUE_UNKNOWN_TYPE_CODE', 'warning', 'typeCodes.2'],
      ['CATALOGUE_UNKNOWN_SOURCE', 'error', 'slots.19.sources.1'],
      ['CATALOGUE_UNKNOWN_CATEGORY', 'error', 'slots.23.categories.1'],
      ['CATALOGUE_UNKNOWN_CASE_NUMBER_TYPE', 'warning', 'slots.30.caseNumberTypes.1'],
    ]);
  });

  it('finds broken requirement groups', () => {
    const t = fresh();
    t.requirementGroups.push(
      { id: 'decision', title: '重复', anyOf: ['judgment'], when: 'always' },
      { id: 'x', title: '空', anyOf: [], when: 'always' },
      { id: 'y', title: '未知格位', anyOf: ['verdict'], when: 'sometimes' as never },
    );
    expect(codes(t)).toEqual([
      ['CATALOGUE_DUPLICATE_GROUP_ID', 'error', 'requirementGroups.3.id'],
      ['CATALOGUE_GROUP_EMPTY', 'error', 'requirementGroups.4.anyOf'],
      ['CATALOGUE_GROUP_CONDITION', 'error', 'requirementGroups.5.when'],
      ['CATALOGUE_GROUP_UNKNOWN_SLOT', 'error', 'requirementGroups.5.anyOf.0'],
    ]);
  });

  it('finds a bad kind, version, slot id, volume and title', () => {
    const t = fresh() as unknown as Record<string, unknown> & CatalogueTemplate;
    t.kind = 'civil' as never;
    t.version = 0;
    slot(t, 'complaint').id = 'Complaint';
    slot(t, 'defence').volume = 'appendix' as never;
    slot(t, 'appeal').title = ' ';
    expect(codes(t)).toEqual([
      ['CATALOGUE_TEMPLATE_KIND', 'error', 'kind'],
      ['CATALOGUE_TEMPLATE_VERSION', 'error', 'version'],
      ['CATALOGUE_SLOT_ID_FORMAT', 'error', 'slots.4.id'],
      ['CATALOGUE_VOLUME_INVALID', 'error', 'slots.11.volume'],
      ['CATALOGUE_SLOT_TITLE_EMPTY', 'error', 'slots.28.title'],
    ]);
  });
});

describe('validateTemplates', () => {
  it('finds a kind used twice and a 类型代字 claimed by two templates', () => {
    const a = fresh();
    const b = fresh();
    b.typeCodes = ['民撤', '民再'];
    const f = validateTemplates([a, b]);
    expect(f.ok).toBe(false);
    expect(f.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['CATALOGUE_DUPLICATE_KIND', '1.kind'],
      ['CATALOGUE_TYPE_CODE_IN_TWO_TEMPLATES', '1.typeCodes.0'],
    ]);
    expect(f.issues[1]!.message).toBe('类型代字“民撤”同时属于第 1 个与第 2 个模板，无法确定案件用哪一个');
  });
});
