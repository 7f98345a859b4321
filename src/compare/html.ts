import { t } from '../i18n/index.js';
import '../i18n/messages/compare.js';
import type { Lang } from '../model/types.js';
import { sha256 } from '../render/csp.js';
import { COMPARE_STYLE } from './html-style.js';
import { TABLE_SCRIPT } from './html-script.js';
import {
  type CellInput,
  type Column,
  type TableOptions,
  breakable,
  escapeHtml,
  numberCell,
  pageHead,
  table,
} from './html-table.js';
import type { Comparison, CriterionSummary, Stats } from './types.js';
import {
  type CompareView,
  prepareCompareView,
  type RankedLine,
  type RankingView,
  type RenderOptions,
  bandSummary,
  columnGroups,
  dimensionLabels,
  dimensionTitle,
  effortHorizon,
  integer,
  methodBreakdown,
  num,
  percent,
  signed,
  stageMatrix,
  statsCells,
} from './view.js';

export { escapeHtml } from './html-table.js';

/**
 * The comparison as one self-contained HTML page to read and to project: the
 * first screen is the at a glance (bands, ranking, heatmap), the contents
 * follow. Tables listing municipalities sort and filter with the page's one
 * small script, allowed by its hash; without it the page reads the same.
 * Pure.
 */
export function renderCompareHtml(c: Comparison, options?: RenderOptions): string {
  const p = pageContext(prepareCompareView(c, options));
  const first = [glanceSection(p), rankingSection(p), heatmapSection(p)];
  const rest = [
    prioritiesSection(p),
    gatesSection(p),
    lowestSection(p),
    dimensionsSection(p),
    nextStepsSection(p),
    servicesSection(p),
    groupsSection(p),
    trendsSection(p),
    notesSection(p),
  ].filter((s): s is Section => s !== null);
  return page(p, first, rest);
}

interface Section {
  id: string;
  title: string;
  body: string;
}

/** What every section reads: the comparison, its language, the fold and the short labels. */
interface PageContext {
  c: Comparison;
  lang: Lang;
  /** A message, escaped for HTML. */
  m: (key: string, params?: Record<string, string | number>) => string;
  foldAbove: number;
  ranking: RankingView;
  view: CompareView;
  /** Dimension columns: short label in the header, the full title as tooltip. */
  dimColumns: Column[];
  /** The legend short label → full name, empty where no label is shortened. */
  legend: string;
}

function pageContext(view: CompareView): PageContext {
  const { c, foldAbove } = view;
  const lang = c.lang;
  const m = (key: string, params?: Record<string, string | number>): string =>
    escapeHtml(t(lang, key, params));
  const labels = dimensionLabels(c);
  const dimColumns = c.dimensions.map((d) => {
    const label = labels.get(d.id) ?? d.title;
    return label === d.title
      ? { label: escapeHtml(label), numeric: true }
      : { label: escapeHtml(label), numeric: true, title: d.title };
  });
  const shortened = c.dimensions.filter((d) => (labels.get(d.id) ?? d.title) !== d.title);
  const legend =
    shortened.length === 0
      ? ''
      : `<div class="legend"><p>${m('compare.html.legend')}</p><dl>${shortened
          .map(
            (d) =>
              `<dt>${escapeHtml(labels.get(d.id) ?? d.title)}</dt><dd>${escapeHtml(d.title)}</dd>`,
          )
          .join('')}</dl></div>`;
  return { c, lang, m, foldAbove, ranking: view.ranking, view, dimColumns, legend };
}

/** The heat class of a score: four steps, grey for none; the value is always written in the cell too. */
function heat(value: number | null): string {
  if (value === null) return 'hx';
  if (value < 25) return 'h0';
  if (value < 50) return 'h1';
  if (value < 75) return 'h2';
  return 'h3';
}

function heatCell(value: number | null, lang: Lang): CellInput {
  return numberCell(num(value, lang), value, heat(value));
}

function percentCell(value: number | null, lang: Lang): CellInput {
  return numberCell(percent(value, lang).replace(' %', '&nbsp;%'), value);
}

