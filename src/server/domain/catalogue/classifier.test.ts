import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateLabelledSet, serialiseLabelledSet } from '../../../../scripts/catalogue/labelled-set.js';
import type { ClassifyInput } from './classifier.js';
import { CLASSIFY_THRESHOLD, MAX_ALTERNATIVES, classifyMaterial, confidenceOf } from './classifier.js';
import { figuresOf } from './classifier-figures.js';
import type { CatalogueTemplate, TemplateKind } from './catalogue-template.js';
import { templateByKind, templateForTypeCode } from './templates.js';

const template = (typeCode: string): CatalogueTemplate => {
  const t = templateForTypeCode(typeCode);
  if (!t) throw new Error(`no template for ${typeCode}`);
  return t;
};
const slotOf = (typeCode: string, input: ClassifyInput | string) =>
  classifyMaterial(typeof input === 'string' ? { title: input, caseTypeCode: typeCode } : { caseTypeCode: typeCode, ...input }, template(typeCode)).slotId;

const judgmentText = [
  '上海市青浦区人民法院',
  '民 事 判 决 书',
  '（2023）沪0118民初1234号',
  '原告：张三，住上海市青浦区。',
  '被告：李四。',
  '原告张三与被告李四民间借贷纠纷一案，本院于2023年3月1日立案后，依法适用简易程序，公开开庭进行了审理。',
  '本院认为，……判决如下：',
  '如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状。',
].join('\n');

