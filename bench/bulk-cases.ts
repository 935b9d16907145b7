import { randomUUID } from 'node:crypto';
import type { CourtCaseRow, PartyRow } from '../src/server/db/schema.js';
import { caseSearchText, caseSearchTokens } from '../src/server/domain/search-tokens.js';

/** A small deterministic PRNG (mulberry32), so every run benchmarks the same data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const surnames = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const given = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬辉鹏飞斌宇浩凯健俊帆帅旭宁龙林欢阳建国建华志强海波春梅晓东';
const companies = ['贸易', '建设工程', '物业管理', '科技', '餐饮管理', '汽车销售', '商务咨询', '物流', '装饰工程', '房地产开发'];
const banks = ['中国农业银行股份有限公司上海青浦支行', '上海农村商业银行股份有限公司青浦支行', '招商银行股份有限公司信用卡中心', '上海某某小额贷款有限公司', '某某消费金融股份有限公司'];

export interface BulkDepartment {
  id: string;
  typeCodes: string[];
  causes: string[];
  judgeIds: string[];
  clerkIds: string[];
}

/**
 * `count` synthetic cases spread over the given departments and the years 2016–2025, in the
 * repository's bulk-insert shape. Parties and tokens are real, so search costs what it would.
 */
export function* bulkCases(count: number, courtId: string, departments: BulkDepartment[], seed = 7): Generator<{ row: CourtCaseRow; parties: PartyRow[]; tokens: string[] }> {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const sequences = new Map<string, number>();
  const person = () => pick([...surnames]) + pick([...given]) + (rnd() < 0.5 ? pick([...given]) : '');
  for (let i = 0; i < count; i++) {
    const d = departments[i % departments.length]!;
    const year = 2016 + Math.floor(rnd() * 10);
    const typeCode = pick(d.typeCodes);
    const key = `${year}${typeCode}`;
    const seq = (sequences.get(key) ?? 0) + 1;
    sequences.set(key, seq);
    const caseNumber = `（${year}）沪0118${typeCode}${seq}号`;
    const month = 1 + Math.floor(rnd() * 12);
    const day = 1 + Math.floor(rnd() * 28);
    const filedOn = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const closed = rnd() < 0.7;
    const id = randomUUID();
    const partyNames = [rnd() < 0.3 ? pick(banks) : person(), rnd() < 0.3 ? `上海${person()}${pick(companies)}有限公司` : person()];
    const parties: PartyRow[] = partyNames.map((name, k) => ({
      id: randomUUID(),
      case_id: id,
      seq: k + 1,
      role: k === 0 ? '原告' : '被告',
      name,
      kind: name.includes('银行') || name.includes('金融') || name.includes('贷款') ? 'financial_institution' : name.endsWith('公司') ? 'legal_person' : 'natural_person',
    }));
    const now = new Date().toISOString();
    yield {
      row: {
        id,
        court_id: courtId,
        external_id: null,
        case_number: caseNumber,
        case_number_key: caseNumber,
        year,
        court_code: '沪0118',
        special_code: null,
        type_code: typeCode,
        sequence: seq,
        is_legacy: 0,
        cause_of_action: pick(d.causes),
        department_id: d.id,
        team_id: null,
        judge_id: pick(d.judgeIds),
        clerk_id: pick(d.clerkIds),
        filed_on: filedOn,
        closed_on: closed ? filedOn : null,
        closing_method: closed ? '判决' : null,
        flags: '[]',
        archive_state: closed ? (rnd() < 0.5 ? 'archived' : 'cataloguing') : 'collecting',
        scope_status: rnd() < 0.6 ? 'in' : 'out',
        scope_explanation: null,
        scope_rule_id: null,
        scope_rule_set_version: null,
        scope_basis: null,
        scope_as_of: null,
        search_text: caseSearchText(caseNumber, partyNames),
        version: 1,
        created_at: now,
        updated_at: now,
      },
      parties,
      tokens: caseSearchTokens(caseNumber, partyNames),
    };
  }
}
