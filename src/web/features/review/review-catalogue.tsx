import { Badge, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { volumeKindLabels, type CatalogueOut } from '../../../common/catalogue-api';
import type { ReviewCommentOut } from '../../api/review.hooks';
import { pageLabel } from '../catalogue/page-label';

type Row = CatalogueOut['volumes'][number]['entries'][number] & { key: string; book: string };

/**
 * The catalogue as submitted, read-only, for the reviewer: every entry of 正卷 and 副卷 by 册 with its
 * 页号 and how many comments it has; a click shows the material beside it.
 */
export function ReviewCatalogue({
  catalogue,
  comments,
  selected,
  onSelect,
}: {
  catalogue: CatalogueOut;
  comments: ReviewCommentOut[];
  selected: string | null;
  onSelect: (materialId: string) => void;
}) {
  const rows: Row[] = catalogue.volumes.flatMap((v) =>
    v.entries.map((e) => ({ ...e, key: e.materialId, book: `${volumeKindLabels[v.kind]}${catalogue.volumes.filter((x) => x.kind === v.kind).length > 1 ? `第 ${v.number} 册` : ''}` })),
  );
  const count = (id: string) => comments.filter((c) => c.materialId === id).length;
  const columns: ColumnsType<Row> = [
    {
      title: '卷',
      dataIndex: 'book',
      width: 64,
      // One cell per volume; it keeps its own background when one of its rows is selected.
      onCell: (r, i) => ({
        rowSpan: i !== undefined && i > 0 && rows[i - 1]?.book === r.book ? 0 : rows.filter((x) => x.book === r.book).length,
        style: { background: '#fff' },
      }),
    },
    { title: '序号', dataIndex: 'seq', width: 48 },
    {
      title: '题名',
      key: 'title',
      render: (_, r) => (
        <Typography.Text strong={r.materialId === selected} data-testid="review-entry-title">
          {r.title}
          {r.slotTitle && r.slotTitle !== r.title && <Tag style={{ marginInlineStart: 6 }}>{r.slotTitle}</Tag>}
        </Typography.Text>
      ),
    },
    { title: '页号', key: 'pages', width: 72, render: (_, r) => pageLabel(r) },
    { title: '意见', key: 'comments', width: 52, render: (_, r) => (count(r.materialId) ? <Badge count={count(r.materialId)} color="orange" /> : null) },
  ];
  return (
    <Table<Row>
      size="small"
      rowKey="key"
      columns={columns}
      dataSource={rows}
      pagination={false}
      data-testid="review-catalogue"
      rowClassName={(r) => (r.materialId === selected ? 'ant-table-row-selected' : '')}
      onRow={(r) => ({ onClick: () => onSelect(r.materialId), style: { cursor: 'pointer' }, 'data-testid': 'review-entry', 'data-material-id': r.materialId }) as never}
    />
  );
}
