/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { formatNumber } from '../../i18n/index.js';
import { indexCriteria } from '../../model/catalogue.js';
import type { Result } from '../../model/types.js';
import { notAssessableText, responsibilityText } from '../../render/result-text.js';
import type { FormContext } from './context.js';
import { type Child, h } from './dom.js';

/**
 * The live result beside the form: score, band (and what capped it),
 * coverage, a bar per dimension and the knock-out criteria, all from the
 * `Result` the CLI's scorer computed in the page. Numbers are written as the
 * reader's language writes them; bars have their value as text too.
 */
export function renderResult(ctx: FormContext, result: Result): HTMLElement[] {
  const { m } = ctx;
  const n = (value: number | null): string =>
    value === null ? '—' : formatNumber(value, ctx.lang);
  const bandLabel = (id: string | null): string => {
    const band = ctx.catalogue.bands.find((b) => b.id === id);
    return band ? ctx.tx(band.label) : m('form.result.none');
  };
  const counted = result.dimensions
    .flatMap((d) => d.criteria)
    .filter((c) => c.status !== 'excluded');
  const answered = counted.filter((c) => c.status !== 'missing').length;
  const coverage =
    result.coverage === null ? '—' : m('form.result.percent', { value: n(result.coverage) });

  const summary = h(
    'dl',
    { class: 'summary', 'data-testid': 'summary' },
    h('dt', {}, m('form.result.score')),
    h(
      'dd',
      { 'data-result': 'score' },
      result.score === null ? '—' : m('form.result.of100', { score: n(result.score) }),
    ),
    h('dt', {}, m('form.result.band')),
    h('dd', { 'data-result': 'band', 'data-band': result.band ?? '' }, bandLabel(result.band)),
    h('dt', {}, m('form.result.coverage')),
    h('dd', { 'data-result': 'coverage' }, coverage),
  );
  const capped: Child =
    result.capped_by.length > 0 && result.band_by_score !== null
      ? h(
          'p',
          { class: 'capped' },
          m('form.result.byScore', { band: bandLabel(result.band_by_score) }),
        )
      : null;
  const notAssessableLine = notAssessableText(result, ctx.lang);
  const notAssessable: Child =
    notAssessableLine === null ? null : h('p', { class: 'capped' }, notAssessableLine);
  return [
    summary,
    capped,
    notAssessable,
    h('p', { class: 'progress' }, m('form.result.answered', { answered, total: counted.length })),
    nextBand(ctx, result, n, bandLabel),
    dimensionBars(ctx, result, n),
    gateList(ctx, result, n, bandLabel),
    serviceList(ctx, result, n, bandLabel),
  ].filter((e): e is HTMLElement => e instanceof HTMLElement);
}

/** v1.1 §5a: the steps to the next band, as the scorer computed them. */
function nextBand(
  ctx: FormContext,
  result: Result,
  n: (v: number | null) => string,
  bandLabel: (id: string | null) => string,
): HTMLElement | null {
  const next = result.next_band;
  const top = ctx.catalogue.bands.at(-1)?.id;
  if (!next) {
    return result.assessable && result.band !== null && result.band === top
      ? h('p', { class: 'next' }, ctx.m('form.result.top'))
      : null;
  }
  const index = indexCriteria(ctx.catalogue);
  return h(
    'section',
    { class: 'next', 'aria-labelledby': 'result-next', 'data-next-band': next.band },
    h('h3', { id: 'result-next' }, ctx.m('form.result.nextBand', { band: bandLabel(next.band) })),
    h(
      'ol',
      {},
      ...next.steps.map((step) =>
        h(
          'li',
          { 'data-step': step.criterion },
          ctx.m('form.result.nextStep', {
            title: ctx.tx(index.get(step.criterion)?.criterion.title),
            to: n(step.to),
            gain: n(step.gain),
          }),
        ),
      ),
    ),
    h(
      'p',
      {},
      ctx.m(next.reachable ? 'form.result.nextReached' : 'form.result.nextUnreachable', {
        score: n(next.score),
      }),
    ),
  );
}

function serviceList(
  ctx: FormContext,
  result: Result,
  n: (v: number | null) => string,
  bandLabel: (id: string | null) => string,
): HTMLElement | null {
  if (result.services.length === 0) return null;
  const titles = new Map((ctx.catalogue.services ?? []).map((s) => [s.id, ctx.tx(s.title)]));
  return h(
    'section',
    { 'aria-labelledby': 'result-services' },
    h('h3', { id: 'result-services' }, ctx.m('form.result.services')),
    h(
      'ul',
      { class: 'services' },
      ...result.services.map((s) =>
        h(
          'li',
          { 'data-service': s.id, 'data-band': s.applicable ? (s.band ?? '') : 'n/a' },
          h('span', { class: 'name' }, titles.get(s.id) ?? s.id),
          ' ',
          h(
            'span',
            { class: 'state' },
            s.applicable
              ? `${bandLabel(s.band)} (${n(s.score)})`
              : (responsibilityText(s, ctx.lang) ?? ''),
          ),
        ),
      ),
    ),
  );
}

function dimensionBars(
  ctx: FormContext,
  result: Result,
  n: (v: number | null) => string,
): HTMLElement {
  const list = h('ul', { class: 'bars' });
  result.dimensions.forEach((d, i) => {
    const title = ctx.tx(ctx.catalogue.dimensions[i]?.title);
    const fill = h('span', { class: 'fill' });
    // CSSOM, not a style attribute: the page's CSP allows no inline styles.
    fill.style.width = `${Math.max(0, Math.min(100, d.score ?? 0))}%`;
    list.append(
      h(
        'li',
        { 'data-dimension': d.id },
        h('span', { class: 'name' }, title),
        h('span', { class: 'value', 'data-result': `dimension:${d.id}` }, n(d.score)),
        h('span', { class: 'bar', 'aria-hidden': 'true' }, fill),
      ),
    );
  });
  return h(
    'section',
    { 'aria-labelledby': 'result-dimensions' },
    h('h3', { id: 'result-dimensions' }, ctx.m('form.result.dimensions')),
    list,
  );
}

function gateList(
  ctx: FormContext,
  result: Result,
  n: (v: number | null) => string,
  bandLabel: (id: string | null) => string,
): HTMLElement {
  const index = indexCriteria(ctx.catalogue);
  const body: Child =
    result.gates.length === 0
      ? h('p', {}, ctx.m('form.result.noGates'))
      : h(
          'ul',
          { class: 'gates' },
          ...result.gates.map((g) =>
            h(
              'li',
              { class: g.passed ? 'passed' : 'failed', 'data-gate': g.criterion },
              h('span', { class: 'mark', 'aria-hidden': 'true' }, g.passed ? '✓' : '✗'),
              h('span', { class: 'name' }, ctx.tx(index.get(g.criterion)?.criterion.title)),
              ' ',
              h(
                'span',
                { class: 'state' },
                g.passed
                  ? ctx.m('form.result.gatePassed', { score: n(g.score), min: g.min })
                  : ctx.m('form.result.gateFailed', {
                      score: n(g.score),
                      min: g.min,
                      band: bandLabel(g.cap),
                    }),
              ),
            ),
          ),
        );
  return h(
    'section',
    { 'aria-labelledby': 'result-gates' },
    h('h3', { id: 'result-gates' }, ctx.m('form.result.gates')),
    body,
  );
}
