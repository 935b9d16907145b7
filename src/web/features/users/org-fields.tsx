import { Alert, Col, Form, Row, Select } from 'antd';
import type { UserOut } from '../../../common/api';
import { errorMessage } from '../../api/client';
import { useReference } from '../../api/reference.hooks';

type Ref = { id: string; name: string } | null;

/** Options from the reference data, plus the account's current choice if the list lacks it. */
function withCurrent(options: { value: string; label: string }[], current: Ref) {
  return current && !options.some((o) => o.value === current.id) ? [{ value: current.id, label: current.name }, ...options] : options;
}

/**
 * 部门 / 团队 / 扫描点 selects of the account forms (field names departmentId, teamId,
 * scanningPointId). The team list follows the chosen department. `current` is the account being
 * edited, so that its assignments show by name even when the reference data cannot be read.
 */
export function OrgFields({ current }: { current?: Pick<UserOut, 'department' | 'team' | 'scanningPoint'> }) {
  const reference = useReference();
  const form = Form.useFormInstance();
  const departmentId = Form.useWatch<string | undefined>('departmentId', form);
  const departments = reference.data?.departments ?? [];
  const teams = departments.find((d) => d.id === departmentId)?.teams ?? [];
  const unavailable = reference.isError;

  const departmentOptions = withCurrent(departments.map((d) => ({ value: d.id, label: d.name })), current?.department ?? null);
  const teamOptions = withCurrent(
    teams.map((t) => ({ value: t.id, label: t.name })),
    departmentId === current?.department?.id ? (current?.team ?? null) : null,
  );
  const pointOptions = withCurrent(
    (reference.data?.scanningPoints ?? []).map((s) => ({ value: s.id, label: s.name })),
    current?.scanningPoint ?? null,
  );

  return (
    <>
      {unavailable && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={`无法读取部门列表：${errorMessage(reference.error)}`} />
      )}
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="departmentId" label="部门">
            <Select
              allowClear
              placeholder="不属于任何部门"
              disabled={unavailable}
              loading={reference.isPending}
              options={departmentOptions}
              showSearch={{ optionFilterProp: 'label' }}
              onChange={() => form.setFieldValue('teamId', undefined)}
              data-testid="user-form-department"
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="teamId" label="团队">
            <Select
              allowClear
              placeholder={departmentId ? (teamOptions.length ? '不属于任何团队' : '该部门没有团队') : '请先选择部门'}
              disabled={unavailable || teamOptions.length === 0}
              options={teamOptions}
              data-testid="user-form-team"
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="scanningPointId" label="扫描点">
        <Select
          allowClear
          placeholder="无（仅扫描员需要）"
          disabled={unavailable}
          loading={reference.isPending}
          options={pointOptions}
          data-testid="user-form-scanning-point"
        />
      </Form.Item>
    </>
  );
}
