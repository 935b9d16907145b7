import type { CheckMode, Confidence, Property, Stage } from './types.js';

/**
 * The DA/T 70-2018 check catalogue as data (DOMAIN.md §1.2 clause matrix, §1.3 item codes, §10.1).
 *
 * Clauses x-y per stage are H: 归档 16, 移交接收 16, 长期保存 17. Item codes follow the standard's item
 * numbering where vendors confirm it (GD-1-1, 1-10, 1-11, 1-14, 2-1…2-11, 3-1, 3-3, 3-8, 4-1, 4-2, 4-7)
 * and reuse the same number in every stage (YJ-1-6 and YJ-1-8 seen in vendor data, §1.3). Numbers for
 * items the corpora do not name are our guesses, marked confidence 'L' — check them against the
 * purchased standard before a report is sent outside the court.
 */
export interface CheckItem {
  /** STAGE-x-y, e.g. 'YJ-1-1'. */
  code: string;
  stage: Stage;
  property: Property;
  /** Item number x-y (the code without its stage); the same number runs the same rule in every stage. */
  item: string;
  /** DA/T 70 clause x-y the item checks. */
  clause: string;
  clauseTitle: string;
  title: string;
  mode: CheckMode;
  /** Must be pass (or not_applicable) for the package to be accepted. */
  mandatory: boolean;
  /** What the item looks at (DOMAIN.md §10.1). */
  target: 'package' | 'catalogue' | 'carrier' | 'environment';
  codeConfidence: Confidence;
}

/** Clause titles per stage (DA/T 70-2018, DOMAIN.md §1.2). */
export const clauseTitles: Readonly<Record<Stage, Readonly<Record<string, string>>>> = {
  GD: {
    '1-1': '电子文件来源真实性', '1-2': '电子文件元数据准确性', '1-3': '电子文件内容真实性', '1-4': '元数据与内容关联一致性',
    '1-5': '归档信息包真实性', '2-1': '电子文件数据总量', '2-2': '电子文件元数据完整性', '2-3': '电子文件内容完整性',
    '2-4': '归档信息包完整性', '3-1': '电子文件元数据可用性', '3-2': '电子文件内容可用性', '3-3': '电子文件软硬件环境',
    '3-4': '归档信息包可用性', '4-1': '归档信息包病毒', '4-2': '归档载体安全性', '4-3': '归档过程安全性',
  },
  YJ: {
    '1-1': '电子档案来源真实性', '1-2': '电子档案元数据准确性', '1-3': '电子档案内容真实性', '1-4': '元数据与内容关联一致性',
    '1-5': '移交信息包真实性', '2-1': '电子档案数据总量', '2-2': '电子档案元数据完整性', '2-3': '电子档案内容完整性',
    '2-4': '移交信息包完整性', '3-1': '电子档案元数据可用性', '3-2': '电子档案内容可用性', '3-3': '电子档案软硬件环境',
    '3-4': '移交信息包可用性', '4-1': '移交信息包病毒', '4-2': '移交载体安全性', '4-3': '移交过程安全性',
  },
  BC: {
    '1-1': '电子档案固化信息', '1-2': '电子档案元数据准确性', '1-3': '电子档案内容真实性', '1-4': '元数据与内容关联一致性',
    '1-5': '保存信息包真实性', '2-1': '电子档案数据总量', '2-2': '电子档案元数据完整性', '2-3': '电子档案内容完整性',
    '2-4': '保存信息包完整性', '3-1': '电子档案元数据可用性', '3-2': '电子档案内容可用性', '3-3': '电子档案软硬件环境',
    '3-4': '备份数据可恢复性', '4-1': '保存信息包病毒', '4-2': '保存载体安全性', '4-3': '软件系统安全性',
    '4-4': '载体保管环境安全性',
  },
};

const packageWord: Readonly<Record<Stage, string>> = { GD: '归档', YJ: '移交', BC: '保存' };

