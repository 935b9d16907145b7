import { buildTemplate } from './build-template.js';
import type { CatalogueTemplate } from './catalogue-template.js';
import { generatedSlots, own, use } from './slot-library.js';

/**
 * 执行异议 (执异) and 执行复议 (执复): review cases of the enforcement division, decided by ruling after
 * a 听证 or written review. DOMAIN.md has no list for them (the 2006 办法 names 复议 in its scope only):
 * this order is an inference (L) following the trial pattern 申请 · 被异议的执行行为 · 受理 · 身份 · 证据 ·
 * 意见 · 听证 · 裁定 · 送达. One template serves both codes because a 复议 file is an 异议 file one level
 * up: the 执异 ruling under review takes the 被异议（复议）对象 slot, recognised by its case number.
 */
export function enforcementReviewTemplate(): CatalogueTemplate {
  return buildTemplate({
    kind: 'enforcement_review',
    version: 1,
    name: '执行异议、复议案件编目模板',
    typeCodes: ['执异', '执复'],
    source: '推定（L）：DOMAIN.md 无执行审查类案件装订顺序，参照审判案件顺序与 §4.5 副卷事项',
    main: [
      ...generatedSlots.mainOpening(),
      use('filing-registration'),
      own('objection-application', {
        title: '执行异议（复议）申请书',
        names: ['执行异议申请书', '异议申请书', '执行复议申请书', '复议申请书', '案外人执行异议申请书', '执行异议书', '异议书'],
        keywords: ['异议申请', '复议申请', '执行异议', '异议书'],
        negativeKeywords: ['送达回证', '裁定', '通知', '审批'],
        textKeywords: ['异议请求', '复议请求', '异议人', '复议申请人', '案外人'],
        categories: ['efiling', 'party_submission'],
      }, { required: true }),
      own('reviewed-act', {
        title: '被异议（复议）的执行行为、裁定',
        names: ['原执行裁定书', '原异议裁定书', '被异议的执行裁定', '原裁定书', '被复议裁定书'],
        keywords: ['原裁定', '原异议裁定', '原执行裁定', '被异议', '被复议'],
        negativeKeywords: ['送达回证', '申请书'],
        categories: ['court_document'],
        caseNumberTypes: ['执', '执恢', '执保', '执异'],
      }),
      use('acceptance-notice', { addNames: ['执行异议案件受理通知书', '复议案件受理通知书'] }),
      use('party-identity', { removeNegativeKeywords: ['执行'] }),
      use('plaintiff-evidence', {
        title: '当事人提交的证据',
        names: ['证据材料', '证据目录', '异议人证据', '申请人证据', '被申请人证据', '复议申请人证据'],
        keywords: ['证据'],
        negativeKeywords: ['送达回证', '质证意见', '身份证明'],
      }),
      use('defence', {
        title: '被申请人、申请执行人书面意见',
        names: ['答辩状', '书面意见', '意见书', '答辩意见', '异议答辩状', '申请执行人意见', '被申请人意见'],
        keywords: ['答辩', '书面意见', '意见书'],
        addNegativeKeywords: ['审查意见', '处理意见'],
      }),
      use('summons', { title: '听证通知书、传票' }),
      use('inquiry-record', { title: '询问、调查笔录' }),
      use('hearing-transcript', {
        title: '听证笔录',
        names: ['听证笔录', '听证记录', '庭审笔录', '开庭笔录'],
        keywords: ['听证笔录', '听证记录', '庭审笔录', '听证'],
        addNegativeKeywords: ['通知'],
        addTextKeywords: ['听证开始', '现在开始听证', '听证员'],
      }),
      use('hearing-recording', { title: '听证录音录像', addNames: ['听证录音录像', '听证录像'] }),
      use('ruling', {
        required: true,
        title: '执行异议（复议）裁定书',
        names: ['执行裁定书', '裁定书', '执行异议裁定书', '执行复议裁定书'],
        keywords: ['裁定书'],
        addNegativeKeywords: ['原裁定', '原执行裁定', '原异议裁定', '被异议', '被复议'],
        negativeTextKeywords: [],
      }),
      use('service-receipt', { required: true }),
      ...generatedSlots.mainClosing(),
    ],
    side: [
      ...generatedSlots.sideOpening(),
      use('trial-report', { title: '审查报告' }),
      use('deliberation-record'),
      use('committee-record', { addNames: ['执行委员会讨论记录', '执委会记录'], addKeywords: ['执委会', '执行委员会'] }),
      use('request-reply'),
      use('document-draft'),
      use('internal-approval'),
      ...generatedSlots.sideClosing(),
    ],
    requirementGroups: [
      { id: 'hearing-record', title: '听证笔录或听证录音录像', anyOf: ['hearing-transcript', 'hearing-recording'], when: 'hearing_held' },
      { id: 'deliberation', title: '合议庭评议笔录', anyOf: ['deliberation-record'], when: 'collegial_panel' },
    ],
  });
}
