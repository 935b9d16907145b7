import { Button, Col, Form, Row, Select } from 'antd';
import { useMemo } from 'react';
import { archiveStateLabels, archiveStates, scopeStatuses, scopeStatusLabels } from '../../../common/vocabulary';
import { useReference, useStaff } from '../../api/reference.hooks';
import { SearchBox } from '../../components/search-box';
import type { CaseFilters as Filters } from './case-list-params';
import styles from './case-filters.module.css';

const firstYear = 2000;

function yearOptions() {
  const current = new Date().getFullYear();
  return Array.from({ length: current - firstYear + 1 }, (_, i) => {
    const y = current - i;
    return { value: y, label: `${y} 年` };
  });
}

interface Props {
  filters: Filters;
  /** Applies a change to the filters in force. */
  onChange: (patch: Partial<Filters>) => void;
  onReset: () => void;
}

/**
 * The case list's filters. Every change is applied at once (it becomes the URL); the search box
 * applies on Enter. Choosing a department narrows the judge and clerk choices and clears them.
 */
export function CaseFilters({ filters, onChange, onReset }: Props) {
  const reference = useReference();
  const judges = useStaff('judge', filters.department);
  const clerks = useStaff('clerk', filters.department);

  const set = onChange;

  const departmentOptions = useMemo(
    () => (reference.data?.departments ?? []).map((d) => ({ value: d.id, label: d.name })),
    [reference.data],
  );
  const typeOptions = useMemo(
    () => (reference.data?.caseTypes ?? []).map((t) => ({ value: t.code, label: `${t.code} · ${t.name}` })),
    [reference.data],
  );
  const years = useMemo(yearOptions, []);
  const staffOptions = (list: typeof judges.data) => (list ?? []).map((s) => ({ value: s.id, label: s.displayName }));

  return (
    <Form layout="horizontal" size="middle" labelCol={{ flex: '84px' }} className={styles.form} data-testid="case-filters">
      <Row gutter={[16, 8]}>
        <Col span={6}>
          <Form.Item label="承办部门">
            <Select
              allowClear
              placeholder="全部部门"
              options={departmentOptions}
              loading={reference.isPending}
              value={filters.department ?? null}
              onChange={(department?: string | null) => set({ department: department ?? undefined, judge: undefined, clerk: undefined })}
              showSearch={{ optionFilterProp: 'label' }}
              data-testid="filter-department"
            />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item label="承办法官">
            <Select
              allowClear
              placeholder="全部法官"
              options={staffOptions(judges.data)}
              loading={judges.isPending}
              value={filters.judge ?? null}
              onChange={(judge?: string | null) => set({ judge: judge ?? undefined })}
              showSearch={{ optionFilterProp: 'label' }}
              data-testid="filter-judge"
            />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item label="书记员">
            <Select
              allowClear
              placeholder="全部书记员"
              options={staffOptions(clerks.data)}
              loading={clerks.isPending}
              value={filters.clerk ?? null}
              onChange={(clerk?: string | null) => set({ clerk: clerk ?? undefined })}
              showSearch={{ optionFilterProp: 'label' }}
              data-testid="filter-clerk"
            />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item label="类型代字">
            <Select
              allowClear
              placeholder="全部类型"
              options={typeOptions}
              loading={reference.isPending}
              value={filters.typeCode ?? null}
              onChange={(typeCode?: string | null) => set({ typeCode: typeCode ?? undefined })}
              showSearch={{ optionFilterProp: 'label' }}
              popupMatchSelectWidth={false}
              data-testid="filter-type-code"
            />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item label="收案年度">
            <Select
              allowClear
              placeholder="全部年度"
              options={years}
              value={filters.year ?? null}
              onChange={(year?: number | null) => set({ year: year ?? undefined })}
              showSearch={{ optionFilterProp: 'label' }}
              data-testid="filter-year"
            />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item label="归档状态">
            <Select
              allowClear
              placeholder="全部状态"
              options={archiveStates.map((s) => ({ value: s, label: archiveStateLabels[s] }))}
              value={filters.archiveState ?? null}
              onChange={(archiveState?: Filters['archiveState'] | null) => set({ archiveState: archiveState ?? undefined })}
              data-testid="filter-archive-state"
            />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item label="试点范围">
            <Select
              allowClear
              placeholder="全部"
              options={scopeStatuses.map((s) => ({ value: s, label: scopeStatusLabels[s] }))}
              value={filters.scope ?? null}
              onChange={(scope?: Filters['scope'] | null) => set({ scope: scope ?? undefined })}
              data-testid="filter-scope"
            />
          </Form.Item>
        </Col>
        <Col span={6}>
          <div className={styles.searchRow}>
            <SearchBox
              value={filters.q}
              placeholder="案号或当事人名称"
              onSearch={(q) => set({ q })}
              width="100%"
              data-testid="filter-search"
            />
            <Button onClick={onReset} data-testid="filter-reset">
              重置
            </Button>
          </div>
        </Col>
      </Row>
    </Form>
  );
}
