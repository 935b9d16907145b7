import { describe, expect, it } from 'vitest';
import { judgePage } from './judge-page.js';
import type { PageMeasures } from './page-measures.js';
import { defaultScanQcThresholds, scanQcThresholds } from './thresholds.js';

/** A clean 300 dpi bitonal A4 page, as analysePage measures one (test/fixtures/scans). */
function clean(over: Partial<PageMeasures> = {}): PageMeasures {
  return {
    width: 2480,
    height: 3508,
    dpi: 300,
    colourMode: 'bitonal',
    storedColourMode: 'bitonal',
    format: 'tiff',
    pageCount: 1,
    inkRatio: 0.016,
    skewDegrees: 0,
    blackBorderRatio: 0,
    paperLevel: 255,
    inkLevel: 25,
    contrast: 230,
    sharpness: 0.71,
    colourfulRatio: 0,
    ...over,
  };
}

const codes = (m: PageMeasures, t = defaultScanQcThresholds) => judgePage(m, t).reasons.map((r) => r.code);

describe('judgePage', () => {
  it('passes a clean page with no reasons', () => {
    expect(judgePage(clean())).toEqual({ verdict: 'pass', reasons: [] });
  });

  // Fault injection: each check, given one bad measure, must say so — and only it.
  const faults: Array<[string, Partial<PageMeasures>, string, 'fail' | 'warn']> = [
    ['150 dpi', { dpi: 150 }, 'LOW_DPI', 'fail'],
    ['no dpi', { dpi: null }, 'NO_DPI', 'warn'],
    ['PNG container', { format: 'png' }, 'FORMAT', 'warn'],
    ['skewed 1.5° clockwise', { skewDegrees: 1.5 }, 'SKEWED', 'fail'],
    ['skewed 1.5° anticlockwise', { skewDegrees: -1.5 }, 'SKEWED', 'fail'],
    ['lid shadow', { blackBorderRatio: 0.05 }, 'BLACK_BORDER', 'fail'],
    ['faded', { contrast: 29, inkLevel: 212, paperLevel: 241 }, 'UNREADABLE', 'fail'],
    ['blurred', { sharpness: 0.18 }, 'UNREADABLE', 'fail'],
    ['dark', { paperLevel: 77, inkLevel: 16, contrast: 61 }, 'UNREADABLE', 'fail'],
  ];
  it.each(faults)('%s → %s', (_name, fault, code, verdict) => {
    const result = judgePage(clean(fault));
    expect(result.verdict).toBe(verdict);
    expect(result.reasons.map((r) => r.code)).toEqual([code]);
    expect(result.reasons[0]!.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('passes values exactly at the limits', () => {
    const t = defaultScanQcThresholds;
    const atLimits = clean({
      dpi: t.minDpi,
      skewDegrees: -t.maxSkewDegrees,
      blackBorderRatio: t.maxBlackBorderRatio,
      contrast: t.minContrast,
      sharpness: t.minSharpness,
      paperLevel: t.minPaperLevel,
    });
    expect(codes(atLimits)).toEqual([]);
  });

  it('reports what was measured against which limit', () => {
    const [reason] = judgePage(clean({ dpi: 150 })).reasons;
    expect(reason).toMatchObject({ code: 'LOW_DPI', severity: 'fail', measure: 'dpi', measured: 150, limit: 200 });
    expect(reason!.message).toBe('分辨率 150 dpi 低于 200 dpi（DA/T 31-2017 9.4）');
  });

  it('lists failures before warnings', () => {
    const result = judgePage(clean({ dpi: null, format: 'png', skewDegrees: 2 }));
    expect(result.verdict).toBe('fail');
    expect(result.reasons.map((r) => r.severity)).toEqual(['fail', 'warn', 'warn']);
  });

  it('does not judge skew it could not measure', () => {
    expect(codes(clean({ skewDegrees: null }))).toEqual([]);
  });

  describe('blank pages', () => {
    it('a page with almost no ink is blank, whatever else is wrong with it', () => {
      const result = judgePage(clean({ inkRatio: 0.0001, dpi: 150, blackBorderRatio: 0.2, contrast: 10 }));
      expect(result.verdict).toBe('blank');
      expect(result.reasons.map((r) => r.code)).toEqual(['BLANK']);
      expect(result.reasons[0]!.severity).toBe('info');
    });

    it('a page at the threshold is content', () => {
      expect(judgePage(clean({ inkRatio: defaultScanQcThresholds.blankInkRatio })).verdict).toBe('pass');
    });

    it('an all-dark image is unreadable, never a blank separator', () => {
      const result = judgePage(clean({ inkRatio: 0, paperLevel: 20, inkLevel: 10, contrast: 10, blackBorderRatio: 0.75 }));
      expect(result.verdict).toBe('fail');
      expect(result.reasons.map((r) => r.code)).toEqual(['UNREADABLE']);
      expect(result.reasons[0]!.measure).toBe('paperLevel');
    });
  });

  describe('colour mode', () => {
    const onlyGreyAndColour = scanQcThresholds({ allowedColourModes: ['grey', 'colour'] });
    const onlyColour = scanQcThresholds({ allowedColourModes: ['colour'] });

    it('fails a bitonal page where the point allows no bitonal', () => {
      expect(codes(clean(), onlyGreyAndColour)).toEqual(['COLOUR_MODE']);
    });

    it('fails a thresholded page kept in a grey container, naming both modes', () => {
      const result = judgePage(clean({ storedColourMode: 'grey', format: 'tiff' }), onlyGreyAndColour);
      expect(result.reasons[0]!.code).toBe('COLOUR_MODE');
      expect(result.reasons[0]!.message).toContain('按灰度存储，但内容实为黑白二值');
    });

    it('accepts a colour scan of a black-and-white sheet where only colour is allowed', () => {
      expect(codes(clean({ colourMode: 'grey', storedColourMode: 'colour', format: 'jpeg' }), onlyColour)).toEqual([]);
    });

    it('fails a grey scan where only colour is allowed', () => {
      expect(codes(clean({ colourMode: 'grey', storedColourMode: 'grey', format: 'jpeg' }), onlyColour)).toEqual(['COLOUR_MODE']);
    });

    it('passes a colour page by default', () => {
      expect(codes(clean({ colourMode: 'colour', storedColourMode: 'colour', format: 'jpeg', colourfulRatio: 0.005 }))).toEqual([]);
    });
  });

  describe("a scanning point's thresholds", () => {
    it('a point requiring 300 dpi fails a 200 dpi page', () => {
      expect(codes(clean({ dpi: 200 }), scanQcThresholds({ minDpi: 300 }))).toEqual(['LOW_DPI']);
    });

    it('a point may fail pages without DPI', () => {
      expect(judgePage(clean({ dpi: null }), scanQcThresholds({ missingDpi: 'fail' })).verdict).toBe('fail');
    });

    it('a point may allow PNG, or switch the format check off', () => {
      expect(codes(clean({ format: 'png' }), scanQcThresholds({ allowedFormats: ['tiff', 'jpeg', 'png'] }))).toEqual([]);
      expect(codes(clean({ format: 'png' }), scanQcThresholds({ allowedFormats: null }))).toEqual([]);
    });

    it('a stricter skew limit fails a page the default passes', () => {
      expect(codes(clean({ skewDegrees: 0.6 }))).toEqual([]);
      expect(codes(clean({ skewDegrees: 0.6 }), scanQcThresholds({ maxSkewDegrees: 0.5 }))).toEqual(['SKEWED']);
    });
  });
});
