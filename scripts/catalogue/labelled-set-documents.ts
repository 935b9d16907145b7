/**
 * What each kind of material looks like as a court's trial system and scanning points produce it: the
 * titles clerks and systems give it, the document type the trial system sends, and the opening of its
 * text. Written from the 诉讼文书样式 and court practice, not from the classifier's word lists; the
 * classifier never reads this file.
 */
import type { MaterialCategory } from '../../src/common/vocabulary.js';
import type { CaseContext } from './labelled-set-context.js';

export interface DocSpec {
  /** Titles as entered or sent (without case number, party or ordinal decoration). */
  titles: string[];
  /** Text of the document (its first page or two). Empty for recordings. */
  text: string;
  /** Document types the trial system sends for it (court-made documents). */
  external?: string[];
  category: MaterialCategory;
  /** Who makes it: the court (born digital in the trial system), a party (e-filing or paper), or recorded. */
  by: 'court' | 'party' | 'recording';
  /** Relative frequency in a case file. */
  weight?: number;
}

const L = (...xs: Array<string | false | undefined | null>) => xs.filter((x): x is string => typeof x === 'string' && x !== '').join('\n');
const money = (c: CaseContext) => `${c.rng.int(1, 99)},${String(c.rng.int(0, 999)).padStart(3, '0')}.00元`;
const time = (c: CaseContext) => `${c.date()}${c.rng.pick(['9时', '9时30分', '10时', '13时30分', '14时', '14时30分'])}`;
const room = (c: CaseContext) => `本院第${c.rng.pick(['一', '二', '三', '五', '七', '十一'])}法庭`;
const parties = (c: CaseContext) => L(`${c.role1}：${c.party1}。`, `${c.role2}：${c.party2}。`);
const courtDoc = (c: CaseContext, heading: string, ...body: string[]) => L(c.court.name, heading, c.caseNo, ...body);
const partyTail = (c: CaseContext, who: string) => L('此致', c.court.name, `具状人：${who}`, c.date());
const receiptBody = (c: CaseContext, served: string, to: string) =>
  c.rng.weighted<() => string>([
    [
      () =>
        L(
          c.court.name,
          '送 达 回 证',
          `案号 ${c.caseNo}`,
          `案由 ${c.cause}`,
          `受送达人 ${to}`,
          `送达文书 ${served}一份`,
          `送达地点 ${c.rng.pick(['本院诉讼服务中心', '受送达人住所', '受送达人经常居住地'])}`,
          `送达方式 ${c.rng.pick(['直接送达', '留置送达', '邮寄送达'])}`,
          '受送达人签名或盖章',
          `送达人 ${c.person()}  ${c.date()}`,
          '备考',
        ),
      5,
    ],
    [
      () =>
        L(
          'EMS 中国邮政速递物流',
          '法院专递 邮件详情单',
          `邮件号：11${c.rng.int(10000000, 99999999)}${c.rng.int(100, 999)}`,
          `寄件人：${c.court.name}`,
          `收件人：${to}`,
          `内件品名：${served}`,
          `投递结果：妥投  签收人：${c.rng.pick(['本人', '家属', '单位收发室'])}  签收时间：${c.date()}`,
        ),
      2,
    ],
    [
      () =>
        L(
          '电子送达回证',
          `案号：${c.caseNo}`,
          `受送达人：${to}`,
          `送达文书：${served}`,
          '送达平台：上海法院12368诉讼服务平台',
          `送达时间：${c.date()}`,
          '送达结果：受送达人已查阅',
        ),
      2,
    ],
  ])();

/** Documents of a case that can be served, by template family. */
function servable(c: CaseContext): string[] {
  switch (c.kind) {
    case 'criminal_first_instance':
    case 'criminal_second_instance':
      return ['刑事判决书', '刑事裁定书', '传票', '出庭通知书', '刑事附带民事调解书'];
    case 'enforcement':
      return ['执行通知书', '报告财产令', '执行裁定书', '限制消费令', '结案通知书', '协助执行通知书'];
    case 'enforcement_review':
      return ['执行裁定书', '听证通知书', '受理通知书'];
    case 'state_compensation_and_judicial_aid':
      return c.prefix === '司法救助' ? ['司法救助决定书', '受理通知书'] : ['国家赔偿决定书', '质证通知书', '受理案件通知书'];
    case 'administrative_first_instance':
      return ['行政判决书', '行政裁定书', '起诉状副本', '应诉通知书', '举证通知书', '传票'];
    case 'supervision_and_retrial':
      return [`${c.prefix}裁定书`, `${c.prefix}判决书`, '再审申请书副本', '应诉通知书', '驳回申诉通知书', '传票'];
    default:
      return [`${c.prefix}判决书`, `${c.prefix}裁定书`, `${c.prefix}调解书`, '起诉状副本', '应诉通知书', '举证通知书', '传票', '受理案件通知书', '上诉状副本'];
  }
}

function judgmentText(c: CaseContext, heading: string, caseNo: string, court: string, final: boolean): string {
  const criminal = heading.startsWith('刑事');
  return L(
    court,
    heading,
    caseNo,
    criminal ? `公诉机关${c.court.name.replace('人民法院', '人民检察院')}。` : `${c.role1}：${c.party1}，住上海市青浦区。`,
    criminal ? `被告人${c.party2}，男，${c.rng.int(1965, 2002)}年出生，因涉嫌${c.cause.replace(/罪$/, '')}于${c.date()}被刑事拘留。` : `${c.role2}：${c.party2}。`,
    criminal
      ? `${c.court.name.replace('人民法院', '人民检察院')}以沪青检刑诉〔${c.year}〕${c.rng.int(10, 999)}号起诉书指控被告人${c.party2}犯${c.cause}，于${c.date()}向本院提起公诉。本院依法适用简易程序，实行独任审判，公开开庭审理了本案。`
      : `${c.role1}${c.party1}与${c.role2}${c.party2}${c.cause}一案，本院于${c.date()}立案后，依法适用${c.rng.pick(['简易程序', '普通程序'])}，公开开庭进行了审理。本案现已审理终结。`,
    criminal ? '经审理查明，…… 上述事实，被告人在开庭审理过程中亦无异议，且有证人证言、扣押笔录等证据证实，足以认定。' : `${c.party1}向本院提出诉讼请求：1.判令${c.party2}支付${money(c)}；2.本案诉讼费用由${c.party2}负担。`,
    `本院认为，……依照${criminal ? '《中华人民共和国刑法》第二百六十四条、第六十七条第三款' : '《中华人民共和国民法典》第五百七十七条、第六百七十五条'}之规定，判决如下：`,
    criminal ? `被告人${c.party2}犯${c.cause}，判处有期徒刑${c.rng.pick(['六个月', '一年', '一年六个月', '三年'])}，并处罚金人民币${c.rng.int(1, 20)}000元。` : `一、${c.party2}于本判决生效之日起十日内支付${c.party1}${money(c)}；`,
    final ? '本判决为终审判决。' : `如不服本判决，可以在判决书送达之日起${criminal ? '第二日起十日内' : '十五日内'}，向本院递交上诉状，上诉于上海市第二中级人民法院。`,
    `审判员 ${c.judge}`,
    c.date(),
    `书记员 ${c.clerk}`,
  );
}

function rulingText(c: CaseContext, heading: string, gist: string, order: string, tail = '如不服本裁定，可以在裁定书送达之日起十日内，向本院递交上诉状。'): string {
  return courtDoc(c, heading, parties(c), gist, `本院认为，……依照《中华人民共和国${c.prefix === '刑事' ? '刑事' : c.prefix === '行政' ? '行政' : '民事'}诉讼法》……之规定，裁定如下：`, order, tail, `审判员 ${c.judge}`, c.date(), `书记员 ${c.clerk}`);
}

function recordText(c: CaseContext, heading: string, roles: string[], ...qa: string[]): string {
  return L(heading, `时间：${time(c)}`, `地点：${room(c)}`, ...roles, `记录人：${c.clerk}`, ...qa);
}

const identityDocs = (c: CaseContext): Array<[string, string]> => [
  ['授权委托书', L('授权委托书', `委托人：${c.party1}`, `受托人：${c.person()}，上海${c.rng.pick(['锦天城', '申浩', '汇业', '段和段', '君悦'])}律师事务所律师`, `现委托上列受托人在我与${c.party2}${c.cause}一案中，作为我方诉讼代理人。`, `代理权限：${c.rng.pick(['特别授权', '一般授权'])}，代为承认、放弃、变更诉讼请求，进行和解……`, `委托人：${c.party1}`, c.date())],
  ['法定代表人身份证明书', L('法定代表人身份证明书', `${c.person()}在我单位任执行董事职务，系我单位法定代表人。`, '特此证明。', `单位：${c.company()}（盖章）`, c.date())],
  ['营业执照', L('营 业 执 照', `统一社会信用代码 91310118${c.rng.int(1000000, 9999999)}X`, `名称 ${c.company()}`, '类型 有限责任公司（自然人投资或控股）', `法定代表人 ${c.person()}`, '经营范围 ……', '登记机关 上海市青浦区市场监督管理局')],
  ['身份证复印件', L('中华人民共和国', '居民身份证', `姓名 ${c.person()}`, '性别 男 民族 汉', `公民身份号码 310229${c.rng.int(1960, 2000)}0${c.rng.int(1, 9)}${c.rng.int(10, 28)}${c.rng.int(1000, 9999)}`)],
  ['律师事务所函', L(`上海${c.rng.pick(['锦天城', '申浩', '汇业'])}律师事务所`, '函', `${c.court.name}：`, `本所接受${c.party1}的委托，指派${c.person()}律师担任其与${c.party2}${c.cause}一案的诉讼代理人。`, '特此函告。')],
  ['律师执业证', L('中华人民共和国律师执业证', `持证人 ${c.person()}`, `执业机构 上海${c.rng.pick(['锦天城', '申浩'])}律师事务所`, `执业证号 1310120${c.rng.int(1000000, 9999999)}`)],
];

