import { stringify } from 'yaml';
import { t } from '../i18n/index.js';
import {
  ASSESSMENT_FORMAT,
  type Catalogue,
  type Criterion,
  type Lang,
  MUNICIPALITY_TYPES,
  type Municipality,
  STAGES,
  STATES,
} from '../model/types.js';
import { applies } from '../model/catalogue.js';
import { criterionType } from './answer.js';
import { catalogueRef } from './document.js';
import { appliesTo } from './plan.js';
import './messages.js';
import { text } from './questions.js';

/**
 * The text `init` writes: an assessment to fill in with an editor. Every
 * criterion is an entry set to `unknown` (so the file validates at once),
 * preceded by comments with its title, question, help and the values it
 * allows; criteria are grouped under dimension headers. Pure.
 */

export interface TemplateOptions {
  lang: Lang;
  /** The schema comment (without `#`), see `schemaComment()`. */
  schemaComment: string;
  /** The file name as the `validate`/`score` hint should show it. */
  file: string;
  /** YYYY-MM-DD, shown in the commented `assessment` example. */
  today: string;
}

const WIDTH = 100;

export function renderInitTemplate(
  catalogue: Catalogue,
  municipality: Pick<Municipality, 'name' | 'type' | 'state'> & Partial<Municipality>,
  options: TemplateOptions,
): string {
  const { lang } = options;
  const m = (key: string, params?: Record<string, string | number>): string => t(lang, key, params);
  const tx = (value: Parameters<typeof text>[1]): string => text(catalogue, value, lang);
  const lines: string[] = [];
  const comment = (indent: string, body: string): void => {
    for (const line of wrap(body, WIDTH - indent.length - 2))
      lines.push(`${indent}#${line === '' ? '' : ` ${line}`}`);
  };

  lines.push(`#${options.schemaComment}`);
  lines.push('#');
  comment(
    '',
    m('init.t.intro', { title: tx(catalogue.title), id: catalogue.id, version: catalogue.version }),
  );
  comment(
    '',
    m('init.t.howto', {
      example: `{value: 2, note: "${m('init.t.noteExample')}", evidence: ["${m('init.t.evidenceExample')}"]}`,
    }),
  );
  comment('', m('init.t.check', { file: shellQuote(options.file) }));
  lines.push(`format: ${ASSESSMENT_FORMAT}`);
  lines.push(`catalogue: ${catalogueRef(catalogue)}`);
  lines.push('municipality:');
  lines.push(`  name: ${scalar(municipality.name)}`);
  comment('  ', m('init.t.type', { values: MUNICIPALITY_TYPES.join(' | ') }));
  lines.push(`  type: ${municipality.type}`);
  comment('  ', m('init.t.state', { values: STATES.join(' ') }));
  lines.push(`  state: ${municipality.state}`);
  comment('  ', m('init.t.ags'));
  lines.push('  # ags: "06435014"');
  comment('  ', m('init.t.population'));
  lines.push('  # population: 23000');
  comment('', m('init.t.assessment'));
  lines.push(
    '# assessment:',
    `#   date: ${options.today}`,
    '#   method: self',
    '#   assessors: []',
  );
  lines.push('answers:');

  catalogue.dimensions.forEach((dimension, index) => {
    if (index > 0) lines.push('');
    lines.push(`  # ${'='.repeat(WIDTH - 4)}`);
    comment('  ', m('init.t.dimension', { title: tx(dimension.title), id: dimension.id }));
    lines.push(`  # ${'='.repeat(WIDTH - 4)}`);
    for (const criterion of dimension.criteria) {
      lines.push('');
      for (const line of criterionComments(catalogue, criterion, lang)) comment('  ', line);
      if (appliesTo(criterion, municipality)) {
        lines.push(`  ${criterion.id}: unknown`);
      } else {
        // An answer here would not count (and `validate` would warn), so the entry waits commented out.
        comment('  ', m('init.t.excluded'));
        lines.push(`  # ${criterion.id}: unknown`);
      }
    }
  });
  lines.push(...servicesBlock(catalogue, municipality, lang));
  return `${lines.join('\n')}\n`;
}

/**
 * v1.1: the commented `services:` block: per service of the catalogue its
 * title, whether the catalogue's rule expects the municipality to be
 * responsible, and an entry to uncomment with the stage (or responsible: false).
 */
