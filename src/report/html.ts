import type { CompiledReport } from './engine.js';
import type { ReportView } from './view.js';

/**
 * The report as one self-contained HTML file (pure): styles inline, the
 * radar chart as inline SVG, the result as embedded JSON, a strict
 * Content-Security-Policy and no reference to any other host.
 */
export function renderHtml(view: ReportView, template: CompiledReport): string {
  return `${template(view)
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
