import { t } from '../i18n/index.js';
import '../i18n/messages/compare.js';
import { sha256 } from '../render/csp.js';
import { renderRadarSvg } from '../report/radar.js';
import type { Identity } from './aggregate.js';
import {
  type HandoutView,
  MIN_PEERS,
  type PeerPosition,
  handoutFileNames,
  handoutView,
  keyFileName,
  positionOf,
  renderPseudonymKey,
} from './handout.js';
import { HANDOUT_STYLE } from './handout-style.js';
import { breakable, escapeHtml, pageHead } from './html-table.js';
import type { Comparison, PeerGroup, Stats } from './types.js';
import { type CompareView, integer, num, prepareCompareView, signed } from './view.js';

/** A file of `--handouts`: its name in the folder, its text, its permission bits where special. */
export interface HandoutFile {
  name: string;
  content: string;
  /** The key: readable by its owner only. */
  mode?: number;
}

/** The files of `--handouts`: one page per municipality, under `--anonymize` the key too. */
export function renderHandouts(c: Comparison, identities: readonly Identity[]): HandoutFile[] {
  return serializeHandouts(prepareCompareView(c), identities);
}

/** The handouts of a prepared view: each page reads its municipality's line and peer groups. */
export function serializeHandouts(
  view: CompareView,
  identities: readonly Identity[],
): HandoutFile[] {
  const { c } = view;
  const names = handoutFileNames(c, identities);
  const files: HandoutFile[] = c.municipalities.map((m, i) => ({
    name: names[i] ?? `${i}.html`,
    content: renderHandoutHtml(handoutView(view, i, identities[i] ?? { name: m.name })),
  }));
  if (c.anonymized) {
    files.push({
      name: keyFileName(c.lang),
      content: renderPseudonymKey(c, identities, names),
      mode: 0o600,
    });
  }
  return files;
}

/**
 * One municipality's handout as a self-contained HTML page (A4 when
 * printed): its score and rank in each peer group, its profile on a radar
 * with the groups' medians as outlines, and per dimension a bar that marks
 * its value against the group's median and middle half. It names no other
 * municipality. Every bar carries its numbers in `data-*` attributes (the
 * test compares them with the comparison's JSON). Pure.
 */
