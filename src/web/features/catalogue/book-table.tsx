import { ArrowDownOutlined, ArrowUpOutlined, FilePdfOutlined, HolderOutlined, MoreOutlined } from '@ant-design/icons';
import { Button, DatePicker, Dropdown, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useRef, type DragEvent, type HTMLAttributes, type PointerEvent } from 'react';
import { Link } from 'react-router';
import { volumeKindLabels, type VolumeKind } from '../../../common/catalogue-api';
import { volumeDocumentUrl, type VolumeDocumentKind } from '../../api/catalogue.hooks';
import { focusProps, useActiveFocus } from './catalogue-focus';
import {
  mergeWithPreviousBook,
  moveBy,
  moveToOtherVolume,
  otherVolume,
  removeEntry,
  splitBookAt,
  updateEntry,
  type CatalogueDraft,
  type DraftEntry,
  type EntryPosition,
} from './catalogue-draft';
import { EditableText } from './editable-text';
import { useMergeRequest } from './merge-duplicate-modal';
import { paginate, totalPages } from '../../../common/volume-pagination';
import { pageLabel } from './page-label';
import styles from './catalogue.module.css';

export type ApplyChange = (change: (draft: CatalogueDraft) => CatalogueDraft) => void;

/** Drag and drop of rows between 册 and volumes (native HTML5: draggable rows, dragover/drop). */
export interface RowDnd {
  /** Where the dragged row would land: before row `index` of the 册 (its length: at the end). */
  hint: EntryPosition | null;
  start: (from: EntryPosition) => void;
  over: (to: EntryPosition) => void;
  drop: (to: EntryPosition) => void;
  end: () => void;
  /** The row being dragged (shown dimmed). */
  dragged: EntryPosition | null;
  /** Whether a row of this page is being dragged (read at event time, not at render). */
  isActive: () => boolean;
}

interface BookTableProps {
  caseId: string;
  /** The page holds the catalogue as saved (the 卷宗文书 are generated from the saved one). */
  saved: boolean;
  kind: VolumeKind;
  book: number;
  bookCount: number;
  entries: DraftEntry[];
  bookPageLimit: number;
  /** Null when the catalogue is read-only. */
  apply: ApplyChange | null;
  dnd: RowDnd;
}

type Row = DraftEntry & { index: number; pageStart: number | null; pageEnd: number | null };

