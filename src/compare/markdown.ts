import { t } from '../i18n/index.js';
import '../i18n/messages/compare.js';
import { escapeMarkdown, escapeMarkdownCell, markdownCode } from '../report/escape.js';
import type { Comparison, CriterionSummary, Stats } from './types.js';
import {
  type CompareView,
  prepareCompareView,
  bandSummary,
  dimensionTitle,
  effortHorizon,
  integer,
  methodBreakdown,
  num,
  percent,
  type RankedLine,
  type RankingView,
  type RenderOptions,
  signed,
  statsCells,
} from './view.js';

/** A GFM table; columns whose cells are all numbers (or empty) are right-aligned. */
function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  const numeric = head.map(
    (_, i) =>
      rows.length > 0 && rows.every((r) => /^(?:[−+-]?[\d.,]+(?: %)?|–|…|)$/.test(r[i] ?? '')),
  );
  return [line(head), line(numeric.map((n) => (n ? '---:' : '---'))), ...rows.map(line)].join('\n');
}

/** The comparison as a Markdown document (CommonMark with GFM tables). */
export function renderCompareMarkdown(c: Comparison, options?: RenderOptions): string {
  const d = markdownDoc(prepareCompareView(c, options));
  // Tables are as wide as their data; the line-length rule cannot apply to them.
  const out: string[] = ['<!-- markdownlint-disable-file MD013 -->', ...headerBlocks(d)];
  for (const section of SECTIONS) out.push(...section(d));
  return `${out.join('\n\n')}\n`;
}

/** What every section reads: the comparison, its language, messages, the fold. */
interface MarkdownDoc {
  c: Comparison;
  lang: Comparison['lang'];
  m: (key: string, params?: Record<string, string | number>) => string;
  e: (text: string) => string;
  /** A table cell: inline text, a dash where empty (as the report's `cell`). */
  cell: (text: string) => string;
  foldAbove: number;
  ranking: RankingView;
  view: CompareView;
  /** The dimension titles as table headers. */
  dimHead: string[];
}

function markdownDoc(view: CompareView): MarkdownDoc {
  const { c, foldAbove } = view;
  const lang = c.lang;
  return {
    c,
    lang,
    m: (key, params) => t(lang, key, params),
    e: escapeMarkdown,
    cell: escapeMarkdownCell,
    foldAbove,
    ranking: view.ranking,
    view,
    dimHead: c.dimensions.map((d) => escapeMarkdownCell(d.title)),
  };
}

function criterionCell(s: CriterionSummary): string {
  return `${escapeMarkdown(s.title)} (${markdownCode(s.id, 'cell')})`;
}

/** Title, subtitle and the anonymization note. */
function headerBlocks(d: MarkdownDoc): string[] {
  const { c, lang, m, e } = d;
  const out: string[] = [];

  out.push(`# ${e(m('compare.title', { count: integer(c.counts.municipalities, lang) }))}`);
  out.push(
    e(
      m('compare.subtitle', {
        catalogue: c.catalogue.title,
        id: c.catalogue.id,
        version: c.catalogue.version,
        assessments: integer(c.counts.assessments, lang),
        methods: methodBreakdown(c.counts.by_method, lang),
      }),
    ),
  );
  if (c.anonymized) out.push(`> ${e(m('compare.anonymizedNote'))}`);
  return out;
}

const SECTIONS: readonly ((d: MarkdownDoc) => string[])[] = [
  glanceBlocks,
  prioritiesBlocks,
  gatesBlocks,
  lowestBlocks,
  dimensionsBlocks,
  rankingBlocks,
  heatmapBlocks,
  nextStepsBlocks,
  servicesBlocks,
  groupsBlocks,
  trendsBlocks,
  notesBlocks,
];

/** At a glance. */
function glanceBlocks(d: MarkdownDoc): string[] {
  const { c, lang, m, e, cell } = d;
  const out: string[] = [];
  out.push(`## ${m('compare.h.glance')}`);
  out.push(
    [
      `- ${e(m('compare.glance.score', statsParams(c.overall, lang)))}`,
      `- ${e(m('compare.glance.coverage', statsParams(c.coverage, lang)))}`,
    ].join('\n'),
  );
  out.push(
    table(
      [m('compare.col.band'), m('compare.col.count'), m('compare.col.share')],
      c.bands.map((b) => [cell(b.label), integer(b.count, lang), percent(b.share, lang)]),
    ),
  );
  return out;
}