export function renderHandoutHtml(view: HandoutView): string {
  const lang = view.lang;
  const m = (key: string, params?: Record<string, string | number>): string =>
    escapeHtml(t(lang, key, params));
  const title = m('compare.handout.title', { name: view.name });
  const csp = [
    "default-src 'none'",
    `style-src '${sha256(HANDOUT_STYLE)}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return `${pageHead(lang, csp, title, HANDOUT_STYLE)}
${header(view, m)}
<main>
${scoreSection(view, m)}
${profileSection(view, m)}
${dimensionSection(view, m)}
</main>
<footer>
<p>${m('compare.handout.method', { min: MIN_PEERS })}</p>
<p>${m('compare.html.generated')}</p>
</footer>
</body>
</html>
`;
}

type Messages = (key: string, params?: Record<string, string | number>) => string;

function header(view: HandoutView, m: Messages): string {
  const { comparison: c, row, lang } = view;
  const facts = [
    escapeHtml(view.line.type),
    m(`compare.state.${row.state}`),
    row.date === null ? '' : m('compare.handout.date', { date: row.date }),
    m('compare.handout.peers', { count: integer(c.counts.municipalities, lang) }),
  ].filter((f) => f !== '');
  const privacy =
    view.pseudonym === null
      ? m('compare.handout.private')
      : m('compare.handout.pseudonym', { pseudonym: view.pseudonym });
  return `<header>
<p class="kicker">${m('compare.handout.kicker', { catalogue: c.catalogue.title, version: c.catalogue.version })}</p>
<h1>${breakable(view.name)}</h1>
<p class="lead">${facts.join(' · ')}</p>
<p class="note">${privacy}</p>
</header>`;
}

function scoreSection(view: HandoutView, m: Messages): string {
  const { row, lang } = view;
  const score =
    row.score === null
      ? m('compare.handout.noScore')
      : m('compare.handout.score', { score: num(row.score, lang), band: view.line.band });
  const trend =
    view.trend === null
      ? ''
      : `\n<p>${m('compare.handout.trend', {
          from: view.trend.from_date ?? '–',
          scoreFrom: num(view.trend.score.from, lang),
          scoreTo: num(view.trend.score.to, lang),
          change: signed(view.trend.score.change, lang),
        })}</p>`;
  const rows = view.positions.map((p) => {
    const rank =
      p.rank === null
        ? '–'
        : m('compare.handout.rank', {
            rank: integer(p.rank.rank, lang),
            of: integer(p.rank.of, lang),
          });
    return `<tr><th scope="row">${escapeHtml(p.group.label)}</th><td class="n">${integer(p.group.count, lang)}</td><td class="nw">${rank}</td>${comparisonCells(view, p, row.score, p.group.score, { measure: 'score' })}</tr>`;
  });
  return `<section aria-labelledby="position">
<h2 id="position">${m('compare.handout.h.position')}</h2>
<p class="score">${score}</p>${trend}
${barKey(m)}
<table>
<caption>${m('compare.handout.scoreCaption')}</caption>
<thead><tr><th scope="col">${m('compare.handout.col.group')}</th><th scope="col" class="n">${m('compare.handout.col.count')}</th><th scope="col">${m('compare.handout.col.rank')}</th>${comparisonHead(m)}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</section>`;
}

function comparisonHead(m: Messages): string {
  return [
    'compare.handout.col.bar',
    'compare.col.median',
    'compare.handout.col.middle',
    'compare.handout.col.position',
  ]
    .map((key, i) => `<th scope="col"${i === 1 ? ' class="n"' : ''}>${m(key)}</th>`)
    .join('');
}

/** What the marks of the bars mean, drawn with the same marks. */
function barKey(m: Messages): string {
  const sample = (inner: string): string =>
    `<svg class="bar-key" viewBox="0 0 16 20" width="16" height="20" aria-hidden="true">${inner}</svg>`;
  return `<p class="bar-legend">${[
    `${sample('<path class="you" d="M8 2 L13 10 L8 18 L3 10 Z"/>')} ${m('compare.handout.key.you')}`,
    `${sample('<line class="median" x1="8" x2="8" y1="0" y2="20"/>')} ${m('compare.handout.key.median')}`,
    `${sample('<rect class="iqr" x="1" y="3" width="14" height="14"/>')} ${m('compare.handout.key.middle')}`,
  ].join(' · ')}</p>`;
}

/** The bar and the words for one value against one group; a note where the group is too small. */
function comparisonCells(
  view: HandoutView,
  p: PeerPosition,
  value: number | null,
  stats: Stats,
  measure: { measure: 'score' } | { measure: 'dimension'; dimension: string },
): string {
  const lang = view.lang;
  if (!p.compared) {
    return `<td colspan="4">${escapeHtml(t(lang, 'compare.handout.tooFew', { count: integer(p.group.count, lang), min: MIN_PEERS }))}</td>`;
  }
  const words = t(lang, `compare.handout.pos.${positionOf(value, stats)}`);
  return `<td>${peerBar(value, stats, p.group, measure)}</td><td class="n">${num(stats.median, lang)}</td><td class="nw">${num(stats.q1, lang)}–${num(stats.q3, lang)}</td><td><strong>${escapeHtml(words)}</strong></td>`;
}

const BAR_WIDTH = 120;
const BAR_X = 4;

/** x of a score 0..100 on the bar. */
function barX(value: number): number {
  return BAR_X + (Math.min(100, Math.max(0, value)) * BAR_WIDTH) / 100;
}

/** The group's key as the handout writes it: `all`, `type:stadt`, `state:HE`. */
export function groupKey(group: PeerGroup): string {
  return group.by === 'all' ? 'all' : `${group.by}:${group.key}`;
}

/**
 * A small bar 0–100: the group's middle half as a hatched box, its median as
 * a thick line, the municipality's value as a diamond. Decoration: the same
 * numbers stand in words beside it; the numbers are also in `data-*`.
 */
function peerBar(
  value: number | null,
  stats: Stats,
  group: PeerGroup,
  measure: { measure: 'score' } | { measure: 'dimension'; dimension: string },
): string {
  const data = [
    `data-group="${escapeHtml(groupKey(group))}"`,
    `data-measure="${measure.measure}"`,
    measure.measure === 'dimension' ? `data-dimension="${escapeHtml(measure.dimension)}"` : '',
    ...(['median', 'q1', 'q3', 'n'] as const).map((k) =>
      stats[k] === null ? '' : `data-${k}="${String(stats[k])}"`,
    ),
    value === null ? '' : `data-value="${String(value)}"`,
  ].filter((a) => a !== '');
  const parts = [`<rect class="track" x="${BAR_X}" y="8" width="${BAR_WIDTH}" height="4"/>`];
  if (stats.q1 !== null && stats.q3 !== null)
    parts.push(
      `<rect class="iqr" x="${fmt(barX(stats.q1))}" y="3" width="${fmt(barX(stats.q3) - barX(stats.q1))}" height="14"/>`,
    );
  if (stats.median !== null)
    parts.push(
      `<line class="median" x1="${fmt(barX(stats.median))}" x2="${fmt(barX(stats.median))}" y1="0" y2="20"/>`,
    );
  if (value !== null) {
    const x = barX(value);
    parts.push(
      `<path class="you" d="M${fmt(x)} 2 L${fmt(x + 5)} 10 L${fmt(x)} 18 L${fmt(x - 5)} 10 Z"/>`,
    );
  }
  return `<svg class="bar" viewBox="0 0 ${BAR_WIDTH + 2 * BAR_X} 20" width="${BAR_WIDTH + 2 * BAR_X}" height="20" aria-hidden="true" ${data.join(' ')}>${parts.join('')}</svg>`;
}

const OUTLINE_CLASS: Record<PeerGroup['by'], string> = {
  all: 'o-all',
  type: 'o-type',
  state: 'o-state',
};

function profileSection(view: HandoutView, m: Messages): string {
  const { comparison: c, row, lang } = view;
  const compared = view.positions.filter((p) => p.compared);
  const radar = renderRadarSvg(
    c.dimensions.map((d) => {
      const value = row.dimensions[d.id] ?? null;
      return { label: d.title, value, display: num(value, lang) };
    }),
    {
      id: 'profile-radar',
      title: t(lang, 'compare.handout.radarTitle', { name: view.name }),
      description: t(lang, 'compare.handout.radarDesc'),
      outlines: compared.map((p) => ({
        values: c.dimensions.map((d) => p.group.dimensions[d.id]?.median ?? null),
        className: OUTLINE_CLASS[p.group.by],
        group: groupKey(p.group),
      })),
    },
  );
  if (radar === null) return '';
  const legend = [
    `<li><svg class="key" viewBox="0 0 32 12" width="32" height="12" aria-hidden="true"><rect class="radar-area" x="1" y="1" width="30" height="10"/></svg> ${escapeHtml(view.name)}</li>`,
    ...compared.map(
      (p) =>
        `<li><svg class="key" viewBox="0 0 32 12" width="32" height="12" aria-hidden="true"><line class="radar-outline ${OUTLINE_CLASS[p.group.by]}" x1="1" y1="6" x2="31" y2="6"/></svg> ${m('compare.handout.outline', { group: p.group.label })}</li>`,
    ),
  ];
  return `<section aria-labelledby="profile">
<h2 id="profile">${m('compare.handout.h.profile')}</h2>
<figure>
${radar}
<figcaption><ul class="keys">${legend.join('')}</ul></figcaption>
</figure>
</section>`;
}

function dimensionSection(view: HandoutView, m: Messages): string {
  const { comparison: c, row, lang } = view;
  const bodies = c.dimensions.map((d) => {
    const value = row.dimensions[d.id] ?? null;
    const span = view.positions.length;
    const rows = view.positions.map((p, k) => {
      const stats = p.group.dimensions[d.id] ?? emptyStats();
      const lead =
        k === 0
          ? `<th scope="rowgroup" rowspan="${span}">${escapeHtml(d.title)}</th><td class="n" rowspan="${span}">${num(value, lang)}</td>`
          : '';
      return `<tr>${lead}<td>${escapeHtml(p.group.label)}</td>${comparisonCells(view, p, value, stats, { measure: 'dimension', dimension: d.id })}</tr>`;
    });
    return `<tbody>\n${rows.join('\n')}\n</tbody>`;
  });
  return `<section aria-labelledby="dimensions">
<h2 id="dimensions">${m('compare.handout.h.dimensions')}</h2>
<table>
<caption>${m('compare.handout.dimensionsCaption')}</caption>
<thead><tr><th scope="col">${m('compare.col.dimension')}</th><th scope="col" class="n">${m('compare.handout.col.you')}</th><th scope="col">${m('compare.handout.col.group')}</th>${comparisonHead(m)}</tr></thead>
${bodies.join('\n')}
</table>
</section>`;
}

function emptyStats(): Stats {
  return { n: 0, min: null, q1: null, median: null, q3: null, max: null, mean: null };
}

function fmt(n: number): string {
  return String(Math.round(n * 10) / 10);
}