const evidenceBodies = (c: CaseContext, who: string): string[] => [
  L('证据目录', `提交人：${who}`, '序号 证据名称 证明内容 页码', `1 ${c.rng.pick(['借条', '买卖合同', '租赁合同', '劳动合同'])} 证明双方之间存在合同关系 1-3`, '2 银行转账凭证 证明款项已交付 4-6', '3 微信聊天记录 证明催讨经过 7-12'),
  L('借  条', `今借到${c.party1}人民币${money(c)}，于${c.date()}前归还。`, `借款人：${c.party2}`, c.date()),
  L('房屋租赁合同', `出租方（甲方）：${c.party1}`, `承租方（乙方）：${c.party2}`, '根据《中华人民共和国民法典》及有关规定，为明确出租方与承租方的权利义务关系，经双方协商一致，签订本合同。', '第一条 房屋坐落……'),
  L('中国工商银行', '个人客户交易明细', `户名：${c.person()}`, '交易日期 摘要 交易金额 余额', `${c.year}-03-12 转账 -50,000.00 ……`),
  L(`${c.party1}与${c.party2}微信聊天记录截图`, '（共12页）', '对方：钱下个月一定还你', '我：已经拖了三个月了'),
];

const court = (titles: string[], text: string, extra: Partial<DocSpec> = {}): DocSpec => ({ titles, text, category: 'court_document', by: 'court', ...extra });
const party = (titles: string[], text: string, extra: Partial<DocSpec> = {}): DocSpec => ({ titles, text, category: 'party_submission', by: 'party', ...extra });