/** Blaupause. */
function prioritiesBlocks(d: MarkdownDoc): string[] {
  const { c, lang, m, e } = d;
  const out: string[] = [];
  out.push(`## ${m('compare.h.priorities')}`);
  out.push(e(m('compare.priorities.intro')));
  if (c.priorities.length === 0) out.push(e(m('compare.priorities.none')));
  else {
    out.push(
      c.priorities
        .map((p, i) => {
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
          let item = `${i + 1}. **${e(p.title)}** (${markdownCode(p.id)}, ${e(dimensionTitle(c, p.dimension))}): ${e(facts.join('; '))}.`;
          if (p.recommendation !== null) {
            const eh = effortHorizon(lang, p.effort, p.horizon);
            const indent = ' '.repeat(`${i + 1}. `.length);
            item += `\n${indent}${e(m('compare.priority.recommendation', { text: p.recommendation }))}${eh ? ` (${e(eh)})` : ''}`;
          }
          return item;
        })
        .join('\n'),
    );
  }
  return out;
}

/** Gate failures. */
function gatesBlocks(d: MarkdownDoc): string[] {
  const { c, lang, m, e, cell } = d;
  const out: string[] = [];
  out.push(`## ${m('compare.h.gates')}`);
  if (c.gate_failures.length === 0) out.push(e(m('compare.gates.none')));
  else {
    out.push(
      table(
        [
          m('compare.col.criterion'),
          m('compare.col.dimension'),
          m('compare.col.gate'),
          m('compare.col.failed'),
          m('compare.col.share'),
          m('compare.col.mean'),
        ],
        c.gate_failures.map((g) => [
          criterionCell(g),
          cell(dimensionTitle(c, g.dimension)),
          cell(
            m('compare.gate.rule', {
              min: num(g.gate?.min ?? null, lang),
              cap: g.gate?.cap_label ?? '',
            }),
          ),
          m('compare.ofApplies', {
            count: integer(g.gate?.failed ?? 0, lang),
            total: integer(g.gate?.applies ?? 0, lang),
          }),
          percent(g.gate?.failed_share ?? null, lang),
          num(g.mean, lang),
        ]),
      ),
    );
  }
  return out;
}

/** Lowest means. */
function lowestBlocks(d: MarkdownDoc): string[] {
  const { c, lang, m, cell } = d;
  const out: string[] = [];
  out.push(`## ${m('compare.h.lowest')}`);
  out.push(
    table(
      [
        m('compare.col.criterion'),
        m('compare.col.dimension'),
        m('compare.col.mean'),
        m('compare.col.median'),
        m('compare.col.unknown'),
        m('compare.col.belowTarget'),
      ],
      c.lowest_mean.map((s) => [
        criterionCell(s),
        cell(dimensionTitle(c, s.dimension)),
        num(s.mean, lang),
        num(s.median, lang),
        m('compare.ofApplies', {
          count: integer(s.unknown_or_missing, lang),
          total: integer(s.counted, lang),
        }),
        integer(s.below_target, lang),
      ]),
    ),
  );
  return out;
}

/** Dimensions. */
function dimensionsBlocks(d: MarkdownDoc): string[] {
  const { c, lang, m, cell } = d;
  const out: string[] = [];
  out.push(`## ${m('compare.h.dimensions')}`);
  out.push(
    table(
      [
        m('compare.col.dimension'),
        'n',
        'Min',
        'Q1',
        m('compare.col.median'),
        'Q3',
        'Max',
        m('compare.col.mean'),
      ],
      c.dimensions.map((d) => [cell(d.title), ...statsCells(d.stats, lang)]),
    ),
  );
  return out;
}

