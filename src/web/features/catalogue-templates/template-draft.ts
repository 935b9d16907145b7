import type {
  CatalogueTemplateJson,
  RequirementCondition,
  TemplateIssue,
  TemplateSlot,
  TemplateVolume,
} from '../../api/catalogue-templates.hooks';

/**
 * The editing of one catalogue template, as pure functions on its JSON: order per volume, moves,
 * added and removed slots, and the reading of the server's findings. The page keeps the draft in
 * state and sends it whole with {@link prepareForSave}.
 */

export const templateKindLabels: Readonly<Record<string, string>> = {
  civil_first_instance: '民事（含商事）一审',
  civil_second_instance: '民事二审',
  criminal_first_instance: '刑事一审',
  criminal_second_instance: '刑事二审',
  enforcement: '执行实施',
  enforcement_review: '执行异议与复议',
  administrative_first_instance: '行政一审',
  administrative_second_instance: '行政二审',
  state_compensation_and_judicial_aid: '国家赔偿与司法救助',
  supervision_and_retrial: '审判监督与再审',
};

export const volumeLabels: Readonly<Record<TemplateVolume, string>> = { main: '正卷', side: '副卷' };

export const conditionLabels: Readonly<Record<RequirementCondition, string>> = {
  always: '所有案件',
  hearing_held: '开庭审理的案件',
  collegial_panel: '合议庭审理的案件',
};

const fieldLabels: Readonly<Record<string, string>> = {
  id: '标识',
  title: '题名',
  volume: '卷别',
  order: '序号',
  required: '必备',
  names: '识别题名',
  keywords: '关键词',
  negativeKeywords: '排除词',
  textKeywords: '正文关键词',
  negativeTextKeywords: '正文排除词',
  categories: '材料类别',
  sources: '材料来源',
  caseNumberTypes: '案号类型',
  anyOf: '任一格位',
  when: '适用',
  typeCodes: '类型代字',
  name: '名称',
  source: '来源说明',
  kind: '种类',
  version: '版本',
};

/** The slots of one volume in their order. */
export function slotsOf(template: CatalogueTemplateJson, volume: TemplateVolume): TemplateSlot[] {
  return template.slots.filter((s) => s.volume === volume).sort((a, b) => a.order - b.order);
}

/** Orders 1..n per volume, in the present order; 正卷 first, then 副卷. */
export function renumber(template: CatalogueTemplateJson): CatalogueTemplateJson {
  const slots = (['main', 'side'] as const).flatMap((v) => slotsOf(template, v).map((s, i) => ({ ...s, order: i + 1 })));
  // A slot with an unknown volume (never made here) keeps its place at the end.
  const others = template.slots.filter((s) => s.volume !== 'main' && s.volume !== 'side');
  return { ...template, slots: [...slots, ...others] };
}

export function updateSlot(template: CatalogueTemplateJson, id: string, patch: Partial<TemplateSlot>): CatalogueTemplateJson {
  return { ...template, slots: template.slots.map((s) => (s.id === id ? { ...s, ...patch } : s)) };
}

/**
 * Whether a slot can move one place up (-1) or down (+1) in its volume: the system-generated slots
 * (封面, 目录, 备考表, 卷底) keep their places, and nothing passes them.
 */
export function canMove(template: CatalogueTemplateJson, id: string, delta: -1 | 1): boolean {
  const slot = template.slots.find((s) => s.id === id);
  if (!slot || slot.generated) return false;
  const list = slotsOf(template, slot.volume);
  const neighbour = list[list.findIndex((s) => s.id === id) + delta];
  return neighbour !== undefined && !neighbour.generated;
}

/** Swaps a slot with its neighbour in its volume and renumbers the volume. */
export function moveSlot(template: CatalogueTemplateJson, id: string, delta: -1 | 1): CatalogueTemplateJson {
  if (!canMove(template, id, delta)) return template;
  const slot = template.slots.find((s) => s.id === id)!;
  const list = slotsOf(template, slot.volume);
  const i = list.findIndex((s) => s.id === id);
  [list[i], list[i + delta]] = [list[i + delta]!, list[i]!];
  const order = new Map(list.map((s, k) => [s.id, k + 1]));
  return { ...template, slots: template.slots.map((s) => (order.has(s.id) && s.volume === slot.volume ? { ...s, order: order.get(s.id)! } : s)) };
}

const SLOT_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** The id a typed slug gives: trimmed, lower case, spaces and underscores as hyphens. */
export function slugToId(slug: string): string {
  return slug
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .replace(/-+/g, '-');
}

/** Why a slug cannot be a new slot's id, or null when it can. */
export function slugProblem(template: CatalogueTemplateJson, slug: string): string | null {
  const id = slugToId(slug);
  if (id === '') return '请填写格位标识（英文小写，单词间用短横线连接，如 fee-refund）';
  if (!SLOT_ID.test(id)) return `标识“${id}”无效：应以小写英文字母开头，只含小写字母、数字和短横线，如 fee-refund`;
  const same = template.slots.find((s) => s.id === id);
  if (same) return `标识“${id}”已被格位“${same.title}”使用，同一模板中格位标识不能重复`;
  return null;
}

export interface NewSlot {
  slug: string;
  title: string;
  volume: TemplateVolume;
  required: boolean;
}

/**
 * Adds a slot at the end of its volume, before the closing slots the system makes (备考表, 卷底).
 * The caller checks {@link slugProblem} first.
 */
