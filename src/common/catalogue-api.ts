import { z } from 'zod';
import { materialSources } from './vocabulary.js';

/**
 * API schemas of cataloguing (issue 5): a case file's catalogue (卷内目录) in volumes (正卷 main,
 * 副卷 side) and 册, its version for optimistic locking, and what is left to place. Shared by the
 * server and the web.
 */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
export const volumeKinds = ['main', 'side'] as const;
export type VolumeKind = (typeof volumeKinds)[number];
export const volumeKindLabels: Record<VolumeKind, string> = { main: '正卷', side: '副卷' };

export const catalogueEntryOut = z.object({
  seq: z.number().int(),
  materialId: z.string(),
  slotId: z.string().nullable(),
  slotTitle: z.string().nullable(),
  title: z.string(),
  /** 责任者. */
  responsible: z.string().nullable(),
  date: z.string().nullable(),
  /** 卷内页码; null for a recording (no pages). */
  pageStart: z.number().int().nullable(),
  pageEnd: z.number().int().nullable(),
  pages: z.number().int().nullable(),
  remarks: z.string().nullable(),
  source: z.enum(materialSources),
  /** The classifier's confidence when placed automatically; null when the clerk placed it. */
  confidence: z.number().nullable(),
  placedBy: z.enum(['auto', 'clerk']),
});
export type CatalogueEntryOut = z.infer<typeof catalogueEntryOut>;

export const catalogueVolumeOut = z.object({
  kind: z.enum(volumeKinds),
  /** 册号, from 1 within the kind. */
  number: z.number().int(),
  pages: z.number().int(),
  entries: z.array(catalogueEntryOut),
});
export type CatalogueVolumeOut = z.infer<typeof catalogueVolumeOut>;

export const catalogueOut = z.object({
  caseId: z.string(),
  version: z.number().int(),
  templateKind: z.string(),
  templateName: z.string(),
  templateVersion: z.number().int(),
  bookPageLimit: z.number().int(),
  updatedAt: z.string(),
  volumes: z.array(catalogueVolumeOut),
  /** Materials of the case not in the catalogue, with the classifier's best guesses. */
  unplaced: z.array(
    z.object({
      materialId: z.string(),
      title: z.string(),
      pages: z.number().int().nullable(),
      source: z.enum(materialSources),
      reasons: z.array(z.string()),
      alternatives: z.array(z.object({ slotId: z.string(), slotTitle: z.string(), confidence: z.number() })),
    }),
  ),
  /** Materials set aside as duplicates of an entry (合并重复材料): kept, but not in the volumes. */
  duplicates: z.array(
    z.object({
      materialId: z.string(),
      title: z.string(),
      pages: z.number().int().nullable(),
      source: z.enum(materialSources),
      keptMaterialId: z.string(),
      keptTitle: z.string(),
      reason: z.string(),
    }),
  ),
  /** Pairs that look like the same material twice and are not merged yet (疑似重复). */
  duplicateSuggestions: z.array(
    z.object({
      materialId: z.string(),
      title: z.string(),
      keptMaterialId: z.string(),
      keptTitle: z.string(),
      basis: z.enum(['identical', 'same-title']),
      reason: z.string(),
    }),
  ),
  /** Required slots marked "none in this case" (本案无). */
  waivers: z.array(z.object({ slotId: z.string(), slotTitle: z.string(), reason: z.string() })),
  /** The template's slots (not the generated ones), for placing materials by hand. */
  slots: z.array(z.object({ id: z.string(), title: z.string(), volume: z.enum(volumeKinds), order: z.number().int(), required: z.boolean() })),
});
export type CatalogueOut = z.infer<typeof catalogueOut>;

/** PUT: the whole catalogue as the clerk arranged it, with the version it was based on. */
export const catalogueIn = z.object({
  version: z.number().int().min(1),
  bookPageLimit: z.number().int().min(20, '每册页数上限不少于 20 页').max(1000, '每册页数上限不超过 1000 页').optional(),
  volumes: z
    .array(
      z.object({
        kind: z.enum(volumeKinds),
        number: z.number().int().min(1),
        entries: z.array(
          z.object({
            materialId: z.string().min(1),
            slotId: z.string().nullable().optional(),
            title: z.string().trim().min(1, '请填写题名').max(200),
            responsible: z.string().trim().max(200).nullable().optional(),
            date: isoDate.nullable().optional(),
            remarks: z.string().trim().max(500).nullable().optional(),
          }),
        ),
      }),
    )
    .max(200),
  waivers: z
    .array(z.object({ slotId: z.string().min(1), reason: z.string().trim().min(2, '请写明本案无此材料的原因').max(500) }))
    .refine((ws) => new Set(ws.map((w) => w.slotId)).size === ws.length, '同一目录项只能标注一次“本案无”')
    .default([]),
  /** 合并重复材料: each set aside in favour of an entry that stays in the catalogue. */
  duplicates: z
    .array(z.object({ materialId: z.string().min(1), keptMaterialId: z.string().min(1), reason: z.string().trim().min(2, '请写明合并的原因').max(500) }))
    .default([]),
});
export type CatalogueIn = z.input<typeof catalogueIn>;

/** A finding of the completeness check, with where to fix it. */
export const catalogueFindingOut = z.object({
  code: z.string(),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
  target: z.union([
    z.object({ kind: z.literal('slot'), slotId: z.string() }),
    z.object({ kind: z.literal('entry'), materialId: z.string() }),
    z.object({ kind: z.literal('material'), materialId: z.string() }),
    z.object({ kind: z.literal('book'), volume: z.enum(volumeKinds), number: z.number().int() }),
  ]),
  /** The page where it is fixed (the editor, focused on the place; or the material). */
  href: z.string(),
});
export type CatalogueFindingOut = z.infer<typeof catalogueFindingOut>;

export const catalogueCheckOut = z.object({
  caseId: z.string(),
  version: z.number().int(),
  /** True when there is no error (warnings allowed): the file may be submitted for review. */
  ok: z.boolean(),
  findings: z.array(catalogueFindingOut),
});
export type CatalogueCheckOut = z.infer<typeof catalogueCheckOut>;