/** Ranking. */
function rankingBlocks(d: MarkdownDoc): string[] {
  const { lang, m, e, cell, ranking } = d;
  const out: string[] = [];
  out.push(`## ${m('compare.h.ranking')}`);
  if (ranking.folded) {
    out.push(
      e(
        m('compare.ranking.folded', {
          shown: ranking.top.length,
          hidden: integer(ranking.hidden, lang),
        }),
      ),
    );
  }
  const rankRow = ({ line }: RankedLine): string[] => [
    line.rank === null ? '–' : integer(line.rank, lang),
    cell(line.name),
    cell(line.type),
    cell(line.state),
    cell(line.date ?? '–'),
    num(line.score, lang),
    cell(line.band),
    percent(line.coverage, lang),
  ];
  const rankHead = [
    m('compare.col.rank'),
    m('compare.col.municipality'),
    m('compare.col.type'),
    m('compare.col.state'),
    m('compare.col.date'),
    m('compare.col.score'),
    m('compare.col.band'),
    m('compare.col.coverage'),
  ];
  const rankRows = ranking.top.map(rankRow);
  if (ranking.folded)
    rankRows.push(
      rankHead.map((_, i) => (i === 1 ? '…' : '')),
      ...ranking.bottom.map(rankRow),
    );
  out.push(table(rankHead, rankRows));
  return out;
}

/** Heatmap: every municipality, or folded the groups' medians. */
function heatmapBlocks(d: MarkdownDoc): string[] {
  const { c, lang, m, e, cell, ranking, dimHead } = d;
  const out: string[] = [];
  out.push(`## ${m('compare.h.heatmap')}`);
  if (!ranking.folded) {
    out.push(
      table(
        [m('compare.col.municipality'), ...dimHead, m('compare.col.score')],
        ranking.top.map(({ row }) => [
          cell(row.name),
          ...c.dimensions.map((d) => num(row.dimensions[d.id] ?? null, lang)),
          num(row.score, lang),
        ]),
      ),
    );
  } else {
    out.push(e(m('compare.heatmap.folded', { group: m(`compare.groupBy.${c.groups.by}`) })));
    out.push(
      table(
        [m(`compare.groupBy.${c.groups.by}`), 'n', ...dimHead, m('compare.col.score')],
        c.groups.entries.map((g) => [
          cell(g.label),
          integer(g.count, lang),
          ...c.dimensions.map((d) => num(g.dimension_medians[d.id] ?? null, lang)),
          num(g.score.median, lang),
        ]),
      ),
    );
  }
  return out;
}

/** V1.1: not yet assessable, first step to the next band. */
function nextStepsBlocks(d: MarkdownDoc): string[] {
  const { m, e, cell } = d;
  const out: string[] = [];
  const notAssessable = d.view.notAssessable;
  const nextSteps = d.view.nextSteps;
  if (notAssessable !== null || nextSteps !== null) {
    out.push(`## ${m('compare.h.nextSteps')}`);
    if (notAssessable !== null) out.push(`> ${e(notAssessable)}`);
    if (nextSteps !== null) {
      out.push(e(m('compare.nextSteps.intro')));
      out.push(
        table(
          nextSteps.head,
          nextSteps.rows.map((r) => r.map(cell)),
        ),
      );
    }
  }
  return out;
}

/** Services. */
function servicesBlocks(d: MarkdownDoc): string[] {
  const { c, lang, m, e, cell } = d;
  const out: string[] = [];
  if (c.services.length > 0) {
    const declined = c.services.some((s) => s.not_responsible > 0);
    out.push(`## ${m('compare.h.services')}`);
    out.push(e(m('compare.services.intro')));
    out.push(
      table(
        [
          m('compare.col.service'),
          m('compare.col.median'),
          'Q1–Q3',
          m('compare.col.bands'),
          m('compare.col.blockers'),
          ...(declined ? [m('compare.col.notResponsible')] : []),
        ],
        c.services.map((s) => [
          cell(s.title),
          num(s.stats.median, lang),
          `${num(s.stats.q1, lang)}–${num(s.stats.q3, lang)}`,
          cell(bandSummary(s.bands, lang)),
          s.blocked_by.length === 0
            ? '–'
            : cell(
                s.blocked_by
                  .slice(0, 3)
                  .map((b) => `${b.title} (${integer(b.count, lang)})`)
                  .join(', '),
              ),
          ...(declined ? [integer(s.not_responsible, lang)] : []),
        ]),
      ),
    );
    const matrix = d.view.stages;
    if (matrix !== null) {
      out.push(`### ${m('compare.h.stages')}`);
      out.push(e(m('compare.stages.intro')));
      if (matrix.shown < matrix.total)
        out.push(
          e(
            m('compare.stages.folded', { shown: matrix.shown, total: integer(matrix.total, lang) }),
          ),
        );
      out.push(
        table(
          matrix.head.map(cell),
          matrix.rows.map((r) => r.map(cell)),
        ),
      );
    }
  }
  return out;
}

