import { Tag } from 'antd';
import type { ArchiveOut, ArchiveVersionOut } from '../../api/archives.hooks';

const sourceLabels: Record<ArchiveOut['source'], string> = { reception: '接收归档', import: 'BagIt 导入' };

/** Where the archive came from: received here, or imported from another system's bag. */
export function SourceTag({ source }: { source: ArchiveOut['source'] }) {
  return <Tag color={source === 'import' ? 'purple' : 'cyan'}>{sourceLabels[source]}</Tag>;
}

/** 保管期限, 永久 stands out. */
export function RetentionTag({ retention }: { retention: ArchiveOut['retentionPeriod'] }) {
  return <Tag color={retention.code === 'Y' ? 'gold' : 'blue'}>{retention.label}</Tag>;
}

export const versionKindLabels: Record<ArchiveVersionOut['kind'], string> = { reception: '接收', supplement: '补充归档', retention: '调整保管期限', import: '导入' };
export const versionKindColors: Record<ArchiveVersionOut['kind'], string> = { reception: 'green', supplement: 'blue', retention: 'gray', import: 'purple' };
