import { describe, expect, it } from 'vitest';
import { displaySize, rectToUserSpace, toUserSpace, type PageFrame } from './page-geometry.js';

const frame = (rotation: PageFrame['rotation']): PageFrame => ({ x: 10, y: 20, width: 600, height: 800, rotation });

describe('page geometry', () => {
  it('swaps width and height for a page turned a quarter', () => {
    expect(displaySize(frame(0))).toEqual({ width: 600, height: 800 });
    expect(displaySize(frame(90))).toEqual({ width: 800, height: 600 });
  });

  it('maps the displayed top-left corner to the right user-space corner for each rotation', () => {
    expect(toUserSpace(frame(0), 0, 0)).toEqual({ x: 10, y: 820 });
    expect(toUserSpace(frame(90), 0, 0)).toEqual({ x: 10, y: 20 });
    expect(toUserSpace(frame(180), 0, 0)).toEqual({ x: 610, y: 20 });
    expect(toUserSpace(frame(270), 0, 0)).toEqual({ x: 610, y: 820 });
  });

  it('maps the displayed bottom-right corner opposite the top-left', () => {
    for (const r of [0, 90, 180, 270] as const) {
      const size = displaySize(frame(r));
      const tl = toUserSpace(frame(r), 0, 0);
      const br = toUserSpace(frame(r), size.width, size.height);
      expect(tl.x + br.x).toBe(620);
      expect(tl.y + br.y).toBe(840);
    }
  });

  it('turns a display rectangle into a user-space one of the same area', () => {
    const r = rectToUserSpace(frame(90), { left: 700, top: 10, width: 50, height: 20 });
    expect(r).toEqual({ x: 20, y: 720, width: 20, height: 50 });
  });
});
