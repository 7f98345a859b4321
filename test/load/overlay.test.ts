import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { loadCatalogue } from '../../src/app/load.js';
import { scoreAssessment as score } from '../../src/score/score.js';
import type { Assessment } from '../../src/model/types.js';

/** A small but complete base catalogue; line numbers below are counted in it. */
const BASE = `format: efa-readiness/catalogue/v1
id: base
version: 1.2.0
title: Basis
levels:
  - {value: 0, label: Nein}
  - {value: 1, label: Teilweise}
  - {value: 2, label: Ja}
bands:
  - {id: low, min: 0, label: Niedrig}
  - {id: high, min: 50, label: Hoch}
dimensions:
  - id: tech
    title: Technik
    criteria:
      - id: tech.route
        title: Empfangsweg
        question: Kommen Anträge digital an?
        gate: {min: 50, cap: low}
      - id: tech.pay
        title: Bezahlen
        question: Gibt es ePayment?
        weight: 2
  - id: org
    title: Organisation
    criteria:
      - id: org.lead
        title: Spitze
        question: Unterstützt die Spitze?
      - id: org.team
        title: Kernteam
        question: Gibt es ein Kernteam?
services:
  - id: wohngeld
    title: Wohngeld
    requires: [{criterion: tech.route, min: 50}]
`;

let dir: string;
const write = (name: string, text: string): string => {
  writeFileSync(join(dir, name), text);
  return name;
};
const load = (name: string) => loadCatalogue(name, { lang: 'de', cwd: dir });
async function errorsOf(name: string): Promise<InputError['diagnostics']> {
  try {
    await load(name);
  } catch (error) {
    if (error instanceof InputError) return error.diagnostics;
    throw error;
  }
  throw new Error('expected the catalogue to be refused');
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'efa-overlay-'));
  write('base.yaml', BASE);
});

describe('overlays merge by id', () => {
  it('adds, overrides and removes, keeping base order and appending new entries', async () => {
    write(
      'land.yaml',
      `format: efa-readiness/catalogue/v1
id: land
version: 1.0.0
extends: ./base.yaml
title: Land
remove:
  - {id: org.lead, reason: Im Land zentral geregelt}
dimensions:
  - id: tech
    criteria:
      - id: tech.pay
        weight: 3
      - id: tech.portal
        title: Landesportal
        question: Ist die Kommune im Landesportal?
`,
    );
    const { catalogue } = await load('land.yaml');
    expect(catalogue.id).toBe('land');
    expect(catalogue.levels).toHaveLength(3);
    const tech = catalogue.dimensions.find((d) => d.id === 'tech');
    expect(tech?.criteria.map((c) => c.id)).toEqual(['tech.route', 'tech.pay', 'tech.portal']);
    expect(tech?.criteria[1]?.weight).toBe(3);
    expect(tech?.criteria[1]?.question).toBe('Gibt es ePayment?');
    expect(catalogue.dimensions.find((d) => d.id === 'org')?.criteria.map((c) => c.id)).toEqual([
      'org.team',
    ]);
    expect(catalogue.provenance?.chain.map((l) => `${l.id}@${l.version}`)).toEqual([
      'base@1.2.0',
      'land@1.0.0',
    ]);
    expect(catalogue.provenance?.chain[0]?.fingerprint).toMatch(/^[0-9a-f]+-[0-9a-f]+$/);
    expect(catalogue.provenance?.criteria['tech.pay']).toEqual({
      origin: 'base',
      changes: [{ by: 'land', fields: ['weight'] }],
    });
    expect(catalogue.provenance?.criteria['tech.portal']).toEqual({ origin: 'land', changes: [] });
    expect(catalogue.provenance?.criteria['org.lead']).toBeUndefined();
    expect(catalogue.provenance?.removed).toEqual([
      { id: 'org.lead', by: 'land', reason: 'Im Land zentral geregelt' },
    ]);
  });

  it('chains overlays, each layer recorded, later layers winning', async () => {
    write(
      'land.yaml',
      `format: efa-readiness/catalogue/v1
id: land
version: 1.0.0
extends: base.yaml
title: Land
dimensions:
  - id: tech
    criteria:
      - {id: tech.pay, weight: 3}
`,
    );
    write(
      'kreis.yaml',
      `format: efa-readiness/catalogue/v1
id: kreis
version: 0.1.0
extends: land.yaml
title: Kreis
dimensions:
  - id: tech
    criteria:
      - {id: tech.pay, weight: 4, title: Bezahlen im Kreis}
`,
    );
    const { catalogue } = await load('kreis.yaml');
    expect(catalogue.provenance?.chain.map((l) => l.id)).toEqual(['base', 'land', 'kreis']);
    const pay = catalogue.dimensions[0]?.criteria[1];
    expect(pay?.weight).toBe(4);
    expect(pay?.title).toBe('Bezahlen im Kreis');
    expect(catalogue.provenance?.criteria['tech.pay']?.changes).toEqual([
      { by: 'land', fields: ['weight'] },
      { by: 'kreis', fields: ['weight', 'title'] },
    ]);
  });

  it('scores every criterion the overlay leaves alone exactly as the base does', async () => {
    write(
      'land.yaml',
      `format: efa-readiness/catalogue/v1
id: land
version: 1.0.0
extends: base.yaml
title: Land
dimensions:
  - id: org
    criteria:
      - {id: org.extra, title: Extra, question: Gibt es mehr?}
`,
    );
    const base = (await load('base.yaml')).catalogue;
    const land = (await load('land.yaml')).catalogue;
    const assessment: Assessment = {
      format: 'efa-readiness/assessment/v1',
      catalogue: 'base',
      municipality: { name: 'Testhausen', type: 'stadt', state: 'HE' },
      answers: { 'tech.route': 2, 'tech.pay': 1, 'org.lead': 2, 'org.extra': 0 },
    };
    const a = score(base, assessment, { lang: 'de' });
    const b = score(land, assessment, { lang: 'de' });
    const criteria = (r: typeof a) =>
      new Map(r.dimensions.flatMap((d) => d.criteria.map((c) => [c.id, c.score])));
    for (const [id, value] of criteria(a)) expect(criteria(b).get(id)).toBe(value);
    expect(b.dimensions[0]?.score).toBe(a.dimensions[0]?.score);
  });
});

