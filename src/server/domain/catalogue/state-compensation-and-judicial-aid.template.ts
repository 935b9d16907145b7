import { buildTemplate } from './build-template.js';
import type { CatalogueTemplate } from './catalogue-template.js';
import { generatedSlots, own, use } from './slot-library.js';

/**
 * 国家赔偿 (法赔 court as liable authority, 委赔 赔偿委员会, their supervision 委赔监/委赔提/委赔再,
 * 赔确监, 赔他) and 司法救助 (every 司救… code). Both are decided by 决定书 after an application, a review
 * of the underlying case and, for 委赔, a 质证/听证. DOMAIN.md lists neither: this order is an inference
 * (L) on the trial pattern 申请 · 原案文书 · 受理 · 身份 · 证据 · 调查 · 质证 · 决定 · 支付 · 送达. Confirm
 * against 《最高人民法院关于人民法院赔偿委员会审理国家赔偿案件程序的规定》 and the 司法救助 rules.
 */
export function stateCompensationAndJudicialAidTemplate(): CatalogueTemplate {
  return buildTemplate({
    kind: 'state_compensation_and_judicial_aid',
    version: 1,
    name: '国家赔偿与司法救助案件编目模板',
    typeCodes: ['法赔', '委赔', '委赔监', '赔确监', '委赔提', '委赔再', '赔他', '司救刑', '司救民', '司救行', '司救赔', '司救执', '司救访', '司救他'],
    source: '推定（L）：DOMAIN.md 无国家赔偿、司法救助案件装订顺序，按“申请—审查—决定—送达”程序排列；副卷依 §4.1',
    main: [
      ...generatedSlots.mainOpening(),
      use('filing-registration'),
      own('application', {
        title: '国家赔偿申请书、司法救助申请书、申诉书',
        names: ['国家赔偿申请书', '赔偿申请书', '司法赔偿申请书', '司法救助申请书', '国家司法救助申请书', '救助申请书', '申诉书', '赔偿确认申诉书'],
        keywords: ['赔偿申请', '救助申请', '申请国家赔偿', '申请司法救助', '申诉'],
        negativeKeywords: ['送达回证', '决定书', '通知书', '审批'],
        textKeywords: ['赔偿请求人', '赔偿请求', '救助申请人', '申请事项', '申诉请求'],
        categories: ['efiling', 'party_submission'],
      }, { required: true }),
      own('original-decision', {
        title: '赔偿义务机关、复议机关决定及原案文书',
        names: ['赔偿义务机关决定书', '不予赔偿决定书', '复议决定书', '原判决书', '原案裁判文书', '原赔偿决定书', '刑事判决书', '再审判决书'],
        keywords: ['赔偿义务机关', '复议决定', '不予赔偿', '原判', '原案', '再审改判'],
        negativeKeywords: ['送达回证', '申请书'],
        categories: ['court_document', 'evidence'],
        caseNumberTypes: ['刑初', '刑终', '刑再', '民初', '民终', '民再', '行初', '行终', '行再', '执', '执恢', '法赔', '委赔'],
      }),
      use('acceptance-notice', { addNames: ['司法救助受理通知书', '赔偿案件受理通知书'] }),
      use('party-identity'),
      own('applicant-evidence', {
        title: '申请人证据及困难证明',
        names: ['证据材料', '证据目录', '困难证明', '家庭经济困难证明', '收入证明', '医疗费票据', '病历', '低保证明', '伤残鉴定意见书'],
        keywords: ['证据', '困难', '病历', '医疗费', '低保', '收入证明', '伤残'],
        negativeKeywords: ['送达回证', '身份证明', '法定代表人'],
        textKeywords: ['生活困难', '家庭收入', '诊断'],
        categories: ['evidence', 'party_submission'],
      }),
      use('inquiry-record', { title: '询问、调查核实笔录', addNames: ['调查核实笔录', '走访笔录'], addKeywords: ['核实', '走访'] }),
      use('summons', { title: '质证、听证通知书', addNames: ['质证通知书'], addKeywords: ['质证通知'] }),
      use('hearing-transcript', {
        title: '质证（听证）笔录',
        names: ['质证笔录', '听证笔录', '质证听证笔录', '庭审笔录'],
        keywords: ['质证笔录', '听证笔录', '质证', '听证'],
        addNegativeKeywords: ['通知'],
        addTextKeywords: ['现在开始质证', '听证开始'],
      }),
      use('hearing-recording', { title: '质证（听证）录音录像', addNames: ['质证录音录像', '听证录音录像'] }),
      own('decision', {
        title: '国家赔偿决定书、司法救助决定书',
        names: ['国家赔偿决定书', '赔偿决定书', '赔偿委员会决定书', '司法救助决定书', '国家司法救助决定书', '救助决定书', '不予救助决定书', '决定书'],
        keywords: ['决定书', '赔偿决定', '救助决定'],
        negativeKeywords: ['送达回证', '赔偿义务机关', '复议', '原决定', '原判', '原案', '原赔偿', '签发', '审批'],
        textKeywords: ['决定如下', '本决定为发生法律效力', '赔偿委员会认为', '决定给予'],
        categories: ['court_document'],
      }, { required: true }),
      own('payment', {
        title: '赔偿金、救助金支付材料',
        names: ['赔偿金支付申请书', '支付赔偿金申请书', '救助金发放凭证', '救助金领取凭证', '收款收据', '支付凭证', '银行转账凭证', '领款凭证'],
        keywords: ['支付', '发放', '领取', '赔偿金', '救助金', '转账', '收款', '领款'],
        negativeKeywords: ['送达回证', '审批表', '决定书'],
        textKeywords: ['支付赔偿金', '发放救助金', '收款人', '领款人'],
        categories: ['court_document', 'other'],
      }),
      use('service-receipt', { required: true }),
      ...generatedSlots.mainClosing(),
    ],
    side: [
      ...generatedSlots.sideOpening(),
      use('trial-report', { title: '审查报告' }),
      use('deliberation-record'),
      use('committee-record', { title: '赔偿委员会、审判委员会讨论记录', addNames: ['赔偿委员会讨论记录'], addKeywords: ['赔偿委员会讨论'] }),
      use('request-reply'),
      use('document-draft'),
      use('internal-approval', {
        title: '内部审批材料（救助审批、资金审批等）',
        addNames: ['司法救助审批表', '救助审批表', '救助金发放审批表', '赔偿金支付审批表'],
        addKeywords: ['救助审批'],
        removeNegativeKeywords: ['发放'],
      }),
      ...generatedSlots.sideClosing(),
    ],
    requirementGroups: [
      { id: 'hearing-record', title: '质证（听证）笔录或录音录像', anyOf: ['hearing-transcript', 'hearing-recording'], when: 'hearing_held' },
    ],
  });
}
