import { SafetyOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { useAuditEvents, useVerifyAuditChain } from '../../api/audit.hooks';
import { QueryError } from '../../components/page-state';
import { AuditFilters } from './audit-filters';
import { parseAuditParams, toAuditParams, toAuditQuery, type AuditFilters as Filters } from './audit-params';
import { AuditTable } from './audit-table';
import { VerifyChainResult } from './verify-chain-result';

/** 审计日志 (安全审计员): the append-only, hash-chained trail of every change. */
export default function AuditPage() {
  const [params, setParams] = useSearchParams();
  const { filters, page } = parseAuditParams(params);
  const events = useAuditEvents(toAuditQuery(filters, page));
  const verify = useVerifyAuditChain();

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center">
        <Typography.Title level={4} style={{ margin: 0 }}>
          审计日志
        </Typography.Title>
        <Button icon={<SafetyOutlined />} loading={verify.isPending} onClick={() => verify.mutate()} data-testid="audit-verify">
          校验哈希链
        </Button>
      </Flex>
      <VerifyChainResult verify={verify} />
      <Card size="small">
        <AuditFilters filters={filters} onChange={(next: Filters) => setParams(toAuditParams(next))} />
      </Card>
      {events.isError && <QueryError error={events.error} onRetry={() => void events.refetch()} />}
      <Card size="small" styles={{ body: { padding: 0 } }}>
        <AuditTable
          items={events.data?.items ?? []}
          total={events.data?.total ?? 0}
          page={page}
          loading={events.isFetching}
          onPageChange={(p) => setParams(toAuditParams(parseAuditParams(new URLSearchParams(window.location.search)).filters, p))}
        />
      </Card>
    </Flex>
  );
}
