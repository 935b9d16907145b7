import { LeftOutlined, RightOutlined, ZoomInOutlined, ZoomOutOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, InputNumber, Select, Space, Spin, Typography } from 'antd';
import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy, type RenderTask } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { bundledPdfDataOptions } from './pdf-assets';
import styles from './pdf-viewer.module.css';

GlobalWorkerOptions.workerSrc = workerUrl;

const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3];
const FIT = 'fit';
type Zoom = number | typeof FIT;

interface PageSize {
  width: number;
  height: number;
}

/** The zoom step after (or before) the current scale. */
export function nextZoom(scale: number, direction: 1 | -1): number {
  if (direction > 0) return ZOOMS.find((z) => z > scale + 0.001) ?? ZOOMS[ZOOMS.length - 1]!;
  return [...ZOOMS].reverse().find((z) => z < scale - 0.001) ?? ZOOMS[0]!;
}

/**
 * One page: a placeholder of the right size until it comes near the visible area, then a canvas
 * rendered at the screen's pixel density. Re-rendered when the scale changes.
 */
function PdfPage({ doc, n, scale, size, root }: { doc: PDFDocumentProxy; n: number; scale: number; size: PageSize; root: HTMLElement | null }) {
  const holder = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [visible, setVisible] = useState(false);
  const [ownSize, setOwnSize] = useState<PageSize | null>(null);
  const [rendered, setRendered] = useState(false);

  useEffect(() => {
    const el = holder.current;
    if (!el || visible) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setVisible(true), {
      root,
      rootMargin: '400px 0px',
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [root, visible]);

  useEffect(() => {
    if (!visible) return;
    let task: RenderTask | null = null;
    let cancelled = false;
    void (async () => {
      const page = await doc.getPage(n);
      if (cancelled) return;
      const base = page.getViewport({ scale: 1 });
      setOwnSize({ width: base.width, height: base.height });
      const ratio = window.devicePixelRatio || 1;
      const viewport = page.getViewport({ scale: scale * ratio });
      const c = canvas.current;
      if (!c) return;
      c.width = Math.floor(viewport.width);
      c.height = Math.floor(viewport.height);
      task = page.render({ canvas: c, viewport });
      await task.promise;
      if (!cancelled) setRendered(true);
    })().catch((e: unknown) => {
      if ((e as { name?: string })?.name !== 'RenderingCancelledException') console.warn('pdf page', n, e);
    });
    return () => {
      cancelled = true;
      task?.cancel();
    };
  }, [doc, n, scale, visible]);

  const s = ownSize ?? size;
  const width = Math.floor(s.width * scale);
  const height = Math.floor(s.height * scale);
  return (
    <div ref={holder} className={styles.page} style={{ width, height }} data-page={n} data-testid={`pdf-page-${n}`}>
      {visible && <canvas ref={canvas} style={{ width, height }} data-testid="pdf-canvas" data-rendered={rendered ? 'true' : 'false'} />}
      {!rendered && <Spin className={styles.pageSpin} />}
      <span className={styles.pageNo}>{n}</span>
    </div>
  );
}

/**
 * A PDF viewer on pdf.js: the pages one below the other, rendered as they scroll into view, with
 * page navigation, zoom (fit to width by default) and the page count. The file is fetched with
 * HTTP Range requests, so a long scanned file shows its first page without downloading it all.
 */
export function PdfViewer({ url }: { url: string }) {
  const [doc, setDoc] = useState<PDFDocumentProxy | null>(null);
  const [firstSize, setFirstSize] = useState<PageSize | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [zoom, setZoom] = useState<Zoom>(FIT);
  const [current, setCurrent] = useState(1);
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
  const [containerWidth, setContainerWidth] = useState(0);

  useEffect(() => {
    setDoc(null);
    setError(null);
    let task: ReturnType<typeof getDocument>;
    try {
      task = getDocument({ url, withCredentials: true, rangeChunkSize: 256 * 1024, ...bundledPdfDataOptions });
    } catch (e) {
      setError(e instanceof Error && e.message ? `无法打开 PDF：${e.message}` : '无法打开 PDF');
      return;
    }
    task.promise
      .then(async (d) => {
        const page = await d.getPage(1);
        const vp = page.getViewport({ scale: 1 });
        setFirstSize({ width: vp.width, height: vp.height });
        setDoc(d);
      })
      .catch((e: unknown) => {
        if ((e as { name?: string })?.name === 'AbortException') return;
        setError(e instanceof Error && e.message ? `无法打开 PDF：${e.message}` : '无法打开 PDF');
      });
    return () => void task.destroy();
  }, [url]);

  useEffect(() => {
    if (!scroller) return;
    const observer = new ResizeObserver(() => setContainerWidth(scroller.clientWidth));
    observer.observe(scroller);
    return () => observer.disconnect();
  }, [scroller]);

  const scale = useMemo(() => {
    if (zoom !== FIT) return zoom;
    if (!firstSize || containerWidth === 0) return 1;
    return Math.max(0.25, Math.min(3, (containerWidth - 48) / firstSize.width));
  }, [zoom, firstSize, containerWidth]);

  const pageCount = doc?.numPages ?? 0;

  const goTo = useCallback(
    (n: number) => {
      if (!scroller || pageCount === 0) return;
      const target = Math.min(pageCount, Math.max(1, n));
      const el = scroller.querySelector<HTMLElement>(`[data-page="${target}"]`);
      if (el) scroller.scrollTo({ top: el.offsetTop - 12 });
      setCurrent(target);
    },
    [scroller, pageCount],
  );

  const onScroll = () => {
    if (!scroller) return;
    const middle = scroller.scrollTop + scroller.clientHeight / 3;
    const pages = scroller.querySelectorAll<HTMLElement>('[data-page]');
    let n = 1;
    for (const el of pages) {
      if (el.offsetTop <= middle) n = Number(el.dataset.page);
      else break;
    }
    if (n !== current) setCurrent(n);
  };

  const zoomValue = zoom === FIT ? FIT : String(zoom);

  return (
    <Flex vertical className={styles.viewer} data-testid="pdf-viewer">
      <Flex className={styles.toolbar} align="center" justify="space-between" wrap gap={8}>
        <Space>
          <Button icon={<LeftOutlined />} disabled={current <= 1} onClick={() => goTo(current - 1)} aria-label="上一页" data-testid="pdf-prev" />
          <InputNumber
            size="small"
            min={1}
            max={Math.max(1, pageCount)}
            value={current}
            onChange={(v) => typeof v === 'number' && goTo(v)}
            style={{ width: 64 }}
            data-testid="pdf-page-input"
          />
          <Typography.Text data-testid="pdf-page-count">/ 共 {pageCount || '…'} 页</Typography.Text>
          <Button
            icon={<RightOutlined />}
            disabled={current >= pageCount}
            onClick={() => goTo(current + 1)}
            aria-label="下一页"
            data-testid="pdf-next"
          />
        </Space>
        <Space>
          <Button icon={<ZoomOutOutlined />} onClick={() => setZoom(nextZoom(scale, -1))} aria-label="缩小" data-testid="pdf-zoom-out" />
          <Select<string>
            size="small"
            value={zoomValue}
            onChange={(v) => setZoom(v === FIT ? FIT : Number(v))}
            options={[{ value: FIT, label: '适合宽度' }, ...ZOOMS.map((z) => ({ value: String(z), label: `${Math.round(z * 100)}%` }))]}
            labelRender={({ value }) => (value === FIT ? `适合宽度（${Math.round(scale * 100)}%）` : `${Math.round(Number(value) * 100)}%`)}
            style={{ width: 170 }}
            data-testid="pdf-zoom"
          />
          <Button icon={<ZoomInOutlined />} onClick={() => setZoom(nextZoom(scale, 1))} aria-label="放大" data-testid="pdf-zoom-in" />
        </Space>
      </Flex>
      {error && <Alert type="error" showIcon title={error} />}
      <div ref={setScroller} className={styles.scroller} onScroll={onScroll}>
        {!doc && !error && (
          <Flex justify="center" style={{ padding: 48 }}>
            <Spin size="large" />
          </Flex>
        )}
        {doc &&
          firstSize &&
          Array.from({ length: pageCount }, (_, i) => (
            <PdfPage key={i + 1} doc={doc} n={i + 1} scale={scale} size={firstSize} root={scroller} />
          ))}
      </div>
    </Flex>
  );
}