function criterionCell(s: CriterionSummary): string {
  return `${escapeHtml(s.title)} <code>${breakable(s.id)}</code>`;
}

/** Sortable and filterable: a table that lists municipalities, unfolded. */
function municipalityTable(p: PageContext): TableOptions {
  return {
    sortable: true,
    filter: {
      label: t(p.lang, 'compare.html.filter'),
      count: t(p.lang, 'compare.html.filterCount'),
    },
  };
}

function glanceSection(p: PageContext): Section {
  const { c, lang, m } = p;
  const bands = table(
    m('compare.html.bandsCaption'),
    [
      { label: m('compare.col.band') },
      { label: m('compare.col.count'), numeric: true },
      { label: m('compare.col.share') },
    ],
    c.bands.map((b) => [
      escapeHtml(b.label),
      integer(b.count, lang),
      `<meter min="0" max="100" value="${b.share.toFixed(1)}" aria-hidden="true"></meter> ${percent(b.share, lang).replace(' %', '&nbsp;%')}`,
    ]),
  );
  return {
    id: 'glance',
    title: m('compare.h.glance'),
    body: `<div class="glance">\n<div id="bands">${bands}</div>\n<ul class="facts">\n<li>${m('compare.glance.score', statsParams(c.overall, lang))}</li>\n<li>${m('compare.glance.coverage', statsParams(c.coverage, lang))}</li>\n</ul>\n</div>`,
  };
}

function rankingSection(p: PageContext): Section {
  const { lang, m, ranking } = p;
  const columns: Column[] = [
    { label: m('compare.col.municipality') },
    { label: m('compare.col.rank'), numeric: true },
    { label: m('compare.col.type') },
    { label: m('compare.col.state') },
    { label: m('compare.col.date'), nowrap: true },
    { label: m('compare.col.score'), numeric: true },
    { label: m('compare.col.band') },
    { label: m('compare.col.coverage'), numeric: true },
  ];
  const row = ({ line }: RankedLine): CellInput[] => [
    breakable(line.name),
    numberCell(line.rank === null ? '–' : integer(line.rank, lang), line.rank),
    escapeHtml(line.type),
    escapeHtml(line.state),
    escapeHtml(line.date ?? '–'),
    numberCell(num(line.score, lang), line.score),
    escapeHtml(line.band),
    percentCell(line.coverage, lang),
  ];
  const rows = ranking.top.map(row);
  if (ranking.folded) {
    rows.push(
      [{ html: `… ${integer(ranking.hidden, lang)} …`, colspan: columns.length }],
      ...ranking.bottom.map(row),
    );
  }
  const note = ranking.folded
    ? `<p class="note">${m('compare.ranking.folded', { shown: ranking.top.length, hidden: integer(ranking.hidden, lang) })}</p>\n`
    : '';
  return {
    id: 'ranking',
    title: m('compare.h.ranking'),
    body: `${note}${table(m('compare.h.ranking'), columns, rows, ranking.folded ? {} : municipalityTable(p))}`,
  };
}

function heatmapSection(p: PageContext): Section {
  const { c, lang, m, ranking, dimColumns } = p;
  let heatmap: string;
  if (!ranking.folded) {
    heatmap = table(
      m('compare.h.heatmap'),
      [
        { label: m('compare.col.municipality') },
        ...dimColumns,
        { label: m('compare.col.score'), numeric: true },
      ],
      ranking.top.map(({ row }) => [
        breakable(row.name),
        ...c.dimensions.map((d) => heatCell(row.dimensions[d.id] ?? null, lang)),
        heatCell(row.score, lang),
      ]),
      municipalityTable(p),
    );
  } else {
    const group = m(`compare.groupBy.${c.groups.by}`);
    heatmap = `<p>${m('compare.heatmap.folded', { group })}</p>\n${table(
      `${m('compare.h.heatmap')} (${group})`,
      [
        { label: group },
        { label: 'n', numeric: true },
        ...dimColumns,
        { label: m('compare.col.score'), numeric: true },
      ],
      c.groups.entries.map((g) => [
        escapeHtml(g.label),
        numberCell(integer(g.count, lang), g.count),
        ...c.dimensions.map((d) => heatCell(g.dimension_medians[d.id] ?? null, lang)),
        heatCell(g.score.median, lang),
      ]),
      { sortable: true },
    )}`;
  }
  return {
    id: 'heatmap',
    title: m('compare.h.heatmap'),
    body: `<p>${m('compare.heatmap.legend')}</p>\n${heatmap}${p.legend === '' ? '' : `\n${p.legend}`}`,
  };
}

