import type { PDFPage } from 'pdf-lib';

/**
 * Where a page shows: its crop box (in user space) and its /Rotate. "Top right" means top right
 * as the page is displayed and printed, which for a rotated page is another corner of user space.
 */
export interface PageFrame {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Clockwise, as /Rotate: 0, 90, 180 or 270. */
  rotation: 0 | 90 | 180 | 270;
}

export function pageFrame(page: PDFPage): PageFrame {
  const box = page.getCropBox();
  const angle = ((Math.round(page.getRotation().angle / 90) * 90) % 360 + 360) % 360;
  return { x: box.x, y: box.y, width: box.width, height: box.height, rotation: angle as PageFrame['rotation'] };
}

/** Size of the page as displayed. */
export function displaySize(frame: PageFrame): { width: number; height: number } {
  return frame.rotation % 180 === 0 ? { width: frame.width, height: frame.height } : { width: frame.height, height: frame.width };
}

/** User-space point of a display point (dx from the left edge, dy down from the top edge). */
export function toUserSpace(frame: PageFrame, dx: number, dy: number): { x: number; y: number } {
  const { x, y, width, height } = frame;
  switch (frame.rotation) {
    case 0:
      return { x: x + dx, y: y + height - dy };
    case 90:
      return { x: x + dy, y: y + dx };
    case 180:
      return { x: x + width - dx, y: y + dy };
    case 270:
      return { x: x + width - dy, y: y + height - dx };
  }
}

/** A display rectangle (left, top, width, height) as a user-space rectangle (x, y bottom-left). */
export function rectToUserSpace(frame: PageFrame, r: { left: number; top: number; width: number; height: number }) {
  const a = toUserSpace(frame, r.left, r.top);
  const b = toUserSpace(frame, r.left + r.width, r.top + r.height);
  return { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(a.x - b.x), height: Math.abs(a.y - b.y) };
}
