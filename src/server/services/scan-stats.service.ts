import type { ScanStatsResponse } from '../../common/capture-api.js';
import { rescanReasonLabels, type RescanReason } from '../../common/vocabulary.js';
import { can, type RequestContext } from '../domain/access.js';
import { AppError } from '../errors.js';
import type { ScanRepository } from '../repositories/scan.repository.js';

const qcReasonLabels: Record<string, string> = {
  LOW_DPI: '分辨率不足',
  NO_DPI: '未记录分辨率',
  COLOUR_MODE: '色彩模式不当',
  FORMAT: '存储格式不符',
  SKEWED: '页面歪斜',
  BLACK_BORDER: '黑边',
  UNREADABLE: '图像不清晰',
};

type StatsRow = ScanStatsResponse['points'][number];

/**
 * Scanning statistics for the office (办公室管理扫描质量): per scanning point and per operator,
 * pages scanned, the share that failed quality control, re-scans by reason, and re-scan
 * turnaround (from sending a page back to its re-scan arriving).
 */
export class ScanStatsService {
  constructor(private readonly scans: ScanRepository) {}

  /** @throws PERMISSION_DENIED without scan.manage */
  async stats(ctx: RequestContext, from?: string, to?: string): Promise<ScanStatsResponse> {
    if (!can(ctx.actor, 'scan.manage')) throw new AppError('PERMISSION_DENIED');
    const fromIso = from ? new Date(`${from}T00:00:00+08:00`).toISOString() : null;
    const toIso = to ? new Date(new Date(`${to}T00:00:00+08:00`).getTime() + 86_400_000).toISOString() : null;
    const rows = await this.scans.statsPages(fromIso, toIso);
    // A page sent back inside the period counts its re-scan even when that arrived after the period.
    const replacementOf = await this.scans.replacementTimes(rows.filter((r) => r.rescan_requested_at).map((r) => r.id));

    const acc = new Map<string, { row: StatsRow; point: string | null; turnarounds: number[]; reasons: Map<string, number> }>();
    const bucket = (key: string, id: string, name: string, point: string | null) => {
      let b = acc.get(key);
      if (!b) {
        b = { row: { id, name, pages: 0, failed: 0, rejectionRate: 0, rescans: 0, rescansDone: 0, turnaroundHoursMedian: null, turnaroundHoursMax: null, byReason: [] }, point, turnarounds: [], reasons: new Map() };
        acc.set(key, b);
      }
      return b;
    };
    for (const r of rows) {
      const targets = [bucket(`p:${r.scanning_point_id}`, r.scanning_point_id, r.point_name, null), bucket(`o:${r.operator_id ?? 'hot'}`, r.operator_id ?? 'hot-folder', r.operator_name ?? '热文件夹（自动）', r.point_name)];
      for (const b of targets) {
        b.row.pages++;
        if (r.verdict === 'fail') {
          b.row.failed++;
          for (const reason of r.reasons_json ? (JSON.parse(r.reasons_json) as Array<{ code: string; severity: string }>) : []) {
            if (reason.severity === 'fail') b.reasons.set(`qc:${reason.code}`, (b.reasons.get(`qc:${reason.code}`) ?? 0) + 1);
          }
        }
        if (r.rescan_requested_at) {
          b.row.rescans++;
          b.reasons.set(`rescan:${r.rescan_reason}`, (b.reasons.get(`rescan:${r.rescan_reason}`) ?? 0) + 1);
          const back = replacementOf.get(r.id);
          if (back) {
            b.row.rescansDone++;
            b.turnarounds.push((Date.parse(back) - Date.parse(r.rescan_requested_at)) / 3_600_000);
          }
        }
      }
    }
    const finish = (b: { row: StatsRow; turnarounds: number[]; reasons: Map<string, number> }): StatsRow => {
      const t = [...b.turnarounds].sort((x, y) => x - y);
      return {
        ...b.row,
        rejectionRate: b.row.pages ? b.row.failed / b.row.pages : 0,
        turnaroundHoursMedian: t.length ? round(t.length % 2 ? t[(t.length - 1) / 2]! : (t[t.length / 2 - 1]! + t[t.length / 2]!) / 2) : null,
        turnaroundHoursMax: t.length ? round(t[t.length - 1]!) : null,
        byReason: [...b.reasons.entries()]
          .map(([key, count]) => {
            const [kind, code] = key.split(':') as [string, string];
            return { code: key, label: kind === 'qc' ? `质检：${qcReasonLabels[code] ?? code}` : `退回：${rescanReasonLabels[code as RescanReason] ?? code}`, count };
          })
          .sort((a, b2) => b2.count - a.count),
      };
    };
    const all = [...acc.entries()];
    return {
      from: from ?? null,
      to: to ?? null,
      points: all.filter(([k]) => k.startsWith('p:')).map(([, b]) => finish(b)),
      operators: all.filter(([k]) => k.startsWith('o:')).map(([, b]) => ({ ...finish(b), scanningPoint: b.point })),
    };
  }
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
