import { buildTemplate } from './build-template.js';
import type { CatalogueTemplate } from './catalogue-template.js';
import { decisionSlots, generatedSlots, own, trialSideVolume, use } from './slot-library.js';

/** 类型代字 of decisions a petition or a retrial attacks (原审、原执行裁判). */
const attackedDecisionTypes = ['民初', '民终', '民特', '民督', '民撤', '刑初', '刑终', '行初', '行终', '行赔初', '行赔终', '执', '执恢', '执异', '执复'];
/** 类型代字 of the review that orders a retrial: its ruling or the 抗诉书 opens the 再审 case. */
const retrialReviewTypes = ['民申', '民监', '民抗', '刑申', '刑监', '刑抗', '行申', '行监', '行抗', '行赔申', '行赔监', '行赔抗'];

/**
 * 审判监督与再审: 再审审查 (…申, …监, …抗), 再审 (…再) and 执行监督 (执监) of civil, criminal and
 * administrative cases, and supervision of special procedures (民特监, 民督监). DOMAIN.md has no list for
 * them: the order (L) is the second-instance pattern of the 1991 办法 art. 13 opened by the petition and
 * the attacked decision, plus the 调卷 and 退卷 papers such reviews create. Both the review and the
 * retrial stage use one template; the retrial-ordering ruling is recognised by its …申/…监/…抗 number.
 */
export function supervisionAndRetrialTemplate(): CatalogueTemplate {
  return buildTemplate({
    kind: 'supervision_and_retrial',
    version: 1,
    name: '审判监督与再审案件编目模板',
    typeCodes: [
      '民申', '民监', '民抗', '民再', '民特监', '民督监',
      '刑申', '刑监', '刑抗', '刑再',
      '行申', '行监', '行抗', '行再',
      '行赔申', '行赔监', '行赔抗', '行赔再',
      '执监',
    ],
    source: '推定（L）：参照 1991 年办法第13条二审顺序（DOMAIN.md §4.3），加申请再审、调卷、退卷事项；副卷依 §4.1',
    main: [
      ...generatedSlots.mainOpening(),
      use('case-flow-record'),
      use('filing-registration'),
      own('petition', {
        title: '再审申请书、申诉书、抗诉书',
        names: ['再审申请书', '民事再审申请书', '行政再审申请书', '申请再审书', '申诉书', '申诉状', '刑事申诉状', '刑事申诉书', '抗诉书', '民事抗诉书', '再审检察建议书', '检察建议书', '执行监督申请书'],
        keywords: ['再审申请', '申请再审', '申诉', '抗诉', '检察建议', '监督申请'],
        negativeKeywords: ['送达回证', '驳回', '通知', '裁定', '撤回', '证据'],
        textKeywords: ['再审申请人', '申诉人', '再审请求', '申诉请求', '抗诉理由', '申请再审'],
        categories: ['efiling', 'party_submission'],
        note: '依职权再审审查（民监、刑监、行监）无当事人申请，故不设为必备。',
      }),
      use('original-judgment', { required: true, caseNumberTypes: attackedDecisionTypes, addNames: ['二审判决书', '终审判决书', '原执行裁定书'], addKeywords: ['二审', '终审', '生效'] }),
      own('retrial-order', {
        title: '提审、指令再审裁定',
        names: ['提审裁定书', '指令再审裁定书', '再审裁定书', '再审决定书', '决定再审裁定书'],
        keywords: ['提审', '指令再审', '再审裁定', '再审决定'],
        negativeKeywords: ['送达回证', '申请书'],
        textKeywords: ['指令', '提审', '再审期间，中止原判决'],
        categories: ['court_document'],
        caseNumberTypes: retrialReviewTypes,
      }),
      use('acceptance-notice', { addNames: ['再审案件受理通知书', '再审申请受理通知书', '应诉通知书', '申诉受理通知书'], removeNegativeKeywords: ['应诉'] }),
      use('party-identity'),
      use('plaintiff-evidence', {
        title: '当事人提交的证据（新证据）',
        names: ['新证据', '证据材料', '证据目录', '再审申请人证据', '申诉人证据'],
        keywords: ['新证据', '证据'],
        negativeKeywords: ['送达回证', '质证意见', '身份证明'],
      }),
      use('defence', { title: '答辩状、意见书', addNames: ['意见书', '书面意见', '提交意见书', '再审答辩状'], addKeywords: ['意见书', '书面意见'] }),
      own('file-transfer', {
        title: '调卷函及原审卷宗调阅材料',
        names: ['调卷函', '调卷通知书', '调阅卷宗函', '原审卷宗调阅单', '借卷单'],
        keywords: ['调卷', '调阅', '借卷'],
        negativeKeywords: ['送达回证'],
        categories: ['court_document'],
      }),
      use('inquiry-record', { title: '询问、听证、调查笔录', addNames: ['听证笔录'], removeNegativeKeywords: ['听证'], addKeywords: ['听证'] }),
      use('summons'),
      use('hearing-transcript'),
      use('hearing-recording'),
      ...decisionSlots('再审', {
        judgment: { title: '判决书', names: ['判决书', '民事判决书', '刑事判决书', '行政判决书', '再审判决书'], removeNegativeKeywords: ['二审', '终审'] },
        ruling: {
          title: '裁定书',
          names: ['裁定书', '民事裁定书', '刑事裁定书', '行政裁定书', '执行裁定书'],
          addNegativeKeywords: ['提审', '指令再审'],
          removeNegativeKeywords: ['二审', '终审'],
          addNegativeTextKeywords: ['中止原判决', '由本院提审'],
        },
        'mediation-document': { title: '调解书', names: ['调解书', '民事调解书', '再审调解书'], removeNegativeKeywords: ['二审'] },
      }),
      own('rejection-notice', {
        title: '驳回申诉通知书',
        names: ['驳回申诉通知书', '驳回通知书', '申诉审查结果通知书', '再审审查结果通知书'],
        keywords: ['驳回申诉', '驳回通知', '审查结果通知'],
        negativeKeywords: ['送达回证'],
        textKeywords: ['驳回你的申诉', '驳回申诉'],
        categories: ['court_document'],
      }),
      use('pronouncement-record'),
      use('service-receipt', { required: true }),
      own('file-return', {
        title: '退卷函',
        names: ['退卷函', '退卷通知书', '还卷函', '退还卷宗函'],
        keywords: ['退卷', '还卷', '退还卷宗'],
        negativeKeywords: ['送达回证'],
        categories: ['court_document'],
      }),
      ...generatedSlots.mainClosing(),
    ],
    side: trialSideVolume(),
    requirementGroups: [
      {
        id: 'decision',
        title: '审查或再审结论（裁定书、判决书、调解书、驳回申诉通知书或再审裁定）',
        anyOf: ['ruling', 'judgment', 'mediation-document', 'rejection-notice', 'retrial-order'],
        when: 'always',
      },
      { id: 'hearing-record', title: '庭审（听证）笔录或录音录像', anyOf: ['hearing-transcript', 'hearing-recording'], when: 'hearing_held' },
      { id: 'deliberation', title: '合议庭评议笔录', anyOf: ['deliberation-record'], when: 'collegial_panel' },
    ],
  });
}
