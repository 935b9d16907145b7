/**
 * Checks a catalogue template before it is used: the 办公室 edits templates as JSON, so the check takes
 * any value and reports findings as values (STYLE.md), each with a Chinese message that says what to fix.
 */
import { materialCategories, materialSources } from '../../../common/vocabulary.js';
import { isKnownTypeCode } from '../case-number/index.js';
import { requirementConditions, templateKinds, volumes } from './catalogue-template.js';

export type TemplateIssueCode =
  | 'CATALOGUE_TEMPLATE_SHAPE'
  | 'CATALOGUE_TEMPLATE_KIND'
  | 'CATALOGUE_TEMPLATE_VERSION'
  | 'CATALOGUE_TYPE_CODES_EMPTY'
  | 'CATALOGUE_UNKNOWN_TYPE_CODE'
  | 'CATALOGUE_SLOT_ID_FORMAT'
  | 'CATALOGUE_DUPLICATE_SLOT_ID'
  | 'CATALOGUE_VOLUME_INVALID'
  | 'CATALOGUE_ORDER_INVALID'
  | 'CATALOGUE_DUPLICATE_ORDER'
  | 'CATALOGUE_SLOT_TITLE_EMPTY'
  | 'CATALOGUE_REQUIRED_SLOT_UNRECOGNISABLE'
  | 'CATALOGUE_SLOT_UNRECOGNISABLE'
  | 'CATALOGUE_GENERATED_SLOT_REQUIRED'
  | 'CATALOGUE_GENERATED_SLOT_HAS_KEYWORDS'
  | 'CATALOGUE_EMPTY_WORD'
  | 'CATALOGUE_WORD_BOTH_WAYS'
  | 'CATALOGUE_NAME_NEGATED'
  | 'CATALOGUE_NAME_IN_TWO_SLOTS'
  | 'CATALOGUE_UNKNOWN_CATEGORY'
  | 'CATALOGUE_UNKNOWN_SOURCE'
  | 'CATALOGUE_UNKNOWN_CASE_NUMBER_TYPE'
  | 'CATALOGUE_DUPLICATE_GROUP_ID'
  | 'CATALOGUE_GROUP_EMPTY'
  | 'CATALOGUE_GROUP_UNKNOWN_SLOT'
  | 'CATALOGUE_GROUP_GENERATED_SLOT'
  | 'CATALOGUE_GROUP_CONDITION'
  | 'CATALOGUE_DUPLICATE_KIND'
  | 'CATALOGUE_TYPE_CODE_IN_TWO_TEMPLATES';

export interface TemplateIssue {
  code: TemplateIssueCode;
  /** error: the template must not be used; warning: it works but may misplace; info: worth a look. */
  severity: 'error' | 'warning' | 'info';
  /** Where in the template, e.g. ['slots', 3, 'order']. */
  path: Array<string | number>;
  message: string;
}

export interface TemplateFindings {
  /** No error-level issue. */
  ok: boolean;
  issues: TemplateIssue[];
}

const SLOT_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const WORD_LISTS = ['names', 'keywords', 'negativeKeywords', 'textKeywords', 'negativeTextKeywords'] as const;
const WORD_LIST_LABELS: Record<(typeof WORD_LISTS)[number], string> = {
  names: '标准题名',
  keywords: '关键词',
  negativeKeywords: '排除词',
  textKeywords: '正文关键词',
  negativeTextKeywords: '正文排除词',
};

/**
 * Findings on one template: shape, unique slot ids and orders, recognisable required slots, generated
 * slots kept out of classification, words that contradict each other, requirement groups that name
 * real slots. Never throws.
 */
