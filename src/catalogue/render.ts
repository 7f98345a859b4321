import { Document, isMap, isSeq } from 'yaml';
import { addMessages, formatNumber, t } from '../i18n/index.js';
import { catalogueMessages } from '../i18n/messages/catalogue.js';
import { resolveText } from '../model/text.js';
import type { Catalogue, CriterionProvenance, Lang } from '../model/types.js';
import { escapeMarkdownCell } from '../report/escape.js';
import type { CatalogueDiff } from './diff.js';
import type { LintFinding } from './lint.js';

addMessages(catalogueMessages);

/** The catalogue without the loader's provenance, as a file would have it. */
function fileShape(catalogue: Catalogue): Omit<Catalogue, 'provenance'> {
  const rest: Omit<Catalogue, 'provenance'> & { provenance?: unknown } = { ...catalogue };
  delete rest.provenance;
  return rest;
}

function provenanceLine(p: CriterionProvenance, lang: Lang): string {
  const parts = [t(lang, 'catalogue.show.origin', { origin: p.origin })];
  for (const change of p.changes) {
    parts.push(
      t(lang, 'catalogue.show.changed', { by: change.by, fields: change.fields.join(', ') }),
    );
  }
  return ` ${parts.join('; ')}`;
}

/** The merged catalogue as YAML, each criterion commented with where it came from. */
export function renderCatalogueYaml(catalogue: Catalogue, lang: Lang): string {
  const doc = new Document(fileShape(catalogue));
  const provenance = catalogue.provenance;
  if (provenance) {
    const chain = provenance.chain.map((l) => `${l.id}@${l.version}`).join(' → ');
    const header = [
      ` ${t(lang, 'catalogue.show.chain', { id: catalogue.id, version: catalogue.version, chain })}`,
      ...provenance.removed.map(
        (r) =>
          ` ${t(lang, 'catalogue.show.removed', { by: r.by, id: r.id, reason: resolveText(r.reason, lang, catalogue.language ?? 'de') })}`,
      ),
    ];
    doc.commentBefore = header.join('\n');
    annotateCriteria(doc, provenance.criteria, lang);
  }
  return doc.toString({ lineWidth: 100 });
}

function annotateCriteria(
  doc: Document,
  criteria: Record<string, CriterionProvenance>,
  lang: Lang,
): void {
  const dimensions = doc.get('dimensions');
  if (!isSeq(dimensions)) return;
  for (const dimension of dimensions.items) {
    if (!isMap(dimension)) continue;
    const list = dimension.get('criteria');
    if (!isSeq(list)) continue;
    for (const criterion of list.items) {
      if (!isMap(criterion)) continue;
      const id = criterion.get('id');
      const p = typeof id === 'string' ? criteria[id] : undefined;
      if (p) criterion.commentBefore = provenanceLine(p, lang);
    }
  }
}

