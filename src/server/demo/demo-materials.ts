import type { CaseInput } from '../../common/api.js';
import type { MaterialCategory, MaterialSource } from '../../common/vocabulary.js';
import { templateForTypeCode } from '../domain/catalogue/templates.js';
import { parseCaseNumber } from '../domain/case-number/index.js';
import type { DemoUser } from './demo-types.js';

/** One demo material: what the file shows and how it entered the case. */
export interface DemoMaterialSpec {
  caseNumber: string;
  /** The clerk who files it (the upload is theirs). */
  clerk: string;
  title: string;
  source: MaterialSource;
  category: MaterialCategory;
  /** 'pdf': a born-digital document with a text layer; 'scan': a page image in a PDF, no text; 'recording': audio. */
  kind: 'pdf' | 'scan' | 'recording';
  date: string;
  author: string | null;
  /** Document heading and body lines (pdf and scan). */
  heading?: string;
  lines?: string[];
}

/** Closed cases that get materials: one for the first clerk of each department, two for clerk1. */
const MAIN_DEMO_CLERK = 'clerk1';

/**
 * The materials `casevault demo` files into closed cases (待编目): for the first demo clerk of every
 * department (and two cases for clerk1), a closed case of a kind with a catalogue template (民事、
 * 刑事、执行) gets a realistic set —
 * the complaint or indictment, notices, summons, the hearing transcript (or, in every second case,
 * the hearing recording that replaces it), the judgment, service receipts, a 合议庭评议笔录 for the
 * 副卷, one untitled scan the clerk must place by hand, and (民事) the complaint filed twice. Pure: the files are made by
 * demo-material-files.ts.
 */
export function demoMaterialPlan(cases: readonly CaseInput[], users: readonly DemoUser[]): DemoMaterialSpec[] {
  const firstClerks = new Map<string, string>();
  for (const u of users) if (u.roles.includes('clerk') && u.department && !firstClerks.has(u.department)) firstClerks.set(u.department, u.username);
  const clerks = [...new Set([MAIN_DEMO_CLERK, ...firstClerks.values()])].filter((c) => users.some((u) => u.username === c));
  const specs: DemoMaterialSpec[] = [];
  let n = 0;
  for (const clerk of clerks) {
    const mine = cases.filter((c) => c.clerk === clerk && c.closedAt && CATALOGUING_FAMILIES.includes(familyOf(c)!)).slice(0, clerk === MAIN_DEMO_CLERK ? 2 : 1);
    for (const c of mine) specs.push(...demoMaterialsFor(c, { recorded: n++ % 2 === 1, filedTwice: true }));
  }
  return specs;
}

/** The kinds of closed case the demo can fill with materials (by catalogue template). */
export type DemoFamily = 'civil' | 'criminal' | 'enforcement' | 'enforcementReview' | 'supervision' | 'judicialAid';

/** The families of the cases left 待编目 with materials (the cataloguing demo). */
const CATALOGUING_FAMILIES: readonly DemoFamily[] = ['civil', 'criminal', 'enforcement'];

/** The family of a closed case's materials, by the template of its 类型代字; null: none the demo makes. */
export function demoFamilyOf(c: CaseInput): DemoFamily | null {
  return familyOf(c);
}

function familyOf(c: CaseInput): DemoFamily | null {
  const parsed = parseCaseNumber(c.caseNumber);
  if (!parsed.ok) return null;
  const kind = templateForTypeCode(parsed.value.typeCode)?.kind;
  if (kind === 'civil_first_instance') return 'civil';
  if (kind === 'criminal_first_instance') return 'criminal';
  if (kind === 'enforcement') return 'enforcement';
  if (kind === 'enforcement_review') return 'enforcementReview';
  if (kind === 'supervision_and_retrial') return 'supervision';
  if (kind === 'state_compensation_and_judicial_aid') return 'judicialAid';
  return null;
}

/**
 * The materials of one closed case as its clerk files them (see demoMaterialPlan). `recorded`: the
 * hearing recording replaces the transcript; `filedTwice`: (民事) the complaint is filed twice.
 * @throws Error when the case is of no family the demo knows (demoFamilyOf is null).
 */
