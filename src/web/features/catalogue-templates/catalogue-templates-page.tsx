import { EditOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Skeleton, Table, Tag, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useCatalogueTemplates, type TemplateInForce } from '../../api/catalogue-templates.hooks';
import { QueryError } from '../../components/page-state';
import { formatTime } from '../../lib/format';
import styles from './catalogue-templates.module.css';
import { TemplateEditor } from './template-editor';
import { templateKindLabels } from './template-draft';

/**
 * 编目模板 (档案管理员, 院领导 / catalogue.template): the templates in force, and the editor of the one
 * chosen (?kind=). Saving makes the next version; auto-cataloguing then follows it.
 */
export default function CatalogueTemplatesPage() {
  const { modal } = App.useApp();
  const templates = useCatalogueTemplates();
  const [params, setParams] = useSearchParams();
  const [dirty, setDirty] = useState(false);
  const kind = params.get('kind');
  const selected = templates.data?.find((t) => t.kind === kind);
  const others = useMemo(() => (templates.data ?? []).filter((t) => t.kind !== kind).map((t) => t.template), [templates.data, kind]);
  const onDirtyChange = useCallback((d: boolean) => setDirty(d), []);

  const select = (next: string) => {
    if (next === kind) return;
    const go = () => {
      setDirty(false);
      setParams({ kind: next });
    };
    if (!dirty) return go();
    modal.confirm({
      title: '放弃未保存的修改？',
      content: '当前模板有未保存的修改，切换到其他模板将放弃这些修改。',
      okText: '放弃修改并切换',
      okButtonProps: { danger: true, 'data-testid': 'switch-confirm' },
      cancelText: '留在本模板',
      onOk: go,
    });
  };

  return (
    <Flex vertical gap={12}>
      <Flex vertical gap={2}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          编目模板
        </Typography.Title>
        <Typography.Text type="secondary">每类案件的正卷、副卷格位及排列顺序，以及自动编目识别材料所用的题名和关键词。调整后保存为新版本。</Typography.Text>
      </Flex>

      <Card size="small" title="现行模板">
        {templates.isPending ? (
          <Skeleton active />
        ) : templates.isError ? (
          <QueryError error={templates.error} onRetry={() => void templates.refetch()} />
        ) : (
          <Table<TemplateInForce>
            size="small"
            rowKey="kind"
            pagination={false}
            dataSource={templates.data}
            data-testid="template-list"
            rowClassName={(t) => `${styles.listRow} ${t.kind === kind ? styles.selectedRow : ''}`}
            onRow={(t) => ({ onClick: () => select(t.kind), 'data-testid': `template-row-${t.kind}` }) as React.HTMLAttributes<HTMLElement>}
            columns={[
              { title: '种类', width: 160, render: (_, t) => <Typography.Text strong>{templateKindLabels[t.kind] ?? t.kind}</Typography.Text> },
              { title: '名称', dataIndex: 'name', width: 250 },
              {
                title: '类型代字',
                render: (_, t) => (
                  <Flex wrap gap={4}>
                    {t.template.typeCodes.map((c) => (
                      <Tag key={c} style={{ marginInlineEnd: 0 }}>
                        {c}
                      </Tag>
                    ))}
                  </Flex>
                ),
              },
              { title: '版本', width: 72, align: 'center', render: (_, t) => <span data-testid={`template-version-${t.kind}`}>第 {t.version} 版</span> },
              {
                title: '状态',
                width: 210,
                render: (_, t) =>
                  t.origin === 'adjusted' ? (
                    <span data-testid={`template-origin-${t.kind}`}>
                      <Tag color="blue">已调整</Tag>
                      <Typography.Text type="secondary">{formatTime(t.updatedAt)}</Typography.Text>
                    </span>
                  ) : (
                    <span data-testid={`template-origin-${t.kind}`}>
                      <Tag>内置默认</Tag>
                    </span>
                  ),
              },
              {
                title: '',
                width: 84,
                render: (_, t) => (
                  <Button
                    size="small"
                    type={t.kind === kind ? 'primary' : 'default'}
                    icon={<EditOutlined />}
                    onClick={(e) => {
                      e.stopPropagation();
                      select(t.kind);
                    }}
                    data-testid={`template-edit-${t.kind}`}
                  >
                    调整
                  </Button>
                ),
              },
            ]}
          />
        )}
      </Card>

      {selected ? (
        <TemplateEditor key={selected.kind} base={selected} others={others} onDirtyChange={onDirtyChange} />
      ) : (
        templates.data && <Typography.Text type="secondary">选择一个模板进行调整。</Typography.Text>
      )}
    </Flex>
  );
}
