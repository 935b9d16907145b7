import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, Radio, Switch, Typography } from 'antd';
import { useState } from 'react';
import type { CatalogueTemplateJson, TemplateVolume } from '../../api/catalogue-templates.hooks';
import { slugProblem, slugToId, type NewSlot } from './template-draft';

/** 新增格位: a Chinese title and an English kebab-case id, checked as it is typed. */
export function AddSlotForm({ template, onAdd }: { template: CatalogueTemplateJson; onAdd: (slot: NewSlot) => void }) {
  const [slug, setSlug] = useState('');
  const [title, setTitle] = useState('');
  const [volume, setVolume] = useState<TemplateVolume>('main');
  const [required, setRequired] = useState(false);
  const [tried, setTried] = useState(false);

  const slugError = slugProblem(template, slug);
  const titleError = title.trim() === '' ? '请填写格位题名，如“诉讼费退费材料”' : null;
  const showSlug = (tried || slug !== '') && slugError;
  const showTitle = tried && titleError;

  const submit = () => {
    setTried(true);
    if (slugError || titleError) return;
    onAdd({ slug, title, volume, required });
    setSlug('');
    setTitle('');
    setRequired(false);
    setTried(false);
  };

  return (
    <Form layout="vertical" component="div" data-testid="add-slot-form">
      <Flex gap={12} wrap align="flex-start">
        <Form.Item label="题名" style={{ marginBottom: 0, width: 240 }} validateStatus={showTitle ? 'error' : undefined} help={showTitle || undefined}>
          <Input value={title} onChange={(e) => setTitle(e.target.value)} placeholder="如：诉讼费退费材料" data-testid="add-slot-title" />
        </Form.Item>
        <Form.Item
          label="格位标识（英文）"
          style={{ marginBottom: 0, width: 380 }}
          validateStatus={showSlug ? 'error' : undefined}
          help={
            showSlug ? (
              <span data-testid="add-slot-error">{slugError}</span>
            ) : slug !== '' ? (
              <Typography.Text type="secondary">标识：{slugToId(slug)}</Typography.Text>
            ) : (
              '小写英文单词，以短横线连接'
            )
          }
        >
          <Input value={slug} onChange={(e) => setSlug(e.target.value)} placeholder="如：fee-refund" onPressEnter={submit} data-testid="add-slot-slug" />
        </Form.Item>
        <Form.Item label="卷别" style={{ marginBottom: 0 }}>
          <Radio.Group
            value={volume}
            onChange={(e) => setVolume(e.target.value as TemplateVolume)}
            optionType="button"
            options={[
              { value: 'main', label: '正卷' },
              { value: 'side', label: '副卷' },
            ]}
            data-testid="add-slot-volume"
          />
        </Form.Item>
        <Form.Item label="必备" style={{ marginBottom: 0 }}>
          <Switch checked={required} onChange={setRequired} data-testid="add-slot-required" />
        </Form.Item>
        <Form.Item label=" " style={{ marginBottom: 0 }}>
          <Button icon={<PlusOutlined />} onClick={submit} data-testid="add-slot-submit">
            新增格位
          </Button>
        </Form.Item>
      </Flex>
    </Form>
  );
}