export function demoMaterialsFor(c: CaseInput, options: { recorded: boolean; filedTwice: boolean }): DemoMaterialSpec[] {
  const family = familyOf(c);
  const clerk = c.clerk;
  if (!family || !c.closedAt || !clerk) throw new Error(`演示材料：${c.caseNumber} 不是有书记员、可编目的已结案案件`);
  const recorded = options.recorded;
  const filed = c.filedAt;
  const closed = c.closedAt!;
  const hearing = midpoint(filed, closed);
  // Criminal cases list the 公诉机关 first: the defendant (被告人) is who the documents are about.
  const parties = c.parties ?? [];
  const defendant = parties.find((p) => p.role?.startsWith('被告'))?.name;
  const [first, second] =
    family === 'criminal' ? [defendant ?? parties[1]?.name ?? '张某', parties[0]?.name ?? '上海市青浦区人民检察院'] : [parties[0]?.name ?? '张某', parties[1]?.name ?? '李某'];
  const base = { caseNumber: c.caseNumber, clerk };
  const doc = (title: string, category: MaterialCategory, date: string, author: string | null, heading: string, lines: string[]): DemoMaterialSpec => ({
    ...base,
    title,
    source: 'born_digital',
    category,
    kind: 'pdf',
    date,
    author,
    heading,
    lines,
  });
  const court = '上海市青浦区人民法院';
  const receipt = (whom: string, what: string, date: string) =>
    doc(`送达回证（${what}·${whom}）`, 'service_receipt', date, court, '送达回证', [`案号：${c.caseNumber}`, `送达文书：${what}`, `受送达人：${whom}`, `送达方式：电子送达`, `送达日期：${date}`, '送达人：本院']);
  const scan: DemoMaterialSpec = {
    ...base,
    title: '扫描件0001',
    source: 'scanned',
    category: 'other',
    kind: 'scan',
    date: filed,
    author: null,
    heading: family === 'criminal' ? '委托辩护协议' : '授权委托书',
    lines: [`委托人：${first}`, '受托人：上海某律师事务所 王律师', `代理事项：${c.caseNumber}一案`, '代理权限：一般代理', `委托日期：${filed}`],
  };
  const transcriptOrRecording: DemoMaterialSpec = recorded
    ? { ...base, title: `庭审录音录像（${hearing}）`, source: 'recording', category: 'hearing_recording', kind: 'recording', date: hearing, author: court }
    : doc('庭审笔录', 'hearing_record', hearing, court, '庭审笔录', [
        `时间：${hearing} 9时30分`,
        '地点：本院第三法庭',
        `案号：${c.caseNumber}`,
        '审：现在开庭。核对当事人身份……',
        `原：${first}，到庭。`,
        `被：${second}，到庭。`,
        '审：法庭调查开始……',
        '（以下略）',
      ]);
  const deliberation = doc('合议庭评议笔录', 'court_document', closed, court, '合议庭评议笔录', [
    `案号：${c.caseNumber}`,
    `时间：${closed}`,
    '评议意见：合议庭一致认为，事实清楚，证据充分。',
    '评议结论：按多数意见作出裁判。',
  ]);

  if (family === 'civil') {
    const complaint = [`原告：${first}`, `被告：${second}`, `案由：${c.causeOfAction}`, '诉讼请求：', '1. 判令被告履行义务；', '2. 本案诉讼费用由被告负担。', '事实与理由：……', `具状人：${first}`, filed];
    return [
      doc('民事起诉状', 'efiling', filed, first, '民事起诉状', complaint),
      // Filed online and again at the counter: a look-alike the editor suggests merging (合并重复).
      ...(options.filedTwice ? [doc('民事起诉状', 'party_submission', filed, first, '民事起诉状', [...complaint, '（当事人于立案窗口再次提交）'])] : []),
      doc('受理案件通知书', 'court_document', filed, court, '受理案件通知书', [`${first}：`, `你（单位）诉${second}${c.causeOfAction}一案，本院已决定立案受理。`, `案号：${c.caseNumber}`, filed]),
      doc('传票', 'court_document', filed, court, '传票', [`案号：${c.caseNumber}`, `被传唤人：${second}`, '传唤事由：开庭审理', `应到时间：${hearing} 9时30分`, '应到处所：本院第三法庭']),
      transcriptOrRecording,
      doc('民事判决书', 'court_document', closed, court, '民事判决书', [c.caseNumber, `原告：${first}。`, `被告：${second}。`, `原告${first}与被告${second}${c.causeOfAction}一案，本院立案后，依法适用普通程序，公开开庭进行了审理。`, '本院认为，……', '判决如下：', '一、……', '如不服本判决，可以在判决书送达之日起十五日内上诉。', closed]),
      receipt(first, '判决书', addDays(closed, 3)),
      receipt(second, '判决书', addDays(closed, 4)),
      deliberation,
      scan,
    ];
  }
  if (family === 'criminal') {
    return [
      doc('起诉书', 'court_document', filed, '上海市青浦区人民检察院', '上海市青浦区人民检察院\n起诉书', [`被告人${first}，……`, '本案由公安机关侦查终结，以被告人涉嫌犯罪移送本院审查起诉。', '本院认为，……应当以……罪追究其刑事责任。', filed]),
      receipt(first, '起诉书副本', addDays(filed, 2)),
      doc('传票', 'court_document', filed, court, '传票', [`案号：${c.caseNumber}`, `被传唤人：${first}`, '传唤事由：开庭审理', `应到时间：${hearing} 9时30分`]),
      transcriptOrRecording,
      doc('刑事判决书', 'court_document', closed, court, '刑事判决书', [c.caseNumber, '公诉机关上海市青浦区人民检察院。', `被告人${first}，……`, '本院认为，……', '判决如下：', '被告人……', closed]),
      doc('宣判笔录', 'hearing_record', closed, court, '宣判笔录', [`时间：${closed}`, `案号：${c.caseNumber}`, '审判长宣读判决书……']),
      receipt(first, '判决书', addDays(closed, 1)),
      deliberation,
      scan,
    ];
  }
  if (family === 'enforcementReview') {
    return [
      doc('执行异议申请书', 'efiling', filed, first, '执行异议申请书', [`异议人：${first}`, `被申请人：${second}`, '异议请求：撤销对异议人名下财产的查封裁定。', '事实与理由：……', `异议人：${first}`, filed]),
      doc('执行裁定书（被异议的查封裁定）', 'evidence', filed, court, '执行裁定书', [`被执行人：${second}`, '查封被执行人名下财产……', '本裁定立即执行。']),
      doc('受理案件通知书', 'court_document', filed, court, '受理案件通知书', [`${first}：`, '你（单位）提出的执行异议，本院已立案审查。', `案号：${c.caseNumber}`, filed]),
      doc('听证笔录', 'hearing_record', hearing, court, '听证笔录', [`时间：${hearing} 14时`, '地点：本院听证室', `案号：${c.caseNumber}`, `异议人：${first}，到场。`, `申请执行人：${second}，到场。`, '（以下略）']),
      doc('执行异议裁定书', 'court_document', closed, court, '执行裁定书', [c.caseNumber, `异议人：${first}。`, '本院认为，……', '裁定如下：', '驳回异议人的异议请求。', '如不服本裁定，可以自本裁定送达之日起十日内向上一级人民法院申请复议。', closed]),
      receipt(first, '执行异议裁定书', addDays(closed, 2)),
      deliberation,
      scan,
    ];
  }
  if (family === 'supervision') {
    const criminal = c.caseNumber.includes('刑');
    const petition = criminal ? '刑事申诉书' : '民事再审申请书';
    const conclusion = c.caseNumber.includes('刑申') ? '驳回申诉通知书' : criminal ? '刑事裁定书' : '民事裁定书';
    return [
      doc(petition, 'party_submission', filed, first, petition, [`申诉人（再审申请人）：${first}`, `对方当事人：${second}`, '请求：撤销原审裁判，依法再审。', '事实与理由：……', `申请人：${first}`, filed]),
      doc('原审裁判文书', 'evidence', filed, court, criminal ? '刑事判决书（原审）' : '民事判决书（原审）', ['原审案件的生效裁判文书。', '判决如下：……', '本判决已发生法律效力。']),
      doc('受理案件通知书', 'court_document', filed, court, '受理案件通知书', [`${first}：`, '你提出的申请，本院已立案审查。', `案号：${c.caseNumber}`, filed]),
      doc('询问笔录', 'hearing_record', hearing, court, '询问笔录', [`时间：${hearing}`, `案号：${c.caseNumber}`, `被询问人：${first}`, '问：你申请的理由是什么？', '答：……']),
      doc(conclusion, 'court_document', closed, court, conclusion, [c.caseNumber, `${first}：`, '经审查，本院认为，原审裁判认定事实清楚，适用法律正确。', conclusion === '驳回申诉通知书' ? '你的申诉不符合重新审判的条件，予以驳回。' : '裁定如下：驳回申请。', closed]),
      receipt(first, conclusion, addDays(closed, 3)),
      deliberation,
      scan,
    ];
  }
  if (family === 'judicialAid') {
    return [
      doc('司法救助申请书', 'party_submission', filed, first, '司法救助申请书', [`申请人：${first}`, '申请事项：给予司法救助。', '事实与理由：申请人因案件无法执行到位，生活陷入困难……', `申请人：${first}`, filed]),
      doc('家庭经济困难证明', 'evidence', filed, '青浦区某街道办事处', '家庭经济困难证明', [`兹证明${first}家庭生活困难，……`, '特此证明。', filed]),
      doc('询问笔录', 'hearing_record', hearing, court, '询问笔录', [`时间：${hearing}`, `案号：${c.caseNumber}`, `被询问人：${first}`, '问：你的家庭收入情况？', '答：……']),
      doc('司法救助决定书', 'court_document', closed, court, '司法救助决定书', [c.caseNumber, `申请人：${first}。`, '经审查，申请人符合司法救助条件。', '决定如下：给予申请人司法救助金……元。', closed]),
      doc('救助金支付凭证', 'court_document', addDays(closed, 5), court, '司法救助金支付凭证', [`收款人：${first}`, `案号：${c.caseNumber}`, '支付方式：银行转账']),
      receipt(first, '司法救助决定书', addDays(closed, 2)),
      scan,
    ];
  }
  return [
    doc('申请执行书', 'efiling', filed, first, '申请执行书', [`申请执行人：${first}`, `被执行人：${second}`, '执行请求：依法强制执行生效法律文书确定的义务。', `申请人：${first}`, filed]),
    doc('执行依据（民事判决书）', 'evidence', filed, court, '民事判决书', [`原告：${first}。被告：${second}。`, '判决如下：……', '本判决已发生法律效力。']),
    doc('执行通知书', 'court_document', filed, court, '执行通知书', [`${second}：`, `${first}申请执行一案，本院已立案执行。`, '责令你履行生效法律文书确定的义务。', `案号：${c.caseNumber}`]),
    doc('网络查控回执', 'court_document', hearing, court, '财产查询结果（网络查控）', [`被执行人：${second}`, '查询银行存款、不动产、车辆……', '查询结果：……']),
    doc('终结本次执行程序裁定书', 'court_document', closed, court, '执行裁定书', [c.caseNumber, `申请执行人：${first}。被执行人：${second}。`, '经穷尽财产调查措施，未发现被执行人有可供执行的财产。', '裁定如下：', '终结本次执行程序。', closed]),
    receipt(second, '终结本次执行程序裁定书', addDays(closed, 2)),
    scan,
  ];
}

function midpoint(from: string, to: string): string {
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  return new Date(a + Math.floor((b - a) / 2 / 86_400_000) * 86_400_000).toISOString().slice(0, 10);
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
