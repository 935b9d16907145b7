import { adapt, buildTemplate, type SlotPatch } from './build-template.js';
import type { CatalogueTemplate } from './catalogue-template.js';
import { criminalHearingTranscriptPatch, criminalSlots, criminalSummonsPatch, type CriminalSlotId } from './criminal-slots.js';
import { decisionSlots, generatedSlots, trialSideVolume, use } from './slot-library.js';

const criminal = (id: CriminalSlotId, patch?: SlotPatch) => adapt(id, criminalSlots[id], patch);

/** In criminal files the 延长审限 papers stay in the 正卷 (DOMAIN.md §4.4 item 17), not with other approvals. */
export const criminalInternalApprovalPatch: SlotPatch = {
  removeNames: ['延长审限审批表'],
  removeKeywords: ['延长审限'],
  addNegativeKeywords: ['延长审限', '延长审理期限'],
};

/** Criminal decisions: 附带民事 judgments, rulings and 调解书/协议书 sit with the criminal ones (item 21). */
export function criminalDecisionSlots(patch: Parameters<typeof decisionSlots>[1] = {}) {
  return decisionSlots('刑事', {
    ...patch,
    judgment: { addNames: ['刑事附带民事判决书'], ...patch.judgment },
    ruling: { addNames: ['刑事附带民事裁定书'], ...patch.ruling },
    'mediation-document': {
      title: '刑事附带民事调解书、协议书',
      names: ['调解书', '刑事附带民事调解书', '附带民事调解书', '附带民事和解协议书', '刑事和解协议书'],
      addKeywords: ['和解协议'],
      addNegativeKeywords: ['执行和解'],
      ...patch['mediation-document'],
    },
  });
}

/**
 * 刑事一审 正卷, in the 34-item order of a 中级人民法院's list (DOMAIN.md §4.4, M; the 1991 official
 * criminal list was not retrieved). Judgement calls: item 24 提押票 repeats item 18 and is merged into it;
 * item 33 证物袋 is a physical bag, not an electronic material, so its contents are catalogued under
 * 赃物、证物移送清单 (item 31); item 21 is split into 判决书, 裁定书 and 附带民事调解书 so a requirement can
 * name them; a 庭审录音录像 slot follows the 庭审笔录 (simple-procedure cases may use one, DOMAIN.md §8.2).
 */
export function criminalFirstInstanceTemplate(): CatalogueTemplate {
  return buildTemplate({
    kind: 'criminal_first_instance',
    version: 1,
    name: '刑事一审案件编目模板',
    typeCodes: ['刑初'],
    source: 'DOMAIN.md §4.4：某中级人民法院“各类案件卷宗装订顺序”刑事一审正卷34项（M）；副卷依 §4.1',
    main: [
      ...generatedSlots.mainOpening(),
      use('case-flow-record'),
      criminal('indictment', { required: true }),
      criminal('indictment-service-receipt'),
      criminal('defence-counsel'),
      criminal('arrest'),
      criminal('seizure-list'),
      criminal('sealing-order'),
      criminal('bail'),
      criminal('supplementary-materials'),
      use('withdrawal', {
        title: '撤诉书（撤回起诉决定书）',
        names: ['撤诉书', '撤回起诉决定书', '撤回起诉书', '撤诉申请书', '撤回自诉申请书'],
        addKeywords: ['撤回自诉'],
      }),
      use('inquiry-record', { title: '调查笔录或调查取证材料' }),
      use('appraisal', { title: '鉴定意见（鉴定结论）' }),
      criminal('interrogation-record'),
      criminal('confession-register'),
      criminal('time-limit-extension'),
      use('summons', criminalSummonsPatch),
      criminal('hearing-announcement'),
      use('hearing-transcript', criminalHearingTranscriptPatch),
      use('hearing-recording'),
      ...criminalDecisionSlots(),
      use('pronouncement-record', { title: '宣判笔录（委托宣判函及宣判笔录）' }),
      use('service-receipt', {
        required: true,
        title: '判决书、裁定书送达回证',
        addNegativeKeywords: ['起诉书', '自诉状'],
        addNegativeTextKeywords: ['起诉书副本', '自诉状副本'],
      }),
      criminal('judicial-suggestion'),
      criminal('protest'),
      use('appeal', {
        title: '上诉状及上诉案件移送书存根',
        names: ['上诉状', '刑事上诉状', '上诉书', '上诉案件移送书', '上诉案件移送书存根', '上诉移送函', '上诉案件移送函'],
      }),
      use('higher-court-return', { caseNumberTypes: ['刑终'] }),
      use('higher-court-judgment', { caseNumberTypes: ['刑终'] }),
      criminal('enforcement-notice'),
      criminal('exhibit-disposal'),
      ...generatedSlots.mainClosing(),
    ],
    side: trialSideVolume({ 'internal-approval': criminalInternalApprovalPatch }),
    requirementGroups: [
      { id: 'decision', title: '裁判文书（判决书或裁定书）', anyOf: ['judgment', 'ruling'], when: 'always' },
      { id: 'hearing-record', title: '庭审笔录或庭审录音录像', anyOf: ['hearing-transcript', 'hearing-recording'], when: 'hearing_held' },
      { id: 'deliberation', title: '合议庭评议笔录', anyOf: ['deliberation-record'], when: 'collegial_panel' },
    ],
  });
}
