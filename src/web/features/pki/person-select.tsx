import { Select, type SelectProps } from 'antd';
import type { UserOut } from '../../../common/api';
import { roleLabels } from '../../../common/roles';
import { useUsers } from '../../api/users.hooks';

type Props = Omit<SelectProps<string | string[]>, 'options' | 'showSearch' | 'loading'> & { 'data-testid'?: string };

/**
 * People of the court (active personal accounts), searchable by name or username. Works inside a
 * Form.Item (value/onChange come from the form).
 */
export function PersonSelect(props: Props) {
  // GET /users is open to the 安全保密管理员 (role.assign) as well as to the 系统管理员.
  const users = useUsers();
  const people = (users.data ?? []).filter((u) => u.kind === 'person' && u.active);
  return (
    <Select<string | string[]>
      {...props}
      showSearch={{ optionFilterProp: 'search' }}
      loading={users.isPending}
      options={people.map((u) => ({ value: u.id, label: personLabel(u), search: `${u.displayName} ${u.username}` }))}
      notFoundContent={users.isError ? '无法加载人员列表' : undefined}
    />
  );
}

function personLabel(u: UserOut): string {
  const role = u.roles[0] ? ` · ${roleLabels[u.roles[0]]}` : '';
  return `${u.displayName}（${u.username}${role}）`;
}