describe('classifyMaterial — civil first instance (民初)', () => {
  it.each([
    ['（2023）沪0118民初1234号民事判决书', 'judgment'],
    ['民事判决书（正本）', 'judgment'],
    ['民事起诉状', 'complaint'],
    ['起诉状（张三诉李四）', 'complaint'],
    ['起诉状副本', 'complaint'],
    ['原告证据材料（一）', 'plaintiff-evidence'],
    ['证据目录（原告）', 'plaintiff-evidence'],
    ['被告证据目录', 'defendant-evidence'],
    ['传票（原告）', 'summons'],
    ['开庭传票', 'summons'],
    ['合议庭组成人员通知书', 'summons'],
    ['庭审笔录第二次', 'hearing-transcript'],
    ['03-庭审笔录.pdf', 'hearing-transcript'],
    ['受理案件通知书', 'acceptance-notice'],
    ['应诉通知书', 'response-notice'],
    ['授权委托书（原告张三）', 'party-identity'],
    ['法定代表人身份证明书', 'party-identity'],
    ['鉴定委托书', 'appraisal'],
    ['司法鉴定意见书', 'appraisal'],
    ['调查笔录', 'inquiry-record'],
    ['证据交换笔录', 'pretrial-conference'],
    ['代理词', 'agent-statement'],
    ['撤诉申请书', 'withdrawal'],
    ['宣判笔录', 'pronouncement-record'],
    ['上诉案件移送函', 'appeal'],
    ['退卷函', 'higher-court-return'],
    ['移送执行书', 'effective-transfer'],
    ['审判流程信息表', 'case-flow-record'],
    ['立案登记表', 'filing-registration'],
    ['诉讼费票据', 'litigation-fee'],
    ['缓交诉讼费申请书', 'litigation-fee'],
    ['财产保全申请书', 'interim-ruling'],
  ])('%s → %s', (title, slot) => {
    expect(slotOf('民初', title)).toBe(slot);
  });

  it.each([
    ['送达回证-判决书-被告王五', 'service-receipt', 'a receipt for a judgment is a receipt'],
    ['判决书送达回证', 'service-receipt', 'same, head noun last'],
    ['民事判决书送达回证（原告）', 'service-receipt', 'full document name inside'],
    ['起诉状副本送达回证', 'service-receipt', 'not the complaint'],
    ['上诉状', 'appeal', 'not the complaint, though it ends in 诉状'],
    ['民事上诉状（被告李四）', 'appeal', 'party decoration'],
    ['调解笔录', 'mediation-record', 'a record of mediation is not the 调解书'],
    ['民事调解书', 'mediation-document', 'and the 调解书 is not a record'],
    ['民事裁定书（财产保全）', 'interim-ruling', 'a preservation ruling is not the final ruling'],
    ['管辖权异议裁定书', 'interim-ruling', 'nor is a jurisdiction ruling'],
    ['民事裁定书（准许撤诉）', 'ruling', 'a ruling allowing withdrawal is a ruling, not the withdrawal'],
    ['判决书签发稿', 'document-draft', 'a draft goes to the 副卷, not the judgment slot'],
    ['合议庭评议笔录', 'deliberation-record', 'side volume'],
    ['审理报告', 'trial-report', 'side volume'],
    ['答辨状', 'defence', 'the common 辨/辩 misspelling'],
    ['（2024）沪02民终88号民事判决书', 'higher-court-judgment', 'another case’s number: the 二审 decision'],
  ])('%s → %s (%s)', (title, slot) => {
    expect(slotOf('民初', title)).toBe(slot);
  });

  it('reads a scan titled only by the scanner from its OCR text', () => {
    const r = classifyMaterial({ title: '扫描件0012', source: 'scanned', text: judgmentText }, template('民初'));
    expect(r.slotId).toBe('judgment');
    expect(r.reasons).toContain('正文标题为“民事判决书”');
  });

  it('reads a service receipt, an EMS record and an electronic receipt from their text', () => {
    const receipt = ['上海市青浦区人民法院', '送 达 回 证', '案号 （2023）沪0118民初1234号', '受送达人 李四', '送达文书 民事判决书一份'].join('\n');
    expect(slotOf('民初', { title: '', source: 'scanned', text: receipt })).toBe('service-receipt');
    const ems = ['EMS 中国邮政速递物流', '法院专递 邮件详情单', '收件人：李四', '内件品名：民事判决书', '投递结果：妥投 签收人：本人 签收时间：2023年5月1日'].join('\n');
    expect(slotOf('民初', { title: 'IMG_0001.jpg', source: 'scanned', text: ems })).toBe('service-receipt');
    expect(slotOf('民初', { title: '材料3', text: '电子送达回证\n受送达人：李四\n送达文书：民事判决书\n送达时间：2023年5月1日' })).toBe('service-receipt');
  });

  it('reads a heading run into the next line, and one garbled by OCR', () => {
    expect(slotOf('民初', { title: '未命名', text: '代理词审判员：\n上海某律师事务所接受本案原告的委托……' })).toBe('agent-statement');
    expect(slotOf('民初', { title: '未命名', text: '上海市青浦区人民法院\n受理案件通知栽\n（2023）沪0118民初1号\n张三：\n……' })).toBe('acceptance-notice');
  });

  it('does not take a 调查笔录 for a 调解笔录 by the one-edit rule', () => {
    expect(slotOf('民初', { title: '', text: '调查笔录\n时间：2023年1月1日\n调查人：王五\n被调查人：张三' })).toBe('inquiry-record');
    expect(slotOf('民初', { title: '', text: '调解笔录\n时间：2023年1月1日\n调解人员：王五' })).toBe('mediation-record');
  });

  it('never calls a preservation ruling the final ruling, even when only its text says so', () => {
    const text = [
      '上海市青浦区人民法院',
      '民事裁定书',
      '（2023）沪0118民初5号',
      '张三于2023年3月1日向本院提出财产保全申请，请求冻结被申请人李四的银行存款。',
      '裁定如下：冻结被申请人李四的银行存款十万元。',
      '如不服本裁定，可以自收到裁定书之日起五日内向本院申请复议一次。',
    ].join('\n');
    expect(slotOf('民初', { title: '扫描件0001', text })).not.toBe('ruling');
    expect(slotOf('民初', { title: '民事裁定书（保全）', text, externalType: '民事裁定书' })).toBe('interim-ruling');
  });

  it('takes the trial system’s document type when the title says nothing', () => {
    expect(slotOf('民初', { title: '', externalType: '民事判决书', source: 'born_digital' })).toBe('judgment');
    expect(slotOf('民初', { title: '文书', externalType: '送达回证' })).toBe('service-receipt');
  });

  it('places recordings by their source and file type', () => {
    expect(slotOf('民初', { title: '第一法庭_20230512_0930.mp4', source: 'recording' })).toBe('hearing-recording');
    expect(slotOf('民初', { title: 'VID_1234', source: 'recording' })).toBe('hearing-recording');
    expect(slotOf('民初', { title: '庭审录像.mp4' })).toBe('hearing-recording');
    expect(slotOf('民初', { title: '庭审录音录像替代庭审笔录确认书', source: 'scanned' })).toBe('hearing-recording');
  });

  it('leaves generated, meaningless and foreign materials unplaced, saying why', () => {
    const cover = classifyMaterial({ title: '卷宗封面' }, template('民初'));
    expect(cover).toEqual({ slotId: null, confidence: 0, reasons: ['“卷宗封面”由系统生成，材料不编入此格位'], alternatives: [] });
    expect(slotOf('民初', { title: '扫描件0034', text: '卷内目录\n序号 文件名称 页号' })).toBeNull();
    const junk = classifyMaterial({ title: '扫描件0034', source: 'scanned' }, template('民初'));
    expect(junk.slotId).toBeNull();
    expect(junk.reasons[0]).toMatch(/请书记员手工编目$/);
    expect(classifyMaterial({ title: '' }, template('民初')).reasons).toEqual(['材料没有题名和文字，请书记员手工编目']);
    expect(slotOf('民初', '廉政监督卡')).toBeNull();
    expect(slotOf('民初', '限制消费令')).toBeNull();
  });

  it('gives up between two equally likely slots and lists both', () => {
    const r = classifyMaterial({ title: '执行裁定书' }, template('执'));
    expect(r.slotId).toBeNull();
    expect(r.alternatives.map((a) => a.slotId).sort()).toEqual(['closing-ruling', 'seizure-ruling']);
    expect(r.reasons.at(-1)).toMatch(/把握不足.*难以区分/);
  });
});

