import type { CompiledReport } from './engine.js';
import type { ReportView } from './view.js';

/**
 * The report as one self-contained HTML file (pure): styles inline, the
 * radar chart as inline SVG, the result as embedded JSON, a strict
 * Content-Security-Policy and no reference to any other host.
 */
export function renderHtml(view: ReportView, template: CompiledReport): string {
  return `${template(view)
    .split('\n')
    .map(trimSpacesAtEnd)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

/**
 * A line without its trailing spaces and tabs, in linear time: the regular
 * expression `/[ \t]+$/gm` restarts at every space of a long run that does
 * not end the line (quadratic on a note of 80,000 spaces).
 */
function trimSpacesAtEnd(line: string): string {
  let end = line.length;
  while (end > 0 && (line.charCodeAt(end - 1) === 32 || line.charCodeAt(end - 1) === 9)) end -= 1;
  return end === line.length ? line : line.slice(0, end);
}