function prioritiesSection(p: PageContext): Section {
  const { c, lang, m } = p;
  const h = escapeHtml;
  const items = c.priorities.map((s) => {
    const facts: string[] = [];
    if (s.gate !== null && s.gate.failed > 0) {
      facts.push(
        m('compare.priority.gate', {
          failed: integer(s.gate.failed, lang),
          applies: integer(s.gate.applies, lang),
          share: percent(s.gate.failed_share, lang),
        }),
      );
    }
    facts.push(
      m('compare.priority.mean', { mean: num(s.mean, lang), gain: num(s.mean_gain, lang) }),
    );
    let item = `<li><strong>${h(s.title)}</strong> <code>${breakable(s.id)}</code> (${h(dimensionTitle(c, s.dimension))}): ${facts.join('; ')}.`;
    if (s.recommendation !== null) {
      const eh = effortHorizon(lang, s.effort, s.horizon);
      item += `<br>${m('compare.priority.recommendation', { text: s.recommendation })}${eh ? ` (${h(eh)})` : ''}`;
    }
    return `${item}</li>`;
  });
  return {
    id: 'blaupause',
    title: m('compare.h.priorities'),
    body: `<p>${m('compare.priorities.intro')}</p>\n${
      items.length === 0
        ? `<p>${m('compare.priorities.none')}</p>`
        : `<ol>\n${items.join('\n')}\n</ol>`
    }`,
  };
}

function gatesSection(p: PageContext): Section {
  const { c, lang, m } = p;
  const body =
    c.gate_failures.length === 0
      ? `<p>${m('compare.gates.none')}</p>`
      : table(
          m('compare.h.gates'),
          [
            { label: m('compare.col.criterion') },
            { label: m('compare.col.dimension') },
            { label: m('compare.col.gate') },
            { label: m('compare.col.failed'), numeric: true },
            { label: m('compare.col.share'), numeric: true },
            { label: m('compare.col.mean'), numeric: true },
          ],
          c.gate_failures.map((g) => [
            criterionCell(g),
            escapeHtml(dimensionTitle(c, g.dimension)),
            m('compare.gate.rule', {
              min: num(g.gate?.min ?? null, lang),
              cap: g.gate?.cap_label ?? '',
            }),
            numberCell(
              m('compare.ofApplies', {
                count: integer(g.gate?.failed ?? 0, lang),
                total: integer(g.gate?.applies ?? 0, lang),
              }),
              g.gate?.failed ?? 0,
            ),
            percentCell(g.gate?.failed_share ?? null, lang),
            numberCell(num(g.mean, lang), g.mean),
          ]),
          { sortable: true },
        );
  return { id: 'gates', title: m('compare.h.gates'), body };
}

function lowestSection(p: PageContext): Section {
  const { c, lang, m } = p;
  return {
    id: 'lowest',
    title: m('compare.h.lowest'),
    body: table(
      m('compare.h.lowest'),
      [
        { label: m('compare.col.criterion') },
        { label: m('compare.col.dimension') },
        { label: m('compare.col.mean'), numeric: true },
        { label: m('compare.col.median'), numeric: true },
        { label: m('compare.col.unknown'), numeric: true },
        { label: m('compare.col.belowTarget'), numeric: true },
      ],
      c.lowest_mean.map((s) => [
        criterionCell(s),
        escapeHtml(dimensionTitle(c, s.dimension)),
        numberCell(num(s.mean, lang), s.mean),
        numberCell(num(s.median, lang), s.median),
        numberCell(
          m('compare.ofApplies', {
            count: integer(s.unknown_or_missing, lang),
            total: integer(s.counted, lang),
          }),
          s.unknown_or_missing,
        ),
        numberCell(integer(s.below_target, lang), s.below_target),
      ]),
      { sortable: true },
    ),
  };
}

