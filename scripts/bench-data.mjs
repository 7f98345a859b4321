#!/usr/bin/env node
// The data of the compare benchmark: assessments as other tools write them.
//
//   node scripts/bench-data.mjs --count 50000 --out bench/.data/realistic [--seed 2026]
//
// generate-assessments.mjs decides what the municipalities answered (notes,
// evidence, `unknown`, `n/a` with and without a note, criteria left out,
// repeated rounds). This script writes those same documents again the way
// real files come in, so that compare's fast path meets what it will meet:
//   - four YAML styles, chosen per file: the `yaml` package's block style;
//     PyYAML's (`yaml.safe_dump`: sorted keys, sequences not indented,
//     single quotes, long notes folded onto continuation lines); answers as
//     flow maps (`{value: 2, note: "…"}`); and hand-edited files with quoted
//     keys and comments between the dimensions;
//   - about 10 % with Windows line ends (CRLF), about 3 % with a byte order mark;
//   - 0.3 % invalid (a level beyond the scale, a misspelt criterion, no
//     municipality name, broken indentation), so the run needs `--skip-invalid`.
// Files go into folders of 1,000 (`part-000/` …) so the bench can compare
// 1,000, 11,000 and all of them from the same set. Seeded: the same arguments
// give the same files.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CORE_SCHEMA, load } from 'js-yaml';
import { prng } from './prng.mjs';

export const PER_FOLDER = 1000;

/** The folders holding the first `count` files of a set written by `writeBenchData`. */
export function benchFolders(out, count) {
  const folders = [];
  for (let i = 0; i * PER_FOLDER < count; i++) folders.push(join(out, partName(i)));
  return folders;
}

const partName = (i) => `part-${String(i).padStart(3, '0')}`;

