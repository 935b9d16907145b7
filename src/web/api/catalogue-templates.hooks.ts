import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';

/**
 * 编目模板 (catalogue templates): the templates in force and saving an adjusted one as the next
 * version. The shapes mirror src/server/domain/catalogue/catalogue-template.ts; the server sends the
 * template as plain JSON, so fields this page does not edit (textKeywords, categories, note, …) are
 * kept as they came and sent back unchanged.
 */

export type TemplateVolume = 'main' | 'side';
export type RequirementCondition = 'always' | 'hearing_held' | 'collegial_panel';

export interface TemplateSlot {
  id: string;
  volume: TemplateVolume;
  order: number;
  required: boolean;
  title: string;
  generated?: boolean;
  names: string[];
  keywords: string[];
  negativeKeywords?: string[];
  textKeywords?: string[];
  negativeTextKeywords?: string[];
  [field: string]: unknown;
}

export interface TemplateRequirementGroup {
  id: string;
  title: string;
  anyOf: string[];
  when: RequirementCondition;
}

export interface CatalogueTemplateJson {
  kind: string;
  version: number;
  name: string;
  typeCodes: string[];
  source: string;
  slots: TemplateSlot[];
  requirementGroups: TemplateRequirementGroup[];
  [field: string]: unknown;
}

export interface TemplateInForce {
  kind: string;
  version: number;
  name: string;
  /** builtin: the default shipped with CaseVault; adjusted: a version the 办公室 saved. */
  origin: 'builtin' | 'adjusted';
  updatedAt: string | null;
  template: CatalogueTemplateJson;
}

/** One finding of the server's check (400 CATALOGUE_TEMPLATE_INVALID, `details.issues`). */
export interface TemplateIssue {
  code: string;
  severity: 'error' | 'warning' | 'info';
  path: Array<string | number>;
  message: string;
}

export const catalogueTemplatesKey = ['catalogue-templates'] as const;

export function useCatalogueTemplates() {
  return useQuery({
    queryKey: catalogueTemplatesKey,
    queryFn: async () => (await api.get<{ items: TemplateInForce[] }>('/api/v1/catalogue-templates')).items,
    staleTime: 0,
  });
}

/** @throws ApiError CATALOGUE_TEMPLATE_INVALID with `details.issues` */
export function useSaveCatalogueTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (template: CatalogueTemplateJson) =>
      api.put<TemplateInForce>(`/api/v1/catalogue-templates/${encodeURIComponent(template.kind)}`, template),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: catalogueTemplatesKey }),
  });
}
