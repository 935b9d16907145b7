import { Button, Flex, List, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { volumeKindLabels } from '../../../common/catalogue-api';
import { SourceTag } from '../materials/material-tags';
import { placeMaterial, type CatalogueSlot, type UnplacedMaterial } from './catalogue-draft';
import type { ApplyChange } from './book-table';
import { focusProps, useActiveFocus } from './catalogue-focus';
import { useMergeRequest } from './merge-duplicate-modal';
import styles from './catalogue.module.css';

/**
 * 未编入材料: what auto-cataloguing could not place with confidence (or the clerk took out), with
 * the classifier's reasons and best guesses; 编入 puts one in the chosen slot, at the end of the last
 * 册 of the slot's volume.
 */
export function UnplacedPanel({ unplaced, slots, apply }: { unplaced: UnplacedMaterial[]; slots: CatalogueSlot[]; apply: ApplyChange | null }) {
  if (unplaced.length === 0) {
    return (
      <Typography.Text type="success" data-testid="unplaced-none">
        本案材料均已编入目录
      </Typography.Text>
    );
  }
  return (
    <List
      size="small"
      data-testid="unplaced-list"
      dataSource={unplaced}
      rowKey="materialId"
      renderItem={(u) => <UnplacedItem u={u} slots={slots} apply={apply} />}
    />
  );
}

function UnplacedItem({ u, slots, apply }: { u: UnplacedMaterial; slots: CatalogueSlot[]; apply: ApplyChange | null }) {
  const [slotId, setSlotId] = useState<string | undefined>(u.alternatives[0]?.slotId);
  const requestMerge = useMergeRequest();
  const slot = slots.find((s) => s.id === slotId);
  const focus = focusProps(useActiveFocus(), `material:${u.materialId}`, { a: styles.focusA!, b: styles.focusB! });
  const options = (['main', 'side'] as const).map((kind) => ({
    label: volumeKindLabels[kind],
    options: slots.filter((s) => s.volume === kind).map((s) => ({ value: s.id, label: s.title })),
  }));
  return (
    <List.Item data-testid="unplaced-item" data-material-id={u.materialId} data-focused={focus['data-focused']} className={`${styles.unplacedItem} ${focus.className}`}>
      <div className={styles.unplacedText}>
        <Space size={6} wrap>
          <Link to={`/materials/${encodeURIComponent(u.materialId)}`} target="_blank" data-testid="unplaced-title">
            {u.title}
          </Link>
          <SourceTag source={u.source} />
          <Typography.Text type="secondary">{u.pages !== null ? `${u.pages} 页` : '无页码'}</Typography.Text>
        </Space>
        {u.reasons.length > 0 && (
          <Typography.Text type="secondary" className={styles.reasons} data-testid="unplaced-reasons">
            {u.reasons.join('；')}
          </Typography.Text>
        )}
        {u.alternatives.length > 0 && (
          <div>
            <Typography.Text type="secondary" className={styles.reasons}>可能是：</Typography.Text>
            {u.alternatives.map((a) => (
              <Tag key={a.slotId} className={styles.smallTag}>
                {a.slotTitle} {Math.round(a.confidence * 100)}%
              </Tag>
            ))}
          </div>
        )}
      </div>
      {apply && (
        <Flex vertical gap={2} align="flex-end">
        <Space.Compact size="small">
          <Select
            size="small"
            placeholder="选择格位"
            style={{ width: 180 }}
            value={slotId}
            onChange={setSlotId}
            options={options}
            showSearch={{ optionFilterProp: 'label' }}
            aria-label="编入的格位"
            data-testid="unplaced-slot"
            popupMatchSelectWidth={260}
          />
          <Button size="small" disabled={!slot} data-testid="unplaced-place" onClick={() => slot && apply((d) => placeMaterial(d, u.materialId, slot))}>
            编入
          </Button>
        </Space.Compact>
          {requestMerge && (
            <Button size="small" type="link" data-testid="unplaced-merge" onClick={() => requestMerge({ materialId: u.materialId, title: u.title })}>
              合并为重复…
            </Button>
          )}
        </Flex>
      )}
    </List.Item>
  );
}