interface Row {
  item: string;
  property: Property;
  /** The clause, or a clause per stage where the standard moves the check. */
  clause: string | Partial<Record<Stage, string>>;
  /** `{pkg}` becomes 归档/移交/保存. */
  title: string;
  mode: CheckMode;
  mandatory: boolean | Partial<Record<Stage, boolean>>;
  target: CheckItem['target'];
  stages: readonly Stage[];
  confidence: Confidence;
}

const ALL: readonly Stage[] = ['GD', 'YJ', 'BC'];

const rows: readonly Row[] = [
  // 真实性
  { item: '1-1', property: 'authenticity', clause: '1-1', title: '固化信息有效性检测', mode: 'automatic', mandatory: true, target: 'package', stages: ALL, confidence: 'H' },
  { item: '1-3', property: 'authenticity', clause: '1-2', title: '元数据项数据类型、格式检测', mode: 'automatic', mandatory: true, target: 'catalogue', stages: ALL, confidence: 'M' },
  { item: '1-5', property: 'authenticity', clause: '1-2', title: '元数据项数据值合理性检测', mode: 'automatic', mandatory: true, target: 'catalogue', stages: ALL, confidence: 'M' },
  { item: '1-6', property: 'authenticity', clause: '1-2', title: '元数据项数据包含特殊字符检测', mode: 'automatic', mandatory: true, target: 'catalogue', stages: ALL, confidence: 'M' },
  { item: '1-10', property: 'authenticity', clause: '1-3', title: '内容数据的电子属性一致性检测', mode: 'automatic', mandatory: true, target: 'package', stages: ALL, confidence: 'H' },
  { item: '1-11', property: 'authenticity', clause: '1-4', title: '元数据是否关联内容数据检测', mode: 'automatic', mandatory: true, target: 'package', stages: ALL, confidence: 'H' },
  { item: '1-13', property: 'authenticity', clause: '1-5', title: '{pkg}信息包目录结构规范性检测', mode: 'automatic', mandatory: true, target: 'package', stages: ALL, confidence: 'L' },
  { item: '1-14', property: 'authenticity', clause: '1-5', title: '{pkg}信息包一致性检测', mode: 'automatic', mandatory: true, target: 'package', stages: ALL, confidence: 'H' },
  // 完整性
  { item: '2-1', property: 'integrity', clause: '2-1', title: '总件数相符性检测', mode: 'automatic', mandatory: true, target: 'package', stages: ALL, confidence: 'H' },
  { item: '2-2', property: 'integrity', clause: '2-1', title: '总字节数相符性检测', mode: 'automatic', mandatory: true, target: 'package', stages: ALL, confidence: 'H' },
  { item: '2-4', property: 'integrity', clause: '2-2', title: '元数据必填著录项目检测', mode: 'automatic', mandatory: true, target: 'catalogue', stages: ALL, confidence: 'H' },
  // BC 2-2 has no "process record" requirement (DOMAIN.md §1.2).
  { item: '2-5', property: 'integrity', clause: '2-2', title: '过程信息完整性检测', mode: 'automatic', mandatory: true, target: 'catalogue', stages: ['GD', 'YJ'], confidence: 'H' },
  { item: '2-6', property: 'integrity', clause: '2-2', title: '连续性元数据项检测', mode: 'automatic', mandatory: true, target: 'catalogue', stages: ALL, confidence: 'H' },
  { item: '2-7', property: 'integrity', clause: '2-3', title: '内容数据完整性检测', mode: 'automatic', mandatory: true, target: 'package', stages: ALL, confidence: 'H' },
  // 归档范围 belongs to GD 2-4 only; YJ 2-4 checks content against the recorded count alone (§1.2).
  { item: '2-9', property: 'integrity', clause: '2-4', title: '归档范围检测', mode: 'automatic', mandatory: true, target: 'catalogue', stages: ['GD'], confidence: 'H' },
  { item: '2-11', property: 'integrity', clause: '2-4', title: '{pkg}信息包内容数据完整性检测', mode: 'automatic', mandatory: true, target: 'package', stages: ALL, confidence: 'H' },
  // 可用性
  { item: '3-1', property: 'usability', clause: '3-1', title: '信息包中元数据的可读性检测', mode: 'automatic', mandatory: true, target: 'package', stages: ALL, confidence: 'H' },
  { item: '3-3', property: 'usability', clause: '3-2', title: '内容数据格式检测', mode: 'automatic', mandatory: true, target: 'package', stages: ALL, confidence: 'H' },
  { item: '3-4', property: 'usability', clause: '3-2', title: '内容数据可读性检测', mode: 'automatic', mandatory: true, target: 'package', stages: ALL, confidence: 'L' },
  { item: '3-5', property: 'usability', clause: '3-3', title: '软硬件环境合规性检测', mode: 'manual', mandatory: false, target: 'environment', stages: ALL, confidence: 'L' },
  // BC 3-4 is backup restorability, so at BC the encryption/compression check sits under 3-2
  // ("still suitable for long-term preservation").
  { item: '3-8', property: 'usability', clause: { GD: '3-4', YJ: '3-4', BC: '3-2' }, title: '信息包中包含的内容数据格式合规性检测', mode: 'automatic', mandatory: true, target: 'package', stages: ALL, confidence: 'H' },
  { item: '3-9', property: 'usability', clause: '3-4', title: '备份数据可恢复性检测', mode: 'automatic', mandatory: true, target: 'environment', stages: ['BC'], confidence: 'L' },
  // 安全性
  { item: '4-1', property: 'security', clause: '4-1', title: '系统环境中是否安装杀毒软件检测', mode: 'automatic', mandatory: true, target: 'environment', stages: ALL, confidence: 'H' },
  { item: '4-2', property: 'security', clause: '4-1', title: '病毒感染检测', mode: 'automatic', mandatory: true, target: 'package', stages: ALL, confidence: 'H' },
  // One item for the carrier clause; the standard probably splits it into 4-3…4-6 (多余文件, 读取, 外观,
  // DA/T 38 光盘合格性 at GD). Not applicable when there is no carrier (online transfer).
  { item: '4-3', property: 'security', clause: '4-2', title: '{pkg}载体安全性检测', mode: 'manual', mandatory: true, target: 'carrier', stages: ALL, confidence: 'L' },
  // The reception desk vouches for a controlled transfer; at filing the system itself is the process.
  { item: '4-7', property: 'security', clause: '4-3', title: '{pkg}过程安全性检测', mode: 'manual', mandatory: { GD: false, YJ: true }, target: 'environment', stages: ['GD', 'YJ'], confidence: 'H' },
  { item: '4-8', property: 'security', clause: '4-3', title: '软件系统安全性检测', mode: 'manual', mandatory: false, target: 'environment', stages: ['BC'], confidence: 'L' },
  { item: '4-9', property: 'security', clause: '4-4', title: '载体保管环境安全性检测', mode: 'manual', mandatory: false, target: 'environment', stages: ['BC'], confidence: 'L' },
];

