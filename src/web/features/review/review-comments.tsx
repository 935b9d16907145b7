import { Button, Flex, Input, List, Popconfirm, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { ReviewCommentOut } from '../../api/review.hooks';
import { formatTime } from '../../lib/format';

/**
 * The comments on one catalogue entry (or on the whole file): every round's, newest last, with who
 * wrote them and whether the clerk has dealt with them; the reviewer adds one, and may withdraw his
 * own while the round is open.
 */
export function ReviewComments({
  comments,
  openRound,
  onAdd,
  onDelete,
  adding,
  placeholder,
}: {
  comments: ReviewCommentOut[];
  /** The round open for comments; null when none is (nothing can be added). */
  openRound: number | null;
  onAdd?: (text: string) => Promise<unknown>;
  onDelete?: (id: string) => void;
  adding?: boolean;
  placeholder: string;
}) {
  const [text, setText] = useState('');
  return (
    <Flex vertical gap={6}>
      {comments.length > 0 && (
        <List
          size="small"
          dataSource={comments}
          rowKey="id"
          data-testid="review-comments"
          renderItem={(c) => (
            <List.Item
              data-testid="review-comment"
              actions={
                onDelete && c.round === openRound
                  ? [
                      <Popconfirm key="del" title="删除这条意见？" okText="删除" cancelText="取消" onConfirm={() => onDelete(c.id)}>
                        <Button size="small" type="link" danger>
                          删除
                        </Button>
                      </Popconfirm>,
                    ]
                  : undefined
              }
            >
              <Flex vertical gap={2}>
                <Typography.Text>{c.text}</Typography.Text>
                <Space size={6}>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    第 {c.round} 次审核 · {c.author ?? '—'} · {formatTime(c.createdAt)}
                  </Typography.Text>
                  {c.resolvedAt && <Tag color="green">已修改</Tag>}
                </Space>
              </Flex>
            </List.Item>
          )}
        />
      )}
      {onAdd && openRound !== null && (
        <Space.Compact style={{ width: '100%' }}>
          <Input.TextArea
            value={text}
            onChange={(e) => setText(e.target.value)}
            autoSize={{ minRows: 1, maxRows: 4 }}
            maxLength={1000}
            placeholder={placeholder}
            data-testid="review-comment-input"
          />
          <Button
            type="primary"
            disabled={!text.trim()}
            loading={adding}
            data-testid="review-comment-add"
            onClick={async () => {
              await onAdd(text.trim());
              setText('');
            }}
          >
            写入意见
          </Button>
        </Space.Compact>
      )}
    </Flex>
  );
}