/** The merged catalogue as a Markdown overview: per dimension a table of its criteria. */
export function renderCatalogueMarkdown(catalogue: Catalogue, lang: Lang): string {
  const text = (value: Parameters<typeof resolveText>[0]): string =>
    escapeMarkdownCell(resolveText(value, lang, catalogue.language ?? 'de'));
  const lines = [`# ${text(catalogue.title)} (${catalogue.id} ${catalogue.version})`, ''];
  const chain = catalogue.provenance?.chain;
  if (chain && chain.length > 1) {
    lines.push(
      t(lang, 'catalogue.show.chain', {
        id: catalogue.id,
        version: catalogue.version,
        chain: chain.map((l) => `${l.id}@${l.version}`).join(' → '),
      }),
      '',
    );
  }
  for (const dimension of catalogue.dimensions) {
    lines.push(`## ${text(dimension.title)}`, '');
    lines.push(
      `| ${t(lang, 'catalogue.md.criteria')} | ${t(lang, 'catalogue.md.weight')} | ${t(lang, 'catalogue.md.gate')} | ${t(lang, 'catalogue.md.origin')} |`,
      '| --- | ---: | --- | --- |',
    );
    for (const c of dimension.criteria) {
      const p = catalogue.provenance?.criteria[c.id];
      const gate = c.gate ? `min ${c.gate.min} → ${c.gate.cap}` : '';
      const origin = p ? provenanceLine(p, lang).trim() : catalogue.id;
      lines.push(
        `| \`${c.id}\` ${text(c.title)} | ${c.weight ?? 1} | ${gate} | ${escapeMarkdownCell(origin)} |`,
      );
    }
    lines.push('');
  }
  const removed = catalogue.provenance?.removed ?? [];
  if (removed.length > 0) {
    lines.push(`## ${t(lang, 'catalogue.md.removed')}`, '');
    for (const r of removed) {
      lines.push(`- \`${r.id}\` (${r.by}): ${text(r.reason)}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** One example's score and band under both catalogues. */
export interface DiffEffect {
  file: string;
  before: { score: number | null; band: string | null };
  after: { score: number | null; band: string | null };
}

/** The diff as Markdown (it reads as plain text in a terminal too). */
export function renderDiff(
  diff: CatalogueDiff,
  effects: readonly DiffEffect[],
  lang: Lang,
): string {
  const m = (key: string, params?: Record<string, string | number>): string => t(lang, key, params);
  const name = (side: { id: string; version: string }): string => `${side.id} ${side.version}`;
  const out = [`# ${m('catalogue.diff.title', { from: name(diff.from), to: name(diff.to) })}`, ''];
  const section = (title: string, items: string[]): void => {
    if (items.length > 0) out.push(`## ${title}`, '', ...items.map((i) => `- ${i}`), '');
  };
  section(
    m('catalogue.diff.added', { count: diff.added.length }),
    diff.added.map((a) => `\`${a.id}\` (${a.dimension})`),
  );
  section(
    m('catalogue.diff.removed', { count: diff.removed.length }),
    diff.removed.map((r) => `\`${r.id}\` (${r.dimension})`),
  );
  section(
    m('catalogue.diff.renamed', { count: diff.renamed.length }),
    diff.renamed.map((r) => `\`${r.from}\` → \`${r.to}\``),
  );
  section(
    m('catalogue.diff.changed', { count: diff.changed.length }),
    diff.changed.map(
      (c) =>
        `\`${c.id}\`: ${c.fields
          .map((f) =>
            f.from !== undefined || f.to !== undefined
              ? `${f.field} ${f.from ?? '–'} → ${f.to ?? '–'}`
              : `${f.field} ${m('catalogue.diff.fieldChanged')}`,
          )
          .join('; ')}`,
    ),
  );
  const change = (c: { change: string; from?: number; to?: number }): string =>
    m(`catalogue.diff.change.${c.change}`, { from: c.from ?? '', to: c.to ?? '' });
  section(
    m('catalogue.diff.dimensions'),
    diff.dimensions.map((d) => `\`${d.id}\`: ${change(d)}`),
  );
  section(
    m('catalogue.diff.bands'),
    diff.bands.map((b) => `\`${b.id}\`: ${change(b)}`),
  );
  section(
    m('catalogue.diff.services'),
    diff.services.map((s) => `\`${s.id}\`: ${change(s)}`),
  );
  if (diff.minCoverage) out.push(m('catalogue.diff.minCoverage', diff.minCoverage), '');
  if (out.length === 2) out.push(m('catalogue.diff.none'), '');
  if (effects.length > 0) out.push(...renderEffects(effects, lang));
  return out.join('\n');
}

function renderEffects(effects: readonly DiffEffect[], lang: Lang): string[] {
  const m = (key: string): string => t(lang, key);
  const cell = (side: DiffEffect['before']): string =>
    side.score === null
      ? '–'
      : `${formatNumber(side.score, lang)} ${side.band ?? m('catalogue.diff.notAssessable')}`;
  return [
    `## ${m('catalogue.diff.effect')}`,
    '',
    `| ${m('catalogue.diff.assessment')} | ${m('catalogue.diff.before')} | ${m('catalogue.diff.after')} |`,
    '| --- | --- | --- |',
    ...effects.map(
      (e) => `| ${escapeMarkdownCell(e.file)} | ${cell(e.before)} | ${cell(e.after)} |`,
    ),
    '',
  ];
}

/** Lint findings, one per line, `file  where: message`. */
export function renderLint(
  findings: readonly LintFinding[],
  file: string,
  lang: Lang,
  base?: { base: string; count: number },
): string {
  const note =
    base && base.count > 0
      ? `${t(lang, 'catalogue.lint.inBase', { count: base.count, base: base.base })}\n`
      : '';
  if (findings.length === 0) return `${t(lang, 'catalogue.lint.clean', { file })}\n${note}`;
  const lines = findings.map(
    (f) =>
      `${file}  ${f.where}: ${t(lang, `catalogue.lint.${f.code}`, { detail: f.detail ?? '' })} [${f.code}]`,
  );
  lines.push(t(lang, 'catalogue.lint.summary', { count: findings.length, file }));
  return `${lines.join('\n')}\n${note}`;
}
