import { formatNumber, t } from '../i18n/index.js';
import type { Catalogue, Lang, Result } from '../model/types.js';
import { findCriterion } from './plan.js';
import './messages.js';
import { text } from './questions.js';
import { shellQuote } from './template.js';

/**
 * What the interview prints at the end: the overall score, band and
 * coverage, the dimension scores, and the command that renders the report.
 * Pure: returns the lines.
 */
export function renderSummary(
  result: Result,
  catalogue: Catalogue,
  lang: Lang,
  commands: { report: string },
): string {
  const lines: string[] = [];
  const dash = t(lang, 'interview.summary.dash');
  if (result.score === null) {
    lines.push(t(lang, 'interview.summary.noScore'));
  } else {
    const band = catalogue.bands.find((b) => b.id === result.band);
    lines.push(
      t(lang, 'interview.summary.score', {
        score: formatNumber(result.score, lang),
        band: band !== undefined ? text(catalogue, band.label, lang) : dash,
        coverage: result.coverage === null ? dash : formatNumber(result.coverage, lang),
      }),
    );
  }
  if (result.capped_by.length > 0) {
    const criteria = result.capped_by
      .map((id) => {
        const found = findCriterion(catalogue, id);
        return found !== undefined ? `${text(catalogue, found.criterion.title, lang)} (${id})` : id;
      })
      .join(', ');
    lines.push(t(lang, 'interview.summary.capped', { criteria }));
  }
  for (const dimension of result.dimensions) {
    const found = catalogue.dimensions.find((d) => d.id === dimension.id);
    lines.push(
      t(lang, 'interview.summary.dimension', {
        title: found !== undefined ? text(catalogue, found.title, lang) : dimension.id,
        score: dimension.score === null ? dash : formatNumber(dimension.score, lang),
      }),
    );
  }
  lines.push(t(lang, 'interview.summary.report', { command: commands.report }));
  return lines.join('\n');
}

/** The command line that continues or reports on `file` (with `--catalogue` where it was not shipped). */
export function commandLine(words: readonly string[]): string {
  return ['efa-readiness', ...words.map((w) => (w.startsWith('--') ? w : shellQuote(w)))].join(' ');
}