function dimensionsSection(p: PageContext): Section {
  const { c, lang, m } = p;
  return {
    id: 'dimensions',
    title: m('compare.h.dimensions'),
    body: table(
      m('compare.h.dimensions'),
      [
        { label: m('compare.col.dimension') },
        { label: 'n', numeric: true },
        { label: 'Min', numeric: true },
        { label: 'Q1', numeric: true },
        { label: m('compare.col.median'), numeric: true },
        { label: 'Q3', numeric: true },
        { label: 'Max', numeric: true },
        { label: m('compare.col.mean'), numeric: true },
      ],
      c.dimensions.map((d) => [escapeHtml(d.title), ...statsCells(d.stats, lang)]),
    ),
  };
}

/** v1.1: not yet assessable, first step to the next band; null where neither applies. */
function nextStepsSection(p: PageContext): Section | null {
  const { m } = p;
  const notAssessable = p.view.notAssessable;
  const nextSteps = p.view.nextSteps;
  if (notAssessable === null && nextSteps === null) return null;
  return {
    id: 'next-steps',
    title: m('compare.h.nextSteps'),
    body: [
      notAssessable === null ? '' : `<p class="note">${escapeHtml(notAssessable)}</p>`,
      nextSteps === null
        ? ''
        : `<p>${m('compare.nextSteps.intro')}</p>\n${table(
            m('compare.h.nextSteps'),
            nextSteps.head.map((label, i) => ({ label: escapeHtml(label), numeric: i === 1 })),
            nextSteps.rows.map((r) => r.map(escapeHtml)),
          )}`,
    ]
      .filter((part) => part !== '')
      .join('\n'),
  };
}

function servicesSection(p: PageContext): Section | null {
  const { c, lang, m } = p;
  if (c.services.length === 0) return null;
  const h = escapeHtml;
  const declined = c.services.some((s) => s.not_responsible > 0);
  const services = table(
    m('compare.h.services'),
    [
      { label: m('compare.col.service') },
      { label: m('compare.col.median'), numeric: true },
      { label: 'Q1–Q3', numeric: true },
      { label: m('compare.col.bands') },
      { label: m('compare.col.blockers') },
      ...(declined ? [{ label: m('compare.col.notResponsible'), numeric: true }] : []),
    ],
    c.services.map((s) => [
      h(s.title),
      numberCell(num(s.stats.median, lang), s.stats.median),
      `${num(s.stats.q1, lang)}–${num(s.stats.q3, lang)}`,
      h(bandSummary(s.bands, lang)),
      s.blocked_by.length === 0
        ? '–'
        : h(
            s.blocked_by
              .slice(0, 3)
              .map((b) => `${b.title} (${integer(b.count, lang)})`)
              .join(', '),
          ),
      ...(declined ? [numberCell(integer(s.not_responsible, lang), s.not_responsible)] : []),
    ]),
  );
  const matrix = p.view.stages;
  const stages =
    matrix === null
      ? ''
      : `\n<h3>${m('compare.h.stages')}</h3>\n<p>${m('compare.stages.intro')}</p>\n${
          matrix.shown < matrix.total
            ? `<p class="note">${m('compare.stages.folded', { shown: matrix.shown, total: integer(matrix.total, lang) })}</p>\n`
            : ''
        }${stageTables(p, matrix)}`;
  return {
    id: 'services',
    title: m('compare.h.services'),
    body: `<p>${m('compare.services.intro')}</p>\n${services}${stages}`,
  };
}

/**
 * The stage matrix in as many tables as it takes for each to fit a printed
 * page without breaking a word: 15 services do not fit across A4 beside the
 * names. Each part repeats the municipality column.
 */
