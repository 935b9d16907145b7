import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBody } from '../../../common/api.js';
import { templateKinds } from '../../domain/catalogue/catalogue-template.js';
import { AppError } from '../../errors.js';
import type { CatalogueTemplateService, TemplateInForce } from '../../services/catalogue-template.service.js';

const templateOut = z.object({
  kind: z.string(),
  version: z.number().int(),
  name: z.string(),
  origin: z.enum(['builtin', 'adjusted']),
  updatedAt: z.string().nullable(),
  /** The whole template (slots, requirement groups, 类型代字) as JSON. */
  template: z.record(z.string(), z.unknown()),
});
const out = (t: TemplateInForce) => ({ kind: t.template.kind, version: t.template.version, name: t.template.name, origin: t.origin, updatedAt: t.updatedAt, template: t.template as unknown as Record<string, unknown> });

export const catalogueTemplateRoutes: FastifyPluginAsyncZod<{ templates: CatalogueTemplateService }> = async (app, { templates }) => {
  app.get(
    '/api/v1/catalogue-templates',
    { schema: { tags: ['编目'], summary: '现行编目模板（内置默认或办公室调整后的最新版本）', response: { 200: z.object({ items: z.array(templateOut) }), 403: errorBody } } },
    async (request) => ({ items: (await templates.list(request.ctx)).map(out) }),
  );

  app.get(
    '/api/v1/catalogue-templates/:kind',
    { schema: { tags: ['编目'], summary: '一种编目模板的现行版本', params: z.object({ kind: z.enum(templateKinds) }), response: { 200: templateOut, 403: errorBody } } },
    async (request) => {
      const found = (await templates.list(request.ctx)).find((t) => t.template.kind === request.params.kind);
      if (!found) throw new AppError('CATALOGUE_TEMPLATE_INVALID', `没有“${request.params.kind}”这种编目模板`);
      return out(found);
    },
  );

  app.put(
    '/api/v1/catalogue-templates/:kind',
    {
      schema: {
        tags: ['编目'],
        summary: '调整编目模板（保存为新版本；此后的自动编目按新版本）',
        description: '提交完整模板（格位、必备要求、类型代字）。服务器校验模板本身，并与其他现行模板一起校验（一个类型代字只能属于一个模板）；有误时 400 CATALOGUE_TEMPLATE_INVALID，`details.issues` 逐条说明。版本号由服务器递增。',
        params: z.object({ kind: z.enum(templateKinds) }),
        body: z.record(z.string(), z.unknown()),
        response: { 200: templateOut, 400: errorBody, 403: errorBody },
      },
    },
    async (request) => out(await templates.save(request.ctx, request.params.kind, request.body)),
  );
};
