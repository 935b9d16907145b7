/**
 * Whether a catalogue holds the materials its template requires: every required slot filled, and every
 * requirement group that applies to the case (always, after a hearing, under a collegial panel) met by
 * at least one of its slots. Findings are values (STYLE.md); the clerk sees them before submitting the
 * catalogue for the judge's review.
 */
import { requirementConditionLabels, volumeLabels, type CatalogueTemplate } from './catalogue-template.js';

/** What is known about how the case was tried. */
export interface CaseFacts {
  /** The case had a hearing (开庭 or 听证). */
  hearingHeld: boolean;
  /** A collegial panel (合议庭) tried it. */
  collegialPanel: boolean;
}

export interface RequirementIssue {
  code: 'CATALOGUE_REQUIRED_SLOT_EMPTY' | 'CATALOGUE_REQUIREMENT_UNMET';
  severity: 'error';
  /** ['slots', slotId] or ['requirementGroups', groupId]. */
  path: [string, string];
  message: string;
}

export interface RequirementFindings {
  ok: boolean;
  issues: RequirementIssue[];
}

/** Findings on the slots filled in a catalogue (`filledSlotIds`: the slots holding at least one material). */
export function requirementFindings(template: CatalogueTemplate, filledSlotIds: Iterable<string>, facts: CaseFacts): RequirementFindings {
  const filled = new Set(filledSlotIds);
  const issues: RequirementIssue[] = [];
  for (const slot of template.slots) {
    if (slot.required && !slot.generated && !filled.has(slot.id)) {
      issues.push({
        code: 'CATALOGUE_REQUIRED_SLOT_EMPTY',
        severity: 'error',
        path: ['slots', slot.id],
        message: `${volumeLabels[slot.volume]}缺少必备材料“${slot.title}”`,
      });
    }
  }
  for (const group of template.requirementGroups) {
    const applies = group.when === 'always' || (group.when === 'hearing_held' && facts.hearingHeld) || (group.when === 'collegial_panel' && facts.collegialPanel);
    if (applies && !group.anyOf.some((id) => filled.has(id))) {
      const when = group.when === 'always' ? '' : `（${requirementConditionLabels[group.when]}）`;
      issues.push({
        code: 'CATALOGUE_REQUIREMENT_UNMET',
        severity: 'error',
        path: ['requirementGroups', group.id],
        message: `缺少${group.title}${when}`,
      });
    }
  }
  return { ok: issues.length === 0, issues };
}
