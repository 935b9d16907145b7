import { adapt, buildTemplate, type SlotPatch } from './build-template.js';
import type { CatalogueTemplate } from './catalogue-template.js';
import { criminalDecisionSlots, criminalInternalApprovalPatch } from './criminal-first-instance.template.js';
import { criminalHearingTranscriptPatch, criminalSlots, criminalSummonsPatch, type CriminalSlotId } from './criminal-slots.js';
import { generatedSlots, trialSideVolume, use } from './slot-library.js';

const criminal = (id: CriminalSlotId, patch?: SlotPatch) => adapt(id, criminalSlots[id], patch);

/**
 * 刑事二审. DOMAIN.md has no criminal second-instance list (the 1991 criminal articles were not
 * retrieved): this order is an inference (L) that follows the civil second-instance list of the 1991
 * 办法 art. 13 (移送函 · 原审裁判 · 上诉/抗诉 · 答辩 · 阅卷 · 讯问/调查 · 通知传票 · 庭审笔录 · 裁判文书 · 宣判 ·
 * 送达回证) with the criminal items of §4.4 that recur at second instance (辩护人材料, 讯问笔录, 提押票,
 * 延长审限). Confirm against the court's own 编目规范 before relying on it.
 */
export function criminalSecondInstanceTemplate(): CatalogueTemplate {
  return buildTemplate({
    kind: 'criminal_second_instance',
    version: 1,
    name: '刑事二审案件编目模板',
    typeCodes: ['刑终'],
    source: '推定（L）：参照 1991 年办法第13条民事二审顺序与 DOMAIN.md §4.4 刑事一审事项；副卷依 §4.1',
    main: [
      ...generatedSlots.mainOpening(),
      use('case-flow-record'),
      use('appeal-transfer', { title: '上诉（抗诉）案件移送函', caseNumberTypes: ['刑初'] }),
      use('original-judgment', { required: true, caseNumberTypes: ['刑初'] }),
      use('appeal', {
        title: '上诉状',
        names: ['上诉状', '刑事上诉状', '上诉书', '上诉状副本'],
        addNegativeKeywords: ['移送'],
      }),
      criminal('protest', { title: '抗诉书、支持抗诉意见书' }),
      use('defence', { names: ['答辩状', '答辩书', '答辩意见', '上诉答辩状'] }),
      criminal('defence-counsel'),
      use('file-review-record'),
      criminal('interrogation-record'),
      use('inquiry-record', { title: '调查笔录或调查取证材料' }),
      use('appraisal', { title: '鉴定意见（鉴定结论）' }),
      criminal('time-limit-extension'),
      use('summons', criminalSummonsPatch),
      use('hearing-transcript', criminalHearingTranscriptPatch),
      use('hearing-recording'),
      ...criminalDecisionSlots({
        judgment: { addNegativeKeywords: ['一审', '原判'], removeNegativeKeywords: ['二审', '终审'] },
        ruling: { addNegativeKeywords: ['一审', '原判'], removeNegativeKeywords: ['二审', '终审'] },
      }),
      use('pronouncement-record', { title: '宣判笔录（委托宣判函及宣判笔录）' }),
      use('service-receipt', { required: true }),
      ...generatedSlots.mainClosing(),
    ],
    side: trialSideVolume({ 'internal-approval': criminalInternalApprovalPatch }),
    requirementGroups: [
      { id: 'appeal-or-protest', title: '上诉状或抗诉书', anyOf: ['appeal', 'protest'], when: 'always' },
      { id: 'decision', title: '二审裁判文书（判决书或裁定书）', anyOf: ['judgment', 'ruling'], when: 'always' },
      { id: 'hearing-record', title: '庭审笔录或庭审录音录像', anyOf: ['hearing-transcript', 'hearing-recording'], when: 'hearing_held' },
      { id: 'deliberation', title: '合议庭评议笔录', anyOf: ['deliberation-record'], when: 'collegial_panel' },
    ],
  });
}