/** Document generators by slot id (the slot is the true label). Template-specific forms switch on c.kind. */
export const documents: Record<string, (c: CaseContext) => DocSpec> = {
  'case-flow-record': (c) =>
    court(['审判流程信息表', '审判流程信息管理表', '流程信息表', '审判流程管理信息表'], L('审判流程信息表', `案号：${c.caseNo}`, `案由：${c.cause}`, `立案日期：${c.date()}`, `承办人：${c.judge}  书记员：${c.clerk}`, '节点 时间 操作人', `立案 ${c.date()} ${c.person()}`, `分案 ${c.date()} 系统`, `开庭 ${c.date()} ${c.judge}`)),

  'filing-registration': (c) =>
    court(
      c.kind === 'enforcement' ? ['执行立案审批表', '立案审批表', '执行案件立案登记表', '立案登记表'] : ['立案登记表', '立案审批表', '收案登记表', '案件登记表', '立案信息表'],
      L(c.kind === 'enforcement' ? '执行案件立案审批表' : '立案登记表', `收案日期：${c.date()}`, `案号：${c.caseNo}`, `案由：${c.cause}`, `${c.role1}：${c.party1}`, `${c.role2}：${c.party2}`, `诉讼标的额：${money(c)}`, `立案人：${c.person()}`, '审批意见：符合立案条件，同意立案。'),
      { category: c.rng.chance(0.5) ? 'efiling' : 'court_document' },
    ),

  'transfer-form': (c) =>
    c.rng.chance(0.6)
      ? court(['立案庭案件移交单', '案件移交单', '案件移送单'], L('案件移交单', `案号：${c.caseNo}`, '移交部门：立案庭', `接收部门：${c.rng.pick(['民事审判庭', '商事审判庭', '金融审判庭'])}`, '移交材料：起诉状1份、证据材料3份、身份材料2份', `移交人：${c.person()}  接收人：${c.clerk}`))
      : court(['审限监督卡', '审限跟踪卡'], L('审限监督卡', `案号：${c.caseNo}`, `立案日期：${c.date()}`, `审限届满日期：${c.date()}`, '延长审限：无', '扣除审限：无')),

  complaint: (c) => {
    const heading = c.kind === 'administrative_first_instance' ? c.rng.pick(['行政起诉状', '起诉状']) : c.rng.pick(['民事起诉状', '起诉状', '民事起诉状']);
    return party(
      c.kind === 'administrative_first_instance' ? ['行政起诉状', '起诉状', '行政起诉状'] : ['民事起诉状', '起诉状', '起诉书', '民事起诉状', '起诉状'],
      L(heading, `原告：${c.party1}，住上海市青浦区……`, `被告：${c.party2}，住所地上海市……`, '诉讼请求：', `1.判令被告${c.kind === 'administrative_first_instance' ? '撤销其作出的行政行为' : `支付${money(c)}`}；`, '2.本案诉讼费用由被告承担。', '事实与理由：', `……${c.date()}，原告与被告……`, partyTail(c, c.party1)),
      { category: c.rng.chance(0.6) ? 'efiling' : 'party_submission', weight: 1.5 },
    );
  },

  'plaintiff-evidence': (c) => {
    const titles =
      c.kind === 'civil_second_instance' || c.kind === 'administrative_second_instance'
        ? ['新证据', '二审证据材料', '上诉人证据', '被上诉人证据', '证据目录', '上诉人提交的新证据']
        : c.kind === 'enforcement_review'
          ? ['证据材料', '异议人证据', '申请执行人证据', '证据目录', '复议申请人证据']
          : c.kind === 'supervision_and_retrial'
            ? ['新证据', '再审申请人证据', '证据材料', '证据目录', '申诉人提交的证据']
            : ['原告证据材料', '原告证据', '原告证据目录', '原告提交的证据材料', '原告证据清单', '证据目录（原告）', '原告补充证据'];
    return party(titles, c.rng.pick(evidenceBodies(c, c.party1)), { category: 'evidence', weight: 3 });
  },

  'party-identity': (c) => {
    const [title, text] = c.rng.pick(identityDocs(c));
    const alt: Record<string, string[]> = { 身份证复印件: ['身份证复印件', '身份证明', '原告身份证'], 营业执照: ['营业执照', '营业执照副本'], 授权委托书: ['授权委托书', '委托书'] };
    return party(alt[title] ?? [title], text, { category: c.rng.chance(0.5) ? 'efiling' : 'party_submission', weight: 3 });
  },

  'acceptance-notice': (c) =>
    court(
      c.kind === 'supervision_and_retrial'
        ? ['再审申请受理通知书', '受理通知书', '应诉通知书']
        : c.kind === 'state_compensation_and_judicial_aid'
          ? ['受理案件通知书', '立案通知书', c.prefix === '司法救助' ? '司法救助受理通知书' : '赔偿案件受理通知书']
          : c.kind === 'enforcement_review'
            ? ['受理通知书', '执行异议案件受理通知书', '受理案件通知书']
            : ['受理案件通知书', '案件受理通知书', '受理通知书', '立案通知书'],
      courtDoc(c, c.rng.pick(['受理案件通知书', '受理通知书', '案件受理通知书']), `${c.party1}：`, `你${c.kind === 'supervision_and_retrial' ? '申请再审' : '起诉'}${c.party2}${c.cause}一案的材料已收到。经审查，符合法定受理条件，本院决定立案受理。现将有关事项通知如下：`, `一、应当在接到本通知之次日起七日内预交案件受理费${money(c)}……`, '二、……', c.date()),
      { external: ['受理案件通知书', '受理通知书'] },
    ),

  'litigation-fee': (c) =>
    c.rng.chance(0.7)
      ? { titles: ['诉讼费票据', '诉讼费收据', '预交诉讼费凭证', '案件受理费收据', '诉讼费缴费凭证'], text: L('上海市非税收入一般缴款书（电子）', `票据代码：31060${c.rng.int(100, 999)}  票据号码：${c.rng.int(1000000, 9999999)}`, `缴款人：${c.party1}`, `收款单位：${c.court.name}`, `项目名称：案件受理费  金额：${money(c)}`), category: 'other', by: 'party' }
      : party(['缓交诉讼费申请书', '诉讼费缓交申请书', '诉讼费减免申请书', '诉讼费退费申请书'], L(c.rng.pick(['缓交诉讼费申请书', '申请书']), `申请人：${c.party1}`, '请求事项：申请缓交本案诉讼费。', '事实与理由：申请人家庭经济困难，……', partyTail(c, c.party1))),

  'response-notice': (c) =>
    court(['应诉通知书', '举证通知书', '诉讼权利义务告知书', '应诉通知书、举证通知书'], courtDoc(c, c.rng.pick(['应诉通知书', '举证通知书']), `${c.party2}：`, `本院已受理${c.party1}诉你${c.cause}一案，现发送起诉状副本一份。依照《中华人民共和国民事诉讼法》的规定，现将有关事项通知如下：`, '一、在收到起诉状副本后十五日内提交答辩状……', `二、举证期限为${c.rng.pick(['十五日', '三十日'])}……`, c.date()), { external: ['应诉通知书', '举证通知书'] }),

  defence: (c) => {
    const titles =
      c.kind === 'enforcement_review'
        ? ['书面意见', '答辩状', '申请执行人意见', '异议答辩状']
        : c.kind === 'supervision_and_retrial'
          ? ['意见书', '答辩状', '书面意见', '被申请人意见']
          : c.kind.endsWith('second_instance')
            ? ['上诉答辩状', '答辩状', '被上诉人答辩状', '民事答辩状']
            : c.kind === 'administrative_first_instance'
              ? ['行政答辩状', '答辩状', '被告答辩状']
              : ['民事答辩状', '答辩状', '答辩意见', '答辩书', '反诉状', '答辩状'];
    const heading = c.rng.pick(['答辩状', '民事答辩状', '答 辩 状', c.kind === 'enforcement_review' || c.kind === 'supervision_and_retrial' ? '意见书' : '答辩状']);
    return party(titles, L(heading, `答辩人：${c.party2}`, `被答辩人：${c.party1}`, `答辩人因${c.party1}${c.cause}一案，现提出答辩意见如下：`, '一、……', '二、……', partyTail(c, c.party2)), { category: c.rng.chance(0.5) ? 'efiling' : 'party_submission' });
  },

  'defendant-evidence': (c) =>
    c.kind === 'administrative_first_instance' && c.rng.chance(0.5)
      ? party(['被告证据及依据', '作出行政行为的证据和依据', '行政处罚决定书', '被诉行政行为'], L(c.party2, c.rng.pick(['行政处罚决定书', '工伤认定决定书', '政府信息公开申请答复书']), `青${c.rng.pick(['市监', '人社', '公'])}决字〔${c.year - 1}〕第${c.rng.int(10, 999)}号`, `当事人：${c.party1}`, '经查，……', '根据……之规定，决定如下：……'), { category: 'evidence', weight: 2 })
      : party(['被告证据材料', '被告证据', '被告证据目录', '被告举证材料', '第三人证据材料', '被告提交的证据'], c.rng.pick(evidenceBodies(c, c.party2)), { category: 'evidence', weight: 2.5 }),

  summons: (c) => {
    const criminal = c.kind.startsWith('criminal');
    if (criminal && c.rng.chance(0.35)) {
      return court(['提押票', '换押票', '提讯提解证'], L(c.court.name, c.rng.pick(['提押票', '换押证']), c.caseNo, `上海市青浦区看守所：`, `兹因审理${c.party2 || c.party1}${c.cause}一案，需提押被告人到庭，请予办理。`, c.date()));
    }
    if (c.kind === 'enforcement_review' || c.kind === 'state_compensation_and_judicial_aid') {
      return court([c.kind === 'enforcement_review' ? '听证通知书' : '质证通知书', '传票', '听证通知书'], courtDoc(c, c.rng.pick(['听证通知书', '传票']), `${c.party1}：`, `本院定于${time(c)}在${room(c)}就${c.cause}一案进行听证，请准时到场。`, c.date()));
    }
    if (!criminal && c.rng.chance(0.15)) {
      return court(['开庭公告'], courtDoc(c, '开庭公告', `本院定于${time(c)}在${room(c)}公开开庭审理${c.party1}诉${c.party2}${c.cause}一案。`, '特此公告。', c.date()));
    }
    if (c.rng.chance(0.2)) {
      return court(['合议庭组成人员通知书', '告知合议庭组成人员通知书', '出庭通知书'], courtDoc(c, '告知合议庭组成人员通知书', `${c.party1}：`, `本院受理的${c.cause}一案，依法组成合议庭，由审判员${c.judge}担任审判长……`, c.date()));
    }
    return court(
      ['传票', '开庭传票', '出庭通知书', '开庭通知书', '传票'],
      courtDoc(c, c.rng.pick(['传 票', '传票', '出庭通知书']), `案由 ${c.cause}`, `被传唤人 ${c.rng.pick([c.party1, c.party2])}`, '工作单位或住址 上海市青浦区……', `传唤事由 ${c.rng.pick(['开庭', '证据交换', '调解'])}`, `应到时间 ${time(c)}`, `应到处所 ${room(c)}`, '注意事项：一、被传唤人必须准时到达应到处所……'),
      { external: ['传票'], weight: 2 },
    );
  },

  'hearing-announcement': (c) => court(['开庭公告', '开庭公告底稿'], courtDoc(c, '开庭公告', `本院定于${time(c)}在${room(c)}公开开庭审理被告人${c.party2}${c.cause}一案。`, '特此公告。', c.date())),

  'interim-ruling': (c) => {
    const kind = c.rng.pick(['preservation', 'preservation', 'jurisdiction', 'application']);
    if (kind === 'application') {
      return party(['财产保全申请书', '诉讼保全申请书', '管辖权异议申请书', '诉前保全申请书'], L(c.rng.pick(['财产保全申请书', '管辖权异议申请书']), `申请人：${c.party1}`, `被申请人：${c.party2}`, `请求事项：请求冻结被申请人银行存款${money(c)}或查封、扣押其相应价值的财产。`, '事实与理由：……申请人愿意提供担保。', partyTail(c, c.party1)));
    }
    const preservation = kind === 'preservation';
    return court(
      preservation ? ['民事裁定书（财产保全）', '财产保全裁定书', '保全裁定书', '民事裁定书（保全）'] : ['民事裁定书（管辖权异议）', '管辖权异议裁定书'],
      rulingText(
        c,
        `${c.prefix}裁定书`,
        preservation
          ? `${c.party1}于${c.date()}向本院提出财产保全申请，请求冻结被申请人${c.party2}的银行存款${money(c)}或查封其相应价值的财产，并已提供担保。`
          : `本院受理原告${c.party1}诉被告${c.party2}${c.cause}一案后，被告${c.party2}在提交答辩状期间对管辖权提出异议，认为……`,
        preservation ? `冻结被申请人${c.party2}的银行存款${money(c)}或查封、扣押其相应价值的财产。` : `驳回被告${c.party2}对本案管辖权提出的异议。`,
        preservation ? '本裁定立即开始执行。如不服本裁定，可以自收到裁定书之日起五日内向本院申请复议一次。复议期间不停止裁定的执行。' : undefined,
      ),
      { external: [`${c.prefix}裁定书`, '保全裁定书'] },
    );
  },

  appraisal: (c) =>
    party(
      ['司法鉴定意见书', '鉴定意见书', '鉴定报告', '评估报告', '司法鉴定委托书', '鉴定申请书', '审计报告', '伤残鉴定意见书'],
      L(`上海${c.rng.pick(['申城', '华东', '枫林'])}司法鉴定所`, '司法鉴定意见书', `沪${c.rng.pick(['申', '华', '枫'])}司鉴所〔${c.year}〕临鉴字第${c.rng.int(100, 999)}号`, '一、基本情况', `委托人：${c.court.name}`, `委托事项：对${c.party1}的${c.rng.pick(['伤残等级', '误工期、营养期、护理期', '笔迹真伪', '工程造价'])}进行鉴定`, '受理日期：……', '二、检案摘要……', '三、鉴定过程……', '四、鉴定意见：……'),
      { category: 'evidence' },
    ),

  'inquiry-record': (c) => {
    const heading = c.rng.pick(['询问笔录', '调查笔录', '谈话笔录', '询 问 笔 录']);
    const asker = heading.includes('调查') ? '调查人' : heading.includes('谈话') ? '谈话人' : '询问人';
    return court(['询问笔录', '调查笔录', '谈话笔录', '调查取证材料', '调取证据材料', '询问笔录'], recordText(c, heading, [`${asker}：${c.judge}`, `被${asker.replace('人', '')}人：${c.party1}`], '问：你把情况说一下。', '答：……'), { category: c.rng.chance(0.5) ? 'hearing_record' : 'court_document' });
  },

  'pretrial-conference': (c) =>
    court(['庭前会议笔录', '证据交换笔录', '庭前准备笔录', '证据交换及庭前会议笔录'], recordText(c, c.rng.pick(['证据交换笔录', '庭前会议笔录']), [`审判人员：${c.judge}`, `到庭人员：${c.party1}、${c.party2}`], '审：今天组织双方进行证据交换，……', '原：……'), { category: 'hearing_record' }),

  'hearing-transcript': (c) => {
    if (c.kind === 'enforcement_review' || c.kind === 'state_compensation_and_judicial_aid') {
      const heading = c.kind === 'enforcement_review' ? c.rng.pick(['听证笔录', '听 证 笔 录']) : c.rng.pick(['质证笔录', '听证笔录']);
      return court(c.kind === 'enforcement_review' ? ['听证笔录', '听证记录', '听证笔录'] : ['质证笔录', '听证笔录', '质证听证笔录'], recordText(c, heading, [`审判长：${c.judge}`, `书记员：${c.clerk}`], '审：现在开始听证。核对到场人员身份……', `${c.role1}：……`), { category: 'hearing_record', weight: 1.5 });
    }
    if (c.kind.startsWith('criminal') && c.rng.chance(0.3)) {
      const [title, heading] = c.rng.pick([
        ['公诉意见书', '公诉意见书'],
        ['辩护词', '辩护词'],
        ['被告人最后陈述', '最后陈述'],
        ['辩护意见', '辩护意见'],
      ] as const);
      return party([title], L(heading === '公诉意见书' ? c.court.name.replace('人民法院', '人民检察院') : '', heading, '审判长、审判员：', `……被告人${c.party2 || c.party1}……`, '综上所述，……'), { category: 'hearing_record' });
    }
    return court(
      ['庭审笔录', '开庭笔录', '法庭审理笔录', '庭审笔录（第一次）', '庭审笔录', '开庭审理笔录', '法庭笔录'],
      recordText(c, c.rng.pick(['庭审笔录', '庭 审 笔 录', '开庭笔录', '法庭审理笔录']), [`审判员：${c.judge}`, `书记员：${c.clerk}`], '书：请当事人及诉讼参与人入庭，现在宣布法庭纪律……', '审：现在开庭。首先核对当事人身份……', '审：现在进行法庭调查……', '审：现在进行法庭辩论……'),
      { category: 'hearing_record', external: ['庭审笔录'], weight: 2 },
    );
  },

  'hearing-recording': (c) => {
    if (c.rng.chance(0.25)) {
      return court(
        ['庭审录音录像替代庭审笔录确认书', '庭审录音录像起止时间记录', '录音录像替代笔录确认书'],
        L(c.rng.pick(['庭审录音录像替代庭审笔录确认书', '庭审录音录像起止时间记录表']), `案号：${c.caseNo}`, '经各方当事人同意，本案庭审以录音录像替代庭审笔录。', `录制起止时间：${time(c)}至……`, '当事人签名：……'),
        { category: c.rng.chance(0.5) ? 'hearing_recording' : 'hearing_record' },
      );
    }
    const ymd = `${c.year}${String(c.rng.int(1, 12)).padStart(2, '0')}${String(c.rng.int(1, 28)).padStart(2, '0')}`;
    const hearing = c.kind === 'enforcement_review' || c.kind === 'state_compensation_and_judicial_aid' ? '听证' : '庭审';
    return {
      titles: [
        `${hearing}录像.mp4`,
        `第${c.rng.pick(['一', '三', '七'])}法庭_${ymd}_0930.mp4`,
        `${hearing}录音录像`,
        `${hearing}视频（上午）`,
        `${hearing}录音.mp3`,
        `${ymd}${c.rng.int(100000, 999999)}.mp4`,
        `${hearing}同步录音录像`,
      ],
      text: '',
      category: 'hearing_recording',
      by: 'recording',
      weight: 1.5,
    };
  },

  'mediation-record': (c) =>
    court(['调解笔录', '调解协议', '调解协议书', '庭外和解协议', '调解记录', '诉前调解笔录'], recordText(c, c.rng.pick(['调解笔录', '调 解 笔 录', '调解协议']), [`调解人员：${c.judge}`, `到场人员：${c.party1}、${c.party2}`], '审：双方是否愿意调解？', '原：愿意。', '审：经主持调解，双方自愿达成如下协议：……'), { category: 'hearing_record' }),

  'agent-statement': (c) =>
    party(['代理词', '代理意见', '质证意见', '书面代理意见', '原告代理词', '被告代理意见', '辩论意见'], L(c.rng.pick(['代理词', '代理意见', '质证意见']), '审判员：', `上海${c.rng.pick(['锦天城', '申浩', '汇业'])}律师事务所接受本案${c.rng.pick(['原告', '被告'])}的委托，指派我担任其诉讼代理人。现结合庭审情况，发表如下代理意见：`, '一、……', '二、……', `代理人：${c.person()}`, c.date())),

  withdrawal: (c) => {
    if (c.kind === 'criminal_first_instance') {
      return court(['撤回起诉决定书', '撤诉书', '撤回起诉书'], L(c.court.name.replace('人民法院', '人民检察院'), '撤回起诉决定书', `沪青检刑撤诉〔${c.year}〕${c.rng.int(1, 99)}号`, `本院以沪青检刑诉〔${c.year}〕${c.rng.int(10, 999)}号起诉书向你院提起公诉的被告人${c.party2}${c.cause}一案，……决定撤回起诉。`, c.date()));
    }
    const appeal = c.kind.endsWith('second_instance');
    return party(appeal ? ['撤回上诉申请书', '撤回上诉申请', '撤诉申请书'] : ['撤诉申请书', '撤诉申请', '撤回起诉申请书'], L(appeal ? '撤回上诉申请书' : '撤诉申请书', `申请人：${c.party1}`, `请求事项：申请撤回${appeal ? '上诉' : `对${c.party2}的起诉`}。`, '事实与理由：双方已自行和解……', partyTail(c, c.party1)));
  },

  judgment: (c) => {
    const prefix = c.prefix === '执行' ? '民事' : c.prefix;
    const final = c.kind.endsWith('second_instance') || c.kind === 'supervision_and_retrial';
    return court(
      [`${prefix}判决书`, '判决书', `${prefix}判决书`, `${prefix}判决书（正本）`, '判决书原本', c.kind === 'criminal_first_instance' ? '刑事附带民事判决书' : `${prefix}判决书`],
      judgmentText(c, `${prefix}判决书`, c.caseNo, c.court.name, final),
      { external: [`${prefix}判决书`, '判决书'], weight: 2 },
    );
  },

  ruling: (c) => {
    if (c.kind === 'enforcement_review') {
      return court(['执行裁定书', '裁定书', '执行异议裁定书', '执行复议裁定书'], rulingText(c, '执行裁定书', `${c.role1}${c.party1}对本院在执行${c.originalCaseNo}一案中……的执行行为不服，向本院提出书面异议。本院受理后，依法组成合议庭进行审查，现已审查终结。`, `驳回${c.role1}${c.party1}的${c.typeCode === '执复' ? '复议申请' : '异议请求'}。`, c.typeCode === '执复' ? '本裁定为终审裁定。' : '如不服本裁定，可以自本裁定书送达之日起十日内向上海市第二中级人民法院申请复议。'), { external: ['执行裁定书'], weight: 2 });
    }
    if (c.kind === 'supervision_and_retrial') {
      return court([`${c.prefix}裁定书`, '裁定书', `${c.prefix}裁定书`], rulingText(c, `${c.prefix}裁定书`, `${c.role1}${c.party1}因与${c.party2}${c.cause}一案，不服${c.originalCaseNo}${c.prefix}判决，向本院申请再审。本院依法组成合议庭进行了审查，现已审查终结。`, `驳回${c.party1}的再审申请。`, ''), { external: [`${c.prefix}裁定书`], weight: 1.5 });
    }
    const [gist, order] = c.rng.pick([
      [`${c.party1}于${c.date()}向本院提出撤诉申请。`, `准许${c.party1}撤回起诉。`],
      [`${c.party1}经本院传票传唤，无正当理由拒不到庭。`, `本案按${c.party1}撤回起诉处理。`],
      [`经审查，${c.party1}的起诉不符合起诉条件。`, `驳回${c.party1}的起诉。`],
      [`${c.party1}于${c.date()}向本院提出撤回上诉申请。`, `准许${c.party1}撤回上诉。一审判决自本裁定书送达之日起发生法律效力。`],
    ] as const);
    return court([`${c.prefix}裁定书`, '裁定书', `${c.prefix}裁定书`, `${c.prefix}裁定书（准许撤诉）`, `${c.prefix}裁定书（按撤诉处理）`], rulingText(c, `${c.prefix}裁定书`, gist, order, ''), { external: [`${c.prefix}裁定书`, '裁定书'] });
  },

  'mediation-document': (c) => {
    const criminal = c.kind.startsWith('criminal');
    const heading = criminal ? '刑事附带民事调解书' : `${c.prefix === '执行' ? '民事' : c.prefix}调解书`;
    return court(criminal ? ['刑事附带民事调解书', '附带民事调解书', '调解书', '附带民事和解协议书'] : [heading, '调解书', heading, `${heading}（正本）`], courtDoc(c, heading, parties(c), `${c.role1}${c.party1}与${c.role2}${c.party2}${c.cause}一案，本院于${c.date()}立案。`, '本案审理过程中，经本院主持调解，当事人自愿达成如下协议：', `一、${c.party2}于${c.date()}前支付${c.party1}${money(c)}；`, '上述协议，不违反法律规定，本院予以确认。', '本调解书经各方当事人签收后，即具有法律效力。', `审判员 ${c.judge}`), { external: [heading], weight: 1.5 });
  },

  'pronouncement-record': (c) =>
    court(['宣判笔录', '定期宣判笔录', '委托宣判函', '当庭宣判笔录'], recordText(c, c.rng.pick(['宣判笔录', '宣 判 笔 录']), [`宣判人：审判员${c.judge}`, `书记员：${c.clerk}`], '审：现在宣判。', `审：${c.caseNo}……判决如下：……`, '审：听清楚了吗？'), { category: 'hearing_record' }),

  'service-receipt': (c) => {
    const served = c.rng.pick(servable(c));
    const to = c.rng.pick([c.party1, c.party2]);
    const role = to === c.party1 ? c.role1.replace(/（.*）/, '') : c.role2.replace(/（.*）/, '');
    const short = served.replace(/^(民事|刑事|行政|执行)/, '');
    return {
      titles: [
        '送达回证',
        `送达回证-${short}-${role}${to}`,
        `${short}送达回证`,
        `${served}送达回证（${role}）`,
        '电子送达回证',
        'EMS邮寄凭证',
        '邮件送达回执',
        '送达地址确认书',
        `送达回证（${served}）`,
        '送达回证',
      ],
      text: receiptBody(c, served, to),
      category: 'service_receipt',
      by: 'court',
      external: ['送达回证', '电子送达回证'],
      weight: 5,
    };
  },

  'indictment-service-receipt': (c) => {
    const to = c.party2;
    return { titles: ['起诉书送达回证', `送达回证（起诉书副本）`, `送达回证-起诉书副本-被告人${to}`, '起诉书副本送达回证'], text: receiptBody(c, '起诉书副本', `被告人${to}`), category: 'service_receipt', by: 'court', external: ['送达回证'] };
  },

  appeal: (c) => {
    if (!c.kind.endsWith('second_instance') && c.rng.chance(0.3)) {
      return court(['上诉案件移送函', '上诉移送函', '上诉案件移送书'], courtDoc(c, c.rng.pick(['上诉案件移送函', '上诉案件移送书']), '上海市第二中级人民法院：', `本院审理的${c.party1}与${c.party2}${c.cause}一案，${c.party2}不服本院判决，提起上诉。现将该案卷宗${c.rng.int(1, 3)}册及上诉状移送你院，请审查。`, c.date()));
    }
    const heading = `${c.prefix === '执行' ? '民事' : c.prefix}上诉状`;
    return party([heading, '上诉状', '上诉状副本', '上诉书'], L(heading, `上诉人（原审${c.kind.startsWith('criminal') ? '被告人' : '被告'}）：${c.party2 || c.party1}`, `被上诉人（原审原告）：${c.party1}`, `上诉人因${c.cause}一案，不服${c.originalCourt.name}${c.originalCaseNo}判决，现提出上诉。`, '上诉请求：……', '上诉理由：……', '此致', '上海市第二中级人民法院', `上诉人：${c.party2}`), { category: c.rng.chance(0.5) ? 'efiling' : 'party_submission', weight: 1.5 });
  },

  'higher-court-return': (c) =>
    court(['退卷函', '二审退卷函', '上级法院退卷函', '退卷通知'], L('上海市第二中级人民法院', '退卷函', c.higherCaseNo, `${c.court.name}：`, `你院报送的${c.party1}与${c.party2}${c.cause}上诉一案，本院已审结。现将卷宗${c.rng.int(1, 3)}册退回，并附本院判决书${c.rng.int(2, 6)}份，请查收。`, c.date())),

  'higher-court-judgment': (c) => {
    const heading = c.rng.pick([`${c.prefix}判决书`, `${c.prefix}裁定书`]);
    const kind = heading.slice(2);
    return court([`二审${kind}`, '二审裁判文书', `${c.higherCaseNo}${heading}`, `${c.higherCaseNo}${heading}`, `上级法院${kind}`, heading], judgmentText(c, heading, c.higherCaseNo, '上海市第二中级人民法院', true), { external: [heading] });
  },

  'effective-transfer': (c) =>
    court(['生效法律文书移送书', '移送执行书', '生效证明', '裁判文书生效证明', '移送执行函'], courtDoc(c, c.rng.pick(['移送执行书', '生效证明', '生效法律文书移送书']), '本院执行局：', `${c.party1}与${c.party2}${c.cause}一案，本院作出的${c.caseNo}民事判决书已于${c.date()}发生法律效力。`, '因义务人未履行生效法律文书确定的义务，现依法移送执行。', c.date())),

  'evidence-disposal': (c) => court(['证物处理手续', '证物清单', '证物移交清单', '证物袋'], L('证物清单', `案号：${c.caseNo}`, '序号 名称 数量 处理情况', `1 ${c.rng.pick(['U盘', '光盘', '原始借条', '合同原件'])} 1 发还${c.party1}`, `经办人：${c.clerk}`)),

  'original-judgment': (c) => {
    const heading = `${c.prefix === '执行' ? '执行' : c.prefix}${c.prefix === '执行' ? '裁定书' : c.rng.pick(['判决书', '判决书', '裁定书'])}`;
    const titles =
      c.kind === 'supervision_and_retrial'
        ? ['原审判决书', '二审判决书', '一审判决书', '生效裁判文书', `${c.originalCaseNo}${heading}`, `${c.originalCaseNo}${heading}`]
        : ['原审判决书', '一审判决书', `一审${heading}`, '原审裁定书', `${c.originalCaseNo}${heading}`, `${c.originalCaseNo}${heading}`];
    return court(titles, judgmentText(c, heading, c.originalCaseNo, c.originalCourt.name, c.originalCaseNo.includes('终')), { external: [heading], weight: 1.5 });
  },

  'appeal-transfer': (c) =>
    court(['上诉案件移送函', '上诉移送函', '移送函', c.kind === 'criminal_second_instance' ? '抗诉案件移送函' : '上诉案件移送书'], L(c.originalCourt.name, c.rng.pick(['上诉案件移送函', '上诉案件移送书']), c.originalCaseNo, `${c.court.name}：`, `本院审理的${c.cause}一案，当事人不服本院判决，提起上诉。现将该案卷宗${c.rng.int(1, 3)}册移送你院，请审查。`, c.date())),

  'file-review-record': (c) => court(['阅卷笔录', '阅卷记录'], L('阅卷笔录', `案号：${c.caseNo}`, `阅卷人：${c.judge}`, `阅卷时间：${c.date()}`, '一、原审查明的事实：……', '二、阅卷意见：……')),

  'trial-report': (c) =>
    court(c.kind === 'enforcement_review' || c.kind === 'state_compensation_and_judicial_aid' || c.kind === 'supervision_and_retrial' ? ['审查报告', '审理报告', '案件审查报告'] : ['审理报告', '案件审理报告', '审结报告', '案情报告'], L(c.rng.pick(['审理报告', '审查报告', '审结报告']), `案号：${c.caseNo}`, '一、当事人基本情况……', '二、诉辩意见……', '三、审理查明……', '四、承办人意见：……'), { weight: 1 }),

  'deliberation-record': (c) =>
    court(['合议庭评议笔录', '评议笔录', '合议笔录', '合议庭评议记录', c.kind === 'enforcement' ? '执行合议笔录' : '合议庭评议笔录'], recordText(c, c.rng.pick(['合议庭评议笔录', '评 议 笔 录', '合议笔录']), [`合议庭成员：审判长${c.judge}、审判员${c.person()}、人民陪审员${c.person()}`], `评议案件：${c.caseNo}${c.cause}一案`, '评议意见：……', '评议结果：一致意见……')),

  'committee-record': (c) => {
    const titles = c.kind === 'enforcement' ? ['执委会记录', '执行委员会讨论记录', '审判委员会讨论记录'] : c.kind === 'state_compensation_and_judicial_aid' ? ['赔偿委员会讨论记录', '审判委员会讨论记录'] : ['审判委员会讨论记录', '审委会讨论记录', '审判委员会会议记录', '审委会记录'];
    return court(titles, L(c.rng.pick(['审判委员会讨论案件记录', '审判委员会会议记录']), `时间：${c.date()}`, `主持人：院长${c.person()}`, `出席委员：${c.person()}、${c.person()}、${c.person()}`, `列席人员：${c.judge}`, `讨论案件：${c.caseNo}`, '决定：……'));
  },

  'judges-meeting-record': (c) => court(['专业法官会议纪要', '专业法官会议记录', '法官会议纪要'], L('专业法官会议纪要', `时间：${c.date()}`, `参会法官：${c.person()}、${c.person()}、${c.judge}`, `讨论案件：${c.caseNo}`, '讨论意见：……')),

  'request-reply': (c) =>
    c.rng.chance(0.6)
      ? court(['请示', '案件请示', '请示报告', '关于本案法律适用问题的请示'], L(`关于${c.party1}与${c.party2}${c.cause}一案法律适用问题的请示`, '上海市第二中级人民法院：', '我院受理的……一案，……', '妥否，请批示。', c.court.name, c.date()))
      : court(['批复', '复函', '领导批示', '阅批单', '征求意见函'], L(c.rng.pick(['批复', '复函', '领导阅批单']), `${c.court.name}：`, '你院……的请示收悉。经研究，现批复如下：……', c.date())),

  'document-draft': (c) => court(['裁判文书签发稿', '文书签发稿', '判决书签发稿', '文书签发单', '判决书底稿'], L('裁判文书签发单', `案号：${c.caseNo}`, `文书种类：${c.prefix}判决书`, `拟稿人：${c.judge}`, `核稿人：${c.person()}`, `签发人：${c.person()}`, '签发意见：同意签发')),

  'internal-approval': (c) => {
    const titles = c.kind.startsWith('criminal')
      ? ['简易程序转普通程序审批表', '扣除审限审批表', '审批表']
      : c.kind === 'enforcement'
        ? ['延长执行期限审批表', '审批表']
        : c.kind === 'state_compensation_and_judicial_aid'
          ? ['司法救助审批表', '救助金发放审批表', '审批表']
          : ['延长审限审批表', '审批表', '简易程序转普通程序审批表', '扣除审限审批表'];
    const heading = c.rng.pick(titles);
    return court(titles, L(heading, `案号：${c.caseNo}`, '申请理由：……', `承办人：${c.judge}`, '庭长意见：同意', '分管院长意见：同意'));
  },

  // —— criminal ——
  indictment: (c) => {
    const self = c.rng.chance(0.12);
    const procuratorate = c.court.name.replace('人民法院', '人民检察院');
    return self
      ? party(['刑事自诉状', '自诉状', '刑事附带民事起诉状'], L(c.rng.pick(['刑事自诉状', '刑事附带民事起诉状']), `自诉人：${c.person()}`, `被告人：${c.party2}`, '诉讼请求：……', '事实与理由：……', partyTail(c, c.person())))
      : {
          titles: ['起诉书', '刑事起诉书', '起诉书正本', '量刑建议书', '起诉书（正本）', '起诉书'],
          text: L(procuratorate, c.rng.pick(['起诉书', '起 诉 书', '量刑建议书']), `沪青检刑诉〔${c.year}〕Z${c.rng.int(10, 999)}号`, `被告人${c.party2}，男，${c.rng.int(1965, 2002)}年出生……`, `本案由上海市公安局青浦分局侦查终结，以被告人${c.party2}涉嫌${c.cause}，于${c.date()}移送本院审查起诉。`, '……', `本院认为，……根据《中华人民共和国刑事诉讼法》第一百七十六条的规定，提起公诉，请依法判处。`, '此致', c.court.name, `检察员 ${c.person()}`),
          category: c.rng.chance(0.5) ? 'efiling' : 'party_submission',
          by: 'party',
          weight: 1.5,
        };
  },

  'defence-counsel': (c) =>
    party(
      ['辩护委托书', '委托书', '律师事务所函', '法律援助公函', '指派辩护函', '律师执业证复印件', '授权委托书', '法律援助通知书'],
      c.rng.pick([
        L('委托书', `委托人：${c.person()}（被告人${c.party2 || c.party1}之${c.rng.pick(['父', '母', '妻'])}）`, `受委托人：${c.person()}，上海${c.rng.pick(['申浩', '汇业'])}律师事务所律师`, `兹委托上列受委托人担任被告人${c.party2 || c.party1}${c.cause}一案的辩护人。`),
        L(`上海市青浦区法律援助中心`, '法律援助公函', `${c.court.name}：`, `根据……规定，本中心指派${c.person()}律师担任被告人${c.party2 || c.party1}的辩护人。`),
        L(`上海${c.rng.pick(['申浩', '汇业'])}律师事务所`, '函', `${c.court.name}：`, `本所接受被告人${c.party2 || c.party1}家属的委托，指派${c.person()}律师担任其辩护人。`),
      ]),
      { category: 'efiling', weight: 2 },
    ),

  arrest: (c) => court(['逮捕决定书', '逮捕证', '逮捕通知书', '拘留通知书', '逮捕家属通知书'], L(c.rng.pick(['上海市公安局青浦分局', c.court.name]), c.rng.pick(['逮捕证', '逮捕通知书', '逮捕决定书']), `沪公青捕字〔${c.year}〕${c.rng.int(100, 999)}号`, `根据《中华人民共和国刑事诉讼法》……之规定，经${c.rng.pick(['上海市青浦区人民检察院批准', '本院决定'])}，兹决定对涉嫌${c.cause}的${c.party2 || c.party1}执行逮捕，送${c.rng.pick(['青浦区看守所'])}羁押。`)),

  'seizure-list': (c) => court(['扣押物品清单', '扣押清单', '随案移送物品清单', '扣押决定书'], L(c.rng.pick(['扣押物品清单', '扣押物品、文件清单']), `编号：${c.rng.int(1000, 9999)}`, '序号 名称 数量 特征 备注', `1 手机 1部 ${c.rng.pick(['黑色', '白色'])}`, '2 现金 ……', `持有人：${c.party2 || c.party1}`, `见证人：${c.person()}`)),

  'sealing-order': (c) => court(['查封令', '查封物品清单', '查封决定书', '查封清单'], L(c.rng.pick(['查封决定书', '查封物品清单']), `案号：${c.caseNo}`, '查封财物：……', `查封期限：${c.rng.pick(['一年', '二年'])}`)),

  bail: (c) => court(['取保候审决定书', '保证书', '取保候审保证书', '监视居住决定书', '保证金收据', '解除取保候审决定书'], L(c.rng.pick([c.court.name, '上海市公安局青浦分局']), c.rng.pick(['取保候审决定书', '保证书', '监视居住决定书']), `被告人${c.party2 || c.party1}涉嫌${c.cause}，……决定对其取保候审，期限从${c.date()}起算。`, `保证人：${c.person()}`)),

  'supplementary-materials': (c) => court(['补充材料函', '补送材料函', '补充侦查材料', '补充证据材料', '补充移送材料'], L(c.rng.pick(['补充移送起诉材料函', '建议补充侦查函', '补充证据材料']), `${c.court.name.replace('人民法院', '人民检察院')}：`, `你院提起公诉的被告人${c.party2 || c.party1}${c.cause}一案，……请于……前补充移送下列材料：……`)),

  'interrogation-record': (c) => court(['讯问笔录', '审问笔录', '庭前讯问笔录', '提讯笔录'], recordText(c, c.rng.pick(['讯问笔录', '讯 问 笔 录', '审问笔录']), [`讯问人：${c.judge}`, `被讯问人：${c.party2 || c.party1}`, '讯问地点：青浦区看守所'], '问：你是否收到起诉书副本？', '答：收到了。'), { category: 'hearing_record' }),

  'confession-register': (c) => court(['坦白交代登记表', '揭发问题登记表', '检举揭发材料', '立功材料', '查证材料'], L(c.rng.pick(['被告人坦白交代、揭发问题登记表', '检举揭发材料', '立功线索查证情况说明']), `被告人：${c.party2 || c.party1}`, '内容：……', '查证情况：……')),

  'time-limit-extension': (c) => court(['延长审限决定书', '延长审理期限报告', '延长审限批复', '延长审理期限审批表'], L(c.rng.pick(['关于延长审理期限的报告', '延长审理期限审批表', '延长审理期限的批复']), `案号：${c.caseNo}`, `被告人${c.party2 || c.party1}${c.cause}一案，……申请延长审理期限${c.rng.pick(['一个月', '三个月'])}。`, '审批意见：同意')),

  'judicial-suggestion': (c) => court(['司法建议书', '司法建议'], courtDoc(c, '司法建议书', `${c.rng.pick(['上海市青浦区市场监督管理局', '上海某某物业管理有限公司', '上海市青浦区教育局'])}：`, `本院在审理${c.cause}一案中发现，……为此，建议你单位：……`, c.date())),

  protest: (c) => party(['抗诉书', '刑事抗诉书', '支持抗诉意见书', '抗诉意见书'], L(c.court.name.replace('人民法院', '人民检察院'), c.rng.pick(['刑事抗诉书', '抗诉书', '支持抗诉意见书']), `沪青检刑抗〔${c.year}〕${c.rng.int(1, 99)}号`, `${c.court.name}以${c.originalCaseNo}刑事判决书对被告人……作出判决。本院经审查认为，……理由如下：……`, '为维护司法公正，……特提出抗诉，请依法判处。'), { category: 'efiling' }),

  'enforcement-notice': (c) =>
    c.kind === 'enforcement'
      ? court(
          ['执行通知书', '报告财产令', '受理案件通知书', '执行案件受理通知书', '执行风险告知书', '执行通知书'],
          courtDoc(c, c.rng.pick(['执行通知书', '报告财产令', '执 行 通 知 书', '受理案件通知书']), `${c.rng.pick([c.party2, c.party1])}：`, `${c.party1}与${c.party2}${c.cause}一案，${c.originalCaseNo}民事判决书已经发生法律效力。${c.party1}于${c.date()}向本院申请执行，本院依法立案执行。`, '依照《中华人民共和国民事诉讼法》……之规定，责令你履行下列义务：……', '并于收到本通知之日起五日内如实报告当前以及收到执行通知之日前一年的财产情况……'),
          { external: ['执行通知书', '报告财产令'], weight: 2 },
        )
      : court(['执行通知书', '执行通知书回执', '释放证回执', '罪犯交付执行通知书', '执行通知书存根'], L(c.court.name, c.rng.pick(['执行通知书', '释放证', '执行通知书（回执）']), c.caseNo, '上海市青浦区看守所：', `罪犯${c.party2 || c.party1}因犯${c.cause}，……判决已经发生法律效力，现送交你所执行。`)),

  'exhibit-disposal': (c) => court(['赃物移送清单', '证物移送清单', '赃款赃物处理', '罚没款收据', '涉案财物处理清单', '没收物品清单'], L(c.rng.pick(['涉案财物处理清单', '赃款赃物移送清单', '证物移送清单']), `案号：${c.caseNo}`, '序号 名称 数量 处理结果', '1 作案工具 1 没收', `2 赃款 ${money(c)} 发还被害人`)),

  // —— enforcement ——
  'enforcement-application': (c) =>
    party(
      c.typeCode === '执恢' ? ['恢复执行申请书', '申请执行书', '执行申请书'] : c.typeCode === '执保' ? ['财产保全移送执行函', '移送执行书', '保全移送执行函'] : ['申请执行书', '强制执行申请书', '执行申请书', '申请执行书'],
      L(c.typeCode === '执恢' ? '恢复执行申请书' : c.rng.pick(['申请执行书', '强制执行申请书']), `申请执行人：${c.party1}`, `被执行人：${c.party2}`, `请求事项：请求依法强制执行${c.originalCaseNo}民事判决书，被执行人支付${money(c)}。`, '事实与理由：……被执行人至今未履行……', partyTail(c, c.party1)),
      { category: c.rng.chance(0.6) ? 'efiling' : 'party_submission', weight: 1.5 },
    ),

  'enforcement-basis': (c) => {
    const heading = c.rng.pick(['民事判决书', '民事调解书', '民事判决书', '仲裁裁决书', '生效证明']);
    const title = c.rng.pick(['执行依据', '生效法律文书', heading, `${c.originalCaseNo}${heading}`, `${c.originalCaseNo}${heading}`, '执行依据（判决书）', '生效证明']);
    return court(
      [title],
      heading === '仲裁裁决书'
        ? L('上海仲裁委员会', '裁决书', `(${c.year - 1})沪仲案字第${c.rng.int(100, 9999)}号`, `申请人：${c.party1}`, `被申请人：${c.party2}`, '仲裁庭经审理，……裁决如下：……', '本裁决为终局裁决。')
        : heading === '生效证明'
          ? L(c.originalCourt.name, '生效证明', `${c.originalCaseNo}`, `${c.party1}与${c.party2}${c.cause}一案，本院作出的${c.originalCaseNo}民事判决书已于${c.date()}发生法律效力。`, '特此证明。')
          : heading === '民事调解书'
            ? L(c.originalCourt.name, heading, c.originalCaseNo, `原告：${c.party1}。`, `被告：${c.party2}。`, '本案审理过程中，经本院主持调解，当事人自愿达成如下协议：', `一、${c.party2}支付${c.party1}${money(c)}；`, '本调解书经各方当事人签收后，即具有法律效力。')
            : judgmentText({ ...c, kind: 'civil_first_instance' }, heading, c.originalCaseNo, c.originalCourt.name, false),
      { category: c.rng.chance(0.5) ? 'efiling' : 'court_document', weight: 1.5 },
    );
  },

  'property-report': (c) => party(['财产报告', '被执行人财产报告表', '财产申报表', '财产报告表'], L(c.rng.pick(['被执行人财产报告表', '财产报告']), `申报人：${c.party2}`, `案号：${c.caseNo}`, '一、收入、银行存款、现金、有价证券：……', '二、土地使用权、房屋等不动产：……', '三、交通运输工具、机器设备……', '申报人承诺：以上报告内容真实……')),

  'property-investigation': (c) =>
    court(
      ['网络查控回执', '网络查控结果', '财产查询结果', '总对总查询结果', '不动产登记查询结果', '车辆查询结果', '银行存款查询反馈'],
      L(c.rng.pick(['网络执行查控系统查询结果', '总对总网络查控反馈结果', '不动产登记信息查询结果']), `案号：${c.caseNo}`, `被查询人：${c.party2}`, '查询机构 反馈结果 账户余额', `${c.bank()} 有 ${money(c)}`, '上海市不动产登记局 无 —'),
      { weight: 2 },
    ),

  'enforcement-record': (c) => court(['执行笔录', '谈话笔录', '约谈笔录', '现场执行笔录', '执行日志', '询问笔录'], recordText(c, c.rng.pick(['执行笔录', '谈话笔录', '现场执行笔录']), [`执行人员：${c.judge}`, `被谈话人：${c.party2}`], '问：你为何不履行生效判决？', '答：……'), { category: 'hearing_record', weight: 1.5 }),

  'seizure-ruling': (c) => {
    if (c.rng.chance(0.45)) {
      return court(['协助执行通知书', '协助冻结存款通知书', '协助执行通知书（冻结）', '协助执行通知书（扣划）'], courtDoc(c, '协助执行通知书', `${c.bank()}：`, `关于${c.party1}与${c.party2}${c.cause}一案，本院作出的${c.caseNo}执行裁定书已经发生法律效力。请协助执行下列事项：`, `冻结被执行人${c.party2}在你行的存款${money(c)}，冻结期限一年。`), { external: ['协助执行通知书'], weight: 2 });
    }
    return court(['执行裁定书', '执行裁定书（冻结）', '查封裁定书', '冻结裁定书', '执行裁定书（查封）', '扣划裁定书'], rulingText(c, '执行裁定书', `本院在执行${c.party1}与${c.party2}${c.cause}一案中，因被执行人未按执行通知履行法律文书确定的义务，`, `${c.rng.pick(['冻结、划拨', '查封', '扣押'])}被执行人${c.party2}${c.rng.pick(['的银行存款', '名下位于上海市青浦区……的房产', '名下的车辆'])}${money(c)}。`, '本裁定立即执行。'), { external: ['执行裁定书'], weight: 2 });
  },

  auction: (c) =>
    court(
      ['评估报告', '拍卖公告', '网络司法拍卖成交确认书', '成交确认书', '询价报告', '以物抵债裁定书', '拍卖裁定书', '执行裁定书（拍卖）'],
      c.rng.chance(0.5)
        ? L(c.rng.pick(['网络司法拍卖成交确认书', '拍卖公告']), `案号：${c.caseNo}`, `拍卖标的：${c.party2}名下位于上海市青浦区……的房产`, `起拍价：${money(c)}`, `竞买人${c.person()}以最高价胜出，成交价：${money(c)}`)
        : L(`上海${c.rng.pick(['东洲', '立信'])}资产评估有限公司`, '资产评估报告', `委托方：${c.court.name}`, '评估目的：为法院执行拍卖提供价值参考', `评估价：${money(c)}`),
    ),

  settlement: (c) => party(['执行和解协议', '和解协议', '和解协议书', '执行和解笔录'], L(c.rng.pick(['执行和解协议', '和解协议书']), `甲方（申请执行人）：${c.party1}`, `乙方（被执行人）：${c.party2}`, `双方就${c.originalCaseNo}一案的执行事宜，自愿达成和解协议如下：`, `一、乙方于${c.date()}前支付${money(c)}……`)),

  payment: (c) =>
    c.kind === 'enforcement'
      ? court(['执行款收款凭证', '案款发放审批表', '收款收据', '领款凭证', '执行款收据', '执行款发放通知书', '执行款发放凭证'], L(c.court.name, c.rng.pick(['执行款发放凭证', '案款收据', '执行款领款凭证']), `案号：${c.caseNo}`, `领款人：${c.party1}`, `金额：${money(c)}`, `经办人：${c.clerk}`), { weight: 1.5 })
      : court(['救助金发放凭证', '救助金领取凭证', '赔偿金支付申请书', '支付凭证', '银行转账凭证'], L(c.rng.pick(['司法救助金领取凭证', '国家赔偿金支付凭证', '支付赔偿金申请书']), `案号：${c.caseNo}`, `收款人：${c.party1}`, `金额：${money(c)}`, `经办人：${c.clerk}`)),

  'credit-sanctions': (c) =>
    court(['限制消费令', '失信决定书', '纳入失信被执行人名单决定书', '限制高消费令', '司法拘留决定书', '决定书（失信）'], courtDoc(c, c.rng.pick(['限制消费令', '决定书', '拘留决定书']), `${c.party2}：`, `本院于${c.date()}立案执行${c.party1}申请执行你${c.cause}一案，因你未按执行通知书指定的期间履行生效法律文书确定的给付义务，……`, c.rng.pick(['现对你采取限制消费措施，限制你有下列高消费及非生活和工作必需的消费行为：……', '决定将你纳入失信被执行人名单。'])), { external: ['限制消费令', '决定书'], weight: 1.5 }),

  'closing-ruling': (c) =>
    court(['执行裁定书', '终结本次执行程序裁定书', '终本裁定书', '中止执行裁定书', '执行裁定书（终本）', '执行裁定书'], rulingText(c, '执行裁定书', `本院在执行${c.party1}与${c.party2}${c.cause}一案中，经网络查控及传统调查，未发现被执行人有其他可供执行的财产。`, c.rng.pick(['终结本次执行程序。', `中止${c.originalCaseNo}民事判决书的执行。`, '终结本院……一案的执行。']), '申请执行人发现被执行人有可供执行财产的，可以再次申请执行。'), { external: ['执行裁定书'], weight: 1.5 }),

  'closing-approval': (c) => court(['结案审批表', '结案通知书', '执行结案通知书', '执行完毕确认书', '结案报告'], L(c.rng.pick(['执行结案通知书', '结案审批表']), `案号：${c.caseNo}`, `${c.party1}申请执行${c.party2}${c.cause}一案，被执行人已全部履行完毕。`, `结案方式：${c.rng.pick(['执行完毕', '和解长期履行'])}`, c.date())),

  'enforcement-plan': (c) => court(['执行方案', '执行实施方案', '执行预案'], L(c.rng.pick(['执行方案', '强制执行实施方案']), `案号：${c.caseNo}`, '一、案件基本情况……', '二、执行措施及人员分工：……', '三、风险评估与预案：……')),

  // —— enforcement review ——
  'objection-application': (c) =>
    party(['执行异议申请书', '异议申请书', '执行复议申请书', '复议申请书', '案外人执行异议申请书', '异议书'], L(c.typeCode === '执复' ? c.rng.pick(['复议申请书', '执行复议申请书']) : c.rng.pick(['执行异议申请书', '异议申请书']), `${c.role1}：${c.party1}`, `申请执行人：${c.party2}`, `${c.typeCode === '执复' ? '复议' : '异议'}请求：撤销${c.originalCaseNo}……`, '事实与理由：……', partyTail(c, c.party1)), { category: c.rng.chance(0.5) ? 'efiling' : 'party_submission', weight: 1.5 }),

  'reviewed-act': (c) =>
    court(['原执行裁定书', '被异议的执行裁定', c.typeCode === '执复' ? '原异议裁定书' : '原裁定书', `${c.originalCaseNo}执行裁定书`, `${c.originalCaseNo}执行裁定书`], rulingText({ ...c, caseNo: c.originalCaseNo, court: c.originalCourt }, '执行裁定书', `本院在执行${c.party2}与……一案中，`, c.typeCode === '执复' ? '驳回异议人的异议请求。' : '冻结、划拨被执行人……的银行存款。', '')),

  // —— state compensation and judicial aid ——
  application: (c) =>
    party(
      c.prefix === '司法救助' ? ['司法救助申请书', '国家司法救助申请书', '救助申请书'] : c.typeCode.endsWith('监') ? ['申诉书', '赔偿确认申诉书', '国家赔偿申请书'] : ['国家赔偿申请书', '赔偿申请书', '司法赔偿申请书'],
      L(c.prefix === '司法救助' ? '国家司法救助申请书' : c.rng.pick(['国家赔偿申请书', '赔偿申请书']), `${c.role1}：${c.party1}`, c.prefix === '司法救助' ? '申请事项：请求给予国家司法救助。' : `赔偿请求：请求赔偿义务机关支付赔偿金${money(c)}。`, '事实与理由：……', partyTail(c, c.party1)),
      { category: c.rng.chance(0.5) ? 'efiling' : 'party_submission', weight: 1.5 },
    ),

  'original-decision': (c) =>
    c.rng.chance(0.5)
      ? court(['不予赔偿决定书', '赔偿义务机关决定书', '复议决定书', '原赔偿决定书'], L(c.party2, c.rng.pick(['刑事赔偿决定书', '不予赔偿决定书', '刑事赔偿复议决定书']), `沪${c.rng.pick(['公青', '青检'])}赔决字〔${c.year - 1}〕${c.rng.int(1, 99)}号`, `赔偿请求人${c.party1}……申请赔偿。本机关经审查认为，……决定如下：`, '不予赔偿。'))
      : court(['原判决书', '原案裁判文书', '刑事判决书', `${c.originalCaseNo}刑事判决书`, '再审判决书'], judgmentText({ ...c, kind: 'criminal_first_instance' }, '刑事判决书', c.originalCaseNo, c.originalCourt.name, false)),

  'applicant-evidence': (c) => party(['证据材料', '困难证明', '家庭经济困难证明', '病历资料', '医疗费票据', '收入证明', '低保证明'], L(c.rng.pick(['家庭经济困难证明', '证据目录', '出院小结', '最低生活保障证']), `申请人：${c.party1}`, '……', c.rng.pick(['经核实，该户家庭生活困难，属实。', '诊断：……', '序号 证据名称 证明内容'])), { category: 'evidence', weight: 1.5 }),

  decision: (c) =>
    court(c.prefix === '司法救助' ? ['司法救助决定书', '国家司法救助决定书', '救助决定书', '不予救助决定书', '决定书'] : ['国家赔偿决定书', '赔偿委员会决定书', '赔偿决定书', '决定书'], courtDoc(c, c.prefix === '司法救助' ? '国家司法救助决定书' : c.rng.pick(['国家赔偿决定书', '决定书']), `${c.role1}：${c.party1}`, c.prefix === '司法救助' ? `救助申请人${c.party1}因……，向本院申请国家司法救助。本院经审查认为，……决定如下：` : `赔偿请求人${c.party1}以……为由，向本院赔偿委员会申请作出赔偿决定。本院赔偿委员会经审理认为，……决定如下：`, c.prefix === '司法救助' ? `给予救助申请人${c.party1}国家司法救助金${money(c)}。` : `${c.party2}支付${c.party1}赔偿金${money(c)}。`, '本决定为发生法律效力的决定。'), { external: ['决定书'], weight: 1.5 }),

  // —— supervision and retrial ——
  petition: (c) => {
    const heading = c.prefix === '刑事' ? c.rng.pick(['刑事申诉状', '申诉书']) : c.typeCode.endsWith('抗') ? c.rng.pick(['民事抗诉书', '抗诉书']) : c.typeCode === '执监' ? '执行监督申请书' : c.rng.pick(['再审申请书', `${c.prefix}再审申请书`, '申诉书']);
    return party([heading, '再审申请书', '申诉书', '申诉状'].filter((t) => c.prefix !== '刑事' || !t.includes('再审')), L(heading, `${c.role1.replace(/（.*）/, '')}：${c.party1}`, `${c.role2.replace(/（.*）/, '')}：${c.party2}`, `${c.party1}因与${c.party2}${c.cause}一案，不服${c.originalCaseNo}判决，现提出${c.prefix === '刑事' ? '申诉' : '再审申请'}。`, `${c.prefix === '刑事' ? '申诉' : '再审'}请求：……`, '事实与理由：……', partyTail(c, c.party1)), { category: c.rng.chance(0.5) ? 'efiling' : 'party_submission', weight: 1.5 });
  },

  'retrial-order': (c) => {
    const reviewType = c.typeCode.replace(/再$/, '申');
    const own = !c.typeCode.endsWith('再');
    const caseNo = own ? c.caseNo : `（${c.year}）${c.rng.pick(['沪', '沪02'])}${reviewType}${c.rng.int(1, 999)}号`;
    const heading = `${c.prefix}裁定书`;
    return court(
      ['指令再审裁定书', '提审裁定书', heading, own ? heading : `${caseNo}${heading}`, '再审裁定书'],
      L(own ? c.court.name : '上海市高级人民法院', heading, caseNo, `${c.role1}${c.party1}因与${c.party2}${c.cause}一案，不服${c.originalCaseNo}判决，申请再审。`, '本院经审查认为，……符合《中华人民共和国民事诉讼法》第二百一十一条第……项规定的情形。裁定如下：', `一、本案${c.rng.pick(['由本院提审', '指令上海市第二中级人民法院再审'])}；`, '二、再审期间，中止原判决的执行。'),
      { external: [heading] },
    );
  },

  'file-transfer': (c) => court(['调卷函', '调卷通知书', '调阅卷宗函'], L(c.court.name, c.rng.pick(['调卷函', '调卷通知书']), c.caseNo, `${c.originalCourt.name}：`, `本院受理的${c.party1}与${c.party2}${c.cause}一案，因审查需要，请将你院${c.originalCaseNo}案件全部卷宗于${c.date()}前移送本院。`)),

  'rejection-notice': (c) => court(['驳回申诉通知书', '驳回通知书', '申诉审查结果通知书'], courtDoc(c, '驳回申诉通知书', `${c.party1}：`, `你因${c.cause}一案，不服${c.originalCaseNo}判决，向本院提出申诉。本院依法进行了审查，现已审查终结。`, '本院认为，……你的申诉不符合应当重新审判的条件，予以驳回。', c.date()), { external: ['通知书'] }),

  'file-return': (c) => court(['退卷函', '还卷函', '退还卷宗函'], L(c.court.name, c.rng.pick(['退卷函', '还卷函']), c.caseNo, `${c.originalCourt.name}：`, `本院调阅的你院${c.originalCaseNo}案件卷宗已使用完毕，现予退还，请查收。`)),
};

