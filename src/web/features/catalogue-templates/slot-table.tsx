import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, LockOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Popconfirm, Switch, Table, Tag, Tooltip, Typography } from 'antd';
import type { CatalogueTemplateJson, TemplateSlot, TemplateVolume } from '../../api/catalogue-templates.hooks';
import styles from './catalogue-templates.module.css';
import { canMove, slotsOf } from './template-draft';
import { WordTags } from './word-tags';

export interface SlotActions {
  update: (id: string, patch: Partial<TemplateSlot>) => void;
  move: (id: string, delta: -1 | 1) => void;
  remove: (id: string) => void;
}

/**
 * The slots of one volume in order. The slots the system makes (封面, 目录, 备考表, 卷底) are shown
 * greyed and locked: they fix a place, no material is classified into them.
 */
export function SlotTable({ template, volume, actions, groupsOf }: { template: CatalogueTemplateJson; volume: TemplateVolume; actions: SlotActions; groupsOf: (id: string) => string[] }) {
  const rows = slotsOf(template, volume);
  return (
    <Table<TemplateSlot>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={rows}
      data-testid={`slots-${volume}`}
      rowClassName={(s) => (s.generated ? styles.generatedRow! : '')}
      onRow={(s) => ({ 'data-testid': `slot-row-${s.id}` }) as React.HTMLAttributes<HTMLElement>}
      tableLayout="fixed"
      sticky={{ offsetHeader: 72 }}
      columns={[
        { title: '序号', dataIndex: 'order', width: 56, align: 'center' },
        {
          title: '题名',
          width: 230,
          render: (_, s) =>
            s.generated ? (
              <Flex vertical gap={2}>
                <span>
                  <LockOutlined /> {s.title}
                </span>
                <Typography.Text type="secondary" className={styles.slotId}>
                  系统生成 · {s.id}
                </Typography.Text>
              </Flex>
            ) : (
              <Flex vertical gap={2}>
                <Input.TextArea
                  size="small"
                  autoSize={{ minRows: 1, maxRows: 3 }}
                  value={s.title}
                  onChange={(e) => actions.update(s.id, { title: e.target.value.replace(/\n/g, '') })}
                  data-testid={`slot-title-${s.id}`}
                />
                <Typography.Text type="secondary" className={styles.slotId}>
                  {s.id}
                  {groupsOf(s.id).length > 0 && (
                    <Tooltip title={`必备要求：${groupsOf(s.id).join('；')}`}>
                      <Tag color="gold" className={styles.groupTag}>
                        任一即可
                      </Tag>
                    </Tooltip>
                  )}
                </Typography.Text>
              </Flex>
            ),
        },
        {
          title: '必备',
          width: 64,
          align: 'center',
          render: (_, s) => (
            <Switch size="small" checked={s.required} disabled={s.generated} onChange={(v) => actions.update(s.id, { required: v })} data-testid={`slot-required-${s.id}`} />
          ),
        },
        {
          title: '识别题名',
          render: (_, s) => <WordTags value={s.names} disabled={s.generated} onChange={(names) => actions.update(s.id, { names })} testId={`slot-names-${s.id}`} />,
        },
        {
          title: '关键词',
          render: (_, s) => <WordTags value={s.keywords} disabled={s.generated} onChange={(keywords) => actions.update(s.id, { keywords })} testId={`slot-keywords-${s.id}`} />,
        },
        {
          title: '操作',
          width: 112,
          render: (_, s) =>
            s.generated ? (
              <Typography.Text type="secondary">位置固定</Typography.Text>
            ) : (
              <Flex gap={2}>
                <Tooltip title="上移">
                  <Button size="small" type="text" icon={<ArrowUpOutlined />} aria-label="上移" disabled={!canMove(template, s.id, -1)} onClick={() => actions.move(s.id, -1)} data-testid={`slot-up-${s.id}`} />
                </Tooltip>
                <Tooltip title="下移">
                  <Button size="small" type="text" icon={<ArrowDownOutlined />} aria-label="下移" disabled={!canMove(template, s.id, 1)} onClick={() => actions.move(s.id, 1)} data-testid={`slot-down-${s.id}`} />
                </Tooltip>
                <Popconfirm
                  title={`删除格位“${s.title || s.id}”？`}
                  description={groupsOf(s.id).length ? '它也将从必备要求中移除。' : undefined}
                  okText="删除"
                  okButtonProps={{ danger: true }}
                  cancelText="取消"
                  onConfirm={() => actions.remove(s.id)}
                >
                  <Tooltip title="删除">
                    <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label="删除" data-testid={`slot-remove-${s.id}`} />
                  </Tooltip>
                </Popconfirm>
              </Flex>
            ),
        },
      ]}
    />
  );
}
