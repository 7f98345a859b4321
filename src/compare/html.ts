import { t } from '../i18n/index.js';
import '../i18n/messages/compare.js';
import type { Comparison, CriterionSummary, MunicipalityEntry, Row, Stats } from './types.js';
import {
  bandLabel,
  bandSummary,
  DETAIL_LIMIT,
  dimensionTitle,
  effortHorizon,
  integer,
  methodNotes,
  nextStepTable,
  notAssessableNote,
  num,
  percent,
  rankingView,
  signed,
  stageMatrix,
  statsCells,
  trendView,
  typeLabel,
} from './view.js';

/** Escape text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const STYLE = `
:root { color-scheme: light; --ink: #1b1b1b; --muted: #4a4a4a; --line: #b9b9b9; --accent: #0b4f8a; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72rem; padding: 1.5rem; color: var(--ink); background: #fff;
  font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 1.8rem; line-height: 1.2; margin: 0 0 .5rem; }
h2 { font-size: 1.35rem; margin: 2.2rem 0 .6rem; padding-top: .4rem; border-top: 2px solid var(--accent); }
h3 { font-size: 1.1rem; margin: 1.4rem 0 .4rem; }
p, li { max-width: 60rem; }
a { color: var(--accent); }
a:focus-visible, [tabindex]:focus-visible { outline: 3px solid #d35400; outline-offset: 2px; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; z-index: 1; }
.lead { color: var(--muted); margin: 0 0 1rem; }
.note { border-left: 4px solid var(--accent); padding: .4rem .8rem; background: #eef4fa; }
nav ol { columns: 2; margin: .3rem 0 0; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; margin: .5rem 0 1rem; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: 600; padding: .2rem 0 .4rem; }
th, td { border: 1px solid var(--line); padding: .3rem .5rem; vertical-align: top; }
thead th { background: #f0f0f0; text-align: left; }
td.n, th.n { text-align: right; white-space: nowrap; }
td.nw { white-space: nowrap; }
tbody th { text-align: left; font-weight: 600; }
.fold td { text-align: center; color: var(--muted); }
.h0 { background: #f9d0c9; } .h1 { background: #fbe3b6; } .h2 { background: #e9efb4; } .h3 { background: #c7e8c5; }
.hx { background: #ececec; }
meter { width: 8rem; vertical-align: middle; }
.stats dt { font-weight: 600; } .stats dd { margin: 0 0 .5rem; }
code { font-size: .9em; }
footer { margin-top: 3rem; color: var(--muted); font-size: .9rem; }
@media print {
  @page { size: A4; margin: 15mm; }
  body { max-width: none; padding: 0; font-size: 10pt; }
  nav, .skip { display: none; }
  .scroll { overflow: visible; }
  table { width: 100%; font-size: 8pt; }
  th, td { padding: 1px 3px; overflow-wrap: anywhere; }
  td.n, th.n { white-space: normal; }
  h2 { break-after: avoid; page-break-after: avoid; }
  table { break-inside: auto; }
  tr, li { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  .h0, .h1, .h2, .h3, .hx, meter, thead th { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
}
`;

/** The heat class of a score: four steps, grey for none; the value is always written in the cell too. */
function heat(value: number | null): string {
  if (value === null) return 'hx';
  if (value < 25) return 'h0';
  if (value < 50) return 'h1';
  if (value < 75) return 'h2';
  return 'h3';
}

interface Column {
  label: string;
  numeric?: boolean;
  /** Keep on one line (dates). */
  nowrap?: boolean;
}

function columnClass(c: Column | undefined): string {
  const classes = [c?.numeric ? 'n' : '', c?.nowrap ? 'nw' : ''].filter((x) => x !== '');
  return classes.length > 0 ? ` class="${classes.join(' ')}"` : '';
}

/** An accessible table: caption, column headers with scope, the first cell of each row a row header. */
function table(
  caption: string,
  columns: readonly Column[],
  rows: readonly string[][],
  rowHeader = true,
): string {
  const head = columns.map((c) => `<th scope="col"${columnClass(c)}>${c.label}</th>`).join('');
  const body = rows
    .map((cells) => {
      if (cells.length === 1 && cells[0]?.startsWith('<td'))
        return `<tr class="fold">${cells[0]}</tr>`;
      return `<tr>${cells
        .map((cell, i) => {
          if (cell.startsWith('<td')) return cell;
          const cls = columnClass(columns[i]);
          return i === 0 && rowHeader
            ? `<th scope="row"${cls}>${cell}</th>`
            : `<td${cls}>${cell}</td>`;
        })
        .join('')}</tr>`;
    })
    .join('\n');
  // A scrollable region must be reachable by keyboard (WCAG 2.1.1); the table's caption names it.
  return `<div class="scroll" tabindex="0"><table>\n<caption>${caption}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table></div>`;
}