function pick<T>(value: T | Partial<Record<Stage, T>>, stage: Stage, isPerStage: (v: unknown) => boolean): T {
  return isPerStage(value) ? ((value as Partial<Record<Stage, T>>)[stage] as T) : (value as T);
}

/** The items of one stage, in catalogue order (property, then item number). */
export function checkItems(stage: Stage): CheckItem[] {
  return rows
    .filter((r) => r.stages.includes(stage))
    .map((r) => {
      const clause = pick(r.clause, stage, (v) => typeof v === 'object');
      const mandatory = pick(r.mandatory, stage, (v) => typeof v === 'object');
      return {
        code: `${stage}-${r.item}`,
        stage,
        property: r.property,
        item: r.item,
        clause,
        clauseTitle: clauseTitles[stage][clause] ?? '',
        title: r.title.replace('{pkg}', packageWord[stage]),
        mode: r.mode,
        mandatory,
        target: r.target,
        codeConfidence: r.confidence,
      };
    });
}

/** Orders item numbers '1-2' < '1-10' (numerically per part). */
export function compareItemNumbers(a: string, b: string): number {
  const [ax = 0, ay = 0] = a.split('-').map(Number);
  const [bx = 0, by = 0] = b.split('-').map(Number);
  return ax - bx || ay - by;
}
