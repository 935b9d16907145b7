import { Tag } from 'antd';
import { archiveStateLabels, scopeStatusLabels, type ArchiveState, type ScopeStatus } from '../../../common/vocabulary';

const archiveStateColors: Record<ArchiveState, string> = {
  collecting: 'default',
  cataloguing: 'gold',
  awaiting_review: 'processing',
  awaiting_reception: 'cyan',
  archived: 'success',
  transferred: 'purple',
  disposed: 'default',
};

const scopeColors: Record<ScopeStatus, string> = { in: 'green', out: 'default', pending: 'orange' };

export function ArchiveStateTag({ state }: { state: ArchiveState }) {
  return <Tag color={archiveStateColors[state]}>{archiveStateLabels[state] ?? state}</Tag>;
}

export function ScopeTag({ status }: { status: ScopeStatus }) {
  return <Tag color={scopeColors[status]}>{scopeStatusLabels[status] ?? status}</Tag>;
}
