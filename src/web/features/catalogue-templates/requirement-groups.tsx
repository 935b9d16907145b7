import { Input, Select, Table } from 'antd';
import type { CatalogueTemplateJson, RequirementCondition, TemplateRequirementGroup } from '../../api/catalogue-templates.hooks';
import { conditionLabels, slotsOf, volumeLabels } from './template-draft';

/** 必备要求: groups of slots of which any one must hold a material, for all cases or some. */
export function RequirementGroups({ template, onChange }: { template: CatalogueTemplateJson; onChange: (groups: TemplateRequirementGroup[]) => void }) {
  const options = (['main', 'side'] as const).map((v) => ({
    label: volumeLabels[v],
    options: slotsOf(template, v)
      .filter((s) => !s.generated)
      .map((s) => ({ value: s.id, label: s.title || s.id })),
  }));
  const update = (id: string, patch: Partial<TemplateRequirementGroup>) =>
    onChange(template.requirementGroups.map((g) => (g.id === id ? { ...g, ...patch } : g)));
  return (
    <Table<TemplateRequirementGroup>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={template.requirementGroups}
      data-testid="requirement-groups"
      tableLayout="fixed"
      columns={[
        {
          title: '要求',
          width: 280,
          render: (_, g) => <Input size="small" value={g.title} onChange={(e) => update(g.id, { title: e.target.value })} data-testid={`group-title-${g.id}`} />,
        },
        {
          title: '任一即可（格位）',
          render: (_, g) => (
            <Select
              size="small"
              mode="multiple"
              style={{ width: '100%' }}
              value={g.anyOf}
              options={options}
              onChange={(anyOf: string[]) => update(g.id, { anyOf })}
              placeholder="选择格位"
              data-testid={`group-slots-${g.id}`}
            />
          ),
        },
        {
          title: '适用',
          width: 180,
          render: (_, g) => (
            <Select
              size="small"
              style={{ width: '100%' }}
              value={g.when}
              options={(Object.keys(conditionLabels) as RequirementCondition[]).map((c) => ({ value: c, label: conditionLabels[c] }))}
              onChange={(when: RequirementCondition) => update(g.id, { when })}
              data-testid={`group-when-${g.id}`}
            />
          ),
        },
      ]}
    />
  );
}
