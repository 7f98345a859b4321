/**
 * Meta-test of the shipped default catalogue: what a consultant would miss
 * first if it were forgotten. Every text in German and English, every
 * criterion with a question, help, a description of every level, a
 * recommendation for every score below its target, and a reference; the
 * structure the issue asks for (five dimensions, NL1–NL5, gates with reasons,
 * structural criteria behind `applies_when`, at least eight service profiles).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/app/load.js';
import { criterionType } from '../../src/model/catalogue.js';
import type { Catalogue, Criterion, Text } from '../../src/model/types.js';
import { ROOT } from '../helpers/cli.js';

const FILE = join(ROOT, 'criteria', 'efa-default.yaml');
const LANGS = ['de', 'en'] as const;

/**
 * Hosts of primary sources: the issuing bodies themselves (federal and Land law portals and
 * ministries, the IT-Planungsrat, FITKO, BSI, the EU, standards bodies, the operators of the
 * platforms and standards cited); a reference URL must point to one of them.
 */
const SOURCE_HOSTS = [
  // law and official gazettes
  'www.gesetze-im-internet.de',
  'www.recht.bund.de',
  'eur-lex.europa.eu',
  'www.gesetze-bayern.de',
  // federal and federal-state bodies
  'www.it-planungsrat.de',
  'www.fitko.de',
  'docs.fitko.de',
  'bva.bund.de',
  'www.bsi.bund.de',
  'bmds.bund.de',
  'www.digitale-verwaltung.de',
  'leitfaden.ozg-umsetzung.de',
  'servicestandard.gov.de',
  'servicestandard.ozg-umsetzung.de',
  'fimportal.de',
  'www.xrepository.de',
  'xgewerbeanzeige.de',
  'xleitstelle.de',
  'www.marktplatz.govdigital.de',
  // Länder
  'ozg.brandenburg.de',
  'digital-direkt.nrw',
  'ozg.sachsen-anhalt.de',
  'hessen.de',
  'digitales.hessen.de',
  'innen.hessen.de',
  'lbit.hessen.de',
  'kern-ux.de',
  // operators and international standards
  'docs.osi.dataport.de',
  'digital-strategy.ec.europa.eu',
  'www.etsi.org',
  'www.w3.org',
];

let catalogue: Catalogue;
let criteria: Criterion[];

beforeAll(async () => {
  const loaded = await loadCatalogue(FILE, { lang: 'de', cwd: ROOT });
  expect(loaded.warnings).toEqual([]);
  catalogue = loaded.catalogue;
  criteria = catalogue.dimensions.flatMap((d) => d.criteria);
});

/** Every Text of the catalogue with the path it sits at, for precise failure messages. */
function texts(c: Catalogue): { path: string; text: Text }[] {
  const out: { path: string; text: Text }[] = [];
  const add = (path: string, text: Text | undefined): void => {
    if (text !== undefined) out.push({ path, text });
  };
  add('title', c.title);
  add('description', c.description);
  c.levels.forEach((l) => {
    add(`levels.${l.value}.label`, l.label);
    add(`levels.${l.value}.description`, l.description);
  });
  c.bands.forEach((b) => {
    add(`bands.${b.id}.label`, b.label);
    add(`bands.${b.id}.description`, b.description);
  });
  for (const d of c.dimensions) {
    add(`${d.id}.title`, d.title);
    add(`${d.id}.description`, d.description);
    for (const k of d.criteria) {
      for (const key of ['title', 'question', 'help', 'unit'] as const)
        add(`${k.id}.${key}`, k[key]);
      for (const [level, text] of Object.entries(k.levels ?? {}))
        add(`${k.id}.levels.${level}`, text);
      k.options?.forEach((o) => {
        add(`${k.id}.options.${o.id}`, o.label);
      });
      k.items?.forEach((i) => {
        add(`${k.id}.items.${i.id}`, i.label);
      });
      add(`${k.id}.gate.reason`, k.gate?.reason);
      k.recommendations?.forEach((r) => {
        add(`${k.id}.recommendations.below-${r.below}`, r.text);
      });
      k.references?.forEach((r, i) => {
        add(`${k.id}.references.${i}`, r.title);
      });
    }
  }
  c.services?.forEach((s) => {
    add(`services.${s.id}.title`, s.title);
  });
  return out;
}

