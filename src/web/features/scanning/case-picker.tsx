import { Select, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useCaseSearch } from '../../api/cases.hooks';
import { partiesSummary } from '../../lib/format';

export interface PickedCase {
  id: string;
  caseNumber: string;
}

interface Props {
  value?: string;
  onChange?: (id: string | undefined, picked?: PickedCase) => void;
  placeholder?: string;
  'data-testid'?: string;
}

/** Finds a case by 案号 or party name as one types (the server searches; 300 ms after the last key). */
export function CasePicker({ value, onChange, placeholder = '输入案号或当事人查找', 'data-testid': testId }: Props) {
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const t = setTimeout(() => setQ(text.trim()), 300);
    return () => clearTimeout(t);
  }, [text]);
  const search = useCaseSearch(q);
  const items = search.data?.items ?? [];

  return (
    <div data-testid={testId}>
    <Select<string>
      showSearch={{ filterOption: false, onSearch: setText }}
      allowClear
      value={value}
      placeholder={placeholder}
      notFoundContent={search.isFetching ? <Spin size="small" /> : q ? '没有找到案件' : '请输入案号或当事人'}
      onChange={(id) => {
        const c = items.find((i) => i.id === id);
        onChange?.(id, c ? { id: c.id, caseNumber: c.caseNumber } : undefined);
      }}
      options={items.map((c) => ({
        value: c.id,
        label: c.caseNumber,
        render: (
          <div data-testid="case-option">
            <div>{c.caseNumber}</div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {c.causeOfAction} · {partiesSummary(c.parties)} · {c.department}
            </Typography.Text>
          </div>
        ),
      }))}
      optionRender={(o) => (o.data as { render: React.ReactNode }).render}
      style={{ width: '100%' }}
    />
    </div>
  );
}
