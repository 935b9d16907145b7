import { SearchOutlined } from '@ant-design/icons';
import { Button, Input, Space } from 'antd';
import { useEffect, useState } from 'react';

interface Props {
  /** The search in force (e.g. from the URL); the box follows it when it changes (Back). */
  value?: string;
  onSearch: (value: string | undefined) => void;
  placeholder?: string;
  maxLength?: number;
  width?: number | string;
  /** Put on the text input itself, so that tests can type into it. */
  'data-testid'?: string;
}

/** A text box applied on Enter or with the search button; emptying it applies at once. */
export function SearchBox({ value, onSearch, placeholder, maxLength = 100, width, 'data-testid': testId }: Props) {
  const [text, setText] = useState(value ?? '');
  useEffect(() => setText(value ?? ''), [value]);
  const apply = (v: string) => onSearch(v.trim() || undefined);

  return (
    <Space.Compact style={{ width }}>
      <Input
        allowClear
        value={text}
        maxLength={maxLength}
        placeholder={placeholder}
        onChange={(e) => {
          setText(e.target.value);
          if (e.target.value === '' && value) apply(''); // cleared (the clear icon, or deleted)
        }}
        onPressEnter={() => apply(text)}
        data-testid={testId}
      />
      <Button icon={<SearchOutlined />} onClick={() => apply(text)} aria-label="搜索" data-testid={testId ? `${testId}-button` : undefined} />
    </Space.Compact>
  );
}
