import { buildTemplate } from './build-template.js';
import type { CatalogueTemplate } from './catalogue-template.js';
import { decisionSlots, generatedSlots, trialSideVolume, use } from './slot-library.js';

/**
 * 民事（含商事）一审. 正卷 order: the modern 32-item list of DOMAIN.md §4.3 (M), completed with the 1991
 * list's items it lacks (口诉笔录, 询问笔录, 调解笔录, 准备庭笔录 — H); 案情报告, 评议笔录 and 审委会记录 go to
 * the 副卷 (DOMAIN.md §4.1). 商事 first instance carries 民初 since 2016, so one template serves both.
 * 民撤 (第三人撤销之诉) is tried as a first-instance suit and files the same materials.
 *
 * Judgement calls: the plaintiff's and the defendant's identity papers share one slot right after the
 * 起诉状 (titles rarely say whose they are; the 1991 list keeps them together as item 11); the three
 * 送达回证 positions of the modern list are one slot, after 宣判笔录, as in the 1991 list.
 */
export function civilFirstInstanceTemplate(): CatalogueTemplate {
  return buildTemplate({
    kind: 'civil_first_instance',
    version: 1,
    name: '民事（含商事）一审案件编目模板',
    typeCodes: ['民初', '民撤'],
    source: 'DOMAIN.md §4.3：现代法院民事一审正卷32项清单（M）为主，补 1991 年《人民法院诉讼文书立卷归档办法》第12条（H）所列事项；副卷依 §4.1',
    main: [
      ...generatedSlots.mainOpening(),
      use('case-flow-record'),
      use('filing-registration'),
      use('complaint', { required: true }),
      use('plaintiff-evidence'),
      use('party-identity'),
      use('acceptance-notice', { required: true }),
      use('litigation-fee'),
      use('transfer-form'),
      use('response-notice'),
      use('defence'),
      use('defendant-evidence'),
      use('summons'),
      use('interim-ruling'),
      use('appraisal'),
      use('inquiry-record'),
      use('pretrial-conference'),
      use('hearing-transcript'),
      use('hearing-recording'),
      use('mediation-record'),
      use('agent-statement'),
      use('withdrawal'),
      ...decisionSlots('民事'),
      use('pronouncement-record'),
      use('service-receipt', { required: true }),
      use('appeal'),
      use('higher-court-return', { caseNumberTypes: ['民终'] }),
      use('higher-court-judgment', { caseNumberTypes: ['民终'] }),
      use('effective-transfer'),
      use('evidence-disposal'),
      ...generatedSlots.mainClosing(),
    ],
    side: trialSideVolume(),
    requirementGroups: [
      { id: 'decision', title: '裁判文书（判决书、裁定书或调解书）', anyOf: ['judgment', 'ruling', 'mediation-document'], when: 'always' },
      { id: 'hearing-record', title: '庭审笔录或庭审录音录像', anyOf: ['hearing-transcript', 'hearing-recording'], when: 'hearing_held' },
      { id: 'deliberation', title: '合议庭评议笔录', anyOf: ['deliberation-record'], when: 'collegial_panel' },
    ],
  });
}
