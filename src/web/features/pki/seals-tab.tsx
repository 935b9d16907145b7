import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Descriptions, Empty, Flex, Row, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { SealOut } from '../../../common/signature-api';
import { errorMessage } from '../../api/client';
import { sealImageUrl, useRevokeSeal, useSeals } from '../../api/pki.hooks';
import { QueryError } from '../../components/page-state';
import { ReasonModal } from '../../components/reason-modal';
import { abbreviateHash, formatTime } from '../../lib/format';
import { algorithmShort, Validity } from './pki-labels';
import { SealCreateModal } from './seal-create-modal';
import { SealImage } from './seal-image';
import { SealUsersModal } from './seal-users-modal';

/** 电子印章: the court's seals with their image, certificate and authorised users; new, 修改使用人, 停用. */
export function SealsTab() {
  const seals = useSeals();
  const revoke = useRevokeSeal();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<SealOut | null>(null);
  const [revoking, setRevoking] = useState<SealOut | null>(null);
  const { message } = App.useApp();
  // Seals in use first, the stopped ones after them.
  const list = [...(seals.data ?? [])].sort((a, b) => (a.status === b.status ? b.createdAt.localeCompare(a.createdAt) : a.status === 'active' ? -1 : 1));

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center">
        <Typography.Text type="secondary">电子印章由本院 CA 签发专用证书；授权使用人在文书上签章时须输入本人的签名口令。</Typography.Text>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="seal-create">
          新建印章
        </Button>
      </Flex>
      {seals.isError && <QueryError error={seals.error} onRetry={() => void seals.refetch()} />}
      {seals.isPending && <Spin style={{ padding: 24 }} />}
      {seals.isSuccess && list.length === 0 && <Empty description="还没有电子印章" />}
      <Row gutter={[12, 12]} data-testid="seal-list">
        {list.map((s) => (
          <Col key={s.id} xs={24} xl={12}>
            <SealCard seal={s} onEditUsers={() => setEditing(s)} onRevoke={() => setRevoking(s)} />
          </Col>
        ))}
      </Row>
      <SealCreateModal open={creating} onClose={() => setCreating(false)} />
      <SealUsersModal seal={editing} onClose={() => setEditing(null)} />
      <ReasonModal
        open={!!revoking}
        title={revoking ? `停用电子印章“${revoking.name}”` : ''}
        label="停用原因"
        okText="停用"
        placeholder="如：印章更换、机构调整"
        testId="seal-revoke-modal"
        onCancel={() => setRevoking(null)}
        onSubmit={async (reason) => {
          if (!revoking) return;
          try {
            await revoke.mutateAsync({ id: revoking.id, reason });
            void message.success(`已停用“${revoking.name}”`);
            setRevoking(null);
          } catch (error) {
            void message.error(errorMessage(error));
            throw error;
          }
        }}
      />
    </Flex>
  );
}

function SealCard({ seal: s, onEditUsers, onRevoke }: { seal: SealOut; onEditUsers: () => void; onRevoke: () => void }) {
  const active = s.status === 'active';
  return (
    <Card
      size="small"
      data-testid="seal-card"
      data-seal-name={s.name}
      data-status={s.status}
      title={s.name}
      extra={active ? <Tag color="success">使用中</Tag> : <Tag>已停用</Tag>}
      actions={
        active
          ? [
              <Button key="users" type="link" size="small" onClick={onEditUsers} data-testid="seal-edit-users">
                修改使用人
              </Button>,
              <Button key="revoke" type="link" size="small" danger onClick={onRevoke} data-testid="seal-revoke">
                停用
              </Button>,
            ]
          : undefined
      }
      style={active ? undefined : { opacity: 0.7 }}
    >
      <Flex gap={16} align="flex-start">
        <SealImage src={sealImageUrl(s.id)} alt={s.name} size={120} />
        <Descriptions size="small" column={1} style={{ flex: 1, minWidth: 0 }} styles={{ label: { width: 84, whiteSpace: 'nowrap' } }}>
          <Descriptions.Item label="授权使用人">
            {s.users.length ? (
              <Space size={[0, 4]} wrap data-testid="seal-users-list">
                {s.users.map((u) => (
                  <Tag key={u.id}>{u.name}</Tag>
                ))}
              </Space>
            ) : (
              <Typography.Text type="secondary" data-testid="seal-users-list">
                未授权
              </Typography.Text>
            )}
          </Descriptions.Item>
          <Descriptions.Item label="证书">
            {algorithmShort(s.algorithm)} ·{' '}
            <Typography.Text className="mono" copyable={{ text: s.certificate.serialNumber }}>
              {abbreviateHash(s.certificate.serialNumber, 8, 6)}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label="有效期">
            <Validity certificate={s.certificate} />
          </Descriptions.Item>
          <Descriptions.Item label="新建时间">{formatTime(s.createdAt)}</Descriptions.Item>
          {!active && (
            <Descriptions.Item label="停用">
              {formatTime(s.revokedAt)}　{s.revokeReason}
            </Descriptions.Item>
          )}
        </Descriptions>
      </Flex>
    </Card>
  );
}
