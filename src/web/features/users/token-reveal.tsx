import { Alert, Descriptions, Typography } from 'antd';
import type { TokenCreated } from '../../api/users.hooks';

/**
 * A newly issued token, shown this one time: the server keeps only its digest, so it cannot be
 * shown again.
 */
export function TokenReveal({ created }: { created: TokenCreated }) {
  return (
    <>
      <Alert
        type="warning"
        showIcon
        title="令牌只显示这一次"
        description="关闭此窗口后将无法再次查看。请立即复制，并通过安全渠道交给对接系统的管理员保存；如遗失，只能重新签发。"
        style={{ marginBottom: 16 }}
      />
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[
          { key: 'user', label: '接口账号', children: `${created.user.displayName}（${created.user.username}）` },
          { key: 'tokenId', label: '令牌编号', children: <span className="mono">{created.tokenId}</span> },
        ]}
        style={{ marginBottom: 12 }}
      />
      <Typography.Paragraph
        className="mono"
        copyable={{ text: created.token, tooltips: ['复制令牌', '已复制'] }}
        style={{ padding: '8px 12px', background: '#f7f8fa', border: '1px solid #e5e8ee', borderRadius: 4, wordBreak: 'break-all' }}
        data-testid="token-value"
      >
        {created.token}
      </Typography.Paragraph>
    </>
  );
}
