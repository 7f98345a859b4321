/**
 * The verdict principle of efa-default (issue 14, item 1), pinned on the shipped
 * catalogue: start from an assessment that answers every criterion at its best,
 * break ONE thing, and check the band.
 *
 * - No "Startklar" without a receiving route in operation, maintained
 *   responsibility data (NL1), a settled legal basis and an information
 *   security function that can act (all at level 2 or better).
 * - With neither ePayment nor a digital return channel at most "Bedingt
 *   startklar"; without a digital return channel no "Vorreiter" – but complete
 *   intake and ePayment with every notice by post is still "Startklar".
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/app/load.js';
import { criterionType } from '../../src/model/catalogue.js';
import type {
  AnswerValue,
  Assessment,
  Catalogue,
  Criterion,
  MunicipalityType,
  State,
} from '../../src/model/types.js';
import { scoreAssessment } from '../../src/score/score.js';
import { ROOT } from '../helpers/cli.js';

let catalogue: Catalogue;

beforeAll(async () => {
  ({ catalogue } = await loadCatalogue(join(ROOT, 'criteria', 'efa-default.yaml'), {
    lang: 'de',
    cwd: ROOT,
  }));
});

/** The best answer a criterion can have. */
function best(c: Criterion, top: number): AnswerValue {
  switch (criterionType(c)) {
    case 'scale':
      return top;
    case 'boolean':
      return true;
    case 'choice':
      return [...(c.options ?? [])].sort((a, b) => b.score - a.score)[0]?.id ?? '';
    case 'number':
      return Math.max(0, ...(c.thresholds ?? []).map((t) => t.min));
    case 'checklist':
      return (c.items ?? []).map((i) => i.id);
  }
}

function perfect(
  type: MunicipalityType = 'stadt',
  state: State = 'HE',
  changes: Record<string, AnswerValue> = {},
): Assessment {
  const top = Math.max(...catalogue.levels.map((l) => l.value));
  const answers: Record<string, AnswerValue> = Object.create(null) as Record<string, AnswerValue>;
  for (const d of catalogue.dimensions) for (const c of d.criteria) answers[c.id] = best(c, top);
  return {
    format: 'efa-readiness/assessment/v1',
    catalogue: `${catalogue.id}@${catalogue.version}`,
    municipality: { name: 'Prüfstadt', type, state },
    answers: { ...answers, ...changes },
  };
}

function band(changes: Record<string, AnswerValue>, type?: MunicipalityType): string | null {
  return scoreAssessment(catalogue, perfect(type, 'HE', changes), { lang: 'de' }).band;
}

describe('the verdicts of efa-default', () => {
  it('rates a perfect assessment "Vorreiter", for every municipality type', () => {
    for (const type of ['gemeinde', 'stadt', 'kreisfreie-stadt', 'landkreis', 'verbund'] as const)
      expect(band({}, type), type).toBe('leading');
  });

  it.each([
    ['no receiving route in operation (ordered only)', { 'interfaces.delivery-point': 1 }],
    ['no receiving route at all', { 'interfaces.delivery-point': 0 }],
    ['a legal basis still under review', { 'reuse.legal-route': 'in-review' }],
    ['no legal basis', { 'reuse.legal-route': 'none' }],
  ])('is "Noch nicht startklar" with %s', (_, change) => {
    expect(band(change)).toBe('not-ready');
  });

  it.each([
    ['responsibility data not maintained (NL1)', { 'regionality.responsibilities': 1 }],
    ['applications retyped by hand', { 'interfaces.fachverfahren': 1 }],
    [
      'neither ePayment nor a digital return channel',
      { 'interfaces.epayment': 0, 'interfaces.return-channel': 0 },
    ],
    ['no working online payment (NL5)', { 'interfaces.epayment': 1 }],
    // calibration (test/calibration): the raters put a Landkreis without an ISB who can act at
    // "Bedingt startklar" — individual services can be connected, none without that function
    ['an information security officer without time or training', { 'staff.infosec': 1 }],
    ['nobody for information security', { 'staff.infosec': 0 }],
  ])('is at most "Bedingt startklar" with %s', (_, change) => {
    expect(band(change)).toBe('conditional');
  });

  it('treats an unknown foundation like a missing one: never "Startklar"', () => {
    for (const id of [
      'interfaces.delivery-point',
      'staff.infosec',
      'reuse.legal-route',
      'regionality.responsibilities',
    ])
      expect(['not-ready', 'conditional'], id).toContain(band({ [id]: 'unknown' }));
  });

  it('keeps complete intake and ePayment with every notice by post "Startklar", not "Vorreiter"', () => {
    expect(band({ 'interfaces.return-channel': 0 })).toBe('ready');
    expect(band({ 'interfaces.return-channel': 1 })).toBe('ready');
  });

  it('lets each foundation pass from level 2 (in operation for individual services)', () => {
    for (const id of [
      'interfaces.delivery-point',
      'staff.infosec',
      'regionality.responsibilities',
      'interfaces.fachverfahren',
      'interfaces.epayment',
      'interfaces.return-channel',
    ]) {
      const result = scoreAssessment(catalogue, perfect('stadt', 'HE', { [id]: 2 }), {
        lang: 'de',
      });
      expect(result.capped_by, id).toEqual([]);
    }
  });

  it('gates every foundation at level 2 or above, never at level 1', () => {
    const top = Math.max(...catalogue.levels.map((l) => l.value));
    for (const c of catalogue.dimensions.flatMap((d) => d.criteria)) {
      if (!c.gate || criterionType(c) !== 'scale') continue;
      expect(c.gate.min, c.id).toBe((100 * 2) / top);
    }
  });
});
