import { type TemplateSources, compileReport } from './engine.js';
import type { ReportView } from './view.js';

/**
 * The report as one self-contained HTML file (pure): styles inline, the
 * radar chart as inline SVG, the result as embedded JSON, a strict
 * Content-Security-Policy and no reference to any other host.
 */
export function renderHtml(view: ReportView, sources: TemplateSources): string {
  const html = compileReport('html', sources)(view);
  return `${html.replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
