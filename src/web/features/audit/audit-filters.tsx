import { AutoComplete, Button, DatePicker, Form, Input, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { auditActionLabels, auditEntityTypeLabels } from '../../../common/audit-vocabulary';
import type { AuditFilters as Filters } from './audit-params';

interface FormValues {
  actor?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

const actionOptions = Object.entries(auditActionLabels).map(([code, label]) => ({ value: code, label: `${label}（${code}）` }));
const entityOptions = Object.entries(auditEntityTypeLabels).map(([code, label]) => ({ value: code, label: `${label}（${code}）` }));

/** The audit log's filters; applied with 查询 (or Enter), cleared with 重置. */
export function AuditFilters({ filters, onChange }: { filters: Filters; onChange: (next: Filters) => void }) {
  const initial: FormValues = {
    ...filters,
    range: filters.from || filters.to ? [filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null] : null,
  };

  const onFinish = (v: FormValues) =>
    onChange({
      actor: v.actor,
      action: v.action,
      entityType: v.entityType,
      entityId: v.entityId,
      from: v.range?.[0]?.format('YYYY-MM-DD'),
      to: v.range?.[1]?.format('YYYY-MM-DD'),
    });

  return (
    <Form<FormValues>
      // Re-created when the URL changes (Back), so that the fields show the filters in force.
      key={JSON.stringify(filters)}
      layout="inline"
      initialValues={initial}
      onFinish={onFinish}
      style={{ rowGap: 8 }}
      data-testid="audit-filters"
    >
      <Form.Item name="actor" label="操作人">
        <Input allowClear placeholder="姓名或用户编号" style={{ width: 150 }} data-testid="audit-filter-actor" />
      </Form.Item>
      <Form.Item name="action" label="操作">
        <AutoComplete
          allowClear
          options={actionOptions}
          placeholder="操作代码"
          style={{ width: 170 }}
          popupMatchSelectWidth={240}
          showSearch={{ filterOption: (input, option) => !!option && `${option.value}${option.label}`.includes(input) }}
          data-testid="audit-filter-action"
        />
      </Form.Item>
      <Form.Item name="entityType" label="对象类型">
        <AutoComplete allowClear options={entityOptions} placeholder="如 case" style={{ width: 120 }} data-testid="audit-filter-entity-type" />
      </Form.Item>
      <Form.Item name="entityId" label="对象编号">
        <Input allowClear style={{ width: 150 }} data-testid="audit-filter-entity-id" />
      </Form.Item>
      <Form.Item name="range" label="日期">
        <DatePicker.RangePicker allowEmpty={[true, true]} style={{ width: 240 }} data-testid="audit-filter-range" />
      </Form.Item>
      <Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" data-testid="audit-filter-submit">
            查询
          </Button>
          <Button onClick={() => onChange({})}>重置</Button>
        </Space>
      </Form.Item>
    </Form>
  );
}
