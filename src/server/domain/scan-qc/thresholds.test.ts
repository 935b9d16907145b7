import { describe, expect, it } from 'vitest';
import { defaultScanQcThresholds, scanQcThresholds } from './thresholds.js';

describe('scanQcThresholds', () => {
  it('starts from DA/T 31-2017: 200 dpi, all three colour modes, TIFF/JPEG/JPEG 2000', () => {
    expect(defaultScanQcThresholds).toMatchObject({
      minDpi: 200,
      allowedColourModes: ['bitonal', 'grey', 'colour'],
      allowedFormats: ['tiff', 'jpeg', 'jp2k'],
    });
  });

  it("lays a point's own values over the defaults and ignores undefined ones", () => {
    const t = scanQcThresholds({ minDpi: 300, maxSkewDegrees: undefined });
    expect(t.minDpi).toBe(300);
    expect(t.maxSkewDegrees).toBe(defaultScanQcThresholds.maxSkewDegrees);
  });

  it('never changes the defaults', () => {
    scanQcThresholds({ minDpi: 600 });
    expect(defaultScanQcThresholds.minDpi).toBe(200);
    expect(Object.isFrozen(defaultScanQcThresholds)).toBe(true);
  });
});
