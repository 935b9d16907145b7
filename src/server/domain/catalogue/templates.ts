/**
 * The default catalogue templates and the choice of template by 类型代字.
 */
import { administrativeFirstInstanceTemplate } from './administrative-first-instance.template.js';
import { administrativeSecondInstanceTemplate } from './administrative-second-instance.template.js';
import type { CatalogueTemplate, TemplateKind } from './catalogue-template.js';
import { civilFirstInstanceTemplate } from './civil-first-instance.template.js';
import { civilSecondInstanceTemplate } from './civil-second-instance.template.js';
import { criminalFirstInstanceTemplate } from './criminal-first-instance.template.js';
import { criminalSecondInstanceTemplate } from './criminal-second-instance.template.js';
import { enforcementReviewTemplate } from './enforcement-review.template.js';
import { enforcementTemplate } from './enforcement.template.js';
import { stateCompensationAndJudicialAidTemplate } from './state-compensation-and-judicial-aid.template.js';
import { supervisionAndRetrialTemplate } from './supervision-and-retrial.template.js';

/** Fresh, editable copies of the default templates, one per kind, in `templateKinds` order. */
export function defaultCatalogueTemplates(): CatalogueTemplate[] {
  return [
    civilFirstInstanceTemplate(),
    civilSecondInstanceTemplate(),
    criminalFirstInstanceTemplate(),
    criminalSecondInstanceTemplate(),
    enforcementTemplate(),
    enforcementReviewTemplate(),
    administrativeFirstInstanceTemplate(),
    administrativeSecondInstanceTemplate(),
    stateCompensationAndJudicialAidTemplate(),
    supervisionAndRetrialTemplate(),
  ];
}

/** The default templates, frozen: copy one (structuredClone) before changing it. */
export const catalogueTemplates: readonly CatalogueTemplate[] = defaultCatalogueTemplates().map(deepFreeze);

/**
 * The families of 类型代字 (case-types.ts `caseTypeFamilies`) whose litigation and enforcement cases
 * the templates cover. Every code of these families either maps to a template or is listed in
 * `unmappedTypeCodes` with the reason.
 */
export const cataloguedFamilies: readonly string[] = ['民', '刑', '行', '行赔', '执', '法赔', '委赔', '赔', '司救'];

const JURISDICTION = '管辖案件：只有管辖争议的申请、意见和裁定，不经实体审理，需另立模板';
const OTHER = '“其他”类案件内容不定，由书记员按材料性质手工编目';

/** 类型代字 of the covered families deliberately left without a template, with the reason (Chinese). */
export const unmappedTypeCodes: Readonly<Record<string, string>> = {
  刑辖: JURISDICTION,
  民辖: JURISDICTION,
  民辖终: JURISDICTION,
  民辖监: JURISDICTION,
  行辖: JURISDICTION,
  行辖终: JURISDICTION,
  赔辖: JURISDICTION,
  赔辖终: JURISDICTION,
  刑没: '违法所得没收程序：申请—公告—审理—裁定，材料结构与刑事一审不同，需另立模板',
  刑核: '死刑及法定刑以下判处刑罚、特殊假释复核：由最高人民法院或高级人民法院办理，基层法院无此卷宗',
  刑医: '强制医疗程序：需另立模板',
  刑医解: '强制医疗程序：需另立模板',
  刑医复: '强制医疗程序：需另立模板',
  刑医监: '强制医疗程序：需另立模板',
  刑止: '停止执行死刑程序：由高级以上人民法院办理',
  刑止调: '停止执行死刑程序：由高级以上人民法院办理',
  刑止核: '停止执行死刑程序：由高级以上人民法院办理',
  刑更: '减刑、假释等刑罚与执行变更：书面审理为主，材料由执行机关报送，需另立模板',
  刑更监: '减刑、假释等刑罚与执行变更：需另立模板',
  刑更备: '减刑、假释等刑罚与执行变更：需另立模板',
  刑教: '安置教育程序：需另立模板',
  刑教解: '安置教育程序：需另立模板',
  刑教复: '安置教育程序：需另立模板',
  刑教监: '安置教育程序：需另立模板',
  刑他: OTHER,
  民他: OTHER,
  行他: OTHER,
  行赔他: OTHER,
  执他: OTHER,
  民特: '特别程序（司法确认、实现担保物权、宣告失踪等）：申请—审查—裁判，无起诉、答辩，需另立模板',
  民催: '公示催告程序：申请—公告—除权判决，需另立模板',
  民督: '督促程序：申请—支付令，需另立模板',
  民保令: '人身安全保护令：申请—裁定，需另立模板',
  民保更: '人身安全保护令：申请—裁定，需另立模板',
  行审: '非诉行政行为申请执行审查：申请—审查—裁定，需另立模板',
  行审复: '非诉行政行为申请执行审查复议：需另立模板',
  执协: '执行协调案件：上级法院协调，材料为函件与协调纪要，需另立模板',
};

/**
 * The template for a case's 类型代字 (e.g. '民初' → 民事一审), or null when no template applies (an
 * unmapped code, an unknown one, or one outside the covered families). Accepts full-width and spaced
 * input.
 */
export function templateForTypeCode(typeCode: string, templates: readonly CatalogueTemplate[] = catalogueTemplates): CatalogueTemplate | null {
  const code = typeCode.normalize('NFKC').replace(/\s+/g, '');
  return templates.find((t) => t.typeCodes.includes(code)) ?? null;
}

/** The template of a kind, or null. */
export function templateByKind(kind: TemplateKind, templates: readonly CatalogueTemplate[] = catalogueTemplates): CatalogueTemplate | null {
  return templates.find((t) => t.kind === kind) ?? null;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
