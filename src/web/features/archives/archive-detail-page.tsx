import { EditOutlined, FileAddOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Card, Flex, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useArchive } from '../../api/archives.hooks';
import { QueryError } from '../../components/page-state';
import { ArchiveFiles } from './archive-files';
import { ArchiveInfo } from './archive-info';
import { RetentionTag } from './archive-tags';
import { ArchiveVersions } from './archive-versions';
import { ExportButtons } from './export-buttons';
import { RetentionModal } from './retention-modal';
import { SupplementModal } from './supplement-modal';

/**
 * 档案详情: the archive's description, its versions (接收, 补充归档 …; none overwritten) and the files
 * of the version chosen; export as EEP or BagIt, 补充归档, 调整保管期限.
 */
export default function ArchiveDetailPage() {
  // react-router gives the 档号 decoded (`·` and all).
  const { archivalCode = '' } = useParams();
  const archive = useArchive(archivalCode);
  const [version, setVersion] = useState<string | null>(null);
  const [dialog, setDialog] = useState<'retention' | 'supplement' | null>(null);
  const a = archive.data;
  const shown = version ?? a?.headVersion ?? null;

  return (
    <Flex vertical gap={12}>
      <Breadcrumb items={[{ title: <Link to="/archives">档案</Link> }, { title: archivalCode }]} />
      {archive.isError && <QueryError error={archive.error} onRetry={() => void archive.refetch()} />}
      {archive.isPending && (
        <Card>
          <Skeleton active />
        </Card>
      )}
      {a && (
        <>
          <Card size="small" data-testid="archive-header">
            <Flex justify="space-between" align="center" wrap gap={8}>
              <Space size={12} align="center" wrap>
                <Typography.Title level={4} style={{ margin: 0 }} className="mono" data-testid="archive-code">
                  {a.archivalCode}
                </Typography.Title>
                <Typography.Text>{a.caseNumber}</Typography.Text>
                <RetentionTag retention={a.retentionPeriod} />
              </Space>
              <Space wrap>
                <ExportButtons archivalCode={a.archivalCode} />
                <Button icon={<EditOutlined />} onClick={() => setDialog('retention')} data-testid="archive-retention-change">
                  调整保管期限
                </Button>
                <Button type="primary" icon={<FileAddOutlined />} onClick={() => setDialog('supplement')} data-testid="archive-supplement">
                  补充归档
                </Button>
              </Space>
            </Flex>
          </Card>
          <Card size="small" title="档案信息">
            <ArchiveInfo a={a} />
          </Card>
          <div style={{ display: 'grid', gridTemplateColumns: 'minmax(280px, 4fr) minmax(0, 8fr)', gap: 12, alignItems: 'start' }}>
            <Card size="small" title={`版本（${a.versions.length}）`}>
              <ArchiveVersions versions={a.versions} selected={shown} onSelect={setVersion} />
            </Card>
            <Card size="small" title="文件">
              {shown && <ArchiveFiles archivalCode={a.archivalCode} versions={a.versions} version={shown} onVersion={setVersion} />}
            </Card>
          </div>
          <RetentionModal archive={a} open={dialog === 'retention'} onClose={() => setDialog(null)} />
          <SupplementModal archive={a} open={dialog === 'supplement'} onClose={() => setDialog(null)} />
        </>
      )}
    </Flex>
  );
}