describe('classifyMaterial — criminal (刑初, 刑终)', () => {
  it.each([
    ['起诉书', 'indictment'],
    ['刑事附带民事起诉状', 'indictment'],
    ['起诉书送达回证', 'indictment-service-receipt'],
    ['送达回证-起诉书副本-被告人王五', 'indictment-service-receipt'],
    ['刑事判决书送达回证', 'service-receipt'],
    ['提押票', 'summons'],
    ['开庭公告', 'hearing-announcement'],
    ['辩护词', 'hearing-transcript'],
    ['公诉意见书', 'hearing-transcript'],
    ['辩护委托书', 'defence-counsel'],
    ['法律援助公函', 'defence-counsel'],
    ['讯问笔录', 'interrogation-record'],
    ['调查笔录', 'inquiry-record'],
    ['逮捕证', 'arrest'],
    ['取保候审决定书', 'bail'],
    ['延长审理期限审批表', 'time-limit-extension'],
    ['简易程序转普通程序审批表', 'internal-approval'],
    ['刑事判决书', 'judgment'],
    ['刑事附带民事调解书', 'mediation-document'],
    ['抗诉书', 'protest'],
    ['（2024）沪02刑终5号刑事裁定书', 'higher-court-judgment'],
    ['释放证回执', 'enforcement-notice'],
    ['赃款赃物移送清单', 'exhibit-disposal'],
  ])('刑初: %s → %s', (title, slot) => {
    expect(slotOf('刑初', title)).toBe(slot);
  });

  it('keeps an 执行和解协议 out of the criminal 调解书 slot', () => {
    expect(slotOf('刑初', '执行和解协议')).toBeNull();
  });

  it('刑终: tells the 原审 judgment from the case’s own by the case number', () => {
    expect(slotOf('刑终', '（2023）沪0118刑初77号刑事判决书')).toBe('original-judgment');
    expect(slotOf('刑终', '（2024）沪02刑终5号刑事裁定书')).toBe('ruling');
    expect(slotOf('刑终', '一审刑事判决书')).toBe('original-judgment');
  });
});

