import type { CatalogueSlot, CatalogueTemplate, RequirementGroup, TemplateKind } from './catalogue-template.js';

/** What a slot says about its materials, without its place in a template. */
export type SlotContent = Omit<CatalogueSlot, 'id' | 'volume' | 'order' | 'required'>;

/** A slot as a template lists it: content plus id and whether it is required; the order is its position. */
export interface SlotEntry extends SlotContent {
  id: string;
  required?: boolean;
}

/** Changes a template makes to a library slot: replace fields, or add/remove words. */
export interface SlotPatch extends Partial<SlotContent> {
  required?: boolean;
  addNames?: string[];
  addKeywords?: string[];
  addNegativeKeywords?: string[];
  addTextKeywords?: string[];
  addNegativeTextKeywords?: string[];
  removeNames?: string[];
  removeKeywords?: string[];
  removeNegativeKeywords?: string[];
}

export interface TemplateSpec {
  kind: TemplateKind;
  version: number;
  name: string;
  typeCodes: string[];
  source: string;
  /** 正卷 slots in canonical order. */
  main: SlotEntry[];
  /** 副卷 slots in canonical order. */
  side: SlotEntry[];
  requirementGroups: RequirementGroup[];
}

/**
 * Builds a template from slot lists in canonical order: each slot's `order` is its 1-based position in
 * its volume. The result shares no arrays with the inputs and holds no undefined fields, so it survives
 * a JSON round trip unchanged.
 */
export function buildTemplate(spec: TemplateSpec): CatalogueTemplate {
  const place = (entries: SlotEntry[], volume: 'main' | 'side'): CatalogueSlot[] =>
    entries.map((e, i) => {
      const { id, required, ...content } = e;
      return clean({ id, volume, order: i + 1, required: required ?? false, ...copy(content) });
    });
  return {
    kind: spec.kind,
    version: spec.version,
    name: spec.name,
    typeCodes: [...spec.typeCodes],
    source: spec.source,
    slots: [...place(spec.main, 'main'), ...place(spec.side, 'side')],
    requirementGroups: spec.requirementGroups.map((g) => ({ ...g, anyOf: [...g.anyOf] })),
  };
}

/** A library slot adapted by a template. Word lists keep their order; added words come last, once. */
export function adapt(id: string, content: SlotContent, patch: SlotPatch = {}): SlotEntry {
  const {
    addNames,
    addKeywords,
    addNegativeKeywords,
    addTextKeywords,
    addNegativeTextKeywords,
    removeNames,
    removeKeywords,
    removeNegativeKeywords,
    ...replace
  } = patch;
  const merged: SlotEntry = { id, ...copy(content), ...copy(replace) };
  merged.names = edit(merged.names, addNames, removeNames);
  merged.keywords = edit(merged.keywords, addKeywords, removeKeywords);
  const negative = edit(merged.negativeKeywords ?? [], addNegativeKeywords, removeNegativeKeywords);
  if (negative.length > 0) merged.negativeKeywords = negative;
  else delete merged.negativeKeywords;
  if (addTextKeywords) merged.textKeywords = edit(merged.textKeywords ?? [], addTextKeywords);
  if (addNegativeTextKeywords) merged.negativeTextKeywords = edit(merged.negativeTextKeywords ?? [], addNegativeTextKeywords);
  return merged;
}

function edit(list: string[], add: string[] = [], remove: string[] = []): string[] {
  const out = list.filter((w) => !remove.includes(w));
  for (const w of add) if (!out.includes(w)) out.push(w);
  return out;
}

function copy<T extends object>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) out[k] = Array.isArray(v) ? [...v] : v;
  return out as T;
}

function clean<T extends object>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out as T;
}
