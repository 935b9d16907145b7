import { checkStageLabels, stageCodes, type CheckStageName, type ReportItemOut } from '../../common/reception-api.js';

/**
 * The words and numbers of the printed 四性检测 report: times in Beijing time, sizes, durations,
 * the checkpoint's name, and which items keep the report from passing. Pure.
 */

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * An ISO 8601 instant as printed in Beijing time: 2024年5月1日 10:00. China Standard Time is UTC+8
 * all year (no daylight saving since 1991), so no time-zone database is needed. A value that is not
 * a date prints as given.
 */
export function formatBeijingTime(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const d = new Date(t + 8 * 3600_000);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}`;
}

const trimZero = (v: number) => String(Number(v.toFixed(1)));

/** 1.2 MB（1,234,567 字节）; below 1 KB just 512 字节. Binary units, as file managers show them. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} 字节`;
  const units = ['KB', 'MB', 'GB', 'TB', 'PB'];
  let v = bytes / 1024;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u += 1;
  }
  return `${trimZero(v)} ${units[u]}（${bytes.toLocaleString('en-US')} 字节）`;
}

/** 850 毫秒, 3.2 秒, 2 分 5 秒, 1 小时 3 分. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.max(0, Math.round(ms))} 毫秒`;
  if (ms < 60_000) return `${trimZero(ms / 1000)} 秒`;
  const s = Math.round(ms / 1000);
  if (s < 3600) return `${Math.floor(s / 60)} 分 ${s % 60} 秒`;
  return `${Math.floor(s / 3600)} 小时 ${Math.floor((s % 3600) / 60)} 分`;
}

/** 移交接收 for YJ, 归档 for GD, 长期保存 for BC. */
export function stageLabel(stage: ReportItemOut['stage']): string {
  const name = (Object.keys(stageCodes) as CheckStageName[]).find((k) => stageCodes[k] === stage);
  return name ? checkStageLabels[name] : stage;
}

/** The first `limit` evidence lines and how many more there are (printed as "……另有 N 条"). */
export function capEvidence(evidence: readonly string[], limit: number): { shown: string[]; more: number } {
  if (evidence.length <= limit) return { shown: [...evidence], more: 0 };
  return { shown: evidence.slice(0, limit), more: evidence.length - limit };
}

/**
 * The mandatory items that keep the report from passing: failed, or not checked (DA/T 70 does not
 * let an item that could not be decided count as a pass).
 */
export function blockingItems(items: readonly ReportItemOut[]): ReportItemOut[] {
  return items.filter((i) => i.mandatory && (i.result === 'fail' || i.result === 'not_checked'));
}

/** 一 … 十, for the numbered sections. */
export function chineseOrdinal(n: number): string {
  const digits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
  if (n <= 10) return digits[n] ?? String(n);
  if (n < 20) return `十${digits[n - 10]}`;
  return String(n);
}