describe('classifyMaterial — civil second instance (民终)', () => {
  it.each([
    ['（2023）沪0118民初1234号民事判决书', 'original-judgment'],
    ['一审判决书', 'original-judgment'],
    ['（2024）沪02民终5号民事判决书', 'judgment'],
    ['上诉案件移送函', 'appeal-transfer'],
    ['上诉状', 'appeal'],
    ['撤回上诉申请书', 'withdrawal'],
    ['阅卷笔录', 'file-review-record'],
    ['新证据', 'plaintiff-evidence'],
  ])('%s → %s', (title, slot) => {
    expect(slotOf('民终', title)).toBe(slot);
  });

  it('reads party roles in titles as parties: 委托书-上诉人唐艳 is no 上诉状', () => {
    expect(slotOf('民终', '委托书-上诉人唐艳')).toBe('party-identity');
    expect(slotOf('民终', '民事判决书（上诉人唐艳）')).toBe('judgment');
    expect(slotOf('民终', '上诉人证据')).toBe('plaintiff-evidence');
  });

  it('prefers the number in the document’s header to the one the system put in the title', () => {
    const text = '上海市青浦区人民法院\n民事判决书\n（2023）沪0118民初8623号\n原告：张三。';
    expect(slotOf('民终', { title: '（2024）沪02民终2476号一审判决书', text })).toBe('original-judgment');
  });
});

describe('classifyMaterial — enforcement (执, 执异, 执复)', () => {
  it.each([
    ['申请执行书', 'enforcement-application'],
    ['恢复执行申请书', 'enforcement-application'],
    ['（2022）沪0118民初55号民事判决书', 'enforcement-basis'],
    ['生效证明', 'enforcement-basis'],
    ['执行通知书', 'enforcement-notice'],
    ['报告财产令', 'enforcement-notice'],
    ['被执行人财产报告表', 'property-report'],
    ['网络查控回执', 'property-investigation'],
    ['协助执行通知书', 'seizure-ruling'],
    ['拍卖公告', 'auction'],
    ['执行和解协议', 'settlement'],
    ['执行款发放凭证', 'payment'],
    ['限制消费令', 'credit-sanctions'],
    ['终结本次执行程序裁定书', 'closing-ruling'],
    ['结案通知书', 'closing-approval'],
    ['执行方案', 'enforcement-plan'],
    ['原告身份证（申请执行人邓明）', 'party-identity'],
  ])('执: %s → %s', (title, slot) => {
    expect(slotOf('执', title)).toBe(slot);
  });

  it('tells the enforcement rulings apart by their text', () => {
    const head = '上海市青浦区人民法院\n执行裁定书\n（2023）沪0118执12号\n申请执行人：张三。\n被执行人：李四。\n';
    expect(slotOf('执', { title: '执行裁定书', text: `${head}本院在执行中，经网络查控，未发现被执行人有可供执行的财产。\n裁定如下：\n终结本次执行程序。` })).toBe('closing-ruling');
    expect(slotOf('执', { title: '执行裁定书', text: `${head}裁定如下：\n冻结、划拨被执行人李四的银行存款十万元。` })).toBe('seizure-ruling');
  });

  it('执复: the 执异 ruling under review is the reviewed act, the case’s own ruling is the ruling', () => {
    expect(slotOf('执复', '（2023）沪0118执异45号执行裁定书')).toBe('reviewed-act');
    expect(slotOf('执复', '（2024）沪02执复7号执行裁定书')).toBe('ruling');
    expect(slotOf('执异', '（2024）沪0118执异45号执行裁定书')).toBe('ruling');
    expect(slotOf('执异', '执行异议申请书')).toBe('objection-application');
    expect(slotOf('执异', '听证笔录')).toBe('hearing-transcript');
  });
});

describe('classifyMaterial — administrative, compensation and aid, supervision', () => {
  it.each([
    ['行初', '行政起诉状', 'complaint'],
    ['行初', '行政处罚决定书', 'defendant-evidence'],
    ['行初', '行政答辩状', 'defence'],
    ['行初', '司法建议书', 'judicial-suggestion'],
    ['行初', '（2024）沪02行终7号行政判决书', 'higher-court-judgment'],
    ['行终', '（2023）沪0118行初3号行政判决书', 'original-judgment'],
    ['委赔', '国家赔偿申请书', 'application'],
    ['委赔', '国家赔偿决定书', 'decision'],
    ['委赔', '不予赔偿决定书', 'original-decision'],
    ['司救民', '司法救助申请书', 'application'],
    ['司救民', '司法救助审批表', 'internal-approval'],
    ['司救民', '家庭经济困难证明', 'applicant-evidence'],
    ['民申', '再审申请书', 'petition'],
    ['民申', '（2022）沪0118民初5号民事判决书', 'original-judgment'],
    ['民申', '调卷函', 'file-transfer'],
    ['民申', '退卷函', 'file-return'],
    ['刑申', '驳回申诉通知书', 'rejection-notice'],
    ['刑申', '刑事申诉状', 'petition'],
    ['民再', '（2023）沪02民申12号民事裁定书', 'retrial-order'],
    ['民再', '民事判决书', 'judgment'],
  ])('%s: %s → %s', (typeCode, title, slot) => {
    expect(slotOf(typeCode, title)).toBe(slot);
  });
});

