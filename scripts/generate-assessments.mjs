#!/usr/bin/env node
// Generate N realistic synthetic assessments of a catalogue (default: the
// shipped efa-default) for benchmarks and demos. Seeded: the same arguments
// give byte-identical files.
//
//   node scripts/generate-assessments.mjs --count 11000 --out bench/.data [--seed 2026]
//        [--catalogue criteria/efa-default.yaml]
//
// "Realistic" means: the answers follow a readiness that depends on the
// municipality's type and size (cities and districts further than small
// municipalities), on its Land and on the dimension, with noise per answer;
// about 6 % are `unknown`, some `n/a` where allowed, some criteria are left
// out; about 40 % of the answers carry a note of one to three sentences; about 15 % of the
// municipalities were assessed two or three times, with progress in between.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse, stringify } from 'yaml';
import { prng } from './prng.mjs';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '100' },
    out: { type: 'string', default: 'bench/.data' },
    seed: { type: 'string', default: '2026' },
    catalogue: { type: 'string', default: 'criteria/efa-default.yaml' },
  },
});
const count = Number(values.count);
if (!Number.isInteger(count) || count < 1) {
  console.error(`--count must be a positive integer, got ${values.count}`);
  process.exit(2);
}

const random = prng(Number(values.seed));
const pick = (list) => list[Math.floor(random() * list.length)];
const chance = (p) => random() < p;
/** Standard normal by Box–Muller. */
const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
const clamp = (x, lo, hi) => Math.min(hi, Math.max(lo, x));
function weighted(table) {
  const total = table.reduce((s, [, w]) => s + w, 0);
  let r = random() * total;
  for (const [value, w] of table) {
    r -= w;
    if (r < 0) return value;
  }
  return table[table.length - 1][0];
}

const catalogue = parse(await readFile(values.catalogue, 'utf8'));
const maxLevel = Math.max(...catalogue.levels.map((l) => l.value));

// Roughly the number of municipalities per Land, with its AGS prefix.
const STATES = [
  ['SH', '01', 1104],
  ['HH', '02', 1],
  ['NI', '03', 941],
  ['HB', '04', 2],
  ['NW', '05', 396],
  ['HE', '06', 421],
  ['RP', '07', 2301],
  ['BW', '08', 1101],
  ['BY', '09', 2056],
  ['SL', '10', 52],
  ['BE', '11', 1],
  ['BB', '12', 412],
  ['MV', '13', 726],
  ['SN', '14', 418],
  ['ST', '15', 218],
  ['TH', '16', 605],
];
// Land programmes differ: a small offset per Land.
const STATE_EFFECT = Object.fromEntries(STATES.map(([s], i) => [s, ((i * 37) % 11) / 100 - 0.05]));
const TYPES = [
  ['gemeinde', 70],
  ['stadt', 22],
  ['kreisfreie-stadt', 1],
  ['landkreis', 3.5],
  ['verbund', 3],
  ['other', 0.5],
];
const TYPE_PROFILE = {
  gemeinde: { base: 0.34, pop: [7.6, 1.0] },
  stadt: { base: 0.45, pop: [9.6, 0.7] },
  'kreisfreie-stadt': { base: 0.6, pop: [11.9, 0.6] },
  landkreis: { base: 0.52, pop: [11.9, 0.4] },
  verbund: { base: 0.42, pop: [9.8, 0.6] },
  other: { base: 0.4, pop: [9, 1] },
};
const FIRST = [
  'Alt',
  'Neu',
  'Ober',
  'Unter',
  'Groß',
  'Klein',
  'Hohen',
  'Nieder',
  'Bad ',
  'Sankt ',
  'Mittel',
  'Wald',
  'Berg',
  'Rosen',
  'Linden',
  'Eichen',
  'Buchen',
  'Birken',
  'Mühl',
  'Stein',
];
const STEM = [
  'bach',
  'berg',
  'burg',
  'dorf',
  'feld',
  'hausen',
  'heim',
  'hofen',
  'ingen',
  'kirchen',
  'rode',
  'stadt',
  'stein',
  'tal',
  'weiler',
  'wald',
  'au',
  'brück',
  'furt',
  'hagen',
];
const ASSESSORS = [
  'Hauptamt',
  'Digitalisierungsbeauftragte',
  'IT-Leitung',
  'Bürgerbüro',
  'Ordnungsamt',
  'Kämmerei',
  'Digitallotse',
  'Organisationsamt',
];
const NOTES = [
  'Abstimmung mit dem kommunalen IT-Dienstleister läuft.',
  'Laut Hauptamt im Haushalt für das kommende Jahr vorgesehen.',
  'Der Fachverfahrenshersteller hat ein Angebot für die Anbindung vorgelegt.',
  'Im Workshop kontrovers diskutiert; Einschätzung der Fachämter weicht ab.',
  'Teilweise umgesetzt, nur für einzelne Leistungen.',
  'Ansprechperson ist benannt, aber nur mit geringem Stellenanteil.',
  'Wird gemeinsam mit den Nachbarkommunen im Rahmen der IKZ angegangen.',
  'Nachweis liegt vor (Beschluss des Gemeinderats).',
  'Noch offen, ob das Land die Infrastruktur zentral bereitstellt.',
  'Pilotbetrieb seit dem Frühjahr, Erfahrungen überwiegend positiv.',
];

function applies(criterion, m) {
  const w = criterion.applies_when;
  if (!w) return true;
  if (w.type && !w.type.includes(m.type)) return false;
  if (w.state && !w.state.includes(m.state)) return false;
  if (w.population) {
    if (m.population === undefined) return false;
    if (w.population.min !== undefined && m.population < w.population.min) return false;
    if (w.population.max !== undefined && m.population > w.population.max) return false;
  }
  return true;
}

