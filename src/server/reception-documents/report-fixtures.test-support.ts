import type { CheckResultName, ConfirmationOut, FourPropertyReportOut, ReportItemOut } from '../../common/reception-api.js';
import { checkItems } from '../domain/four-property/index.js';

/** Reports as the reception API returns them, built on the engine's real 移交接收 items. */

function summaryOf(items: readonly ReportItemOut[]): FourPropertyReportOut['summary'] {
  const count = (r: CheckResultName) => items.filter((i) => i.result === r).length;
  return { pass: count('pass'), fail: count('fail'), not_applicable: count('not_applicable'), not_checked: count('not_checked') };
}

function reportOf(items: ReportItemOut[], over: Partial<FourPropertyReportOut> = {}): FourPropertyReportOut {
  return {
    id: 'rpt-2024-000123',
    caseId: 'case-1',
    caseNumber: '（2024）沪0118民初1234号',
    stage: 'YJ',
    items,
    summary: summaryOf(items),
    passed: items.every((i) => !i.mandatory || i.result === 'pass' || i.result === 'not_applicable'),
    // 02:05 UTC is 10:05 in Beijing.
    generatedAt: '2024-05-01T02:05:00Z',
    checkedBy: '王档案员',
    durationMs: 3200,
    files: 312,
    bytes: 1_234_567_890,
    ...over,
  };
}

const base = (stageItem: ReturnType<typeof checkItems>[number]): ReportItemOut => ({
  code: stageItem.code,
  property: stageItem.property,
  stage: stageItem.stage,
  clause: stageItem.clause,
  title: stageItem.title,
  result: 'pass',
  evidence: ['检测通过'],
  mandatory: stageItem.mandatory,
  mode: stageItem.mode,
});

/** Every 移交接收 item passes (the carrier item is not applicable: an online transfer). */
export function passingReport(): FourPropertyReportOut {
  const items = checkItems('YJ').map((i): ReportItemOut => {
    const item = base(i);
    if (i.code === 'YJ-4-3') return { ...item, result: 'not_applicable', evidence: ['在线移交，无移交载体'] };
    if (i.code === 'YJ-1-1') return { ...item, evidence: ['312 个文件的 SHA-256 与 SM3 摘要均与审核时固化的清单一致', '审核签名（SM2）有效，证书链至本院 CA'] };
    return item;
  });
  return reportOf(items);
}

/** The file paths of `n` materials that fail a check. */
export const failingPaths = (n: number) =>
  Array.from({ length: n }, (_, k) => `main-${1 + Math.floor(k / 100)}/${String(k + 1).padStart(3, '0')}-证据材料第${k + 1}号.pdf：SHA-256 摘要不符（登记 3f2a…${String(k).padStart(4, '0')}，实测 9bc1…${String(k * 7).padStart(4, '0')}）`);

/** Every result kind, and 300 files failing YJ-1-1. */
export function failingReport(failing = 300): FourPropertyReportOut {
  const items = checkItems('YJ').map((i): ReportItemOut => {
    const item = base(i);
    switch (i.code) {
      case 'YJ-1-1':
        return { ...item, result: 'fail', evidence: failingPaths(failing), advice: '核对移交信息包与审核时固化的文件，查明摘要不符的原因；由承办部门重新提交审核后再行移交，不得直接替换文件' };
      case 'YJ-2-7':
        return {
          ...item,
          result: 'fail',
          evidence: ['第 3 件《庭审笔录》登记 5 页，文件实为 4 页', '正卷第 2 册第 12 件《民事判决书（上海市青浦区人民法院关于原告张三诉被告上海某某贸易有限公司买卖合同纠纷一案）》缺少内容文件'],
          advice: '补齐缺少的内容文件并更正卷内目录的页数后重新检测',
        };
      case 'YJ-4-2':
        return { ...item, result: 'not_checked', evidence: ['病毒扫描服务（clamd）未响应：connect ECONNREFUSED 127.0.0.1:3310'], advice: '启动 clamd 并更新病毒库后重新检测' };
      case 'YJ-3-5':
        return { ...item, result: 'not_checked', evidence: ['尚无人确认'], advice: '由档案员确认接收端软硬件环境' };
      case 'YJ-4-3':
        return { ...item, result: 'not_applicable', evidence: ['在线移交，无移交载体'] };
      default:
        return item;
    }
  });
  return reportOf(items, { checkedBy: null, durationMs: 125_000 });
}

export const confirmations: ConfirmationOut[] = [
  { code: 'YJ-4-7', result: 'pass', note: '经法院专网传输，传输日志完整，全程留痕', confirmedBy: '王档案员', confirmedAt: '2024-05-01T01:40:00Z' },
  { code: 'YJ-4-3', result: 'not_applicable', note: '在线移交', confirmedBy: '王档案员', confirmedAt: '2024-05-01T01:41:00Z' },
  { code: 'YJ-3-5', result: 'fail', note: '接收端 OFD 阅读器版本过旧，无法打开 2 件材料', confirmedBy: '李复核员', confirmedAt: '2024-05-01T01:50:00Z' },
];

export const court = { name: '上海市青浦区人民法院', code: '沪0118' };