describe('overlay mistakes are named at the file and line that caused them', () => {
  it('an override of an id the base lacks is an error with the closest id', async () => {
    write(
      'land.yaml',
      `format: efa-readiness/catalogue/v1
id: land
version: 1.0.0
extends: base.yaml
title: Land
dimensions:
  - id: tech
    criteria:
      - id: tech.paymnet
        weight: 3
`,
    );
    const [error, ...rest] = await errorsOf('land.yaml');
    expect(rest).toEqual([]);
    expect(error).toMatchObject({ file: 'land.yaml', line: 9, code: 'overlay-incomplete' });
    expect(error?.message).toContain("meinten Sie 'tech.pay'");
    expect(error?.message).toContain('title, question');
  });

  it('a bad value the overlay sets points at the overlay line (schema and rules)', async () => {
    const head = `format: efa-readiness/catalogue/v1
id: land
version: 1.0.0
extends: base.yaml
title: Land
dimensions:
  - id: tech
    criteria:
`;
    write('weight.yaml', `${head}      - id: tech.pay\n        weight: -1\n`);
    const [weight] = await errorsOf('weight.yaml');
    expect(weight).toMatchObject({ file: 'weight.yaml', line: 10, code: 'schema-minimum' });
    write('cap.yaml', `${head}      - id: tech.route\n        gate: {min: 50, cap: nirgends}\n`);
    const [cap] = await errorsOf('cap.yaml');
    expect(cap?.file).toBe('cap.yaml');
    expect(cap?.line).toBe(10);
    expect(cap?.message).toContain('nirgends');
  });

  it('a base part broken by the overlay keeps the base file and line', async () => {
    // Bands merge by id: the overlay raises the first band's min above the second's, so the
    // first band is wrong at the overlay's line, the order breaks at the base's line.
    write(
      'land.yaml',
      `format: efa-readiness/catalogue/v1
id: land
version: 1.0.0
extends: base.yaml
title: Land
bands:
  - {id: low, min: 60}
`,
    );
    const errors = await errorsOf('land.yaml');
    expect(errors.find((e) => e.code === 'bands-start')).toMatchObject({
      file: 'land.yaml',
      line: 7,
    });
    expect(errors.find((e) => e.code === 'bands-order')).toMatchObject({
      file: 'base.yaml',
      line: 11,
    });
  });

  it('removing an unknown id suggests the closest; removing a referenced one names the reference', async () => {
    write(
      'land.yaml',
      `format: efa-readiness/catalogue/v1
id: land
version: 1.0.0
extends: base.yaml
title: Land
remove:
  - {id: org.laed, reason: x}
  - {id: tech.route, reason: y}
  - {id: tech.pay}
`,
    );
    const errors = await errorsOf('land.yaml');
    expect(errors.find((e) => e.code === 'overlay-remove-unknown')).toMatchObject({ line: 7 });
    expect(errors.find((e) => e.code === 'overlay-remove-unknown')?.message).toContain('org.lead');
    const referenced = errors.find((e) => e.code === 'overlay-remove-referenced');
    expect(referenced).toMatchObject({ file: 'land.yaml', line: 8 });
    expect(referenced?.message).toContain('(base.yaml:36)');
    expect(errors.find((e) => e.code === 'overlay-remove-reason')).toMatchObject({ line: 9 });
  });

  it('a criterion listed under another dimension would move silently: an error', async () => {
    write(
      'land.yaml',
      `format: efa-readiness/catalogue/v1
id: land
version: 1.0.0
extends: base.yaml
title: Land
dimensions:
  - id: org
    criteria:
      - {id: tech.pay, weight: 1}
`,
    );
    const [error] = await errorsOf('land.yaml');
    expect(error).toMatchObject({ code: 'overlay-moved', line: 9 });
  });

  it('a cycle is an error naming the chain', async () => {
    write(
      'a.yaml',
      `format: efa-readiness/catalogue/v1\nid: a\nversion: 1.0.0\nextends: b.yaml\ntitle: A\n`,
    );
    write(
      'b.yaml',
      `format: efa-readiness/catalogue/v1\nid: b\nversion: 1.0.0\nextends: a.yaml\ntitle: B\n`,
    );
    await expect(load('a.yaml')).rejects.toThrow(/a\.yaml → b\.yaml → a\.yaml/);
  });

  it('a shipped base outside the range is refused at the extends line', async () => {
    write(
      'land.yaml',
      `format: efa-readiness/catalogue/v1\nid: land\nversion: 1.0.0\ntitle: Land\nextends: efa-default@^9.0\n`,
    );
    const [error] = await errorsOf('land.yaml');
    expect(error).toMatchObject({ file: 'land.yaml', line: 5, code: 'overlay-range' });
    expect(error?.message).toMatch(
      /efa-default hat die Version \d+\.\d+\.\d+; verlangt ist \^9\.0/,
    );
  });

  it('an unknown shipped base lists the shipped catalogues', async () => {
    write(
      'land.yaml',
      `format: efa-readiness/catalogue/v1\nid: land\nversion: 1.0.0\ntitle: Land\nextends: efa-defualt\n`,
    );
    const [error] = await errorsOf('land.yaml');
    expect(error).toMatchObject({ line: 5, code: 'overlay-base' });
    expect(error?.message).toContain('efa-default');
  });

  it('extends a shipped catalogue by id and range', async () => {
    write(
      'land.yaml',
      `format: efa-readiness/catalogue/v1\nid: land\nversion: 1.0.0\ntitle: Land\nextends: efa-default@>=1.0.0\n`,
    );
    const { catalogue } = await load('land.yaml');
    expect(catalogue.provenance?.chain[0]?.id).toBe('efa-default');
    expect(catalogue.dimensions.length).toBeGreaterThan(3);
  });
});