/** Groups. */
function groupsBlocks(d: MarkdownDoc): string[] {
  const { c, lang, m, e, cell, ranking, dimHead } = d;
  const out: string[] = [];
  out.push(`## ${m(`compare.h.groups.${c.groups.by}`)}`);
  out.push(
    table(
      [
        m(`compare.groupBy.${c.groups.by}`),
        m('compare.col.count'),
        m('compare.col.median'),
        'Q1–Q3',
        m('compare.col.bands'),
        m('compare.col.topBlocker'),
      ],
      c.groups.entries.map((g) => [
        cell(g.label),
        integer(g.count, lang),
        num(g.score.median, lang),
        `${num(g.score.q1, lang)}–${num(g.score.q3, lang)}`,
        cell(bandSummary(g.bands, lang)),
        g.top_blocker === null
          ? '–'
          : cell(`${g.top_blocker.title} (${integer(g.top_blocker.count, lang)})`),
      ]),
    ),
  );
  if (!ranking.folded) {
    // folded, the heatmap above already shows these medians
    out.push(e(m('compare.groups.dimensions', { group: m(`compare.groupBy.${c.groups.by}`) })));
    out.push(
      table(
        [m(`compare.groupBy.${c.groups.by}`), ...dimHead],
        c.groups.entries.map((g) => [
          cell(g.label),
          ...c.dimensions.map((d) => num(g.dimension_medians[d.id] ?? null, lang)),
        ]),
      ),
    );
  }
  return out;
}

/** Trends. */
function trendsBlocks(d: MarkdownDoc): string[] {
  const { c, lang, m, e, cell, dimHead } = d;
  const out: string[] = [];
  out.push(`## ${m('compare.h.trends')}`);
  if (c.trends.length === 0) out.push(e(m('compare.trends.none')));
  else {
    const trends = d.view.trends;
    out.push(e(m('compare.trends.intro', { count: integer(c.trends.length, lang) })));
    if (trends.hidden > 0)
      out.push(
        e(
          m('compare.trends.folded', {
            shown: trends.shown.length,
            hidden: integer(trends.hidden, lang),
          }),
        ),
      );
    out.push(
      table(
        [
          m('compare.col.municipality'),
          m('compare.col.period'),
          m('compare.col.score'),
          ...dimHead.map((d) => `Δ ${d}`),
          m('compare.col.targetGap'),
          m('compare.col.actionsDone'),
        ],
        trends.shown.map((tr) => [
          cell(tr.name),
          `${tr.from_date ?? '–'} → ${tr.to_date ?? '–'}`,
          `${num(tr.score.from, lang)} → ${num(tr.score.to, lang)} (${signed(tr.score.change, lang)})`,
          ...tr.dimensions.map((d) => signed(d.change, lang)),
          cell(
            m('compare.trend.gap', {
              from: num(tr.targets.gap_from, lang),
              to: num(tr.targets.gap_to, lang),
              closed: percent(tr.targets.closed_share, lang),
            }),
          ),
          integer(tr.actions_done, lang),
        ]),
      ),
    );
  }
  return out;
}

/** Notes. */
function notesBlocks(d: MarkdownDoc): string[] {
  const { c, lang, m, e } = d;
  const out: string[] = [];
  out.push(`## ${m('compare.h.notes')}`);
  const notes = d.view.notes;
  out.push(notes.map((n) => `- ${e(n)}`).join('\n'));
  if (c.skipped.length > 0) {
    out.push(`### ${m('compare.h.skipped', { count: integer(c.skipped.length, lang) })}`);
    out.push(
      c.skipped
        .map((s) => {
          const problems = m('compare.skipped.problems', { count: integer(s.problems, lang) });
          return `- ${markdownCode(s.file)}: ${e(problems)}${s.first ? ` ${e(s.first)}` : ''}`;
        })
        .join('\n'),
    );
  }
  return out;
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