function servicesBlock(
  catalogue: Catalogue,
  municipality: Pick<Municipality, 'type' | 'state'> & Partial<Municipality>,
  lang: Lang,
): string[] {
  const services = catalogue.services ?? [];
  if (services.length === 0) return [];
  const out: string[] = [''];
  const comment = (indent: string, body: string): void => {
    for (const line of wrap(body, WIDTH - indent.length - 2))
      out.push(`${indent}#${line === '' ? '' : ` ${line}`}`);
  };
  comment('', t(lang, 'init.t.services', { stages: STAGES.join(' | ') }));
  out.push('# services:');
  const subject = { name: '', ...municipality };
  for (const service of services) {
    const title = text(catalogue, service.title, lang);
    const expected = applies(service, subject);
    const note = t(lang, expected ? 'init.t.serviceApplies' : 'init.t.serviceExcluded', { title });
    const entry = expected ? '{stage: none}' : '{responsible: true, stage: none}';
    out.push(`#   ${service.id}: ${entry}  # ${note}`);
  }
  return out;
}

/** The comment lines above one criterion's entry. */
function criterionComments(catalogue: Catalogue, criterion: Criterion, lang: Lang): string[] {
  const m = (key: string, params?: Record<string, string | number>): string => t(lang, key, params);
  const tx = (value: Parameters<typeof text>[1]): string => text(catalogue, value, lang);
  const out: string[] = [
    tx(criterion.title),
    m('init.t.question', { question: tx(criterion.question) }),
  ];
  const help = tx(criterion.help);
  if (help !== '') out.push(m('init.t.help', { help }));
  const condition = conditionText(criterion, lang);
  if (condition !== undefined) out.push(m('init.t.appliesWhen', { condition }));

  const type = criterionType(criterion);
  let allowed: string;
  switch (type) {
    case 'scale': {
      out.push(m('init.t.levels'));
      for (const level of catalogue.levels) {
        const meaning = tx(criterion.levels?.[String(level.value)]);
        out.push(`  ${level.value} = ${tx(level.label)}${meaning === '' ? '' : `: ${meaning}`}`);
      }
      const values = catalogue.levels.map((level) => level.value);
      allowed = m('init.t.allowed.scale', { min: Math.min(...values), max: Math.max(...values) });
      break;
    }
    case 'boolean':
      allowed = m('init.t.allowed.boolean');
      break;
    case 'choice':
      out.push(m('init.t.options'));
      for (const option of criterion.options ?? [])
        out.push(`  ${option.id} = ${tx(option.label)}`);
      allowed = m('init.t.allowed.choice');
      break;
    case 'number': {
      const unit = tx(criterion.unit);
      const steps = (criterion.thresholds ?? [])
        .map((th) => m('init.t.threshold', { min: th.min, score: th.score }))
        .join(', ');
      if (steps !== '') out.push(m('init.t.thresholds', { steps }));
      allowed = m('init.t.allowed.number', { unit: unit === '' ? '' : m('init.t.unit', { unit }) });
      break;
    }
    case 'checklist': {
      out.push(m('init.t.items'));
      const items = criterion.items ?? [];
      for (const item of items) out.push(`  ${item.id} = ${tx(item.label)}`);
      const example = `[${items
        .slice(0, 2)
        .map((item) => item.id)
        .join(', ')}]`;
      allowed = m('init.t.allowed.checklist', { example });
      break;
    }
  }
  allowed += m('init.t.allowed.unknown');
  if (criterion.allow_na === true) allowed += m('init.t.allowed.na');
  out.push(allowed);
  return out;
}

function conditionText(criterion: Criterion, lang: Lang): string | undefined {
  const when = criterion.applies_when;
  if (when === undefined) return undefined;
  const parts: string[] = [];
  if (when.type !== undefined)
    parts.push(t(lang, 'init.t.condType', { values: when.type.join(', ') }));
  if (when.state !== undefined)
    parts.push(t(lang, 'init.t.condState', { values: when.state.join(', ') }));
  if (when.population !== undefined) {
    const { min, max } = when.population;
    const range =
      min !== undefined && max !== undefined
        ? `${min}–${max}`
        : min !== undefined
          ? `≥ ${min}`
          : max !== undefined
            ? `≤ ${max}`
            : '';
    parts.push(t(lang, 'init.t.condPopulation', { range }));
  }
  return parts.join('; ');
}

/** A YAML scalar on one line, quoted where it needs to be. */
function scalar(value: string): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

/** Quote a path for a shell command where it needs it. */
export function shellQuote(path: string): string {
  return /^[\w@%+=:,./-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}

/** Break a text into comment lines of at most `width` characters (keeping its own line breaks). */
export function wrap(body: string, width: number): string[] {
  const out: string[] = [];
  for (const paragraph of body.split('\n')) {
    const indent = /^\s*/.exec(paragraph)?.[0] ?? '';
    let line = '';
    for (const word of paragraph.trim().split(/\s+/)) {
      if (line !== '' && line.length + 1 + word.length > width) {
        out.push(line);
        line = `${indent}  ${word}`;
      } else {
        line = line === '' ? `${indent}${word}` : `${line} ${word}`;
      }
    }
    out.push(line);
  }
  return out;
}