// ---- scalars -----------------------------------------------------------------
/** Plain text a YAML 1.1 or 1.2 reader keeps as a string. */
const PLAIN_SAFE = /^[A-Za-zÄÖÜäöüß][^:#\n'"{}[\]&*!|>%@`]*$/u; // commas are plain in block context
const RESERVED = /^(?:y|n|yes|no|on|off|true|false|null|~)$/i;
const plainOk = (s) => PLAIN_SAFE.test(s) && !RESERVED.test(s) && !/\s$/.test(s);
const double = (s) => JSON.stringify(s);
const single = (s) => `'${s.replace(/'/g, "''")}'`;

function scalar(value, quote) {
  if (value === null) return 'null';
  if (typeof value !== 'string') return String(value);
  if (quote === 'pyyaml')
    return plainOk(value) && !/^\d{4}-\d\d-\d\d$/.test(value) ? value : single(value);
  return plainOk(value) || /^\d{4}-\d\d-\d\d$/.test(value) ? value : double(value);
}

/** PyYAML folds a long plain scalar at the width (80) onto indented continuation lines. */
function folded(text, indent) {
  if (!plainOk(text) || text.length + indent.length < 80) return scalar(text, 'pyyaml');
  const words = text.split(' ');
  const lines = [];
  let line = '';
  for (const word of words) {
    if (line && line.length + word.length + indent.length > 76) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines.join(`\n${indent}  `);
}

// ---- block emitter (yaml package, PyYAML and hand-edited styles) -------------
function block(value, indent, style) {
  const out = [];
  const keys = Object.keys(value);
  if (style.sortKeys) keys.sort();
  for (const key of keys) {
    const v = value[key];
    const k = style.quoteKeys ? double(key) : key;
    if (Array.isArray(v) && v.length === 0) out.push(`${indent}${k}: []`);
    else if (Array.isArray(v)) {
      out.push(`${indent}${k}:`);
      const itemIndent = style.indentless ? indent : `${indent}  `;
      for (const item of v) out.push(`${itemIndent}- ${scalar(item, style.quote)}`);
    } else if (v !== null && typeof v === 'object') {
      out.push(`${indent}${k}:`);
      out.push(...block(v, `${indent}  `, style));
    } else {
      const text = style.fold && key === 'note' ? folded(v, indent) : scalar(v, style.quote);
      out.push(`${indent}${k}: ${text}`);
    }
  }
  return out;
}

/** One answer as a flow map or a plain value (the flow style). */
function flowAnswer(v) {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return flowValue(v);
  const parts = Object.entries(v).map(([k, x]) => `${k}: ${flowValue(x)}`);
  return `{${parts.join(', ')}}`;
}
const flowValue = (v) =>
  Array.isArray(v)
    ? `[${v.map((x) => (typeof x === 'string' ? double(x) : String(x))).join(', ')}]`
    : typeof v === 'string'
      ? /^[a-z0-9/.-]+$/i.test(v) && !RESERVED.test(v)
        ? v
        : double(v)
      : String(v);

function render(doc, styleName) {
  const { answers, ...head } = doc;
  const styles = {
    yaml: { quote: 'yaml' },
    pyyaml: { quote: 'pyyaml', sortKeys: true, indentless: true, fold: true },
    hand: { quote: 'yaml', quoteKeys: true },
  };
  if (styleName === 'flow') {
    const lines = block(head, '', styles.yaml);
    lines.push('answers:');
    for (const [id, v] of Object.entries(answers)) lines.push(`  ${id}: ${flowAnswer(v)}`);
    return lines;
  }
  const style = styles[styleName];
  const lines = block(style.sortKeys ? { ...head, answers } : head, '', style);
  if (style.sortKeys) return lines; // answers sorted in with the rest
  lines.push('answers:');
  let dimension = '';
  for (const [id, v] of Object.entries(answers)) {
    const dim = id.split('.')[0];
    if (styleName === 'hand' && dim !== dimension) lines.push(`  # ${dim}`);
    dimension = dim;
    lines.push(...block({ [id]: v }, '  ', style));
  }
  return lines;
}

// ---- invalid files -------------------------------------------------------------
const BREAKAGES = [
  (doc) => {
    const id = Object.keys(doc.answers).find((k) => typeof doc.answers[k] === 'number');
    if (id)
      doc.answers[id] = 7; // beyond the scale 0–4 (or a threshold type: still a number)
    else doc.answers['reuse.legal-route'] = 7;
    return doc;
  },
  (doc) => {
    const [id] = Object.keys(doc.answers);
    doc.answers[`${id}x`] = doc.answers[id];
    delete doc.answers[id];
    return doc;
  },
  (doc) => {
    delete doc.municipality.name;
    return doc;
  },
];

function write(text, lines, random) {
  let body = `${text}${lines.join('\n')}\n`;
  if (random() < 0.1) body = body.replace(/\n/g, '\r\n');
  return random() < 0.03 ? `\ufeff${body}` : body;
}

export function writeBenchData({ count, out, seed = 2026, root }) {
  const raw = join(out, '.raw');
  rmSync(out, { recursive: true, force: true });
  const generated = spawnSync(
    process.execPath,
    [
      join(root, 'scripts', 'generate-assessments.mjs'),
      ...['--count', String(count), '--seed', String(seed), '--out', raw],
      ...['--catalogue', join(root, 'criteria', 'efa-default.yaml')],
    ],
    { stdio: 'inherit' },
  );
  if (generated.status !== 0) throw new Error(`generate-assessments exited ${generated.status}`);
  const random = prng(seed + 1);
  const names = readdirSync(raw).filter((f) => f.endsWith('.yaml'));
  const counts = { yaml: 0, pyyaml: 0, flow: 0, hand: 0, invalid: 0 };
  names.forEach((name, i) => {
    const text = readFileSync(join(raw, name), 'utf8');
    let doc = load(text, { schema: CORE_SCHEMA });
    const r = random();
    const style = r < 0.35 ? 'pyyaml' : r < 0.6 ? 'yaml' : r < 0.8 ? 'flow' : 'hand';
    counts[style] += 1;
    const folder = join(out, partName(Math.floor(i / PER_FOLDER)));
    if (i % PER_FOLDER === 0) mkdirSync(folder, { recursive: true });
    let body;
    if (random() < 0.003) {
      counts.invalid += 1;
      const k = Math.floor(random() * (BREAKAGES.length + 1));
      if (k === BREAKAGES.length) {
        // a tab where a person indented by hand: the YAML itself is broken
        body = write('', render(doc, 'yaml'), random).replace('\n  name:', '\n\tname:');
      } else {
        doc = BREAKAGES[k](doc);
        body = write('', render(doc, style), random);
      }
    } else {
      const header =
        style === 'pyyaml' ? '' : '# exported from the Land portal; not a real municipality\n';
      body = write(header, render(doc, style), random);
    }
    writeFileSync(join(folder, name), body);
  });
  rmSync(raw, { recursive: true, force: true });
  return counts;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '1000' },
      out: { type: 'string', default: 'bench/.data/realistic' },
      seed: { type: 'string', default: '2026' },
    },
  });
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const counts = writeBenchData({
    count: Number(values.count),
    out: resolve(values.out),
    seed: Number(values.seed),
    root,
  });
  console.log(`wrote ${values.count} assessments into ${values.out}: ${JSON.stringify(counts)}`);
}
