import { Alert, Button, Descriptions, Modal, Typography } from 'antd';
import type { ReactNode } from 'react';
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

/**
 * The modal that issues a token: a form first, then the token shown once. While the token is shown
 * the modal can only be closed by confirming that it was saved.
 */
export function TokenModal(props: {
  open: boolean;
  title: string;
  createdTitle: string;
  created: TokenCreated | null;
  pending: boolean;
  submitLabel: string;
  submitTestId: string;
  onSubmit: () => void;
  onClose: () => void;
  children: ReactNode;
}) {
  const { open, created, onClose } = props;
  return (
    <Modal
      title={created ? props.createdTitle : props.title}
      open={open}
      onCancel={created ? undefined : onClose}
      closable={!created}
      mask={{ closable: false }}
      destroyOnHidden
      footer={
        created ? (
          <Button type="primary" onClick={onClose} data-testid="token-done">
            我已保存令牌
          </Button>
        ) : (
          <>
            <Button onClick={onClose}>取消</Button>
            <Button type="primary" loading={props.pending} onClick={props.onSubmit} data-testid={props.submitTestId}>
              {props.submitLabel}
            </Button>
          </>
        )
      }
    >
      {created ? <TokenReveal created={created} /> : props.children}
    </Modal>
  );
}
