import { DeleteOutlined, LinkOutlined, PlusSquareOutlined, ScissorOutlined } from '@ant-design/icons';
import { Alert, App, AutoComplete, Button, Card, Empty, Flex, List, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { materialCategories, materialCategoryLabels, standardMaterialTitles, type MaterialCategory } from '../../../common/vocabulary';
import { ApiError, errorMessage } from '../../api/client';
import { useMaterial } from '../../api/materials.hooks';
import { useAttach, useSplitProposal, type BatchDetail } from '../../api/scanning.hooks';
import { MaterialStatusTag, OcrTag } from '../materials/material-tags';
import { CasePicker, type PickedCase } from './case-picker';
import {
  attachProblems,
  groupsFromProposal,
  movePages,
  newGroupFromPages,
  removePages,
  toAttachGroups,
  updateGroup,
  type DraftGroup,
  type PageRef,
} from './split-groups';

interface Props {
  batch: BatchDetail;
  pages: PageRef[];
  groups: DraftGroup[];
  onGroupsChange: (groups: DraftGroup[]) => void;
  onSeparators: (ids: string[]) => void;
  selected: string[];
  onClearSelection: () => void;
}

const titleOptions = standardMaterialTitles.map((t) => ({ value: t }));

/** Page positions as a short range text: 1–3、5. */
export function positionsText(positions: number[]): string {
  const sorted = [...positions].sort((a, b) => a - b);
  const parts: string[] = [];
  let start = sorted[0];
  let prev = sorted[0];
  for (const n of [...sorted.slice(1), Number.NaN]) {
    if (start === undefined || prev === undefined) break;
    if (n === prev + 1) {
      prev = n;
      continue;
    }
    parts.push(start === prev ? String(start) : `${start}–${prev}`);
    start = n;
    prev = n;
  }
  return parts.join('、');
}

function AttachedMaterial({ id, title }: { id: string; title: string }) {
  const m = useMaterial(id);
  return (
    <List.Item data-testid="attached-material" data-status={m.data?.status ?? 'processing'}>
      <Flex vertical gap={2} style={{ width: '100%' }}>
        <Link to={`/materials/${encodeURIComponent(id)}`}>{m.data?.title ?? title}</Link>
        <Space size={[0, 4]} wrap>
          {m.data && <MaterialStatusTag status={m.data.status} />}
          {m.data?.pages !== null && m.data?.pages !== undefined && <Tag>{m.data.pages} 页</Tag>}
          {m.data && <OcrTag status={m.data.ocrStatus} />}
        </Space>
      </Flex>
    </List.Item>
  );
}

/**
 * 拆分挂接: split the batch into materials — from the blank separator sheets, or by hand from the
 * selected pages — give each a title (standard titles offered, free text allowed) and a category,
 * and attach them to the case. After attaching, the materials are shown with their processing state.
 */
export function SplitPanel({ batch, pages, groups, onGroupsChange, onSeparators, selected, onClearSelection }: Props) {
  const proposal = useSplitProposal(batch.id);
  const attach = useAttach(batch.id);
  const { message } = App.useApp();
  const [picked, setPicked] = useState<PickedCase | undefined>();
  const [moveTarget, setMoveTarget] = useState<string>();
  const byId = new Map(pages.map((p) => [p.id, p]));
  const attached = batch.groups.filter((g) => g.materialId !== null);
  const attachedList = attached.length > 0 && (
    <Card size="small" title="已挂接的材料" data-testid="attached-materials">
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        已挂接到 {batch.case ? <Link to={`/cases/${encodeURIComponent(batch.case.id)}`}>{batch.case.caseNumber}</Link> : '案件'}。系统正在为每份材料合成
        PDF 并识别文字，完成后状态变为“可查阅”。
      </Typography.Paragraph>
      <List size="small" dataSource={attached} renderItem={(g) => <AttachedMaterial key={g.id} id={g.materialId!} title={g.title} />} />
    </Card>
  );
  // Pages still to be attached: in use, not a blank sheet, not in a material yet.
  const open = pages.filter((p) => p.status !== 'replaced' && p.verdict !== 'blank' && !attached.some((g) => g.pageIds.includes(p.id)));
  if (attached.length > 0 && open.length === 0) return <>{attachedList}</>;

  const caseId = batch.case?.id ?? picked?.id;
  const problems = attachProblems(groups, pages);
  const refused = attach.error instanceof ApiError && attach.error.code === 'SCAN_PAGES_NOT_ACCEPTABLE' ? ((attach.error.details as { pageIds?: string[] } | undefined)?.pageIds ?? []) : [];

  const propose = () =>
    proposal.mutate(undefined, {
      onSuccess: (p) => {
        const done = attached.flatMap((g) => g.pageIds);
        const proposed = removePages(groupsFromProposal(p), done);
        // A batch opened for a 补扫申请: its first material is what was asked for.
        const titled = batch.scanRequest && proposed[0] && !proposed[0].title ? [{ ...proposed[0], title: batch.scanRequest.title }, ...proposed.slice(1)] : proposed;
        onGroupsChange(titled);
        onSeparators(p.separators);
        onClearSelection();
        void message.success(`按空白分隔页拆分为 ${removePages(groupsFromProposal(p), done).length} 份材料`);
      },
      onError: (e) => void message.error(errorMessage(e)),
    });

  const doAttach = () => {
    if (!caseId) return;
    attach.mutate(
      { caseId, groups: toAttachGroups(groups) },
      {
        onSuccess: (res) => {
          void message.success(`已挂接 ${res.materials.length} 份材料，正在合成 PDF`);
          onGroupsChange([]);
        },
      },
    );
  };

  return (
    <Flex vertical gap={12}>
      {attachedList}
      {attachedList && (
        <Alert type="info" showIcon title={`还有 ${open.length} 页未挂接`} description="不合格的页退回重扫后，可再拆分挂接为新的材料。" data-testid="split-open-pages" />
      )}
      <Card size="small" title={attachedList ? '继续拆分挂接' : '拆分挂接'} data-testid="split-panel">
        <Flex vertical gap={10}>
          <div>
            <Typography.Text type="secondary">案件：</Typography.Text>
            {batch.case ? (
              <Typography.Text strong data-testid="split-case">
                {batch.case.caseNumber}
              </Typography.Text>
            ) : (
              <div style={{ marginTop: 4 }}>
                <CasePicker value={picked?.id} onChange={(_, c) => setPicked(c)} data-testid="split-case-picker" />
              </div>
            )}
          </div>
          <Button icon={<ScissorOutlined />} onClick={propose} loading={proposal.isPending} disabled={pages.length === 0} data-testid="split-propose" block>
            按空白分隔页拆分
          </Button>
          <Card size="small" type="inner" styles={{ body: { padding: 8 } }}>
            <Flex vertical gap={6}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {selected.length > 0 ? `已选 ${selected.length} 页（按住 Shift 可连选）` : '在左侧勾选页面后，可新建材料或移入已有材料'}
              </Typography.Text>
              <Flex gap={6}>
                <Button
                  size="small"
                  icon={<PlusSquareOutlined />}
                  disabled={selected.length === 0}
                  onClick={() => {
                    onGroupsChange(newGroupFromPages(groups, selected, pages));
                    onClearSelection();
                  }}
                  data-testid="split-new-group"
                >
                  新建材料
                </Button>
                <Button
                  size="small"
                  disabled={selected.length === 0}
                  onClick={() => {
                    onGroupsChange(removePages(groups, selected));
                    onClearSelection();
                  }}
                  data-testid="split-remove"
                >
                  移出材料
                </Button>
              </Flex>
              <Space.Compact size="small" style={{ width: '100%' }}>
                <Select
                  size="small"
                  placeholder="移入已有材料…"
                  value={moveTarget}
                  onChange={setMoveTarget}
                  options={groups.map((g, i) => ({ value: g.key, label: `材料 ${i + 1}${g.title ? `：${g.title}` : ''}` }))}
                  style={{ flex: 1, minWidth: 0 }}
                  disabled={groups.length === 0}
                  data-testid="split-move-target"
                />
                <Button
                  size="small"
                  disabled={selected.length === 0 || !moveTarget}
                  onClick={() => {
                    if (!moveTarget) return;
                    onGroupsChange(movePages(groups, selected, moveTarget, pages));
                    onClearSelection();
                  }}
                  data-testid="split-move"
                >
                  移入
                </Button>
              </Space.Compact>
            </Flex>
          </Card>

          {groups.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未拆分" />}
          {groups.map((g, i) => {
            const positions = g.pageIds.map((id) => byId.get(id)?.position).filter((n): n is number => n !== undefined);
            return (
              <Card
                key={g.key}
                size="small"
                type="inner"
                title={
                  <Space size={6}>
                    <span>材料 {i + 1}</span>
                    <Typography.Text type="secondary" style={{ fontWeight: 'normal', fontSize: 12 }}>
                      {g.pageIds.length} 页 · 第 {positionsText(positions)} 页
                    </Typography.Text>
                  </Space>
                }
                extra={
                  <Button
                    type="text"
                    size="small"
                    icon={<DeleteOutlined />}
                    aria-label="取消这份材料"
                    title="取消这份材料（页面回到未分配）"
                    onClick={() => onGroupsChange(groups.filter((x) => x.key !== g.key))}
                  />
                }
                data-testid="split-group"
              >
                <Flex vertical gap={6}>
                  <div data-testid={`group-title-${i + 1}`}>
                    <AutoComplete
                      value={g.title}
                      options={titleOptions}
                      showSearch={{ filterOption: (input, option) => String(option?.value ?? '').includes(input.trim()) }}
                      onChange={(v: string) => onGroupsChange(updateGroup(groups, g.key, { title: v }))}
                      placeholder="题名，如：起诉状"
                      maxLength={200}
                      style={{ width: '100%' }}
                      status={g.title.trim() ? undefined : 'warning'}
                    />
                  </div>
                  <div data-testid={`group-category-${i + 1}`}>
                    <Select<MaterialCategory>
                      value={g.category}
                      onChange={(v) => onGroupsChange(updateGroup(groups, g.key, { category: v }))}
                      options={materialCategories.map((c) => ({ value: c, label: materialCategoryLabels[c] }))}
                      style={{ width: '100%' }}
                    />
                  </div>
                </Flex>
              </Card>
            );
          })}

          {groups.length > 0 && problems.length > 0 && (
            <Alert type="warning" showIcon title="还不能挂接" description={<ul style={{ margin: 0, paddingInlineStart: 18 }}>{problems.map((p) => <li key={p}>{p}</li>)}</ul>} data-testid="split-problems" />
          )}
          {attach.isError && (
            <Alert
              type="error"
              showIcon
              title={errorMessage(attach.error)}
              description={refused.length > 0 ? `涉及第 ${positionsText(refused.map((id) => byId.get(id)?.position).filter((n): n is number => n !== undefined))} 页` : undefined}
              data-testid="attach-error"
            />
          )}
          <Button
            type="primary"
            icon={<LinkOutlined />}
            disabled={groups.length === 0 || problems.length > 0 || !caseId}
            loading={attach.isPending}
            onClick={doAttach}
            data-testid="batch-attach"
            block
          >
            挂接到案件
          </Button>
          {!caseId && groups.length > 0 && <Typography.Text type="secondary">请先选择案件</Typography.Text>}
        </Flex>
      </Card>
    </Flex>
  );
}