/** Materials that belong in no slot of the template (label null), with a few kinds that recur. */
export function noSlotDocument(c: CaseContext): { title: string; text?: string; source: 'scanned' | 'born_digital'; category?: MaterialCategory; variant: string } {
  const r = c.rng;
  const kind = r.weighted<string>([
    ['junk', 3],
    ['generated', 2],
    ['unrelated', 2],
    ['foreign', 2],
  ]);
  if (kind === 'junk') {
    return r.pick([
      { title: `扫描件${String(r.int(1, 200)).padStart(4, '0')}`, source: 'scanned' as const, variant: 'null-junk' },
      { title: '空白页', text: '', source: 'scanned' as const, variant: 'null-junk' },
      { title: '分隔页', source: 'scanned' as const, variant: 'null-junk' },
      { title: `IMG_${c.year}0${r.int(1, 9)}${r.int(10, 28)}_${r.int(1000, 9999)}.jpg`, text: '…… ．．  ——', source: 'scanned' as const, variant: 'null-junk' },
      { title: '测试上传', source: 'born_digital' as const, variant: 'null-junk' },
      { title: '新建文档', text: '', source: 'born_digital' as const, variant: 'null-junk' },
    ]);
  }
  if (kind === 'generated') {
    const [title, text] = r.pick([
      ['卷宗封面', L(c.court.name, '诉 讼 卷 宗', `案号 ${c.caseNo}`, `案由 ${c.cause}`, '全宗号  目录号  案卷号')],
      ['卷内目录', L('卷内目录', '序号 文件名称 页号 备注', '1 起诉状 1-3', '2 受理案件通知书 4')],
      ['备考表', L('卷内备考表', '本卷情况说明：', '本卷共计……页', `立卷人：${c.clerk}`)],
      ['卷底', ''],
    ] as const);
    return { title: r.chance(0.5) ? title : `扫描件${String(r.int(1, 200)).padStart(4, '0')}`, text: text || undefined, source: 'scanned', variant: 'null-generated' };
  }
  if (kind === 'unrelated') {
    const [title, text] = r.pick([
      ['廉政监督卡', L('廉政监督卡', '尊敬的当事人：为了确保司法公正……欢迎监督。', '监督电话：12368')],
      ['诉讼服务满意度评价表', L('诉讼服务满意度评价表', '请您对本次诉讼服务进行评价：满意 □ 基本满意 □ 不满意 □')],
      ['法官联系卡', L('法官联系卡', `承办法官：${c.judge}`, '联系电话：……')],
      ['案件质量评查表', L('案件质量评查表', '评查项目 分值 得分', '……')],
      ['诉讼指南', L('诉讼指南', '一、如何立案……', '二、诉讼费用……')],
    ] as const);
    return { title, text: r.chance(0.6) ? text : undefined, source: r.chance(0.5) ? 'scanned' : 'born_digital', variant: 'null-unrelated' };
  }
  const doc = {
    抗诉书: ['刑事抗诉书', L('上海市青浦区人民检察院', '刑事抗诉书', '……提出抗诉')],
    逮捕证: ['逮捕证', L('上海市公安局青浦分局', '逮捕证', '……执行逮捕')],
    限制消费令: ['限制消费令', L(c.court.name, '限制消费令', '……限制高消费')],
    查控: ['网络查控回执', L('网络执行查控系统查询结果', '查询机构 反馈结果')],
    取保: ['取保候审决定书', L('取保候审决定书', '……取保候审')],
    财产报告: ['被执行人财产报告表', L('被执行人财产报告表', '申报人……')],
    和解: ['执行和解协议', L('执行和解协议', '……达成和解')],
    开庭公告: ['开庭公告', L(c.court.name, '开庭公告', '……公开开庭审理')],
    移送函: ['上诉案件移送函', L(c.court.name, '上诉案件移送函', '……移送你院')],
  } satisfies Record<string, [string, string]>;
  /** Materials of other kinds of proceedings that have no place in this template's file. */
  const foreign: Record<string, Array<[string, string]>> = {
    civil_first_instance: [doc.抗诉书, doc.逮捕证, doc.限制消费令, doc.查控, doc.取保],
    civil_second_instance: [doc.抗诉书, doc.逮捕证, doc.限制消费令, doc.查控, doc.取保],
    administrative_first_instance: [doc.抗诉书, doc.逮捕证, doc.限制消费令, doc.查控, doc.取保],
    administrative_second_instance: [doc.抗诉书, doc.逮捕证, doc.限制消费令, doc.查控, doc.取保],
    criminal_first_instance: [doc.限制消费令, doc.查控, doc.财产报告, doc.和解],
    criminal_second_instance: [doc.限制消费令, doc.查控, doc.财产报告, doc.和解],
    enforcement: [doc.抗诉书, doc.逮捕证, doc.开庭公告, doc.取保],
    enforcement_review: [doc.抗诉书, doc.逮捕证, doc.取保],
    state_compensation_and_judicial_aid: [doc.限制消费令, doc.和解, doc.移送函],
    supervision_and_retrial: c.typeCode === '执监' ? [doc.逮捕证, doc.取保] : [doc.限制消费令, doc.查控, doc.财产报告],
  };
  const family = c.kind;
  const [title, text] = r.pick(foreign[family]!);
  return { title, text: r.chance(0.6) ? text : undefined, source: r.chance(0.5) ? 'scanned' : 'born_digital', variant: 'null-foreign' };
}
