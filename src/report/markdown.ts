import type { CompiledReport } from './engine.js';
import type { ReportView } from './view.js';

/**
 * The report as GitHub-flavoured Markdown (pure): the compiled template's
 * output with white space normalised so the document is clean under
 * markdownlint (no trailing spaces, no runs of blank lines, one final newline).
 */
export function renderMarkdown(view: ReportView, template: CompiledReport): string {
  return normaliseMarkdown(template(view));
}

export function normaliseMarkdown(text: string): string {
  return `${text
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