describe('classifyMaterial — contract', () => {
  it('is deterministic and bounded', () => {
    const input = { title: '扫描件0012', text: judgmentText };
    const a = classifyMaterial(input, template('民初'));
    expect(classifyMaterial(input, template('民初'))).toEqual(a);
    expect(a.confidence).toBeGreaterThanOrEqual(CLASSIFY_THRESHOLD);
    expect(a.confidence).toBeLessThanOrEqual(1);
  });

  it('lists at most three alternatives, best first, none of them the proposal', () => {
    const r = classifyMaterial({ title: '民事裁定书', text: judgmentText, category: 'court_document' }, template('民初'));
    expect(r.alternatives.length).toBeLessThanOrEqual(MAX_ALTERNATIVES);
    expect(r.alternatives.map((a) => a.slotId)).not.toContain(r.slotId);
    const confidences = r.alternatives.map((a) => a.confidence);
    expect(confidences).toEqual([...confidences].sort((x, y) => y - x));
  });

  it('reads only the first 2,000 characters of the text', () => {
    const far = `${'本案事实如下。'.repeat(300)}\n判决如下：`;
    expect(classifyMaterial({ title: '', text: far }, template('民初')).slotId).toBeNull();
  });

  it('never places into a generated slot', () => {
    for (const title of ['卷内目录', '备考表', '卷底', '副卷封面']) {
      expect(classifyMaterial({ title }, template('民初')).slotId).toBeNull();
    }
  });

  it('confidence grows with the score and falls with a close rival', () => {
    expect(confidenceOf(0, 0)).toBe(0);
    expect(confidenceOf(10, 0)).toBeGreaterThan(confidenceOf(6, 0));
    expect(confidenceOf(10, 9)).toBeLessThan(confidenceOf(10, 3));
    expect(confidenceOf(10, 10)).toBeLessThan(CLASSIFY_THRESHOLD);
  });
});

interface LabelledItem {
  id: string;
  split: 'dev' | 'test';
  templateKind: TemplateKind;
  input: ClassifyInput;
  label: string | null;
}

describe('figures on the labelled set (test/fixtures/catalogue/labelled-materials.json)', () => {
  const file = new URL('../../../../test/fixtures/catalogue/labelled-materials.json', import.meta.url);
  const items = (JSON.parse(readFileSync(file, 'utf8')) as { items: LabelledItem[] }).items;
  const outcomes = (split: 'dev' | 'test') =>
    items
      .filter((i) => i.split === split)
      .map((i) => ({ templateKind: i.templateKind, label: i.label, predicted: classifyMaterial(i.input, templateByKind(i.templateKind)!).slotId }));

  it('is exactly what the seeded generator produces (no label was edited by hand)', () => {
    expect(serialiseLabelledSet(generateLabelledSet())).toBe(readFileSync(file, 'utf8'));
  });

  it('has at least 600 materials across every template kind, in two halves', () => {
    expect(items.length).toBeGreaterThanOrEqual(600);
    expect(new Set(items.map((i) => i.templateKind)).size).toBe(10);
    expect(items.filter((i) => i.split === 'test').length).toBeGreaterThan(250);
    expect(items.some((i) => i.label === null)).toBe(true);
  });

  it('labels only slots that exist (and are not generated) in the item’s template', () => {
    for (const i of items) {
      if (i.label === null) continue;
      const slot = templateByKind(i.templateKind)!.slots.find((s) => s.id === i.label);
      expect(slot, `${i.id}: ${i.label}`).toBeDefined();
      expect(slot!.generated ?? false).toBe(false);
    }
  });

  it('on the held-out test half: precision ≥ 0.95, recall ≥ 0.85', () => {
    const f = figuresOf(outcomes('test'));
    expect(f.precision).toBeGreaterThanOrEqual(0.95);
    expect(f.recall).toBeGreaterThanOrEqual(0.85);
  });
});