/** Whether a Text is absent or has no non-empty language. */
function isBlank(text: Text | undefined): boolean {
  if (text === undefined) return true;
  const values = typeof text === 'string' ? [text] : Object.values(text);
  return values.every((v) => v.trim() === '');
}

/** The scores a criterion can take by its definition (checklists: none and all). */
function possibleScores(criterion: Criterion, top: number): number[] {
  switch (criterionType(criterion)) {
    case 'scale':
      return Array.from({ length: top + 1 }, (_, level) => (100 * level) / top);
    case 'boolean':
      return [0, 100];
    case 'choice':
      return (criterion.options ?? []).map((o) => o.score);
    case 'number':
      return [0, ...(criterion.thresholds ?? []).map((t) => t.score)];
    case 'checklist':
      return [0, 100];
  }
}

describe('the default catalogue', () => {
  it('starts with the schema line and names itself as the issue decided', () => {
    expect(readFileSync(FILE, 'utf8').split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../schemas/catalogue.schema.json',
    );
    expect([catalogue.id, catalogue.version, catalogue.language]).toEqual([
      'efa-default',
      '1.2.0',
      'de',
    ]);
  });

  it('writes every text in German and English, and only in those', () => {
    const problems = texts(catalogue).flatMap(({ path, text }) => {
      if (typeof text === 'string') return [`${path}: a plain string, not {de, en}`];
      const keys = Object.keys(text).sort();
      if (keys.join() !== 'de,en') return [`${path}: languages ${keys.join(', ')}`];
      return LANGS.filter((l) => (text[l] ?? '').trim() === '').map((l) => `${path}: empty ${l}`);
    });
    expect(problems).toEqual([]);
  });

  it('uses a 0–4 scale and readiness bands from 0 up', () => {
    expect(catalogue.levels.map((l) => l.value)).toEqual([0, 1, 2, 3, 4]);
    expect(catalogue.levels.every((l) => l.description !== undefined)).toBe(true);
    expect(catalogue.bands[0]?.min).toBe(0);
    expect(catalogue.bands.length).toBeGreaterThanOrEqual(3);
    expect(catalogue.bands.every((b) => b.description !== undefined)).toBe(true);
  });

  it('has the five dimensions of the issue with 6 to 14 criteria each', () => {
    expect(catalogue.dimensions.map((d) => d.id)).toEqual([
      'reuse',
      'regionality',
      'usability',
      'interfaces',
      'staff',
    ]);
    for (const d of catalogue.dimensions) {
      expect(d.criteria.length, d.id).toBeGreaterThanOrEqual(6);
      expect(d.criteria.length, d.id).toBeLessThanOrEqual(14);
      expect(
        d.criteria.every((c) => c.id.startsWith(`${d.id}.`)),
        d.id,
      ).toBe(true);
    }
  });

  it('gives every criterion a question, help, recommendations with effort and horizon, and references', () => {
    const problems = criteria.flatMap((c) => {
      const missing: string[] = [];
      if (isBlank(c.question)) missing.push('question');
      if (isBlank(c.help)) missing.push('help');
      if (!c.recommendations?.length) missing.push('recommendations');
      if (c.recommendations?.some((r) => r.effort === undefined || r.horizon === undefined))
        missing.push('effort or horizon of a recommendation');
      if (!c.references?.length) missing.push('references');
      return missing.map((m) => `${c.id}: no ${m}`);
    });
    expect(problems).toEqual([]);
  });

  it('describes every level of every scale criterion', () => {
    const top = Math.max(...catalogue.levels.map((l) => l.value));
    const expected = Array.from({ length: top + 1 }, (_, i) => String(i));
    for (const c of criteria.filter((k) => criterionType(k) === 'scale')) {
      expect(Object.keys(c.levels ?? {}).sort(), c.id).toEqual(expected);
    }
  });

  it('has a recommendation for every score an action can have (below its target)', () => {
    const top = Math.max(...catalogue.levels.map((l) => l.value));
    const problems = criteria.flatMap((c) => {
      const target = c.target ?? 100;
      const belows = (c.recommendations ?? []).map((r) => r.below);
      return possibleScores(c, top)
        .filter((s) => s < target && !belows.some((b) => b > s))
        .map((s) => `${c.id}: score ${s} has no recommendation`);
    });
    expect(problems).toEqual([]);
  });

  it('cites every source with an https URL of a primary source', () => {
    const references = criteria.flatMap((c) =>
      (c.references ?? []).map((r) => ({ at: `${c.id}: ${JSON.stringify(r.title)}`, url: r.url })),
    );
    expect(references.filter((r) => r.url === undefined).map((r) => r.at)).toEqual([]);
    const urls = references.flatMap((r) => (r.url ? [r.url] : []));
    for (const url of urls) {
      const parsed = new URL(url);
      expect(parsed.protocol, url).toBe('https:');
      expect(SOURCE_HOSTS, url).toContain(parsed.hostname);
    }
  });

  it('covers the duties NL1 to NL5 of the reusing side', () => {
    for (const duty of ['NL1', 'NL2', 'NL3', 'NL4', 'NL5']) {
      const covering = criteria.filter((c) => JSON.stringify(c.title).includes(`(${duty})`));
      expect(covering.length, duty).toBe(1);
    }
  });

  it('gates what blocks a roll-out, each with a reason', () => {
    const gated = criteria.filter((c) => c.gate);
    expect(gated.map((c) => c.id).sort()).toEqual(
      [
        'interfaces.delivery-point',
        'interfaces.epayment',
        'interfaces.fachverfahren',
        'interfaces.return-channel',
        'regionality.responsibilities',
        'reuse.legal-route',
        'staff.infosec',
      ].sort(),
    );
    expect(gated.every((c) => c.gate?.reason !== undefined)).toBe(true);
  });

  it('puts structural criteria behind applies_when', () => {
    const when = Object.fromEntries(
      criteria.filter((c) => c.applies_when).map((c) => [c.id, c.applies_when]),
    );
    expect(when['regionality.hessen']).toEqual({ state: ['HE'] });
    expect(when['regionality.district-coordination']).toEqual({ type: ['landkreis'] });
    expect(when['staff.association-governance']).toEqual({ type: ['verbund'] });
    expect(when['interfaces.ikfz']?.type).not.toContain('gemeinde');
  });

  it('uses the answer types where they fit the question', () => {
    const types = Object.fromEntries(criteria.map((c) => [c.id, criterionType(c)]));
    expect(types['reuse.legal-route']).toBe('choice');
    expect(types['usability.online-share']).toBe('number');
    expect(types['interfaces.building-blocks']).toBe('checklist');
    expect(Object.values(types)).toContain('boolean');
  });

  it('profiles at least eight typical EfA services, the named ones included', () => {
    const ids = (catalogue.services ?? []).map((s) => s.id);
    expect(ids.length).toBeGreaterThanOrEqual(8);
    expect(ids).toEqual(
      expect.arrayContaining([
        'baugenehmigung',
        'wohngeld',
        'elterngeld',
        'gewerbeanmeldung',
        'hundesteuer',
        'bewohnerparkausweis',
        'personenstandsurkunde',
        'kfz-zulassung',
      ]),
    );
    for (const s of catalogue.services ?? []) {
      expect(s.requires?.length, s.id).toBeGreaterThan(0);
    }
  });
});
