import { buildTemplate } from './build-template.js';
import type { CatalogueTemplate } from './catalogue-template.js';
import { decisionSlots, generatedSlots, trialSideVolume, use } from './slot-library.js';

/**
 * 民事二审. 正卷 order: 1991 《人民法院诉讼文书立卷归档办法》 art. 13 (DOMAIN.md §4.3, H): 上诉移送书 · 原审
 * 判决书、裁定书 · 上诉书 · 答辩状 · 阅卷笔录 · 询问笔录 · 调查笔录 · 调解笔录 · 撤诉书 · 准备庭笔录 · 开庭前通知、
 * 传票 · 审判庭笔录 · 调解书、判决书、裁定书 · 宣判笔录 · 送达回证; its 案情报告, 评议笔录 and 审委会记录 go to
 * the 副卷 (§4.1). Added from modern practice: 审判流程信息表, identity papers, fees, evidence.
 */
export function civilSecondInstanceTemplate(): CatalogueTemplate {
  return buildTemplate({
    kind: 'civil_second_instance',
    version: 1,
    name: '民事二审案件编目模板',
    typeCodes: ['民终'],
    source: 'DOMAIN.md §4.3：1991 年《人民法院诉讼文书立卷归档办法》第13条（H）；审判流程信息表、身份材料、诉讼费、证据按现代清单补入（M）；副卷依 §4.1',
    main: [
      ...generatedSlots.mainOpening(),
      use('case-flow-record'),
      use('appeal-transfer', { caseNumberTypes: ['民初', '民特', '民督'] }),
      use('original-judgment', { required: true, caseNumberTypes: ['民初', '民特', '民督'] }),
      use('appeal', {
        required: true,
        title: '上诉状',
        removeNames: ['上诉案件移送函', '上诉移送函', '上诉案件移送书'],
        addNegativeKeywords: ['移送'],
      }),
      use('defence', { addNames: ['上诉答辩状'] }),
      use('party-identity'),
      use('litigation-fee'),
      use('acceptance-notice', { title: '二审案件受理通知书', addNames: ['二审案件受理通知书', '上诉案件受理通知书'] }),
      use('plaintiff-evidence', {
        title: '当事人二审提交的证据',
        names: ['二审证据材料', '新证据', '上诉人证据', '被上诉人证据', '证据目录'],
        keywords: ['新证据', '上诉人证据', '被上诉人证据', '证据材料', '证据目录', '原告证据', '被告证据'],
      }),
      use('file-review-record'),
      use('inquiry-record'),
      use('mediation-record'),
      use('withdrawal', {
        title: '撤回上诉申请书',
        names: ['撤回上诉申请书', '撤回上诉申请', '撤诉申请书', '撤诉书', '撤回起诉申请书'],
        addKeywords: ['撤回上诉'],
      }),
      use('pretrial-conference'),
      use('summons'),
      use('hearing-transcript'),
      use('hearing-recording'),
      ...decisionSlots('民事', {
        judgment: { addNegativeKeywords: ['一审', '原判'], removeNegativeKeywords: ['二审', '终审'] },
        ruling: { addNegativeKeywords: ['一审', '原判'], removeNegativeKeywords: ['二审', '终审'] },
        'mediation-document': { addNegativeKeywords: ['一审'], removeNegativeKeywords: ['二审'] },
      }),
      use('pronouncement-record'),
      use('service-receipt', { required: true }),
      ...generatedSlots.mainClosing(),
    ],
    side: trialSideVolume(),
    requirementGroups: [
      { id: 'decision', title: '二审裁判文书（判决书、裁定书或调解书）', anyOf: ['judgment', 'ruling', 'mediation-document'], when: 'always' },
      { id: 'hearing-record', title: '庭审笔录或庭审录音录像', anyOf: ['hearing-transcript', 'hearing-recording'], when: 'hearing_held' },
      { id: 'deliberation', title: '合议庭评议笔录', anyOf: ['deliberation-record'], when: 'collegial_panel' },
    ],
  });
}