/** An answer value for a criterion at readiness r (0..1). */
function answer(criterion, r) {
  const type = criterion.type ?? 'scale';
  const x = clamp(r + normal() * 0.18, 0, 1);
  switch (type) {
    case 'scale':
      return Math.round(x * maxLevel);
    case 'boolean':
      return x > 0.5;
    case 'choice': {
      const options = [...criterion.options].sort((a, b) => a.score - b.score);
      return options[Math.min(options.length - 1, Math.floor(x * options.length))].id;
    }
    case 'number': {
      const t = criterion.thresholds;
      const i = Math.min(t.length - 1, Math.floor(x * (t.length + 1)) - 1);
      if (i < 0) return Math.max(0, Math.round(t[0].min / 2));
      const next = t[i + 1]?.min ?? t[i].min * 1.5 + 1;
      return Math.round(t[i].min + random() * (next - t[i].min) * 0.9);
    }
    case 'checklist':
      return criterion.items.filter(() => random() < x).map((item) => item.id);
    default:
      throw new Error(`unknown criterion type ${type}`);
  }
}

function municipality(index, usedNames) {
  const [state, prefix] = weighted(STATES.map(([s, p, w]) => [[s, p], w]));
  const type = weighted(TYPES);
  const profile = TYPE_PROFILE[type];
  const population = Math.round(Math.exp(profile.pop[0] + normal() * profile.pop[1]));
  let name;
  do {
    name = `${pick(FIRST)}${pick(STEM)}`.replace(/ (\p{Ll})/u, (_, c) => ` ${c.toUpperCase()}`);
    if (type === 'landkreis') name = `Landkreis ${name}`;
    else if (type === 'verbund') name = `Verwaltungsverband ${name}`;
    if (usedNames.has(name))
      name = `${name} ${pick(['am Main', 'an der Lahn', 'im Taunus', 'in der Eifel', 'am See', 'ob der Tauber'])}`;
  } while (usedNames.has(name) && chance(0.9));
  usedNames.add(name);
  const serial = String(index).padStart(5, '0');
  const ags =
    type === 'landkreis'
      ? `${prefix}${serial.slice(-3)}`
      : `${prefix}${serial.slice(-6).padStart(6, '0')}`;
  // Larger places are further along; a Land's programme shifts everyone a little.
  const size = clamp((Math.log10(population) - 3.5) / 3, -0.2, 0.3) * 0.35;
  const readiness = clamp(profile.base + size + STATE_EFFECT[state] + normal() * 0.12, 0.02, 0.95);
  const m = { name, type, state, population };
  if (chance(0.97)) m.ags = ags; // a few files carry no AGS
  return { m, readiness };
}

function assessmentDoc(m, readiness, date, round) {
  const answers = {};
  const dimensionOffset = new Map(
    catalogue.dimensions.map((d, i) => [d.id, ((i * 53) % 9) / 40 - 0.1]),
  );
  for (const d of catalogue.dimensions) {
    const r = clamp(readiness + dimensionOffset.get(d.id) + normal() * 0.08, 0, 1);
    for (const c of d.criteria) {
      if (!applies(c, m)) continue;
      if (chance(0.04)) continue; // not answered
      let value;
      if (chance(0.06 - round * 0.02)) value = 'unknown';
      else if (c.allow_na && chance(0.08)) value = 'n/a';
      else value = answer(c, r);
      if (chance(0.4)) {
        const sentences = 1 + Math.floor(random() * 3);
        const note = Array.from({ length: sentences }, () => pick(NOTES))
          .filter((n, i, all) => all.indexOf(n) === i)
          .join(' ');
        const entry = { value, note };
        if (chance(0.3))
          entry.evidence = [
            `${pick(['Beschluss', 'Vertrag', 'Konzept', 'Protokoll'])} ${2024 + Math.floor(random() * 3)}/${1 + Math.floor(random() * 40)}`,
          ];
        answers[c.id] = entry;
      } else answers[c.id] = value;
    }
  }
  const doc = {
    format: 'efa-readiness/assessment/v1',
    catalogue: chance(0.5) ? `${catalogue.id}@${catalogue.version}` : catalogue.id,
    municipality: m,
    assessment: {
      date,
      method: weighted([
        ['self', 6],
        ['interview', 2],
        ['workshop', 2],
      ]),
      assessors: [pick(ASSESSORS), pick(ASSESSORS)].filter((a, i, all) => all.indexOf(a) === i),
    },
    answers,
  };
  return doc;
}

const pad = (n) => String(n).padStart(2, '0');
function dateIn(year, random01) {
  const day = Math.floor(random01 * 330);
  const d = new Date(Date.UTC(year, 0, 1 + day));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

await mkdir(values.out, { recursive: true });
const usedNames = new Set();
let written = 0;
let index = 0;
while (written < count) {
  index += 1;
  const { m, readiness } = municipality(index, usedNames);
  const rounds = Math.min(count - written, chance(0.15) ? (chance(0.3) ? 3 : 2) : 1);
  let r = readiness;
  for (let round = 0; round < rounds; round++) {
    const date = dateIn(2024 + round, random());
    const doc = assessmentDoc(m, r, date, round);
    const slug = (m.ags ?? m.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')).replace(/^-|-$/g, '');
    const file = join(values.out, `${slug}-${index}-${date}.yaml`);
    const header = `# Synthetic assessment (generate-assessments.mjs, seed ${values.seed}); not a real municipality.\n`;
    await writeFile(file, header + stringify(doc, { lineWidth: 0 }), 'utf8');
    written += 1;
    r = clamp(r + 0.05 + random() * 0.1, 0, 0.98); // progress between rounds
  }
}
console.log(
  `wrote ${written} assessments of ${catalogue.id}@${catalogue.version} into ${values.out}`,
);
