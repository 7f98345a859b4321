import { createRequire } from 'node:module';

/**
 * The radar chart (src/report/radar.ts) as a PNG for documents that cannot
 * hold SVG reliably (Word): rendered by resvg, a pure SVG renderer whose
 * native binary ships inside its npm package, so no browser and no network.
 *
 * The SVG takes its colours from the HTML report's stylesheet by class
 * names; for the PNG those few rules are given inside the SVG itself, with
 * the stylesheet's values (templates/report.css: --brand, --ink, --muted).
 */
const RADAR_STYLE = [
  'svg { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; }',
  '.radar-grid polygon, .radar-grid line { fill: none; stroke: #8f959c; stroke-width: 1; }',
  '.radar-scale text { font-size: 11px; fill: #545454; }',
  '.radar-area { fill: #1d4f91; fill-opacity: 0.25; stroke: #1d4f91; stroke-width: 2.5; }',
  '.radar-point { fill: #1d4f91; }',
  '.radar-labels text { font-size: 17px; fill: #1a1a1a; }',
  '.radar-labels .radar-value { font-weight: 700; fill: #123563; }',
  // The phone's short labels (number and value) are for narrow screens only.
  '.radar-labels-short { display: none; }',
].join('\n');

/** Pixels per SVG unit: twice the drawing's size, sharp when printed at 14 cm. */
const SCALE = 2;

interface ResvgModule {
  Resvg: new (
    svg: string,
    options: Record<string, unknown>,
  ) => { render(): { asPng(): Buffer; width: number; height: number } };
}

/** Put the radar's style rules into the SVG, right after its opening tag (pure). */
export function styleRadarSvg(svg: string): string {
  const end = svg.indexOf('>');
  if (end < 0) return svg;
  return `${svg.slice(0, end + 1)}<style>${RADAR_STYLE}</style>${svg.slice(end + 1)}`;
}

/** The radar SVG as PNG bytes with its pixel size; throws when resvg cannot be loaded. */
export function renderRadarPng(svg: string): { png: Buffer; width: number; height: number } {
  const require = createRequire(import.meta.url);
  const { Resvg } = require('@resvg/resvg-js') as ResvgModule;
  const image = new Resvg(styleRadarSvg(svg), {
    fitTo: { mode: 'zoom', value: SCALE },
    background: '#ffffff',
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  }).render();
  return { png: image.asPng(), width: image.width, height: image.height };
}