function stageTables(p: PageContext, matrix: NonNullable<ReturnType<typeof stageMatrix>>): string {
  const groups = columnGroups(matrix.head, matrix.rows);
  const options = matrix.shown < matrix.total ? {} : municipalityTable(p);
  return groups
    .map((columns, k) => {
      const caption =
        groups.length === 1
          ? p.m('compare.h.stages')
          : p.m('compare.stages.part', { part: k + 1, parts: groups.length });
      const pick = (cells: readonly string[]): string[] => [
        cells[0] ?? '',
        ...columns.map((i) => cells[i] ?? ''),
      ];
      return table(
        caption,
        pick(matrix.head).map((label) => ({ label: escapeHtml(label) })),
        matrix.rows.map((r) =>
          pick(r).map((cell, i) => (i === 0 ? breakable(cell) : escapeHtml(cell))),
        ),
        options,
      );
    })
    .join('\n');
}

function groupsSection(p: PageContext): Section {
  const { c, lang, m } = p;
  const h = escapeHtml;
  const group = m(`compare.groupBy.${c.groups.by}`);
  const groups = table(
    m(`compare.h.groups.${c.groups.by}`),
    [
      { label: group },
      { label: m('compare.col.count'), numeric: true },
      { label: m('compare.col.median'), numeric: true },
      { label: 'Q1–Q3', numeric: true },
      { label: m('compare.col.bands') },
      { label: m('compare.col.topBlocker') },
    ],
    c.groups.entries.map((g) => [
      h(g.label),
      numberCell(integer(g.count, lang), g.count),
      numberCell(num(g.score.median, lang), g.score.median),
      `${num(g.score.q1, lang)}–${num(g.score.q3, lang)}`,
      h(bandSummary(g.bands, lang)),
      g.top_blocker === null
        ? '–'
        : h(`${g.top_blocker.title} (${integer(g.top_blocker.count, lang)})`),
    ]),
    { sortable: true },
  );
  // folded, the heatmap already shows these medians
  const medians = p.ranking.folded
    ? ''
    : `\n${table(
        m('compare.groups.dimensions', { group }),
        [{ label: group }, ...p.dimColumns],
        c.groups.entries.map((g) => [
          h(g.label),
          ...c.dimensions.map((d) => heatCell(g.dimension_medians[d.id] ?? null, lang)),
        ]),
        { sortable: true },
      )}${p.legend === '' ? '' : `\n${p.legend}`}`;
  return { id: 'groups', title: m(`compare.h.groups.${c.groups.by}`), body: `${groups}${medians}` };
}

/**
 * Trends in two tables, the overall change and the change per dimension, so
 * that each fits a printed page without breaking a word.
 */
function trendsSection(p: PageContext): Section {
  const { c, lang, m } = p;
  const h = escapeHtml;
  if (c.trends.length === 0)
    return {
      id: 'trends',
      title: m('compare.h.trends'),
      body: `<p>${m('compare.trends.none')}</p>`,
    };
  const trends = p.view.trends;
  const options = trends.hidden > 0 ? {} : municipalityTable(p);
  const overall = table(
    m('compare.h.trends'),
    [
      { label: m('compare.col.municipality') },
      { label: m('compare.col.period') },
      { label: m('compare.col.score'), numeric: true },
      { label: m('compare.col.targetGap') },
      { label: m('compare.col.actionsDone'), numeric: true },
    ],
    trends.shown.map((tr) => [
      breakable(tr.name),
      `${h(tr.from_date ?? '–')} → ${h(tr.to_date ?? '–')}`,
      numberCell(
        `${num(tr.score.from, lang)} → ${num(tr.score.to, lang)} (${signed(tr.score.change, lang)})`,
        tr.score.change,
      ),
      m('compare.trend.gap', {
        from: num(tr.targets.gap_from, lang),
        to: num(tr.targets.gap_to, lang),
        closed: percent(tr.targets.closed_share, lang),
      }),
      numberCell(integer(tr.actions_done, lang), tr.actions_done),
    ]),
    options,
  );
  const perDimension = table(
    m('compare.trends.dimensions'),
    [{ label: m('compare.col.municipality') }, ...p.dimColumns],
    trends.shown.map((tr) => [
      breakable(tr.name),
      ...tr.dimensions.map((d) => numberCell(signed(d.change, lang), d.change)),
    ]),
    options,
  );
  const body = [
    `<p>${m('compare.trends.intro', { count: integer(c.trends.length, lang) })}</p>`,
    trends.hidden > 0
      ? `<p class="note">${m('compare.trends.folded', { shown: trends.shown.length, hidden: integer(trends.hidden, lang) })}</p>`
      : '',
    overall,
    perDimension,
    p.legend,
  ]
    .filter((part) => part !== '')
    .join('\n');
  return { id: 'trends', title: m('compare.h.trends'), body };
}