/** The comparison as one self-contained, accessible HTML page (no scripts, no requests, printable). */
export function renderCompareHtml(c: Comparison): string {
  const lang = c.lang;
  const m = (key: string, params?: Record<string, string | number>): string =>
    escapeHtml(t(lang, key, params));
  const h = escapeHtml;
  const sections: { id: string; title: string; body: string }[] = [];
  const criterionCell = (s: CriterionSummary): string => `${h(s.title)} <code>${h(s.id)}</code>`;
  const heatCell = (value: number | null): string =>
    `<td class="n ${heat(value)}">${num(value, lang)}</td>`;

  // ---- at a glance ------------------------------------------------------------------
  sections.push({
    id: 'glance',
    title: m('compare.h.glance'),
    body: [
      `<ul>\n<li>${m('compare.glance.score', statsParams(c.overall, lang))}</li>\n<li>${m('compare.glance.coverage', statsParams(c.coverage, lang))}</li>\n</ul>`,
      table(
        m('compare.html.bandsCaption'),
        [
          { label: m('compare.col.band') },
          { label: m('compare.col.count'), numeric: true },
          { label: m('compare.col.share') },
        ],
        c.bands.map((b) => [
          h(b.label),
          integer(b.count, lang),
          `<meter min="0" max="100" value="${b.share.toFixed(1)}" aria-hidden="true"></meter> ${percent(b.share, lang)}`,
        ]),
      ),
    ].join('\n'),
  });

  // ---- Blaupause ------------------------------------------------------------------------
  const priorityItems = c.priorities.map((p) => {
    const facts: string[] = [];
    if (p.gate !== null && p.gate.failed > 0) {
      facts.push(
        m('compare.priority.gate', {
          failed: integer(p.gate.failed, lang),
          applies: integer(p.gate.applies, lang),
          share: percent(p.gate.failed_share, lang),
        }),
      );
    }
    facts.push(
      m('compare.priority.mean', { mean: num(p.mean, lang), gain: num(p.mean_gain, lang) }),
    );
    let item = `<li><strong>${h(p.title)}</strong> <code>${h(p.id)}</code> (${h(dimensionTitle(c, p.dimension))}): ${facts.join('; ')}.`;
    if (p.recommendation !== null) {
      const eh = effortHorizon(lang, p.effort, p.horizon);
      item += `<br>${m('compare.priority.recommendation', { text: p.recommendation })}${eh ? ` (${h(eh)})` : ''}`;
    }
    return `${item}</li>`;
  });
  sections.push({
    id: 'blaupause',
    title: m('compare.h.priorities'),
    body: `<p>${m('compare.priorities.intro')}</p>\n${
      priorityItems.length === 0
        ? `<p>${m('compare.priorities.none')}</p>`
        : `<ol>\n${priorityItems.join('\n')}\n</ol>`
    }`,
  });

  // ---- gate failures ------------------------------------------------------------------------
  sections.push({
    id: 'gates',
    title: m('compare.h.gates'),
    body:
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
              h(dimensionTitle(c, g.dimension)),
              m('compare.gate.rule', {
                min: num(g.gate?.min ?? null, lang),
                cap: g.gate?.cap_label ?? '',
              }),
              m('compare.ofApplies', {
                count: integer(g.gate?.failed ?? 0, lang),
                total: integer(g.gate?.applies ?? 0, lang),
              }),
              percent(g.gate?.failed_share ?? null, lang),
              num(g.mean, lang),
            ]),
          ),
  });

  // ---- lowest means -------------------------------------------------------------------------
  sections.push({
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
        h(dimensionTitle(c, s.dimension)),
        num(s.mean, lang),
        num(s.median, lang),
        m('compare.ofApplies', {
          count: integer(s.unknown_or_missing, lang),
          total: integer(s.counted, lang),
        }),
        integer(s.below_target, lang),
      ]),
    ),
  });

  // ---- dimensions ----------------------------------------------------------------------------
  sections.push({
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
      c.dimensions.map((d) => [h(d.title), ...statsCells(d.stats, lang)]),
    ),
  });

  // ---- ranking --------------------------------------------------------------------------------
  const ranking = rankingView(c);
  const rankColumns: Column[] = [
    { label: m('compare.col.municipality') },
    { label: m('compare.col.rank'), numeric: true },
    { label: m('compare.col.type') },
    { label: m('compare.col.state') },
    { label: m('compare.col.date'), nowrap: true },
    { label: m('compare.col.score'), numeric: true },
    { label: m('compare.col.band') },
    { label: m('compare.col.coverage'), numeric: true },
  ];
  const rankRow = ({ entry, row }: { entry: MunicipalityEntry; row: Row }): string[] => [
    h(row.name),
    entry.rank === null ? '–' : integer(entry.rank, lang),
    h(typeLabel(lang, row.type)),
    h(row.state),
    h(row.date ?? '–'),
    num(row.score, lang),
    h(bandLabel(c, row.band)),
    percent(row.coverage, lang),
  ];
  const rankRows = ranking.top.map(rankRow);
  if (ranking.folded) {
    rankRows.push(
      [`<td colspan="${rankColumns.length}">… ${integer(ranking.hidden, lang)} …</td>`],
      ...ranking.bottom.map(rankRow),
    );
  }
  sections.push({
    id: 'ranking',
    title: m('compare.h.ranking'),
    body: `${ranking.folded ? `<p class="note">${m('compare.ranking.folded', { shown: ranking.top.length, hidden: integer(ranking.hidden, lang) })}</p>\n` : ''}${table(m('compare.h.ranking'), rankColumns, rankRows)}`,
  });

  // ---- heatmap ----------------------------------------------------------------------------------
  const dimColumns: Column[] = c.dimensions.map((d) => ({ label: h(d.title), numeric: true }));
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
        h(row.name),
        ...c.dimensions.map((d) => heatCell(row.dimensions[d.id] ?? null)),
        heatCell(row.score),
      ]),
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
        h(g.label),
        integer(g.count, lang),
        ...c.dimensions.map((d) => heatCell(g.dimension_medians[d.id] ?? null)),
        heatCell(g.score.median),
      ]),
    )}`;
  }
  sections.push({
    id: 'heatmap',
    title: m('compare.h.heatmap'),
    body: `<p>${m('compare.heatmap.legend')}</p>\n${heatmap}`,
  });

  // ---- v1.1: not yet assessable, first step to the next band -----------------------------------
  const notAssessable = notAssessableNote(c);
  const nextSteps = nextStepTable(c);
  if (notAssessable !== null || nextSteps !== null) {
    sections.push({
      id: 'next-steps',
      title: m('compare.h.nextSteps'),
      body: [
        notAssessable === null ? '' : `<p class="note">${h(notAssessable)}</p>`,
        nextSteps === null
          ? ''
          : `<p>${m('compare.nextSteps.intro')}</p>\n${table(
              m('compare.h.nextSteps'),
              nextSteps.head.map((label, i) => ({ label: h(label), numeric: i === 1 })),
              nextSteps.rows.map((r) => r.map(h)),
            )}`,
      ]
        .filter((part) => part !== '')
        .join('\n'),
    });
  }

  // ---- services -----------------------------------------------------------------------------------
  if (c.services.length > 0) {
    const declined = c.services.some((s) => s.not_responsible > 0);
    const matrix = stageMatrix(c);
    sections.push({
      id: 'services',
      title: m('compare.h.services'),
      body: `<p>${m('compare.services.intro')}</p>\n${table(
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
          num(s.stats.median, lang),
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
          ...(declined ? [integer(s.not_responsible, lang)] : []),
        ]),
      )}${
        matrix === null
          ? ''
          : `\n<h3>${m('compare.h.stages')}</h3>\n<p>${m('compare.stages.intro')}</p>\n${
              matrix.shown < matrix.total
                ? `<p class="note">${m('compare.stages.folded', { shown: matrix.shown, total: integer(matrix.total, lang) })}</p>\n`
                : ''
            }${table(
              m('compare.h.stages'),
              matrix.head.map((label) => ({ label: h(label) })),
              matrix.rows.map((r) => r.map(h)),
            )}`
      }`,
    });
  }

  // ---- groups ----------------------------------------------------------------------------------------
  sections.push({
    id: 'groups',
    title: m(`compare.h.groups.${c.groups.by}`),
    body: table(
      m(`compare.h.groups.${c.groups.by}`),
      [
        { label: m(`compare.groupBy.${c.groups.by}`) },
        { label: m('compare.col.count'), numeric: true },
        { label: m('compare.col.median'), numeric: true },
        { label: 'Q1–Q3', numeric: true },
        { label: m('compare.col.bands') },
        { label: m('compare.col.topBlocker') },
      ],
      c.groups.entries.map((g) => [
        h(g.label),
        integer(g.count, lang),
        num(g.score.median, lang),
        `${num(g.score.q1, lang)}–${num(g.score.q3, lang)}`,
        h(bandSummary(g.bands, lang)),
        g.top_blocker === null
          ? '–'
          : h(`${g.top_blocker.title} (${integer(g.top_blocker.count, lang)})`),
      ]),
    ),
  });
  if (!ranking.folded) {
    // folded, the heatmap already shows these medians
    const group = m(`compare.groupBy.${c.groups.by}`);
    const last = sections[sections.length - 1];
    if (last) {
      last.body += `\n${table(
        m('compare.groups.dimensions', { group }),
        [{ label: group }, ...dimColumns],
        c.groups.entries.map((g) => [
          h(g.label),
          ...c.dimensions.map((d) => heatCell(g.dimension_medians[d.id] ?? null)),
        ]),
      )}`;
    }
  }

  // ---- trends ------------------------------------------------------------------------------------------
  let trendBody: string;
  if (c.trends.length === 0) trendBody = `<p>${m('compare.trends.none')}</p>`;
  else {
    const trends = trendView(c);
    trendBody = [
      `<p>${m('compare.trends.intro', { count: integer(c.trends.length, lang) })}</p>`,
      trends.hidden > 0
        ? `<p class="note">${m('compare.trends.folded', { shown: trends.shown.length, hidden: integer(trends.hidden, lang) })}</p>`
        : '',
      table(
        m('compare.h.trends'),
        [
          { label: m('compare.col.municipality') },
          { label: m('compare.col.period') },
          { label: m('compare.col.score'), numeric: true },
          ...c.dimensions.map((d) => ({ label: `Δ ${h(d.title)}`, numeric: true })),
          { label: m('compare.col.targetGap') },
          { label: m('compare.col.actionsDone'), numeric: true },
        ],
        trends.shown.map((tr) => [
          h(tr.name),
          `${h(tr.from_date ?? '–')} → ${h(tr.to_date ?? '–')}`,
          `${num(tr.score.from, lang)} → ${num(tr.score.to, lang)} (${signed(tr.score.change, lang)})`,
          ...tr.dimensions.map((d) => signed(d.change, lang)),
          m('compare.trend.gap', {
            from: num(tr.targets.gap_from, lang),
            to: num(tr.targets.gap_to, lang),
            closed: percent(tr.targets.closed_share, lang),
          }),
          integer(tr.actions_done, lang),
        ]),
      ),
    ]
      .filter((part) => part !== '')
      .join('\n');
  }
  sections.push({ id: 'trends', title: m('compare.h.trends'), body: trendBody });

  // ---- notes ---------------------------------------------------------------------------------------------
  const notes = methodNotes(c).map((n) => h(n));
  for (const v of c.versions) {
    notes.push(
      m('compare.note.version', {
        version: v.version,
        count: integer(v.count, lang),
        used: c.catalogue.version,
      }),
    );
  }
  if (c.counts.municipalities > DETAIL_LIMIT) notes.push(m('compare.note.fullTable'));
  let notesBody = `<ul>\n${notes.map((n) => `<li>${n}</li>`).join('\n')}\n</ul>`;
  if (c.skipped.length > 0) {
    notesBody += `\n<h3>${m('compare.h.skipped', { count: integer(c.skipped.length, lang) })}</h3>\n<ul>\n${c.skipped
      .map(
        (s) =>
          `<li><code>${h(s.file)}</code>: ${m('compare.skipped.problems', { count: integer(s.problems, lang) })}${s.first ? ` ${h(s.first)}` : ''}</li>`,
      )
      .join('\n')}\n</ul>`;
  }
  sections.push({ id: 'notes', title: m('compare.h.notes'), body: notesBody });

  const title = m('compare.title', { count: integer(c.counts.municipalities, lang) });
  const toc = sections.map((s) => `<li><a href="#${s.id}">${s.title}</a></li>`).join('\n');
  const body = sections
    .map(
      (s) =>
        `<section aria-labelledby="${s.id}">\n<h2 id="${s.id}">${s.title}</h2>\n${s.body}\n</section>`,
    )
    .join('\n\n');
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="efa-readiness">
<title>${title}</title>
<style>${STYLE}</style>
</head>
<body>
<a class="skip" href="#main">${m('compare.html.skip')}</a>
<header>
<h1>${title}</h1>
<p class="lead">${m('compare.subtitle', {
    catalogue: c.catalogue.title,
    id: c.catalogue.id,
    version: c.catalogue.version,
    assessments: integer(c.counts.assessments, lang),
  })}</p>
${c.anonymized ? `<p class="note">${m('compare.anonymizedNote')}</p>\n` : ''}<nav aria-label="${m('compare.html.toc')}">
<h2 id="toc">${m('compare.html.toc')}</h2>
<ol>
${toc}
</ol>
</nav>
</header>
<main id="main" tabindex="-1">
${body}
</main>
<footer><p>${m('compare.html.generated')}</p></footer>
</body>
</html>
`;
}

function statsParams(s: Stats, lang: Parameters<typeof num>[1]): Record<string, string> {
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