describe('the catalogue schema knows overlays (for editors)', () => {
  const source = { file: 'x.yaml', locate: () => ({ line: 0, col: 0 }) };
  it('accepts an overlay of partial entries, and refuses remove outside an overlay', async () => {
    const { schemaDiagnostics } = await import('../../src/validate/schema.js');
    const overlay = {
      format: 'efa-readiness/catalogue/v1',
      id: 'land',
      version: '1.0.0',
      extends: 'efa-default@^1.1',
      title: 'Land',
      remove: [{ id: 'org.lead', reason: 'zentral' }],
      dimensions: [{ id: 'tech', criteria: [{ id: 'tech.pay', weight: 3 }] }],
    };
    expect(schemaDiagnostics('catalogue', overlay, source, 'de', () => undefined)).toEqual([]);
    const typo = {
      ...overlay,
      dimensions: [{ id: 'tech', criteria: [{ id: 'tech.pay', wieght: 3 }] }],
    };
    expect(schemaDiagnostics('catalogue', typo, source, 'de', () => undefined)).toHaveLength(1);
    const plain: Record<string, unknown> = { ...overlay };
    delete plain.extends;
    const refused = schemaDiagnostics('catalogue', plain, source, 'de', () => undefined);
    expect(refused.map((d) => d.path)).toContain('remove');
  });
});