function notesSection(p: PageContext): Section {
  const { c, lang, m } = p;
  const notes = p.view.notes.map((n) => escapeHtml(n));
  let body = `<ul>\n${notes.map((n) => `<li>${n}</li>`).join('\n')}\n</ul>`;
  if (c.skipped.length > 0) {
    body += `\n<h3>${m('compare.h.skipped', { count: integer(c.skipped.length, lang) })}</h3>\n<ul>\n${c.skipped
      .map(
        (s) =>
          `<li><code>${breakable(s.file)}</code>: ${m('compare.skipped.problems', { count: integer(s.problems, lang) })}${s.first ? ` ${breakable(s.first)}` : ''}</li>`,
      )
      .join('\n')}\n</ul>`;
  }
  return { id: 'notes', title: m('compare.h.notes'), body };
}

function renderSection(s: Section): string {
  return `<section aria-labelledby="${s.id}">\n<h2 id="${s.id}">${s.title}</h2>\n${s.body}\n</section>`;
}

/**
 * The page: header, the at-a-glance sections, then the contents and the
 * rest. The policy allows this page's own stylesheet and script by hash,
 * images only as data: URLs, and nothing else.
 */
function page(p: PageContext, first: Section[], rest: Section[]): string {
  const { c, lang, m } = p;
  const csp = [
    "default-src 'none'",
    `script-src '${sha256(TABLE_SCRIPT)}'`,
    `style-src '${sha256(COMPARE_STYLE)}'`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const title = m('compare.title', { count: integer(c.counts.municipalities, lang) });
  const toc = [...first, ...rest]
    .map((s) => `<li><a href="#${s.id}">${s.title}</a></li>`)
    .join('\n');
  const lead = m('compare.subtitle', {
    catalogue: c.catalogue.title,
    id: c.catalogue.id,
    version: c.catalogue.version,
    assessments: integer(c.counts.assessments, lang),
    methods: methodBreakdown(c.counts.by_method, lang),
  });
  return `${pageHead(lang, csp, title, COMPARE_STYLE)}
<a class="skip" href="#main">${m('compare.html.skip')}</a>
<header>
<h1>${title}</h1>
<p class="lead">${lead}</p>
${c.anonymized ? `<p class="note">${m('compare.anonymizedNote')}</p>\n` : ''}</header>
<main id="main" tabindex="-1">
${first.map(renderSection).join('\n\n')}

<nav aria-labelledby="toc">
<h2 id="toc">${m('compare.html.toc')}</h2>
<ol>
${toc}
</ol>
</nav>

${rest.map(renderSection).join('\n\n')}
</main>
<footer><p>${m('compare.html.generated')}</p></footer>
<script>${TABLE_SCRIPT}</script>
</body>
</html>
`;
}

function statsParams(s: Stats, lang: Lang): Record<string, string> {
  return {
    median: num(s.median, lang),
    q1: num(s.q1, lang),
    q3: num(s.q3, lang),
    min: num(s.min, lang),
    max: num(s.max, lang),
    mean: num(s.mean, lang),
    n: integer(s.n, lang),
  };
}
