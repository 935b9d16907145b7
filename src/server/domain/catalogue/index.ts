/**
 * 编目 (cataloguing): catalogue templates per kind of case — the slots of the 正卷 and 副卷 in canonical
 * order (DOMAIN.md §4.1–4.5) — their validation, and the rule-based classifier that proposes a slot for
 * each material. Pure domain code: no I/O. Figures of the classifier: scripts/catalogue/.
 */
export {
  requirementConditionLabels,
  requirementConditions,
  slotById,
  slotsInOrder,
  templateKindLabels,
  templateKinds,
  volumeLabels,
  volumes,
} from './catalogue-template.js';
export type { CatalogueSlot, CatalogueTemplate, RequirementCondition, RequirementGroup, TemplateKind, Volume } from './catalogue-template.js';
export { cataloguedFamilies, catalogueTemplates, defaultCatalogueTemplates, templateByKind, templateForTypeCode, unmappedTypeCodes } from './templates.js';
export { validateTemplate, validateTemplates } from './validate-template.js';
export type { TemplateFindings, TemplateIssue, TemplateIssueCode } from './validate-template.js';
export { CLASSIFY_THRESHOLD, MAX_ALTERNATIVES, classifyMaterial, confidenceOf } from './classifier.js';
export type { Classification, ClassifyInput } from './classifier.js';
export { TEXT_HEAD_LENGTH } from './read-material.js';
export type { MaterialInput } from './read-material.js';
export { classifierWeights } from './score-slot.js';
export { containsWord, knownMisspellings, maskPartyRoles, normalizeText, partyRoles, withinOneEdit } from './normalize-text.js';
export { classifierReport, figuresOf } from './classifier-figures.js';
export type { ClassifierReport, Confusion, Figures, LabelledOutcome, SlotFigures } from './classifier-figures.js';
export { requirementFindings } from './requirement-findings.js';
export type { CaseFacts, RequirementFindings, RequirementIssue } from './requirement-findings.js';
