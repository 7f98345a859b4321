import type { Band } from '../model/types.js';

/**
 * The readiness bands as a scale for page 1: where each band starts, where the
 * municipality's score lies, and for every band a step of the report's
 * colour-blind-safe palette (templates/report.css, `--band-0` … `--band-4`).
 *
 * The five steps run from dark to light with at least 0.08 between the relative
 * luminances of neighbours (test/report/page-one.test.ts measures them in grey),
 * so a black-and-white printout still tells the bands apart; each step also has
 * its own icon (a circle filled to 0, 1/4, 1/2, 3/4, all) and the band's word is
 * always written beside it: meaning never rides on colour alone.
 */
export const PALETTE_STEPS = 5;

/** The palette step (0 … 4) of the band at `index` of `count` bands: spread over the scale. */
export function paletteStep(index: number, count: number): number {
  if (count <= 1) return PALETTE_STEPS - 1;
  return Math.round((index * (PALETTE_STEPS - 1)) / (count - 1));
}

export type Anchor = 'start' | 'middle' | 'end';

export interface ScaleSegment {
  id: string;
  /** Left edge and width on the 0–100 scale, as SVG percentages ("45%"). */
  x: string;
  width: string;
  step: number;
}

export interface ScaleTick {
  x: string;
  text: string;
  anchor: Anchor;
}

export interface ScaleMarker {
  x: string;
  text: string;
  anchor: Anchor;
}

export interface ScaleGeometry {
  segments: ScaleSegment[];
  ticks: ScaleTick[];
  marker: ScaleMarker | null;
}

/**
 * The geometry of the scale (pure): one segment per band from its minimum to
 * the next band's (the last to 100), a tick at every threshold and at 100, and
 * the marker at the score (null without a score). Positions are SVG
 * percentages, so the drawing keeps its text size at any width.
 */
export function scaleGeometry(
  bands: readonly Band[],
  score: number | null,
  format: { threshold: (value: number) => string; score: (value: number) => string },
): ScaleGeometry {
  const sorted = [...bands].sort((a, b) => a.min - b.min);
  const segments = sorted.map((band, i): ScaleSegment => {
    const from = clamp(band.min);
    const to = clamp(sorted[i + 1]?.min ?? 100);
    return {
      id: band.id,
      x: percent(from),
      width: percent(Math.max(0, to - from)),
      step: paletteStep(bands.indexOf(band), bands.length),
    };
  });
  const thresholds = [...new Set([...sorted.map((b) => clamp(b.min)), 100])];
  const ticks = thresholds.map((value): ScaleTick => ({
    x: percent(value),
    text: format.threshold(value),
    anchor: anchor(value),
  }));
  const marker =
    score === null
      ? null
      : { x: percent(clamp(score)), text: format.score(score), anchor: anchor(clamp(score)) };
  return { segments, ticks, marker };
}

/** Text near an edge of the scale grows inwards, so it never leaves the drawing. */
function anchor(value: number): Anchor {
  return value < 6 ? 'start' : value > 94 ? 'end' : 'middle';
}

function clamp(value: number): number {
  return Math.min(100, Math.max(0, value));
}

function percent(value: number): string {
  return `${Math.round(value * 10) / 10}%`;
}
