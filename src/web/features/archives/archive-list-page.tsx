import { ImportOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useArchiveList } from '../../api/archives.hooks';
import { QueryError } from '../../components/page-state';
import { SearchBox } from '../../components/search-box';
import { archivePageSize, parseArchiveParams, toArchiveParams } from './archive-list-params';
import { ArchiveTable } from './archive-table';
import { ImportBagModal } from './import-bag-modal';

/** 档案: search by 档号 or 案号 (in the URL), server-side pages; 导入 BagIt. */
export default function ArchiveListPage() {
  const [params, setParams] = useSearchParams();
  const { q, page } = parseArchiveParams(params);
  const list = useArchiveList({ q, page, pageSize: archivePageSize });
  const [importing, setImporting] = useState(false);

  return (
    <Flex vertical gap={12}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        档案
      </Typography.Title>
      <Card size="small">
        <Flex justify="space-between" align="center" wrap gap={8}>
          <SearchBox value={q} onSearch={(v) => setParams(toArchiveParams({ q: v, page: 1 }))} placeholder="档号或案号" width={360} data-testid="archive-search" />
          <Button icon={<ImportOutlined />} onClick={() => setImporting(true)} data-testid="archive-import">
            导入 BagIt
          </Button>
        </Flex>
      </Card>
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      <Card size="small" styles={{ body: { padding: 0 } }}>
        <ArchiveTable
          items={list.data?.items ?? []}
          total={list.data?.total ?? 0}
          page={page}
          loading={list.isFetching}
          onPageChange={(next) => setParams(toArchiveParams({ q, page: next }))}
        />
      </Card>
      <ImportBagModal open={importing} onClose={() => setImporting(false)} />
    </Flex>
  );
}
