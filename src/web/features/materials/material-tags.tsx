import { LoadingOutlined } from '@ant-design/icons';
import { Space, Tag, Tooltip } from 'antd';
import {
  materialCategoryLabels,
  materialSourceLabels,
  materialStatusLabels,
  ocrStatusLabels,
  type MaterialCategory,
  type MaterialSource,
  type MaterialStatus,
  type OcrStatus,
} from '../../../common/vocabulary';
import type { FileProblemOut } from '../../api/materials.hooks';

/** Distinct colours for the three sources, so a glance at the timeline tells them apart. */
const sourceColors: Record<MaterialSource, string> = { born_digital: 'geekblue', scanned: 'orange', recording: 'purple' };

export function SourceTag({ source }: { source: MaterialSource }) {
  return (
    <Tag color={sourceColors[source]} data-testid="material-source">
      {materialSourceLabels[source] ?? source}
    </Tag>
  );
}

export function CategoryText({ category }: { category: MaterialCategory }) {
  return <>{materialCategoryLabels[category] ?? category}</>;
}

const statusColors: Record<MaterialStatus, string> = { processing: 'processing', ready: 'success', failed: 'error' };

export function MaterialStatusTag({ status }: { status: MaterialStatus }) {
  return (
    <Tag color={statusColors[status]} icon={status === 'processing' ? <LoadingOutlined /> : undefined} data-testid="material-status">
      {materialStatusLabels[status] ?? status}
    </Tag>
  );
}

const ocrColors: Record<OcrStatus, string> = { done: 'green', not_run: 'default', unavailable: 'warning', failed: 'error' };

export function OcrTag({ status }: { status: OcrStatus | null }) {
  if (!status) return null;
  return (
    <Tag color={ocrColors[status]} variant="outlined" data-testid="material-ocr">
      {ocrStatusLabels[status] ?? status}
    </Tag>
  );
}

const severityColors: Record<FileProblemOut['severity'], string> = { error: 'red', warning: 'gold', info: 'default' };

/** Findings of the format checks, one tag each; the code is in the tooltip for the administrator. */
export function ProblemTags({ problems }: { problems: readonly FileProblemOut[] }) {
  if (problems.length === 0) return null;
  return (
    <Space size={[0, 4]} wrap data-testid="material-problems">
      {problems.map((p, i) => (
        <Tooltip key={`${p.code}-${i}`} title={p.code}>
          <Tag color={severityColors[p.severity]} style={{ whiteSpace: 'normal' }}>
            {p.message}
          </Tag>
        </Tooltip>
      ))}
    </Space>
  );
}