export function validateTemplate(template: unknown): TemplateFindings {
  const issues: TemplateIssue[] = [];
  const add = (code: TemplateIssueCode, severity: TemplateIssue['severity'], path: TemplateIssue['path'], message: string) =>
    issues.push({ code, severity, path, message });

  if (!isObject(template)) {
    add('CATALOGUE_TEMPLATE_SHAPE', 'error', [], '模板应为一个对象（JSON 对象）');
    return done(issues);
  }
  const t = template;
  const label = typeof t['name'] === 'string' && t['name'] !== '' ? `模板“${t['name']}”` : '模板';

  if (!(templateKinds as readonly unknown[]).includes(t['kind'])) {
    add('CATALOGUE_TEMPLATE_KIND', 'error', ['kind'], `${label}的种类“${String(t['kind'])}”无效，应为：${templateKinds.join('、')}`);
  }
  if (typeof t['version'] !== 'number' || !Number.isInteger(t['version']) || t['version'] < 1) {
    add('CATALOGUE_TEMPLATE_VERSION', 'error', ['version'], `${label}的版本号应为从 1 开始的整数`);
  }
  for (const field of ['name', 'source'] as const) {
    if (typeof t[field] !== 'string' || t[field] === '') {
      add('CATALOGUE_TEMPLATE_SHAPE', 'error', [field], `${label}缺少${field === 'name' ? '名称' : '来源说明'}（${field}）`);
    }
  }
  if (!isStringArray(t['typeCodes'])) {
    add('CATALOGUE_TEMPLATE_SHAPE', 'error', ['typeCodes'], `${label}的类型代字（typeCodes）应为字符串列表`);
  } else if (t['typeCodes'].length === 0) {
    add('CATALOGUE_TYPE_CODES_EMPTY', 'error', ['typeCodes'], `${label}没有适用的类型代字，任何案件都不会用到它`);
  } else {
    t['typeCodes'].forEach((code, i) => {
      if (!isKnownTypeCode(code)) {
        add('CATALOGUE_UNKNOWN_TYPE_CODE', 'warning', ['typeCodes', i], `${label}的类型代字“${code}”不在类型代字表中（如为地方代字可忽略）`);
      }
    });
  }
  if (!Array.isArray(t['slots']) || !Array.isArray(t['requirementGroups'])) {
    add('CATALOGUE_TEMPLATE_SHAPE', 'error', [], `${label}应有格位列表（slots）和必备要求列表（requirementGroups）`);
    return done(issues);
  }

  const slots = t['slots'] as unknown[];
  const ids = new Map<string, number>();
  const orders = new Map<string, number>();
  const nameOwner = new Map<string, string>();
  const generated = new Set<string>();

  slots.forEach((raw, i) => {
    const at = ['slots', i];
    if (!isObject(raw)) {
      add('CATALOGUE_TEMPLATE_SHAPE', 'error', at, `第 ${i + 1} 个格位应为对象`);
      return;
    }
    const s = raw;
    const id = typeof s['id'] === 'string' ? s['id'] : '';
    const title = typeof s['title'] === 'string' ? s['title'] : '';
    const who = `格位“${title || id || i + 1}”`;

    if (!SLOT_ID.test(id)) {
      add('CATALOGUE_SLOT_ID_FORMAT', 'error', [...at, 'id'], `${who}的标识“${id}”应为英文小写短横线形式，如 service-receipt`);
    } else if (ids.has(id)) {
      add('CATALOGUE_DUPLICATE_SLOT_ID', 'error', [...at, 'id'], `格位标识“${id}”重复（第 ${ids.get(id)! + 1} 个与第 ${i + 1} 个格位）`);
    } else {
      ids.set(id, i);
    }
    if (title.trim() === '') add('CATALOGUE_SLOT_TITLE_EMPTY', 'error', [...at, 'title'], `${who}缺少中文题名`);

    const volume = s['volume'];
    if (!(volumes as readonly unknown[]).includes(volume)) {
      add('CATALOGUE_VOLUME_INVALID', 'error', [...at, 'volume'], `${who}的卷别应为 main（正卷）或 side（副卷）`);
    }
    const order = s['order'];
    if (typeof order !== 'number' || !Number.isInteger(order) || order < 1) {
      add('CATALOGUE_ORDER_INVALID', 'error', [...at, 'order'], `${who}的排列顺序应为从 1 开始的整数`);
    } else if (typeof volume === 'string') {
      const key = `${volume}:${order}`;
      const other = orders.get(key);
      if (other !== undefined) {
        add('CATALOGUE_DUPLICATE_ORDER', 'error', [...at, 'order'], `${volume === 'main' ? '正卷' : '副卷'}中第 ${other + 1} 个与第 ${i + 1} 个格位的排列顺序都是 ${order}`);
      } else {
        orders.set(key, i);
      }
    }
    if (typeof s['required'] !== 'boolean') {
      add('CATALOGUE_TEMPLATE_SHAPE', 'error', [...at, 'required'], `${who}应注明是否必备（required: true 或 false）`);
    }

    const lists: Partial<Record<(typeof WORD_LISTS)[number], string[]>> = {};
    for (const field of WORD_LISTS) {
      const v = s[field];
      if (v === undefined && field !== 'names' && field !== 'keywords') continue;
      if (!isStringArray(v)) {
        add('CATALOGUE_TEMPLATE_SHAPE', 'error', [...at, field], `${who}的${WORD_LIST_LABELS[field]}（${field}）应为字符串列表`);
        continue;
      }
      lists[field] = v;
      v.forEach((w, j) => {
        if (w.split('+').some((part) => part.trim() === '')) {
          add('CATALOGUE_EMPTY_WORD', 'error', [...at, field, j], `${who}的${WORD_LIST_LABELS[field]}第 ${j + 1} 项为空，空词会匹配一切材料`);
        }
      });
    }
    for (const [field, allowed, code, what] of [
      ['categories', materialCategories, 'CATALOGUE_UNKNOWN_CATEGORY', '材料类别'],
      ['sources', materialSources, 'CATALOGUE_UNKNOWN_SOURCE', '材料来源'],
    ] as const) {
      const v = s[field];
      if (v === undefined) continue;
      if (!isStringArray(v)) {
        add('CATALOGUE_TEMPLATE_SHAPE', 'error', [...at, field], `${who}的${what}（${field}）应为字符串列表`);
        continue;
      }
      v.forEach((c, j) => {
        if (!(allowed as readonly string[]).includes(c)) {
          add(code, 'error', [...at, field, j], `${who}的${what}“${c}”无效，应为：${allowed.join('、')}`);
        }
      });
    }
    const caseTypes = s['caseNumberTypes'];
    if (caseTypes !== undefined) {
      if (!isStringArray(caseTypes)) {
        add('CATALOGUE_TEMPLATE_SHAPE', 'error', [...at, 'caseNumberTypes'], `${who}的案号类型（caseNumberTypes）应为字符串列表`);
      } else {
        caseTypes.forEach((c, j) => {
          if (!isKnownTypeCode(c)) {
            add('CATALOGUE_UNKNOWN_CASE_NUMBER_TYPE', 'warning', [...at, 'caseNumberTypes', j], `${who}的案号类型“${c}”不在类型代字表中`);
          }
        });
      }
    }

    const names = lists.names ?? [];
    const keywords = lists.keywords ?? [];
    const negatives = lists.negativeKeywords ?? [];
    const recognisable =
      names.length + keywords.length + (lists.textKeywords?.length ?? 0) > 0 ||
      (Array.isArray(caseTypes) && caseTypes.length > 0) ||
      (Array.isArray(s['sources']) && s['sources'].length > 0);

    if (s['generated'] === true) {
      generated.add(id);
      if (s['required'] === true) {
        add('CATALOGUE_GENERATED_SLOT_REQUIRED', 'error', [...at, 'required'], `${who}由系统生成，不能设为必备材料（材料不会编入系统生成的格位）`);
      }
      if (keywords.length + (lists.textKeywords?.length ?? 0) > 0) {
        add('CATALOGUE_GENERATED_SLOT_HAS_KEYWORDS', 'warning', [...at, 'keywords'], `${who}由系统生成，其关键词不会起作用，材料不会编入此格位`);
      }
      return;
    }
    if (!recognisable) {
      if (s['required'] === true) {
        add('CATALOGUE_REQUIRED_SLOT_UNRECOGNISABLE', 'error', [...at], `${who}为必备格位，却没有标准题名或关键词，自动编目无法识别其材料`);
      } else {
        add('CATALOGUE_SLOT_UNRECOGNISABLE', 'info', [...at], `${who}没有标准题名或关键词，其材料只能手工编入`);
      }
    }
    const contains = (text: string, word: string) => word.split('+').every((part) => text.includes(part));
    for (const [field, words] of [
      ['names', names],
      ['keywords', keywords],
    ] as const) {
      words.forEach((w, j) => {
        if (negatives.includes(w)) {
          add('CATALOGUE_WORD_BOTH_WAYS', 'error', [...at, field, j], `${who}的“${w}”同时列为${WORD_LIST_LABELS[field]}和排除词`);
          return;
        }
        const hit = negatives.find((n) => n !== '' && contains(w, n));
        if (hit) {
          add('CATALOGUE_NAME_NEGATED', 'error', [...at, field, j], `${who}的${WORD_LIST_LABELS[field]}“${w}”含有本格位的排除词“${hit}”，永远不会命中`);
        }
      });
    }
    for (const n of names) {
      const owner = nameOwner.get(n);
      if (owner !== undefined && owner !== id) {
        add('CATALOGUE_NAME_IN_TWO_SLOTS', 'warning', [...at, 'names'], `标准题名“${n}”同时属于格位“${owner}”和“${id}”，此类材料将无法确定归属`);
      } else {
        nameOwner.set(n, id);
      }
    }
  });

  const groupIds = new Set<string>();
  (t['requirementGroups'] as unknown[]).forEach((raw, i) => {
    const at = ['requirementGroups', i];
    if (!isObject(raw) || typeof raw['id'] !== 'string' || typeof raw['title'] !== 'string' || !isStringArray(raw['anyOf'])) {
      add('CATALOGUE_TEMPLATE_SHAPE', 'error', at, `第 ${i + 1} 项必备要求应有标识（id）、题名（title）和格位列表（anyOf）`);
      return;
    }
    const g = { id: raw['id'], title: raw['title'], anyOf: raw['anyOf'], when: raw['when'] };
    if (groupIds.has(g.id)) add('CATALOGUE_DUPLICATE_GROUP_ID', 'error', [...at, 'id'], `必备要求标识“${g.id}”重复`);
    groupIds.add(g.id);
    if (!(requirementConditions as readonly unknown[]).includes(g.when)) {
      add('CATALOGUE_GROUP_CONDITION', 'error', [...at, 'when'], `必备要求“${g.title}”的适用条件“${String(g.when)}”无效，应为：${requirementConditions.join('、')}`);
    }
    if (g.anyOf.length === 0) add('CATALOGUE_GROUP_EMPTY', 'error', [...at, 'anyOf'], `必备要求“${g.title}”没有列出任何格位`);
    g.anyOf.forEach((slotId, j) => {
      if (!ids.has(slotId)) {
        add('CATALOGUE_GROUP_UNKNOWN_SLOT', 'error', [...at, 'anyOf', j], `必备要求“${g.title}”中的格位“${slotId}”在本模板中不存在`);
      } else if (generated.has(slotId)) {
        add('CATALOGUE_GROUP_GENERATED_SLOT', 'error', [...at, 'anyOf', j], `必备要求“${g.title}”中的格位“${slotId}”由系统生成，不能作为必备材料`);
      }
    });
  });

  return done(issues);
}