/** One 册 of a volume: its page total, and its entries with 卷内页码 computed from their order. */
export function BookTable({ caseId, saved, kind, book, bookCount, entries, bookPageLimit, apply, dnd }: BookTableProps) {
  const focus = useActiveFocus();
  const requestMerge = useMergeRequest();
  const flash = { a: styles.focusA!, b: styles.focusB! };
  const header = focusProps(focus, `book:${kind}:${book + 1}`, flash);
  const ranges = paginate(entries);
  const rows: Row[] = entries.map((e, index) => ({ ...e, index, ...ranges[index]! }));
  const pages = totalPages(entries);
  const over = pages > bookPageLimit;
  const at = (index: number): EntryPosition => ({ kind, book, index });
  const other = volumeKindLabels[otherVolume(kind)];
  // A drag that starts in a field or on a button is editing (selecting text), not moving the row.
  const grabbed = useRef(true);

  /** Before or after the row, by which half of it the pointer is over. */
  const landing = (e: DragEvent<HTMLElement>, index: number): EntryPosition => {
    const rect = e.currentTarget.getBoundingClientRect();
    return at(e.clientY < rect.top + rect.height / 2 ? index : index + 1);
  };

  const columns: ColumnsType<Row> = [
    {
      title: '序号',
      key: 'seq',
      width: 44,
      render: (_, r) => (
        <span className={styles.seq}>
          {apply && <HolderOutlined className={styles.handle} aria-hidden />}
          {r.index + 1}
        </span>
      ),
    },
    {
      title: '题名',
      key: 'title',
      render: (_, r) => (
        <div className={styles.titleCell}>
          <EditableText
            value={r.title}
            required
            label="题名"
            testId="entry-title"
            display={
              <Link to={`/materials/${encodeURIComponent(r.materialId)}`} target="_blank" data-testid="entry-link">
                {r.title}
              </Link>
            }
            onChange={apply ? (title) => apply((d) => updateEntry(d, at(r.index), { title })) : undefined}
          />
          <div className={styles.tags}>
            {r.slotTitle && (
              <Tag className={styles.smallTag} data-testid="entry-slot">
                {r.slotTitle}
              </Tag>
            )}
            {r.placedBy === 'auto' && (
              <Tooltip title="自动编目放入此处（置信度）">
                <Tag color="blue" className={styles.smallTag} data-testid="entry-auto">
                  自动{r.confidence !== null ? ` ${Math.round(r.confidence * 100)}%` : ''}
                </Tag>
              </Tooltip>
            )}
          </div>
        </div>
      ),
    },
    {
      title: '责任者',
      key: 'responsible',
      width: 64,
      render: (_, r) => (
        <EditableText
          value={r.responsible}
          label="责任者"
          testId="entry-responsible"
          onChange={apply ? (responsible) => apply((d) => updateEntry(d, at(r.index), { responsible })) : undefined}
        />
      ),
    },
    {
      title: '日期',
      key: 'date',
      width: 96,
      render: (_, r) =>
        apply ? (
          <DatePicker
            size="small"
            variant="borderless"
            suffixIcon={null}
            placeholder="—"
            aria-label="日期"
            className={styles.date}
            value={r.date ? dayjs(r.date) : null}
            format="YYYY-MM-DD"
            data-testid="entry-date"
            onChange={(value) => apply((d) => updateEntry(d, at(r.index), { date: value ? value.format('YYYY-MM-DD') : null }))}
          />
        ) : (
          <span data-testid="entry-date">{r.date ?? <span className={styles.placeholder}>—</span>}</span>
        ),
    },
    {
      title: '页号',
      key: 'pages',
      width: 52,
      render: (_, r) => (
        <span className={styles.pages} data-testid="entry-pages">
          {pageLabel(r)}
        </span>
      ),
    },
    {
      title: '备注',
      key: 'remarks',
      width: 60,
      render: (_, r) => (
        <EditableText
          value={r.remarks}
          label="备注"
          testId="entry-remarks"
          maxLength={500}
          onChange={apply ? (remarks) => apply((d) => updateEntry(d, at(r.index), { remarks })) : undefined}
        />
      ),
    },
  ];

  if (apply) {
    columns.push({
      title: '操作',
      key: 'actions',
      width: 80,
      render: (_, r) => {
        const first = book === 0 && r.index === 0;
        const last = book === bookCount - 1 && r.index === entries.length - 1;
        return (
          <Space size={0}>
            <Button type="text" size="small" icon={<ArrowUpOutlined />} aria-label="上移" title="上移" disabled={first} data-testid="entry-up" onClick={() => apply((d) => moveBy(d, at(r.index), -1))} />
            <Button type="text" size="small" icon={<ArrowDownOutlined />} aria-label="下移" title="下移" disabled={last} data-testid="entry-down" onClick={() => apply((d) => moveBy(d, at(r.index), 1))} />
            <Dropdown
              trigger={['click']}
              menu={{
                items: [
                  { key: 'other', label: <span data-testid="entry-to-other">移到{other}</span> },
                  { key: 'split', label: <span data-testid="entry-split">在此处分册</span>, disabled: r.index === 0 },
                  ...(requestMerge ? [{ key: 'merge', label: <span data-testid="entry-merge">合并为重复…</span> }] : []),
                  { type: 'divider' },
                  { key: 'remove', label: <span data-testid="entry-remove">移出目录</span>, danger: true },
                ],
                onClick: ({ key }) => {
                  if (key === 'other') apply((d) => moveToOtherVolume(d, at(r.index)));
                  if (key === 'split') apply((d) => splitBookAt(d, at(r.index)));
                  if (key === 'remove') apply((d) => removeEntry(d, at(r.index)));
                  if (key === 'merge') requestMerge?.({ materialId: r.materialId, title: r.title });
                },
              }}
            >
              <Button type="text" size="small" icon={<MoreOutlined />} aria-label="更多操作" title="更多操作" data-testid="entry-more" />
            </Dropdown>
          </Space>
        );
      },
    });
  }

  const hintHere = dnd.hint && dnd.hint.kind === kind && dnd.hint.book === book ? dnd.hint.index : null;

  return (
    <section
      className={styles.book}
      data-testid="catalogue-book"
      data-volume={kind}
      data-book={book + 1}
      onDragOver={
        apply
          ? (e) => {
              if (!dnd.isActive()) return;
              e.preventDefault();
              e.dataTransfer.dropEffect = 'move';
              dnd.over(at(entries.length));
            }
          : undefined
      }
      onDrop={
        apply
          ? (e) => {
              if (!dnd.isActive()) return;
              e.preventDefault();
              dnd.drop(at(entries.length));
            }
          : undefined
      }
    >
      <div className={`${styles.bookHeader} ${header.className}`} data-testid="book-header" data-focused={header['data-focused']}>
        <Space size={8} wrap>
          <Typography.Text strong data-testid="book-title">
            第 {book + 1} 册
          </Typography.Text>
          <Typography.Text type="secondary" data-testid="book-pages">
            {entries.length} 件，共 {pages} 页
          </Typography.Text>
          {over && (
            <Tag color="warning" data-testid="book-over-limit">
              超过每册 {bookPageLimit} 页上限
            </Tag>
          )}
        </Space>
        <Space size={4} wrap>
          {apply && book > 0 && (
            <Button size="small" type="link" data-testid="book-merge" onClick={() => apply((d) => mergeWithPreviousBook(d, kind, book))}>
              合并到上一册
            </Button>
          )}
          <BookDocuments caseId={caseId} kind={kind} number={book + 1} saved={saved} />
        </Space>
      </div>
      <Table<Row>
        size="small"
        rowKey="materialId"
        pagination={false}
        tableLayout="fixed"
        columns={columns}
        dataSource={rows}
        locale={{ emptyText: '本册没有材料' }}
        onRow={(r) => {
          const row = focusProps(focus, `entry:${r.materialId}`, flash);
          const cls = [
            hintHere === r.index ? styles.dropBefore : '',
            hintHere === entries.length && r.index === entries.length - 1 ? styles.dropAfter : '',
            apply ? styles.draggable : '',
            dnd.dragged?.kind === kind && dnd.dragged.book === book && dnd.dragged.index === r.index ? styles.dragged : '',
            row.className,
          ].join(' ');
          const props: HTMLAttributes<HTMLElement> & Record<string, unknown> = {
            className: cls,
            'data-testid': 'catalogue-row',
            'data-material-id': r.materialId,
            'data-slot-id': r.slotId ?? undefined,
            'data-focused': row['data-focused'],
          };
          if (!apply) return props;
          return {
            ...props,
            draggable: true,
            onPointerDown: (e: PointerEvent<HTMLElement>) => {
              grabbed.current = !(e.target as Element).closest('input, textarea, button, .ant-picker, .ant-select');
            },
            onDragStart: (e: DragEvent<HTMLElement>) => {
              if (!grabbed.current) {
                e.preventDefault();
                return;
              }
              e.dataTransfer.effectAllowed = 'move';
              e.dataTransfer.setData('text/plain', r.materialId);
              dnd.start(at(r.index));
            },
            onDragOver: (e: DragEvent<HTMLElement>) => {
              if (!dnd.isActive()) return;
              e.preventDefault();
              e.stopPropagation();
              e.dataTransfer.dropEffect = 'move';
              dnd.over(landing(e, r.index));
            },
            onDrop: (e: DragEvent<HTMLElement>) => {
              if (!dnd.isActive()) return;
              e.preventDefault();
              e.stopPropagation();
              dnd.drop(landing(e, r.index));
            },
            onDragEnd: () => dnd.end(),
          };
        }}
      />
    </section>
  );
}

