import { t } from '../i18n/index.js';
import '../i18n/messages/compare.js';
import type { Lang } from '../model/types.js';
import type { Identity } from './aggregate.js';
import { type CsvCell, csvDocument } from './csv.js';
import type { Comparison, MunicipalityEntry, PeerGroup, Row, Stats, Trend } from './types.js';
import { type AssessmentLine, type CompareView, assessmentLine, typeLabel } from './view.js';

/**
 * The handouts of a workshop: for each municipality of a comparison its own
 * position against the peer groups the comparison's JSON reports (`peers`):
 * all municipalities, those of its type, those of its Land. Pure; the
 * command writes the files.
 */

/**
 * A group is compared only from this many municipalities on: a median of one
 * is the municipality itself, and of two it gives away the other's value.
 */
export const MIN_PEERS = 3;

export interface PeerPosition {
  group: PeerGroup;
  /** Whether the group is large enough to compare with (MIN_PEERS). */
  compared: boolean;
  /** The municipality's rank by overall score within the group; null without a score or comparison. */
  rank: { rank: number; of: number } | null;
}

export interface HandoutView {
  lang: Lang;
  /** The municipality's real name, also under `--anonymize`. */
  name: string;
  /** Its pseudonym in the anonymized comparison, else null. */
  pseudonym: string | null;
  entry: MunicipalityEntry;
  row: Row;
  /** Its latest assessment as every table labels it (type, band). */
  line: AssessmentLine;
  /** all, its type, its Land: in that order. */
  positions: PeerPosition[];
  trend: Trend | null;
  comparison: Comparison;
}

/** The handout of the municipality at `index` of `c.municipalities`. */
export function handoutView(view: CompareView, index: number, identity: Identity): HandoutView {
  const { c } = view;
  const entry = c.municipalities[index];
  const row = entry ? c.assessments[entry.latest] : undefined;
  if (!entry || !row) throw new RangeError(`no municipality ${index}`);
  const groups = [
    c.peers.find((g) => g.by === 'all'),
    c.peers.find((g) => g.by === 'type' && g.key === entry.type),
    c.peers.find((g) => g.by === 'state' && g.key === entry.state),
  ].filter((g): g is PeerGroup => g !== undefined);
  return {
    lang: c.lang,
    name: identity.name,
    pseudonym: c.anonymized ? entry.name : null,
    entry,
    row,
    line: assessmentLine(c, row),
    positions: groups.map((group) => {
      const compared = group.count >= MIN_PEERS;
      return { group, compared, rank: compared ? rankIn(c, group, row.score) : null };
    }),
    trend: c.trends.find((tr) => tr.municipality === index) ?? null,
    comparison: c,
  };
}

/** "Platz 3 von 12": 1 + those of the group with a higher score, out of those with a score. */
function rankIn(
  c: Comparison,
  group: PeerGroup,
  score: number | null,
): { rank: number; of: number } | null {
  if (score === null) return null;
  let higher = 0;
  let of = 0;
  for (const m of c.municipalities) {
    if (group.by !== 'all' && m[group.by] !== group.key) continue;
    const other = c.assessments[m.latest]?.score ?? null;
    if (other === null) continue;
    of++;
    if (other > score) higher++;
  }
  return { rank: higher + 1, of };
}

/** Where a value lies against a distribution, in words (a key of compare.handout.pos.*). */
export type Position = 'top' | 'above' | 'at' | 'below' | 'bottom' | 'none';

export function positionOf(value: number | null, stats: Stats): Position {
  const { q1, median, q3 } = stats;
  if (value === null || median === null || q1 === null || q3 === null) return 'none';
  if (value > q3) return 'top';
  if (value > median) return 'above';
  if (value === median) return 'at';
  if (value >= q1) return 'below';
  return 'bottom';
}

/** A file name of at most this many characters before `.html`. */
const NAME_LENGTH = 60;
/** Names Windows keeps for devices, whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * A safe file name from a municipality's name: lower case, umlauts written
 * out (ä → ae, ß → ss), accents dropped, every other character a hyphen, at
 * most NAME_LENGTH characters, never a name Windows reserves; "kommune"
 * where nothing is left.
 */
export function slug(name: string): string {
  const base = name
    .toLocaleLowerCase('de')
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, NAME_LENGTH)
    .replace(/-+$/, '');
  if (base === '') return 'kommune';
  return RESERVED.test(base) ? `kommune-${base}` : base;
}

/**
 * One file name per municipality, in order: its slug, on a clash (two
 * Neustadts) with its Land, then with a number. Compared without case, as
 * Windows and macOS do.
 */
export function handoutFileNames(c: Comparison, identities: readonly Identity[]): string[] {
  const taken = new Set<string>();
  return c.municipalities.map((m, i) => {
    const base = slug(identities[i]?.name ?? m.name);
    const candidates = [base, `${base}-${m.state.toLowerCase()}`];
    let name = candidates.find((n) => !taken.has(n));
    for (let k = 2; name === undefined; k++) {
      const numbered = `${base}-${m.state.toLowerCase()}-${k}`;
      if (!taken.has(numbered)) name = numbered;
    }
    taken.add(name);
    return `${name}.html`;
  });
}

/** The facilitator's key under `--anonymize`: its file name in the handouts' folder. */
export function keyFileName(lang: Lang): string {
  return t(lang, 'compare.handout.keyFile');
}

/**
 * The key from pseudonym to municipality (and its handout), as CSV in the
 * reader's conventions (`;` in German). Only for the facilitator: it undoes
 * the anonymization.
 */
export function renderPseudonymKey(
  c: Comparison,
  identities: readonly Identity[],
  files: readonly string[],
): string {
  const lang = c.lang;
  const head = [
    t(lang, 'compare.handout.col.pseudonym'),
    t(lang, 'compare.col.municipality'),
    t(lang, 'compare.col.ags'),
    t(lang, 'compare.col.type'),
    t(lang, 'compare.col.state'),
    t(lang, 'compare.handout.col.file'),
  ];
  const rows: CsvCell[][] = [head];
  c.municipalities.forEach((m, i) => {
    const who = identities[i];
    rows.push([
      m.name,
      who?.name ?? '',
      // the AGS as the comparison's CSV writes it: quoted, so a spreadsheet keeps its leading zero
      { id: who?.ags ?? '' },
      typeLabel(lang, m.type),
      m.state,
      files[i] ?? '',
    ]);
  });
  return csvDocument(rows, lang === 'de' ? ';' : ',');
}
