import type { Db } from '../db/connect.js';
import { can, type RequestContext } from '../domain/access.js';
import { templateKinds, type CatalogueTemplate, type TemplateKind } from '../domain/catalogue/catalogue-template.js';
import { catalogueTemplates, templateForTypeCode } from '../domain/catalogue/templates.js';
import { validateTemplates } from '../domain/catalogue/validate-template.js';
import { AppError } from '../errors.js';
import type { CatalogueRepository } from '../repositories/catalogue.repository.js';
import { recordAudit } from './audit.service.js';

export interface TemplateInForce {
  template: CatalogueTemplate;
  /** 'builtin': the default from DOMAIN.md (code); 'adjusted': a version the 办公室 saved. */
  origin: 'builtin' | 'adjusted';
  updatedAt: string | null;
  updatedBy: string | null;
}

/**
 * The catalogue templates in force: the built-in defaults (src/server/domain/catalogue), each
 * replaced by the latest version the 办公室 adjusted. An adjustment is a new version; catalogues
 * record the version that placed them, so earlier ones stay explainable.
 */
export class CatalogueTemplateService {
  constructor(
    private readonly db: Db,
    private readonly catalogues: CatalogueRepository,
  ) {}

  async inForce(): Promise<TemplateInForce[]> {
    const adjusted = new Map((await this.catalogues.latestTemplates()).map((r) => [r.kind, r]));
    return catalogueTemplates.map((builtin) => {
      const row = adjusted.get(builtin.kind);
      return row
        ? { template: JSON.parse(row.template_json) as CatalogueTemplate, origin: 'adjusted' as const, updatedAt: row.created_at, updatedBy: row.created_by }
        : { template: builtin, origin: 'builtin' as const, updatedAt: null, updatedBy: null };
    });
  }

  /** The templates in force, for anyone who reads cases or adjusts templates. */
  async list(ctx: RequestContext): Promise<TemplateInForce[]> {
    if (!can(ctx.actor, 'case.read') && !can(ctx.actor, 'catalogue.template')) throw new AppError('PERMISSION_DENIED');
    return this.inForce();
  }

  /** The template in force for a 类型代字, or null when none covers it. */
  async forTypeCode(typeCode: string): Promise<CatalogueTemplate | null> {
    return templateForTypeCode(typeCode, (await this.inForce()).map((t) => t.template));
  }

  /**
   * Saves an adjusted template as the next version of its kind. The template is validated alone
   * and together with the others in force (a 类型代字 may belong to one template only).
   * @throws PERMISSION_DENIED, CATALOGUE_TEMPLATE_INVALID (details.issues)
   */
  async save(ctx: RequestContext, kind: TemplateKind, submitted: unknown): Promise<TemplateInForce> {
    if (!can(ctx.actor, 'catalogue.template')) throw new AppError('PERMISSION_DENIED');
    if (!(templateKinds as readonly string[]).includes(kind)) throw new AppError('CATALOGUE_TEMPLATE_INVALID', `没有“${kind}”这种编目模板`);
    const inForce = await this.inForce();
    const current = inForce.find((t) => t.template.kind === kind)!;
    const candidate = { ...(submitted as object), kind, version: current.template.version + 1 } as CatalogueTemplate;
    const others = inForce.filter((t) => t.template.kind !== kind).map((t) => t.template);
    const findings = validateTemplates([candidate, ...others]);
    const errors = findings.issues.filter((i) => i.severity === 'error');
    if (errors.length) throw new AppError('CATALOGUE_TEMPLATE_INVALID', undefined, { issues: findings.issues });
    const now = new Date().toISOString();
    const by = ctx.actor.id === 'system' ? null : ctx.actor.id;
    await this.db.transaction().execute(async (trx) => {
      await this.catalogues.with(trx).insertTemplate({ kind, version: candidate.version, template_json: JSON.stringify(candidate), created_by: by, created_at: now });
      await recordAudit(trx, ctx, 'catalogue.template', { type: 'catalogue_template', id: kind }, { version: current.template.version }, { version: candidate.version, slots: candidate.slots.length });
    });
    return { template: candidate, origin: 'adjusted', updatedAt: now, updatedBy: by };
  }
}