/**
 * Findings on a set of templates: each one's findings (paths prefixed with its index), plus two kinds
 * per set — a kind used twice, a 类型代字 claimed by two templates (which one would apply is undefined).
 */
export function validateTemplates(templates: readonly unknown[]): TemplateFindings {
  const issues: TemplateIssue[] = [];
  const kinds = new Map<string, number>();
  const codes = new Map<string, number>();
  templates.forEach((t, i) => {
    for (const issue of validateTemplate(t).issues) issues.push({ ...issue, path: [i, ...issue.path] });
    if (!isObject(t)) return;
    const kind = String(t['kind']);
    if (kinds.has(kind)) {
      issues.push({ code: 'CATALOGUE_DUPLICATE_KIND', severity: 'error', path: [i, 'kind'], message: `模板种类“${kind}”出现两次（第 ${kinds.get(kind)! + 1} 个与第 ${i + 1} 个模板）` });
    } else {
      kinds.set(kind, i);
    }
    if (!isStringArray(t['typeCodes'])) return;
    t['typeCodes'].forEach((code, j) => {
      const other = codes.get(code);
      if (other !== undefined && other !== i) {
        issues.push({
          code: 'CATALOGUE_TYPE_CODE_IN_TWO_TEMPLATES',
          severity: 'error',
          path: [i, 'typeCodes', j],
          message: `类型代字“${code}”同时属于第 ${other + 1} 个与第 ${i + 1} 个模板，无法确定案件用哪一个`,
        });
      } else {
        codes.set(code, i);
      }
    });
  });
  return done(issues);
}

function done(issues: TemplateIssue[]): TemplateFindings {
  return { ok: !issues.some((i) => i.severity === 'error'), issues };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}
