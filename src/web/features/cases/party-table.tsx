import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { CaseDetail } from '../../../common/api';
import { partyKindLabels } from '../../../common/vocabulary';

type Party = CaseDetail['partyList'][number];

const columns: ColumnsType<Party> = [
  { title: '顺序', dataIndex: 'seq', width: 72, align: 'center' },
  { title: '诉讼地位', dataIndex: 'role', width: 160 },
  { title: '名称', dataIndex: 'name' },
  { title: '类型', dataIndex: 'kind', width: 140, render: (k: Party['kind']) => partyKindLabels[k] ?? k },
];

export function PartyTable({ parties }: { parties: Party[] }) {
  const rows = [...parties].sort((a, b) => a.seq - b.seq);
  return (
    <Table<Party>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      locale={{ emptyText: '未登记当事人' }}
      data-testid="party-table"
    />
  );
}
