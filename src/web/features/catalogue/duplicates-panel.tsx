import { Button, Flex, List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { CatalogueOut } from '../../../common/catalogue-api';
import type { ApplyChange } from './book-table';
import { allEntries, unmergeDuplicate, type CatalogueDraft } from './catalogue-draft';
import { useMergeRequest } from './merge-duplicate-modal';
import styles from './catalogue.module.css';

type Suggestion = CatalogueOut['duplicateSuggestions'][number];

/** The server's 疑似重复 that still apply to the draft: neither merged yet, the kept one still an entry. */
export function openSuggestions(suggestions: readonly Suggestion[], draft: CatalogueDraft): Suggestion[] {
  const entries = new Set(allEntries(draft).map((e) => e.materialId));
  const merged = new Set(draft.duplicates.map((d) => d.materialId));
  const unplaced = new Set(draft.unplaced.map((u) => u.materialId));
  return suggestions.filter((s) => !merged.has(s.materialId) && entries.has(s.keptMaterialId) && (entries.has(s.materialId) || unplaced.has(s.materialId)));
}

/**
 * 重复材料: the pairs that look like the same material twice (合并 opens the dialog with the pair
 * chosen), and the materials already merged, each with the entry kept and 撤销合并.
 */
export function DuplicatesPanel({ suggestions, draft, apply }: { suggestions: readonly Suggestion[]; draft: CatalogueDraft; apply: ApplyChange | null }) {
  const requestMerge = useMergeRequest();
  const open = openSuggestions(suggestions, draft);
  if (open.length === 0 && draft.duplicates.length === 0) {
    return <Typography.Text type="secondary">未发现重复材料</Typography.Text>;
  }
  return (
    <Flex vertical gap={4}>
      {open.length > 0 && (
        <List
          size="small"
          header={<Typography.Text type="warning">疑似重复（{open.length}）</Typography.Text>}
          dataSource={open}
          rowKey="materialId"
          data-testid="duplicate-suggestions"
          renderItem={(s) => (
            <List.Item
              data-testid="duplicate-suggestion"
              data-material-id={s.materialId}
              actions={
                apply && requestMerge
                  ? [
                      <Button key="merge" size="small" data-testid="duplicate-suggestion-merge" onClick={() => requestMerge({ materialId: s.materialId, title: s.title, keptMaterialId: s.keptMaterialId })}>
                        合并
                      </Button>,
                    ]
                  : undefined
              }
            >
              <div className={styles.unplacedText}>
                <span>
                  <Link to={`/materials/${encodeURIComponent(s.materialId)}`} target="_blank">
                    {s.title}
                  </Link>
                </span>
                <Typography.Text type="secondary" className={styles.reasons}>
                  {s.reason}
                </Typography.Text>
              </div>
            </List.Item>
          )}
        />
      )}
      {draft.duplicates.length > 0 && (
        <List
          size="small"
          header={<Typography.Text>已合并（{draft.duplicates.length}）</Typography.Text>}
          dataSource={draft.duplicates}
          rowKey="materialId"
          data-testid="duplicates-merged"
          renderItem={(d) => (
            <List.Item
              data-testid="duplicate-merged"
              data-material-id={d.materialId}
              actions={
                apply
                  ? [
                      <Button key="undo" size="small" type="link" data-testid="duplicate-unmerge" onClick={() => apply((x) => unmergeDuplicate(x, d.materialId))}>
                        撤销合并
                      </Button>,
                    ]
                  : undefined
              }
            >
              <div className={styles.unplacedText}>
                <Space size={6} wrap>
                  <Link to={`/materials/${encodeURIComponent(d.materialId)}`} target="_blank">
                    {d.title}
                  </Link>
                  <Tag className={styles.smallTag}>并入“{d.keptTitle}”</Tag>
                </Space>
                <Typography.Text type="secondary" className={styles.reasons}>
                  {d.reason}
                </Typography.Text>
              </div>
            </List.Item>
          )}
        />
      )}
    </Flex>
  );
}
