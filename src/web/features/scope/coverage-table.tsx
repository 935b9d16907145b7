import { Table, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { CSSProperties } from 'react';
import type { CoverageResponse } from '../../api/scope.hooks';
import { cellLabel, coverageGrid, percent, type Tally } from './coverage-params';
import styles from './scope.module.css';

type Row = ReturnType<typeof coverageGrid>['rows'][number];

/** A light tint growing with the share in scope, so that gaps stand out without reading numbers. */
function tint(t: Tally): CSSProperties | undefined {
  const p = percent(t.inScope, t.total);
  return p === null ? undefined : { background: `rgba(31, 78, 140, ${(0.03 + (p / 100) * 0.14).toFixed(3)})` };
}

function Cell({ t }: { t: Tally | undefined }) {
  if (!t || t.total === 0) return <span className={styles.coverageCell}>—</span>;
  return (
    <Tooltip title={`按规则 ${t.byRule} 件，全面实行 ${t.byFullCoverage} 件，未纳入 ${t.total - t.inScope} 件`}>
      <span className={styles.coverageCell}>{cellLabel(t)}</span>
    </Tooltip>
  );
}

/** Department × filing month: cases in scope / all cases (share), with totals. */
export function CoverageTable({ data }: { data: CoverageResponse }) {
  const grid = coverageGrid(data);
  const columns: ColumnsType<Row> = [
    { title: '部门', dataIndex: 'department', fixed: 'left', width: 110 },
    ...data.months.map((month) => ({
      title: month,
      key: month,
      width: 132,
      align: 'right' as const,
      onCell: (r: Row) => ({ style: tint(r.cells.get(month) ?? { total: 0, inScope: 0, byRule: 0, byFullCoverage: 0 }) }),
      render: (_: unknown, r: Row) => <Cell t={r.cells.get(month)} />,
    })),
    { title: '合计', key: 'sum', fixed: 'right', width: 140, align: 'right', render: (_, r) => <Cell t={r.sum} /> },
  ];

  return (
    <div data-testid="coverage-table">
      <Table<Row>
        rowKey="department"
        size="small"
        columns={columns}
        dataSource={grid.rows}
        pagination={false}
        scroll={{ x: 110 + 140 + data.months.length * 132 }}
        summary={() => (
          <Table.Summary fixed="bottom">
            <Table.Summary.Row style={{ fontWeight: 600 }}>
              <Table.Summary.Cell index={0}>全院</Table.Summary.Cell>
              {data.months.map((m, i) => (
                <Table.Summary.Cell key={m} index={i + 1} align="right">
                  <Cell t={grid.columnSums.get(m)} />
                </Table.Summary.Cell>
              ))}
              <Table.Summary.Cell index={data.months.length + 1} align="right">
                <Cell t={grid.sum} />
              </Table.Summary.Cell>
            </Table.Summary.Row>
          </Table.Summary>
        )}
      />
    </div>
  );
}
