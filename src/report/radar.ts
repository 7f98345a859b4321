import { escapeHtml } from './escape.js';

/**
 * The dimension profile as an inline SVG radar chart: pure, deterministic
 * (coordinates rounded to 0.1), every label escaped. The chart is decoration
 * for sighted readers; the same numbers are always in a table next to it, and
 * the SVG names itself through `<title>` and `<desc>`.
 */

export interface RadarAxis {
  label: string;
  /** 0..100, or null where the dimension has no score (drawn at the centre). */
  value: number | null;
  /** The value as the reader's language writes it, e.g. "63,4" (shown beside the label). */
  display: string;
}

export interface RadarOptions {
  /** Unique id prefix for `<title>`/`<desc>` (several charts may share a page). */
  id: string;
  title: string;
  description: string;
  /** Reference shapes drawn as outlines over the area (the handouts' peer medians). */
  outlines?: readonly RadarOutline[];
}

export interface RadarOutline {
  /** One value per axis, 0..100; null is drawn at the centre. */
  values: readonly (number | null)[];
  /** A class for its line style (the stylesheet draws it; it must not rely on colour alone). */
  className: string;
  /** Written to `data-group`, so that a test or a script can tell the outlines apart. */
  group: string;
}

const SIZE = 560;
/** Room left and right of the circle for the axis labels. */
const MARGIN_X = 110;
/** The drawing ends below the lowest labels; the circle sits a little above the middle. */
const HEIGHT = 520;
const CENTRE = SIZE / 2;
const RADIUS = 170;
const RINGS = [25, 50, 75, 100] as const;
const MAX_LINE = 22;

/** The chart needs at least three axes to enclose an area; fewer give null (use the bars). */
export function renderRadarSvg(axes: readonly RadarAxis[], options: RadarOptions): string | null {
  const n = axes.length;
  if (n < 3) return null;
  const angle = (i: number): number => -Math.PI / 2 + (2 * Math.PI * i) / n;
  const point = (i: number, value: number): [number, number] => {
    const r = (RADIUS * clamp(value)) / 100;
    return [CENTRE + r * Math.cos(angle(i)), CENTRE + r * Math.sin(angle(i))];
  };
  const polygon = (value: (i: number) => number): string =>
    axes.map((_, i) => point(i, value(i)).map(fmt).join(',')).join(' ');

  const id = escapeHtml(options.id);
  const parts: string[] = [];
  parts.push(
    `<svg class="radar" xmlns="http://www.w3.org/2000/svg" viewBox="${-MARGIN_X} 0 ${SIZE + 2 * MARGIN_X} ${HEIGHT}" width="${SIZE + 2 * MARGIN_X}" height="${HEIGHT}" role="img" aria-labelledby="${id}-title ${id}-desc">`,
    `<title id="${id}-title">${escapeHtml(options.title)}</title>`,
    `<desc id="${id}-desc">${escapeHtml(options.description)} ${escapeHtml(
      axes.map((a) => `${a.label}: ${a.display}`).join('; '),
    )}</desc>`,
  );
  parts.push('<g class="radar-grid">');
  for (const ring of RINGS) {
    parts.push(`<polygon points="${polygon(() => ring)}"/>`);
  }
  axes.forEach((_, i) => {
    const [x, y] = point(i, 100);
    parts.push(`<line x1="${fmt(CENTRE)}" y1="${fmt(CENTRE)}" x2="${fmt(x)}" y2="${fmt(y)}"/>`);
  });
  parts.push('</g>');
  parts.push('<g class="radar-scale" aria-hidden="true">');
  for (const ring of RINGS) {
    const [, y] = point(0, ring);
    parts.push(`<text x="${fmt(CENTRE + 4)}" y="${fmt(y + 12)}">${ring}</text>`);
  }
  parts.push('</g>');
  parts.push(`<polygon class="radar-area" points="${polygon((i) => axes[i]?.value ?? 0)}"/>`);
  for (const outline of options.outlines ?? []) {
    parts.push(
      `<polygon class="radar-outline ${escapeHtml(outline.className)}" data-group="${escapeHtml(outline.group)}" points="${polygon((i) => outline.values[i] ?? 0)}"/>`,
    );
  }
  axes.forEach((axis, i) => {
    const [x, y] = point(i, axis.value ?? 0);
    parts.push(`<circle class="radar-point" cx="${fmt(x)}" cy="${fmt(y)}" r="4"/>`);
  });
  parts.push('<g class="radar-labels" aria-hidden="true">');
  axes.forEach((axis, i) => parts.push(label(axis, angle(i))));
  parts.push('</g>');
  // On a phone the chart is drawn at less than half its size: there a number and the
  // value in large type stand at each axis instead, and the key below names them.
  parts.push('<g class="radar-labels-short" aria-hidden="true">');
  axes.forEach((axis, i) => parts.push(shortLabel(`${i + 1} · ${axis.display}`, angle(i))));
  parts.push('</g></svg>');
  return parts.join('');
}

function label(axis: RadarAxis, theta: number): string {
  const cos = Math.cos(theta);
  const sin = Math.sin(theta);
  const x = CENTRE + (RADIUS + 16) * cos;
  const y = CENTRE + (RADIUS + 16) * sin;
  const anchor = Math.abs(cos) < 0.2 ? 'middle' : cos > 0 ? 'start' : 'end';
  const lines = [...wrap(axis.label), axis.display];
  const lineHeight = 16;
  // Above the centre the block grows upwards, below it downwards.
  const first =
    sin < -0.2
      ? y - (lines.length - 1) * lineHeight
      : sin > 0.2
        ? y + 10
        : y - ((lines.length - 1) * lineHeight) / 2 + 4;
  const spans = lines
    .map((line, k) => {
      const cls = k === lines.length - 1 ? ' class="radar-value"' : '';
      return `<tspan x="${fmt(x)}" y="${fmt(first + k * lineHeight)}"${cls}>${escapeHtml(line)}</tspan>`;
    })
    .join('');
  return `<text text-anchor="${anchor}">${spans}</text>`;
}

function shortLabel(text: string, theta: number): string {
  const cos = Math.cos(theta);
  const sin = Math.sin(theta);
  const x = CENTRE + (RADIUS + 14) * cos;
  const y = CENTRE + (RADIUS + 14) * sin;
  const anchor = Math.abs(cos) < 0.2 ? 'middle' : cos > 0 ? 'start' : 'end';
  const baseline = sin < -0.2 ? y - 6 : sin > 0.2 ? y + 30 : y + 10;
  return `<text x="${fmt(x)}" y="${fmt(baseline)}" text-anchor="${anchor}">${escapeHtml(text)}</text>`;
}

/** Break a label into lines of about MAX_LINE characters at spaces or hyphens (at most three). */
export function wrap(text: string): string[] {
  const words = text.split(/(?<=[\s-])/);
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    if (current !== '' && (current + word).trimEnd().length > MAX_LINE) {
      lines.push(current.trimEnd());
      current = word.trimStart();
    } else {
      current += word;
    }
  }
  if (current.trim() !== '') lines.push(current.trimEnd());
  if (lines.length > 3)
    return [
      ...lines.slice(0, 2),
      `${lines
        .slice(2)
        .join(' ')
        .slice(0, MAX_LINE - 1)}…`,
    ];
  return lines;
}

function clamp(value: number): number {
  return Math.min(100, Math.max(0, value));
}

function fmt(n: number): string {
  const rounded = Math.round(n * 10) / 10;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}
