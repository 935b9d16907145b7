import { PlusOutlined } from '@ant-design/icons';
import { Flex, Input, Tag } from 'antd';
import { useState } from 'react';
import { addWords } from './template-draft';

/** An editable list of words: each a closable tag, and “添加” to type more (comma or 、 between several). */
export function WordTags({
  value,
  onChange,
  disabled,
  testId,
  addLabel = '添加',
}: {
  value: readonly string[];
  onChange: (next: string[]) => void;
  disabled?: boolean;
  testId: string;
  addLabel?: string;
}) {
  const [typing, setTyping] = useState(false);
  const [text, setText] = useState('');
  const commit = () => {
    const next = addWords(value, text);
    if (next.length !== value.length) onChange(next);
    setText('');
    setTyping(false);
  };
  return (
    <Flex wrap gap={4} data-testid={testId}>
      {value.map((w) => (
        <Tag
          key={w}
          closable={!disabled}
          style={{ marginInlineEnd: 0 }}
          onClose={(e) => {
            e.preventDefault();
            onChange(value.filter((x) => x !== w));
          }}
        >
          {w}
        </Tag>
      ))}
      {!disabled &&
        (typing ? (
          <Input
            size="small"
            autoFocus
            style={{ width: 120 }}
            value={text}
            onChange={(e) => setText(e.target.value)}
            onPressEnter={commit}
            onBlur={commit}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                setText('');
                setTyping(false);
              }
            }}
            data-testid={`${testId}-input`}
          />
        ) : (
          <Tag style={{ marginInlineEnd: 0, borderStyle: 'dashed', cursor: 'pointer', background: 'transparent' }} onClick={() => setTyping(true)} data-testid={`${testId}-add`}>
            <PlusOutlined /> {addLabel}
          </Tag>
        ))}
    </Flex>
  );
}
