import { describe, expect, it } from 'vitest';
import { demoCases } from '../../demo/demo-cases.js';
import { recognizeFinancialInstitution } from './financial-institution.js';

const keyword = (name: string) => recognizeFinancialInstitution(name).keyword;

describe('recognizeFinancialInstitution', () => {
  it('recognises banks and their branches, card centres and rural banks', () => {
    const names: Array<[string, string]> = [
      ['中国工商银行股份有限公司上海市青浦支行', '银行'],
      ['中国农业银行股份有限公司上海青浦支行', '银行'],
      ['中国建设银行股份有限公司上海青浦赵巷支行', '银行'],
      ['中国银行股份有限公司上海市分行', '银行'],
      ['中国银行', '银行'],
      ['上海银行股份有限公司', '银行'],
      ['上海银行', '银行'],
      ['交通银行股份有限公司太平洋信用卡中心', '银行'],
      ['招商银行股份有限公司信用卡中心', '银行'],
      ['上海浦东发展银行股份有限公司信用卡中心', '银行'],
      ['中国工商银行上海市淮海中路支行', '银行'],
      ['中国建设银行上海市分行营业部', '银行'],
      ['汇丰银行（中国）有限公司上海分行', '银行'],
      ['上海农村商业银行股份有限公司青浦支行', '农村商业银行'],
      ['上海农商行青浦支行', '农商行'],
      ['上海青浦刺桐红村镇银行股份有限公司', '村镇银行'],
      ['上海市青浦区练塘农村信用合作社', '信用合作社'],
      ['上海市青浦区朱家角信用社', '信用社'],
    ];
    for (const [name, k] of names) expect(keyword(name), name).toBe(k);
  });

  it('recognises insurers, trusts, securities, futures and fund firms', () => {
    const names: Array<[string, string]> = [
      ['中国人民财产保险股份有限公司上海市青浦支公司', '保险'],
      ['中国平安财产保险股份有限公司上海分公司', '保险'],
      ['中国人寿保险股份有限公司上海市分公司', '保险'],
      ['中国人寿保险（集团）公司', '保险'],
      ['安邦保险集团股份有限公司', '保险'],
      ['中国太平洋财产保险股份有限公司上海分公司', '保险'],
      ['明亚保险经纪股份有限公司', '保险'],
      ['上海国际信托有限公司', '信托'],
      ['中国对外经济贸易信托投资有限公司', '信托'],
      ['国泰君安证券股份有限公司', '证券'],
      ['海通证券股份有限公司上海青浦公园东路证券营业部', '证券'],
      ['上海东证期货有限公司', '期货'],
      ['汇添富基金管理股份有限公司', '基金管理'],
    ];
    for (const [name, k] of names) expect(keyword(name), name).toBe(k);
  });

  it('recognises non-bank lenders: small loans, consumer and auto finance, leasing, finance companies, AMCs', () => {
    const names: Array<[string, string]> = [
      ['上海市青浦区大众小额贷款股份有限公司', '小额贷款'],
      ['上海青禾小额贷款股份有限公司', '小额贷款'],
      ['中银消费金融有限公司', '消费金融'],
      ['马上消费金融股份有限公司', '消费金融'],
      ['上汽通用汽车金融有限责任公司', '汽车金融'],
      ['交银金融租赁有限责任公司', '金融租赁'],
      ['平安国际融资租赁有限公司', '融资租赁'],
      ['上海汽车集团财务有限责任公司', '财务公司'],
      ['中国石化财务有限责任公司上海分公司', '财务公司'],
      ['中国华融资产管理股份有限公司上海市分公司', '资产管理'],
      ['中国东方资产管理股份有限公司', '资产管理'],
      ['中国中信金融资产管理股份有限公司', '金融资产管理'],
      ['工银金融资产投资有限公司', '金融资产管理'],
      ['上海东方典当有限公司', '典当'],
      ['上海青浦典当行', '典当'],
      ['上海市中小微企业融资担保有限公司', '融资担保'],
      ['上海浦银商业保理有限公司', '商业保理'],
    ];
    for (const [name, k] of names) expect(keyword(name), name).toBe(k);
  });

  it('does not take streets, safes, food banks, brokers or consultancies for financial institutions', () => {
    const names = [
      '上海银行路餐饮有限公司',
      '上海银行大厦物业管理有限公司',
      '上海市青浦区食物银行',
      '上海时间银行志愿服务中心',
      '上海银行家俱乐部有限公司',
      '上海保险柜制造有限公司',
      '上海金盾保险箱有限公司',
      '上海市青浦区社会保险事业管理中心',
      '上海市社会保险事业管理中心青浦分中心',
      '上海小额贷款咨询服务有限公司',
      '上海众鑫金融信息服务有限公司',
      '上海汽车金融服务外包有限公司',
      '上海东方资产管理有限公司',
      '上海鸿晟投资管理有限公司',
      '上海诚信财务咨询有限公司',
      '上海立信财务管理有限公司',
      '上海典当行业协会',
      '上海证券报社',
      '上海沛霖供应链管理有限公司',
      '上海荣湃物业管理有限公司',
      '上海市青浦区人民检察院',
      '上海市青浦区朱家角镇沈砖村村民委员会',
      '张建华',
      '王银行',
      '',
      '   ',
    ];
    for (const name of names) expect(recognizeFinancialInstitution(name), name).toEqual({ match: false, keyword: null });
  });

  it('recognises every financial institution of the demo by name alone, and no demo company or person', () => {
    let institutions = 0;
    for (const c of demoCases()) {
      for (const p of c.parties ?? []) {
        const found = recognizeFinancialInstitution(p.name).match;
        if (p.kind === 'financial_institution') {
          institutions++;
          expect(found, p.name).toBe(true);
        } else if (p.name.includes('融资租赁')) {
          // The demo files leasing companies as ordinary companies; we count them (法释〔2020〕27号).
          expect(found, p.name).toBe(true);
        } else {
          expect(found, p.name).toBe(false);
        }
      }
    }
    expect(institutions).toBeGreaterThan(20);
  });
});
