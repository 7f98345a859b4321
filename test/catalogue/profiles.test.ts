import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintCatalogue, ownFindings } from '../../src/catalogue/lint.js';
import { loadAssessment, loadCatalogue } from '../../src/app/load.js';
import { scoreAssessment } from '../../src/score/score.js';
import { ROOT } from '../helpers/cli.js';
import { runMain } from '../helpers/main.js';

/** The shipped Land profiles: valid, lint clean in what they say, and faithful to their base. */
describe.each([
  ['he', 'examples/lahnhausen-he.yaml'],
  ['th', 'examples/saalburg-th.yaml'],
])('Land profile %s', (id, example) => {
  it('extends efa-default and lints clean in its own criteria', async () => {
    const { catalogue } = await loadCatalogue(id, { lang: 'de' });
    expect(catalogue.provenance?.chain.map((l) => l.id)).toEqual(['efa-default', id]);
    expect(ownFindings(lintCatalogue(catalogue), catalogue).own).toEqual([]);
  });

  it('scores every criterion it leaves alone exactly as efa-default does', async () => {
    const { catalogue: profile } = await loadCatalogue(id, { lang: 'de' });
    const { catalogue: base } = await loadCatalogue('efa-default', { lang: 'de' });
    for (const file of ['examples/musterstadt.yaml', example]) {
      const { assessment } = await loadAssessment(join(ROOT, file), {
        lang: 'de',
        catalogue: profile,
      });
      const a = scoreAssessment(profile, assessment, { lang: 'de' });
      const b = scoreAssessment(base, { ...assessment, catalogue: 'efa-default' }, { lang: 'de' });
      const scores = (r: typeof a) =>
        new Map(r.dimensions.flatMap((d) => d.criteria.map((c) => [c.id, [c.status, c.score]])));
      const inBase = scores(b);
      let compared = 0;
      for (const criterion of a.dimensions.flatMap((d) => d.criteria)) {
        const untouched =
          criterion.provenance?.changes.length === 0 &&
          criterion.provenance.origin === 'efa-default';
        if (!untouched) continue;
        expect([criterion.id, inBase.get(criterion.id)]).toEqual([
          criterion.id,
          [criterion.status, criterion.score],
        ]);
        compared++;
      }
      expect(compared).toBeGreaterThan(40);
      expect(a.catalogue.extends?.[0]?.id).toBe('efa-default');
    }
  });
});

describe('the hint to a shipped Land profile', () => {
  it('is told to a person at a terminal, after the result; a pipe is not told', async () => {
    const file = join(ROOT, 'examples', 'musterstadt.yaml'); // Hessen, scored on efa-default
    const atTerminal = await runMain(['score', file], { stderrIsTTY: true });
    expect(atTerminal.code).toBe(0);
    expect(atTerminal.stderr).toMatch(/Hessen.*\bhe\b/s);
    const piped = await runMain(['score', file]);
    expect(piped.code).toBe(0);
    expect(piped.stderr).toBe('');
    expect(piped.stdout).toBe(atTerminal.stdout);
  });
});
