import { buildTemplate } from './build-template.js';
import type { CatalogueTemplate } from './catalogue-template.js';
import { generatedSlots, own, use } from './slot-library.js';

/** 类型代字 of the decisions an enforcement case may rest on (执行依据). */
const enforceableDecisionTypes = ['民初', '民终', '民再', '民特', '民督', '民撤', '刑初', '刑终', '刑再', '行初', '行终', '行再', '行审', '行赔初', '行赔终', '法赔', '委赔'];

/**
 * 执行实施 (首次执行 执, 恢复执行 执恢, 财产保全执行 执保). The order is DOMAIN.md §4.5's reconstruction,
 * marked L there (the ordering articles of 法发〔2006〕11号 were cut off in every reproduction): confirm it
 * against the HPC's 编目规范. Judgement calls: 执行笔录（约谈、现场执行） is added after the property
 * investigation, where such records arise; 执恢 keeps the same order because art. 4 of the 2006 办法
 * treats a resumed case as a continuation; 执保 shares it because its materials (移送书, 保全裁定 as
 * 执行依据, 查控, 协助执行通知书) are a subset.
 */
export function enforcementTemplate(): CatalogueTemplate {
  return buildTemplate({
    kind: 'enforcement',
    version: 1,
    name: '执行实施案件编目模板',
    typeCodes: ['执', '执恢', '执保'],
    source: 'DOMAIN.md §4.5（L，据记忆重构，待以法发〔2006〕11号或本省高院编目规范核对）；副卷：执行方案、合议笔录、审委会/执委会记录、请示批复',
    main: [
      ...generatedSlots.mainOpening(),
      use('filing-registration', { title: '立案审批表、立案登记表', addNames: ['执行立案审批表', '执行案件立案登记表'] }),
      own('enforcement-application', {
        title: '申请执行书（移送执行书）',
        names: ['申请执行书', '强制执行申请书', '执行申请书', '移送执行书', '移送执行函', '恢复执行申请书', '财产保全移送执行函'],
        keywords: ['申请执行书', '执行申请', '强制执行申请', '移送执行', '恢复执行'],
        negativeKeywords: ['送达回证', '异议', '复议', '不予执行', '裁定'],
        textKeywords: ['申请执行人', '执行请求', '申请执行标的', '请求事项'],
        categories: ['efiling', 'party_submission'],
      }, { required: true }),
      own('enforcement-basis', {
        title: '执行依据（生效法律文书）及生效证明',
        names: ['生效法律文书', '执行依据', '生效证明', '生效证明书', '民事判决书', '民事调解书', '民事裁定书', '仲裁裁决书', '公证债权文书', '支付令', '刑事判决书', '行政判决书', '具有强制执行效力的公证书'],
        keywords: ['生效', '执行依据', '判决书', '调解书', '裁决书', '支付令', '公证债权', '执行证书'],
        negativeKeywords: ['送达回证', '执行裁定', '终结', '终本', '中止', '异议', '签发'],
        textKeywords: ['已经发生法律效力', '已发生法律效力', '判决如下', '仲裁庭', '裁决如下'],
        categories: ['court_document', 'efiling'],
        caseNumberTypes: enforceableDecisionTypes,
      }, { required: true }),
      use('party-identity', { title: '申请人主体资格及委托手续', removeNegativeKeywords: ['执行'] }),
      own('enforcement-notice', {
        title: '受理通知书、执行通知书、报告财产令',
        names: ['执行通知书', '报告财产令', '受理案件通知书', '执行案件受理通知书', '财产申报通知书', '执行风险告知书', '执行须知'],
        keywords: ['执行通知', '报告财产令', '受理', '告知书', '财产申报通知', '须知'],
        negativeKeywords: ['送达回证', '协助执行', '不予受理', '结案'],
        textKeywords: ['责令你', '履行下列义务', '报告财产', '如实报告', '立案执行'],
        categories: ['court_document'],
      }),
      own('property-report', {
        title: '被执行人财产报告',
        names: ['财产报告', '财产报告表', '被执行人财产报告', '财产申报表', '被执行人财产申报表'],
        keywords: ['财产报告', '财产申报'],
        negativeKeywords: ['报告财产令', '通知', '送达回证'],
        textKeywords: ['申报人', '财产状况', '收入情况', '报告期间'],
        categories: ['party_submission'],
      }),
      own('property-investigation', {
        title: '财产查询、调查材料（网络查控回执）',
        names: ['网络查控回执', '网络查控结果', '财产查询结果', '财产调查材料', '总对总查询结果', '点对点查询结果', '不动产登记查询结果', '车辆查询结果', '银行存款查询结果', '财产调查表'],
        keywords: ['查控', '查询', '财产调查', '协助查询'],
        negativeKeywords: ['送达回证', '协助执行通知书'],
        textKeywords: ['查询结果', '反馈结果', '账户余额', '不动产权', '查控'],
        categories: ['court_document'],
      }),
      own('enforcement-record', {
        title: '执行笔录（约谈、现场执行）',
        names: ['执行笔录', '谈话笔录', '约谈笔录', '询问笔录', '现场执行笔录', '执行工作记录', '执行日志', '调查笔录'],
        keywords: ['执行笔录', '谈话', '约谈', '现场执行', '询问', '调查笔录', '执行记录', '执行日志'],
        negativeKeywords: ['送达回证', '评议', '合议', '听证', '财产调查'],
        textKeywords: ['被谈话人', '执行人员', '执行员', '谈话地点'],
        categories: ['hearing_record', 'court_document'],
      }),
      own('seizure-ruling', {
        title: '查封、扣押、冻结、划拨裁定及协助执行通知书',
        names: ['协助执行通知书', '查封裁定书', '冻结裁定书', '扣划裁定书', '解除冻结裁定书', '查封公告', '协助冻结存款通知书', '扣押决定书', '搜查令'],
        keywords: ['协助执行', '查封', '冻结', '扣押', '扣划', '划拨', '解封', '解冻', '搜查', '执行裁定'],
        negativeKeywords: ['送达回证', '终结', '终本', '中止', '拍卖', '以物抵债'],
        textKeywords: ['冻结被执行人', '查封被执行人', '扣划被执行人', '扣押被执行人', '协助执行事项', '划拨', '冻结、划拨', '查封、扣押'],
        negativeTextKeywords: ['终结本次执行程序', '中止执行', '终结执行', '终结本院', '可供执行的财产'],
        categories: ['court_document'],
      }),
      own('auction', {
        title: '评估、拍卖、变卖材料',
        names: ['评估报告', '拍卖公告', '拍卖成交确认书', '成交确认书', '变卖公告', '询价报告', '网络司法拍卖', '评估委托书', '拍卖裁定书', '以物抵债裁定书'],
        keywords: ['评估', '拍卖', '变卖', '询价', '成交', '以物抵债', '流拍', '议价'],
        negativeKeywords: ['送达回证'],
        textKeywords: ['起拍价', '竞买', '成交价', '评估价', '拍卖'],
        categories: ['court_document'],
      }),
      own('settlement', {
        title: '执行和解协议',
        names: ['执行和解协议', '和解协议', '和解协议书', '执行和解笔录'],
        keywords: ['和解'],
        negativeKeywords: ['送达回证'],
        textKeywords: ['自愿达成和解', '和解协议', '达成如下和解'],
        categories: ['party_submission'],
      }),
      own('payment', {
        title: '执行款物收付凭证',
        names: ['执行款收款凭证', '执行款发放凭证', '案款发放审批表', '执行款物收付凭证', '收款收据', '领款凭证', '退款凭证', '案款收据', '执行款收据', '执行款发放通知书'],
        keywords: ['执行款', '案款', '收款', '领款', '发放', '付款', '收据', '转账'],
        negativeKeywords: ['送达回证', '诉讼费'],
        textKeywords: ['执行款', '案款', '收款人', '汇款', '领款人'],
        categories: ['court_document'],
      }),
      own('credit-sanctions', {
        title: '限制消费、纳入失信等强制措施决定',
        names: ['限制消费令', '限制高消费令', '失信决定书', '纳入失信被执行人名单决定书', '限制出境决定书', '司法拘留决定书', '罚款决定书', '拘留决定书'],
        keywords: ['限制消费', '限制高消费', '限高', '失信', '限制出境', '拘留', '罚款'],
        negativeKeywords: ['送达回证'],
        textKeywords: ['限制消费', '失信被执行人名单', '高消费', '限制出境'],
        categories: ['court_document'],
      }),
      own('closing-ruling', {
        title: '中止、终结执行（终本）裁定',
        names: ['终结本次执行程序裁定书', '终本裁定书', '中止执行裁定书', '终结执行裁定书', '不予执行裁定书'],
        keywords: ['终结本次执行', '终本', '中止执行', '终结执行', '不予执行', '执行裁定'],
        negativeKeywords: ['送达回证', '恢复执行', '查封', '冻结', '拍卖'],
        textKeywords: ['终结本次执行程序', '中止执行', '终结执行', '终结本院', '可供执行的财产'],
        negativeTextKeywords: ['冻结被执行人', '查封被执行人', '扣划被执行人'],
        categories: ['court_document'],
      }),
      own('closing-approval', {
        title: '结案审批表、结案通知书',
        names: ['结案审批表', '结案通知书', '执行结案通知书', '执行完毕确认书', '执行结案报告', '执行完毕通知书', '结案报告'],
        keywords: ['结案', '执行完毕'],
        negativeKeywords: ['终本', '终结本次', '送达回证'],
        textKeywords: ['已全部履行', '执行完毕', '结案方式', '全部履行完毕'],
        categories: ['court_document'],
      }),
      use('service-receipt', { required: true }),
      ...generatedSlots.mainClosing(),
    ],
    side: [
      ...generatedSlots.sideOpening(),
      own('enforcement-plan', {
        title: '执行方案',
        names: ['执行方案', '执行实施方案', '执行预案', '执行工作方案'],
        keywords: ['执行方案', '预案', '实施方案'],
        negativeKeywords: ['送达回证'],
        textKeywords: ['执行方案', '执行措施', '人员分工'],
        categories: ['court_document'],
      }),
      use('deliberation-record', { title: '执行合议笔录' }),
      use('committee-record', {
        title: '审判委员会、执行委员会讨论记录',
        addNames: ['执行委员会讨论记录', '执委会记录', '执委会讨论记录'],
        addKeywords: ['执委会', '执行委员会'],
      }),
      use('request-reply'),
      use('internal-approval', { addNames: ['延长执行期限审批表'], addKeywords: ['延长执行期限'] }),
      ...generatedSlots.sideClosing(),
    ],
    requirementGroups: [
      { id: 'closing', title: '结案文书（终结、中止裁定或结案通知书）', anyOf: ['closing-ruling', 'closing-approval'], when: 'always' },
    ],
  });
}
