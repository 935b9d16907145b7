import { Alert, App, Breadcrumb, Button, Card, ConfigProvider, Empty, Flex, InputNumber, Popconfirm, Skeleton, Space, Tag, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { volumeKindLabels, type CatalogueOut, type VolumeKind } from '../../../common/catalogue-api';
import { archiveStateLabels } from '../../../common/vocabulary';
import { useMe } from '../../api/auth.hooks';
import { useCase } from '../../api/cases.hooks';
import { useAutoCatalogue, useCatalogue, useCatalogueCheck, useSaveCatalogue, type CatalogueFindingOut } from '../../api/catalogue.hooks';
import { ApiError, errorMessage } from '../../api/client';
import { QueryError } from '../../components/page-state';
import { formatTime } from '../../lib/format';
import { BookTable, type ApplyChange, type RowDnd } from './book-table';
import { fromCatalogue, mergeDuplicate, missingSlots, moveEntry, sameCatalogue, toCatalogueIn, withArrivedMaterials, type CatalogueDraft, type EntryPosition } from './catalogue-draft';
import { MaterialUploadModal } from '../materials/material-upload-modal';
import { focusKey, focusOfHref, FocusContext, parseFocus, type ActiveFocus } from './catalogue-focus';
import { CheckPanel } from './check-panel';
import { SlotsPanel } from './slots-panel';
import { UnplacedPanel } from './unplaced-panel';
import { DuplicatesPanel, openSuggestions } from './duplicates-panel';
import { MergeDuplicateModal, MergeRequestContext, type MergeTarget } from './merge-duplicate-modal';
import { ScanRequestModal, type ScanRequestDraft } from './scan-request-modal';
import { ScanRequestsPanel } from './scan-requests-panel';
import { useCaseScanRequests } from '../../api/scan-requests.hooks';
import { useCaseReview } from '../../api/review.hooks';
import { SubmitForReviewButton } from './submit-for-review';
import { ReviewFeedbackPanel } from './review-feedback-panel';
import { ReceptionRejectionNotice } from './reception-rejection-notice';
import { useLeaveGuard } from './use-leave-guard';
import { totalPages } from '../../../common/volume-pagination';
import styles from './catalogue.module.css';

/** 卷宗编目: the clerk arranges the catalogue (卷内目录) of a closed case. One editor per case. */
export default function CataloguePage() {
  const { id = '' } = useParams();
  return <CatalogueEditor key={id} caseId={id} />;
}

const samePosition = (a: EntryPosition | null, b: EntryPosition | null) =>
  a === b || (a !== null && b !== null && a.kind === b.kind && a.book === b.book && a.index === b.index);

function CatalogueEditor({ caseId }: { caseId: string }) {
  const detail = useCase(caseId);
  const { data: me } = useMe();
  const query = useCatalogue(caseId);
  const save = useSaveCatalogue(caseId);
  const auto = useAutoCatalogue(caseId);
  const { message } = App.useApp();
  const location = useLocation();
  const [searchParams] = useSearchParams();
  const focusParam = searchParams.get('focus');

  // The catalogue as last read or saved (its version is what a save is based on), and the working copy.
  const [loaded, setLoaded] = useState<{ base: CatalogueOut; draft: CatalogueDraft } | null>(null);
  const [saveError, setSaveError] = useState<unknown>(null);
  const load = useCallback((c: CatalogueOut) => {
    setLoaded({ base: c, draft: fromCatalogue(c) });
    setSaveError(null);
  }, []);
  if (query.data && loaded === null) load(query.data); // first read: adopt it during render

  const base = loaded?.base ?? null;
  const draft = loaded?.draft ?? null;
  const baseDraft = useMemo(() => (base ? fromCatalogue(base) : null), [base]);
  const dirty = !!draft && !!baseDraft && !sameCatalogue(baseDraft, draft);
  useLeaveGuard(dirty);
  // 完整性检查 of the saved catalogue: checked again for each version the page holds.
  const check = useCatalogueCheck(caseId, base?.version ?? null);
  // 上传补充材料: after an upload the new material joins 未编入; unsaved work stays as it is.
  const [uploading, setUploading] = useState(false);
  const [merging, setMerging] = useState<MergeTarget | null>(null);
  // 补扫申请: asked from a missing slot or from 未编入材料; a fulfilled one brings its materials in.
  const [scanDraft, setScanDraft] = useState<ScanRequestDraft | null>(null);
  /** Materials arrived (uploaded here, or scanned on request): they join 未编入 without touching unsaved work. */
  const takeArrived = async () => {
    const latest = await query.refetch();
    if (latest.data) {
      const fresh = latest.data;
      setLoaded((l) => (l ? withArrivedMaterials(l, fresh) : l));
    }
    void check.refetch(); // the new material is not catalogued yet: the check says so
  };
  const onUploaded = async () => {
    setUploading(false);
    await takeArrived();
  };
  const scanRequests = useCaseScanRequests(caseId);
  const review = useCaseReview(caseId);
  const hasFeedback = !!review.data && (review.data.comments.length > 0 || review.data.rounds.some((r) => r.decision === 'return'));
  const scannedReady = (scanRequests.data?.items ?? []).flatMap((r) => r.materials.filter((m) => m.status === 'ready').map((m) => m.id)).sort().join(',');
  const seenScanned = useRef<string | null>(null);
  useEffect(() => {
    if (!scanRequests.data) return;
    if (seenScanned.current !== null && seenScanned.current !== scannedReady && loaded) void takeArrived();
    seenScanned.current = scannedReady;
    // Runs when the set of scanned materials changes (takeArrived reads the latest state itself).
  }, [scannedReady, scanRequests.data !== undefined]);

  const c = detail.data;
  const mayEdit = !!me?.permissions.includes('catalogue.edit');
  const editable = mayEdit && c?.archiveState === 'cataloguing';
  const apply: ApplyChange | null = useMemo(
    () => (editable ? (change) => setLoaded((l) => (l ? { ...l, draft: change(l.draft) } : l)) : null),
    [editable],
  );

  // Native drag and drop: where the row came from is kept in a ref so dragstart does not re-render.
  const dragFrom = useRef<EntryPosition | null>(null);
  const [hint, setHint] = useState<EntryPosition | null>(null);
  const [dragged, setDragged] = useState<EntryPosition | null>(null);
  const endDrag = useCallback(() => {
    dragFrom.current = null;
    setHint(null);
    setDragged(null);
  }, []);
  const dnd: RowDnd = {
    hint,
    dragged,
    isActive: () => dragFrom.current !== null,
    start: (from) => {
      dragFrom.current = from;
      // Dim the row once the browser has taken its picture for the drag image.
      requestAnimationFrame(() => setDragged(dragFrom.current));
    },
    over: (to) => setHint((h) => (samePosition(h, to) ? h : to)),
    drop: (to) => {
      const from = dragFrom.current;
      if (from && apply) apply((d) => moveEntry(d, from, to));
      endDrag();
    },
    end: endDrag,
  };

  const onSave = () => {
    if (!draft || !base) return;
    save.mutate(toCatalogueIn(draft, base.version), {
      onSuccess: (saved) => {
        load(saved);
        void message.success(`已保存，卷内目录为第 ${saved.version} 版`);
      },
      onError: setSaveError,
    });
  };
  const onAuto = () =>
    auto.mutate(undefined, {
      onSuccess: (proposed) => {
        load(proposed);
        void message.success(`已自动编目：编入 ${proposed.volumes.reduce((n, v) => n + v.entries.length, 0)} 件，未编入 ${proposed.unplaced.length} 件`);
      },
      onError: setSaveError,
    });
  const onRefresh = async () => {
    const latest = await query.refetch();
    if (latest.data) load(latest.data);
    else if (latest.error) setSaveError(latest.error);
  };

  const conflict = saveError instanceof ApiError && saveError.code === 'CATALOGUE_VERSION_CONFLICT';
  const issues =
    saveError instanceof ApiError && saveError.code === 'CATALOGUE_INVALID'
      ? ((saveError.details as { issues?: Array<{ message: string }> } | undefined)?.issues ?? [])
      : [];
  const missing = useMemo(() => (draft && base ? missingSlots(draft, base.slots) : []), [draft, base]);

  // 定位: `?focus=` (on arrival, or a finding's link) scrolls to the place and highlights it briefly.
  const [request, setRequest] = useState<{ value: string; n: number } | null>(null);
  const [active, setActive] = useState<ActiveFocus | null>(null);
  const requests = useRef(0);
  const ready = draft !== null;
  useEffect(() => {
    if (ready && focusParam) setRequest({ value: focusParam, n: ++requests.current });
  }, [focusParam, ready]);
  const current = useRef({ draft, missing });
  current.current = { draft, missing };
  useEffect(() => {
    if (!request || !current.current.draft) return;
    const target = parseFocus(request.value);
    const key = target ? focusKey(target, current.current.draft, current.current.missing) : null;
    if (key) setActive({ key, n: request.n });
    else void message.info('本页未找到要定位的位置，目录可能已调整');
  }, [request, message]);
  useEffect(() => {
    if (!active) return;
    const frame = requestAnimationFrame(() => {
      document.querySelector('[data-focused="true"]')?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    });
    const timer = window.setTimeout(() => setActive((a) => (a === active ? null : a)), 2600);
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [active]);
  const onLocate = (finding: CatalogueFindingOut, e: MouseEvent<HTMLAnchorElement>) => {
    const value = focusOfHref(finding.href);
    const samePage = new URL(finding.href, window.location.href).pathname === location.pathname;
    // A new address is followed by the link (and read above); the same one again is not, so flash here.
    if (value && samePage && value === focusParam) {
      e.preventDefault();
      setRequest({ value, n: ++requests.current });
    }
  };

  const entryCount = draft ? draft.volumes.main.flat().length + draft.volumes.side.flat().length : 0;

  return (
    <FocusContext.Provider value={active}>
    <MergeRequestContext.Provider value={apply ? setMerging : null}>
    <Flex vertical gap={12}>
      <Breadcrumb
        items={[
          { title: <Link to="/cases">案件</Link> },
          { title: <Link to={`/cases/${encodeURIComponent(caseId)}`} data-testid="breadcrumb-case">{c?.caseNumber ?? '案件详情'}</Link> },
          { title: '卷宗编目' },
        ]}
      />
      {detail.isError && <QueryError error={detail.error} onRetry={() => void detail.refetch()} />}
      {query.isError && !loaded && <QueryError error={query.error} onRetry={() => void query.refetch()} />}
      {(detail.isPending || query.isPending) && !loaded && (
        <Card>
          <Skeleton active />
        </Card>
      )}

      {c && !mayEdit && (
        <Alert type="info" showIcon title="您没有编目权限，卷内目录仅供查阅" data-testid="catalogue-readonly" />
      )}
      {c && mayEdit && c.archiveState !== 'cataloguing' && (
        <Alert
          type="info"
          showIcon
          title={`案卷当前为“${archiveStateLabels[c.archiveState]}”，只有“待编目”的案卷才能修改目录`}
          action={
            c.archiveState !== 'collecting' && (
              <Link to={`/cases/${encodeURIComponent(caseId)}/review`} data-testid="catalogue-review-link">
                查看审核
              </Link>
            )
          }
          data-testid="catalogue-readonly"
        />
      )}

      {c && query.data === null && !loaded && (
        <Card>
          <Empty description="本案尚未编目" data-testid="catalogue-empty">
            {editable && (
              <Button type="primary" loading={auto.isPending} onClick={onAuto} data-testid="catalogue-auto">
                自动编目
              </Button>
            )}
          </Empty>
        </Card>
      )}

      {saveError !== null && (
        <Alert
          type="error"
          showIcon
          data-testid={conflict ? 'catalogue-conflict' : 'catalogue-error'}
          title={errorMessage(saveError)}
          description={
            conflict ? (
              '点“刷新”载入最新的目录；您在本页未保存的修改将被放弃。也可以先对照本页记下修改，再刷新。'
            ) : issues.length > 0 ? (
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {issues.map((i, n) => (
                  <li key={n}>{i.message}</li>
                ))}
              </ul>
            ) : undefined
          }
          action={
            conflict ? (
              <Button size="small" danger onClick={() => void onRefresh()} loading={query.isFetching} data-testid="catalogue-refresh">
                刷新
              </Button>
            ) : (
              <Button size="small" onClick={() => setSaveError(null)}>
                关闭
              </Button>
            )
          }
        />
      )}

      {c && base && draft && (
        <>
          <Card size="small" data-testid="catalogue-header">
            <div className={styles.header}>
              <Space size={12} align="center" wrap>
                <Typography.Title level={4} style={{ margin: 0 }} data-testid="catalogue-case-number">
                  {c.caseNumber}
                </Typography.Title>
                <Typography.Text type="secondary">卷宗编目</Typography.Text>
                {dirty && (
                  <Tag color="orange" data-testid="catalogue-dirty">
                    有未保存的修改
                  </Tag>
                )}
              </Space>
              {apply && (
                <Space wrap>
                  <Popconfirm
                    title="重新自动编目？"
                    description={<div style={{ maxWidth: 280 }}>将按模板重新生成目录，替换当前的编排{dirty ? '，并放弃本页未保存的修改' : ''}。</div>}
                    okText="重新编目"
                    cancelText="取消"
                    okButtonProps={{ danger: true, 'data-testid': 'catalogue-auto-confirm' }}
                    onConfirm={onAuto}
                  >
                    <Button loading={auto.isPending} data-testid="catalogue-auto">
                      自动编目
                    </Button>
                  </Popconfirm>
                  <Popconfirm
                    title="放弃本页的修改？"
                    description="目录将恢复为上次保存的样子。"
                    okText="放弃修改"
                    cancelText="取消"
                    okButtonProps={{ danger: true, 'data-testid': 'catalogue-discard-confirm' }}
                    onConfirm={() => {
                      setLoaded({ base, draft: fromCatalogue(base) });
                      setSaveError(null);
                    }}
                    disabled={!dirty}
                  >
                    <Button disabled={!dirty} data-testid="catalogue-discard">
                      放弃修改
                    </Button>
                  </Popconfirm>
                  <Button type="primary" disabled={!dirty} loading={save.isPending} onClick={onSave} data-testid="catalogue-save">
                    保存
                  </Button>
                  <SubmitForReviewButton caseId={caseId} dirty={dirty} checkOk={check.data?.ok} judge={c.judge} />
                </Space>
              )}
            </div>
            <div className={styles.meta}>
              <span>
                <span className={styles.metaLabel}>编目模板</span>
                {base.templateName}
                <Typography.Text type="secondary">（第 {base.templateVersion} 版）</Typography.Text>
              </span>
              <span>
                <span className={styles.metaLabel}>目录版本</span>
                <span data-testid="catalogue-version" data-version={base.version}>
                  第 {base.version} 版
                </span>
              </span>
              <span>
                <span className={styles.metaLabel}>每册页数上限</span>
                {apply ? (
                  <InputNumber
                    size="small"
                    min={20}
                    max={1000}
                    precision={0}
                    value={draft.bookPageLimit}
                    suffix="页"
                    style={{ width: 96 }}
                    aria-label="每册页数上限"
                    data-testid="catalogue-book-limit"
                    onChange={(v) => typeof v === 'number' && apply((d) => ({ ...d, bookPageLimit: v }))}
                  />
                ) : (
                  `${draft.bookPageLimit} 页`
                )}
              </span>
              <span>
                <span className={styles.metaLabel}>最后修改</span>
                {formatTime(base.updatedAt)}
              </span>
            </div>
          </Card>

          <div className={styles.panels}>
            <Card
              size="small"
              title={`未编入材料（${draft.unplaced.length}）`}
              data-testid="catalogue-unplaced"
              extra={
                editable && (
                  <Space size={0}>
                    <Button size="small" type="link" onClick={() => setUploading(true)} data-testid="catalogue-upload">
                      上传补充材料
                    </Button>
                    <Button size="small" type="link" onClick={() => setScanDraft({ title: '' })} data-testid="catalogue-scan-request">
                      申请补扫
                    </Button>
                  </Space>
                )
              }
            >
              <UnplacedPanel unplaced={draft.unplaced} slots={base.slots} apply={apply} />
            </Card>
            {editable && <MaterialUploadModal caseId={caseId} open={uploading} onClose={() => void onUploaded()} />}
            <div className={styles.sideStack}>
              <Card
                size="small"
                title="完整性检查"
                data-testid="catalogue-check"
                extra={
                  <Button size="small" type="link" loading={check.isFetching} onClick={() => void check.refetch()} data-testid="check-refresh">
                    重新检查
                  </Button>
                }
              >
                <CheckPanel
                  check={check.data}
                  error={check.error}
                  loading={check.isPending}
                  onRetry={() => void check.refetch()}
                  version={base.version}
                  dirty={dirty}
                  onLocate={onLocate}
                />
              </Card>
              <ReceptionRejectionNotice caseId={caseId} />
              {hasFeedback && (
                <Card size="small" title="审核意见" data-testid="catalogue-review-feedback">
                  <ReviewFeedbackPanel caseId={caseId} review={review.data!} draft={draft} editable={editable} onLocate={(value) => setRequest({ value, n: ++requests.current })} />
                </Card>
              )}
              <Card size="small" title="必备材料" data-testid="catalogue-required">
                <SlotsPanel missing={missing} waivers={draft.waivers} apply={apply} onRequestScan={editable ? (slot) => setScanDraft({ title: slot.title, slotId: slot.id }) : undefined} />
              </Card>
              {(scanRequests.data?.items.length ?? 0) > 0 && (
                <Card size="small" title={`补扫申请（${scanRequests.data!.items.length}）`} data-testid="catalogue-scan-requests">
                  <ScanRequestsPanel requests={scanRequests.data!.items} editable={editable} />
                </Card>
              )}
              {(draft.duplicates.length > 0 || openSuggestions(base.duplicateSuggestions, draft).length > 0) && (
                <Card size="small" title="重复材料" data-testid="catalogue-duplicates">
                  <DuplicatesPanel suggestions={base.duplicateSuggestions} draft={draft} apply={apply} />
                </Card>
              )}
            </div>
          </div>

          {/* Two volumes side by side leave each table narrow: tighter cells give 题名 the room. */}
          <ConfigProvider theme={{ components: { Table: { cellPaddingInlineSM: 4 } } }}>
            <div className={styles.volumes} data-testid="catalogue-volumes" data-entries={entryCount}>
              {(['main', 'side'] as const).map((kind) => (
                <VolumeCard key={kind} caseId={caseId} kind={kind} draft={draft} apply={apply} dnd={dnd} dirty={dirty} />
              ))}
            </div>
          </ConfigProvider>
          {editable && <ScanRequestModal caseId={caseId} draft={scanDraft} slots={base.slots} onClose={() => setScanDraft(null)} />}
          <MergeDuplicateModal
            target={merging}
            draft={draft}
            onCancel={() => setMerging(null)}
            onMerge={(keptMaterialId, reason) => {
              const target = merging;
              setMerging(null);
              if (target) apply?.((d) => mergeDuplicate(d, target.materialId, keptMaterialId, reason));
            }}
          />
        </>
      )}
    </Flex>
    </MergeRequestContext.Provider>
    </FocusContext.Provider>
  );
}

function VolumeCard({
  caseId,
  kind,
  draft,
  apply,
  dnd,
  dirty,
}: {
  caseId: string;
  kind: VolumeKind;
  draft: CatalogueDraft;
  apply: ApplyChange | null;
  dnd: RowDnd;
  dirty: boolean;
}) {
  const books = draft.volumes[kind];
  const pages = totalPages(books.flat());
  const emptyHint = dnd.hint?.kind === kind && books.length === 0;
  return (
    <Card
      size="small"
      title={volumeKindLabels[kind]}
      extra={
        <Typography.Text type="secondary" data-testid="volume-summary">
          {books.length} 册 · {books.flat().length} 件 · 共 {pages} 页
        </Typography.Text>
      }
      data-testid={`volume-${kind}`}
    >
      {books.length === 0 ? (
        <div
          className={`${styles.emptyVolume} ${emptyHint ? styles.emptyVolumeActive : ''}`}
          data-testid="volume-empty"
          onDragOver={
            apply
              ? (e) => {
                  if (!dnd.isActive()) return;
                  e.preventDefault();
                  dnd.over({ kind, book: 0, index: 0 });
                }
              : undefined
          }
          onDrop={
            apply
              ? (e) => {
                  if (!dnd.isActive()) return;
                  e.preventDefault();
                  dnd.drop({ kind, book: 0, index: 0 });
                }
              : undefined
          }
        >
          {apply ? `${volumeKindLabels[kind]}暂无材料，可将材料拖到此处` : `${volumeKindLabels[kind]}暂无材料`}
        </div>
      ) : (
        books.map((entries, book) => (
          <BookTable
            key={book}
            caseId={caseId}
            saved={!dirty}
            kind={kind}
            book={book}
            bookCount={books.length}
            entries={entries}
            bookPageLimit={draft.bookPageLimit}
            apply={apply}
            dnd={dnd}
          />
        ))
      )}
    </Card>
  );
}