const documents: Array<{ document: VolumeDocumentKind; label: string }> = [
  { document: 'cover', label: '封面' },
  { document: 'catalogue', label: '卷内目录' },
  { document: 'notes', label: '备考表' },
  { document: 'volume', label: '整册 PDF' },
];

/**
 * 卷宗文书 of a 册, opened in a new tab: generated by the server from the saved catalogue, so they
 * are disabled while the page has unsaved changes.
 */
function BookDocuments({ caseId, kind, number, saved }: { caseId: string; kind: VolumeKind; number: number; saved: boolean }) {
  const links = (
    <span className={styles.bookDocs} data-testid="book-documents" data-saved={saved}>
      {documents.map(({ document, label }) => (
        <Button
          key={document}
          size="small"
          type="link"
          icon={document === 'volume' ? <FilePdfOutlined /> : undefined}
          href={saved ? volumeDocumentUrl(caseId, kind, number, document) : undefined}
          target="_blank"
          rel="noopener"
          disabled={!saved}
          aria-label={`${volumeKindLabels[kind]}第 ${number} 册${label}`}
          data-testid={`book-doc-${document}`}
        >
          {label}
        </Button>
      ))}
    </span>
  );
  return saved ? links : <Tooltip title="请先保存，文书按已保存的目录生成">{links}</Tooltip>;
}
