import { Button, Tag, Timeline, Typography } from 'antd';
import type { ArchiveVersionOut } from '../../api/archives.hooks';
import { formatBytes, formatTime } from '../../lib/format';
import { versionKindColors, versionKindLabels } from './archive-tags';

/**
 * The versions of the archive, v1 first: what each was (接收, 补充归档, 调整保管期限), why, by whom,
 * and what it holds. Every version stays readable; choosing one lists its files.
 */
export function ArchiveVersions({ versions, selected, onSelect }: { versions: ArchiveVersionOut[]; selected: string | null; onSelect: (version: string) => void }) {
  return (
    <Timeline
      data-testid="archive-versions"
      items={versions.map((v) => ({
        key: v.version,
        color: versionKindColors[v.kind],
        content: (
          <div data-testid="archive-version" data-version={v.version}>
            <div>
              <Typography.Text strong className="mono">
                {v.version}
              </Typography.Text>{' '}
              <Tag color={versionKindColors[v.kind] === 'gray' ? 'default' : versionKindColors[v.kind]}>{versionKindLabels[v.kind]}</Tag>
              <Button
                size="small"
                type={selected === v.version ? 'primary' : 'link'}
                ghost={selected === v.version}
                onClick={() => onSelect(v.version)}
                data-testid="archive-version-select"
              >
                {selected === v.version ? '正在查看' : '查看文件'}
              </Button>
            </div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {v.createdBy ?? '—'} · {formatTime(v.createdAt)} · {v.files} 个文件，{formatBytes(v.bytes)}
            </Typography.Text>
            {v.reason && <Typography.Paragraph style={{ margin: '2px 0 0', whiteSpace: 'pre-wrap' }}>理由：{v.reason}</Typography.Paragraph>}
          </div>
        ),
      }))}
    />
  );
}