export function addSlot(template: CatalogueTemplateJson, input: NewSlot): CatalogueTemplateJson {
  const list = slotsOf(template, input.volume);
  let at = list.length;
  while (at > 0 && list[at - 1]!.generated) at -= 1;
  const slot: TemplateSlot = { id: slugToId(input.slug), volume: input.volume, order: 0, required: input.required, title: input.title.trim(), names: [], keywords: [] };
  list.splice(at, 0, slot);
  const order = new Map(list.map((s, k) => [s.id, k + 1]));
  const rest = template.slots.filter((s) => s.volume !== input.volume);
  return { ...template, slots: [...rest, ...list.map((s) => ({ ...s, order: order.get(s.id)! }))] };
}

/** Removes a slot (never a generated one) and takes it out of the requirement groups. */
export function removeSlot(template: CatalogueTemplateJson, id: string): CatalogueTemplateJson {
  const slot = template.slots.find((s) => s.id === id);
  if (!slot || slot.generated) return template;
  return renumber({
    ...template,
    slots: template.slots.filter((s) => s.id !== id),
    requirementGroups: template.requirementGroups.map((g) => ({ ...g, anyOf: g.anyOf.filter((x) => x !== id) })),
  });
}

/** Adds words to a list, trimmed, without repeats; returns the same list when nothing is new. */
export function addWords(list: readonly string[], text: string): string[] {
  const words = text
    .split(/[\n,，、;；]+/)
    .map((w) => w.trim())
    .filter((w) => w !== '' && !list.includes(w));
  return [...list, ...new Set(words)];
}

/** The JSON to send: orders renumbered 1..n per volume. The server sets the version. */
export function prepareForSave(template: CatalogueTemplateJson): CatalogueTemplateJson {
  return renumber(template);
}

/** Whether the draft differs from what was loaded (orders compared after renumbering). */
export function isDirty(original: CatalogueTemplateJson, draft: CatalogueTemplateJson): boolean {
  return JSON.stringify(renumber(original)) !== JSON.stringify(renumber(draft));
}

/**
 * Says in Chinese where a finding points, read against the template that was sent:
 * ['slots', 3, 'keywords', 0] → '正卷第 4 位“受理通知书” · 关键词第 1 项'.
 */
export function describeIssuePath(sent: CatalogueTemplateJson, path: ReadonlyArray<string | number>): string {
  const [head, index, field, item] = path;
  const tail = (f: unknown, j: unknown) =>
    f === undefined ? '' : ` · ${fieldLabels[String(f)] ?? String(f)}${typeof j === 'number' ? `第 ${j + 1} 项` : ''}`;
  if (head === 'slots' && typeof index === 'number') {
    const slot = sent.slots[index];
    if (!slot) return `第 ${index + 1} 个格位${tail(field, item)}`;
    const where = slot.volume === 'main' || slot.volume === 'side' ? `${volumeLabels[slot.volume]}第 ${slot.order} 位` : `第 ${index + 1} 个格位`;
    return `${where}“${slot.title || slot.id}”${tail(field, item)}`;
  }
  if (head === 'requirementGroups' && typeof index === 'number') {
    const group = sent.requirementGroups[index];
    return `必备要求“${group?.title || group?.id || index + 1}”${tail(field, item)}`;
  }
  if (head === undefined) return '模板';
  return `模板 · ${fieldLabels[String(head)] ?? String(head)}${typeof index === 'number' ? `第 ${index + 1} 项` : ''}`;
}

/** A finding of the server, its path relative to the template it names (see {@link issuesFromDetails}). */
export interface EditorIssue extends TemplateIssue {
  /** 0: the template sent; 1..: another template in force, in the list's order without the one sent. */
  templateIndex: number;
}

/**
 * The findings of a 400 CATALOGUE_TEMPLATE_INVALID (`details.issues`), errors first. The server checks
 * the template sent together with the others in force, [sent, ...others], and starts each path with
 * the template's index there; the other templates' warnings are left out (they are not this edit's).
 */
export function issuesFromDetails(details: unknown): EditorIssue[] {
  const raw = (details as { issues?: unknown } | undefined)?.issues;
  if (!Array.isArray(raw)) return [];
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return raw
    .filter((i): i is Record<string, unknown> => typeof i === 'object' && i !== null && typeof (i as { message?: unknown }).message === 'string')
    .map((i): EditorIssue => {
      const path = Array.isArray(i['path']) ? (i['path'] as Array<string | number>) : [];
      const indexed = typeof path[0] === 'number';
      return {
        code: typeof i['code'] === 'string' ? i['code'] : 'CATALOGUE_TEMPLATE_INVALID',
        severity: i['severity'] === 'warning' || i['severity'] === 'info' ? i['severity'] : 'error',
        path: indexed ? path.slice(1) : path,
        message: i['message'] as string,
        templateIndex: indexed ? (path[0] as number) : 0,
      };
    })
    .filter((i) => i.templateIndex === 0 || i.severity === 'error')
    .sort((a, b) => rank[a.severity] - rank[b.severity]);
}

/** Where a finding points, for the template sent or, by its index, one of the others in force. */
export function describeIssue(sent: CatalogueTemplateJson, others: readonly CatalogueTemplateJson[], issue: EditorIssue): string {
  if (issue.templateIndex === 0) return describeIssuePath(sent, issue.path);
  const other = others[issue.templateIndex - 1];
  const name = other ? `模板“${templateKindLabels[other.kind] ?? other.name}”` : `第 ${issue.templateIndex + 1} 个模板`;
  return other ? describeIssuePath(other, issue.path).replace(/^模板/, name).replace(/^(?!模板)/, `${name} · `) : name;
}
