/**
 * The Blaupause must not mislead a programme manager (issue 14, item 12): a
 * priority's recommendation is the one the municipalities that fail it need,
 * not the one the average score would get.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultExamples } from '../helpers/examples.js';
import { aggregateComparison, commonRecommendation } from '../../src/compare/aggregate.js';
import { loadAssessment, loadCatalogue } from '../../src/app/load.js';
import type { Criterion } from '../../src/model/types.js';
import { scoreAssessment } from '../../src/score/score.js';
import { ROOT } from '../helpers/cli.js';

const criterion: Criterion = {
  id: 'a.b',
  title: 'B',
  question: 'B?',
  recommendations: [
    { below: 50, text: 'anfangen' },
    { below: 75, text: 'ausbauen' },
    { below: 100, text: 'vollenden' },
  ],
};

describe('commonRecommendation', () => {
  it('takes the recommendation most of the given municipalities would get', () => {
    expect(commonRecommendation(criterion, [0, 25, 25, 100])?.text).toBe('anfangen');
    expect(commonRecommendation(criterion, [50, 50, 0])?.text).toBe('ausbauen');
  });

  it('prefers the more basic one on a tie, and gives none for nobody', () => {
    expect(commonRecommendation(criterion, [0, 50])?.text).toBe('anfangen');
    expect(commonRecommendation(criterion, [])).toBeUndefined();
    expect(commonRecommendation(criterion, [100])).toBeUndefined();
  });
});

describe('the Blaupause of the shipped examples', () => {
  it('recommends what the failing municipalities need, also where the average is high', async () => {
    const { catalogue } = await loadCatalogue(join(ROOT, 'criteria', 'efa-default.yaml'), {
      lang: 'de',
      cwd: ROOT,
    });
    const entries = [];
    for (const file of defaultExamples()) {
      const { assessment } = await loadAssessment(file, { lang: 'de', catalogue });
      entries.push({ file, result: scoreAssessment(catalogue, assessment, { lang: 'de' }) });
    }
    const comparison = aggregateComparison(catalogue, entries, { lang: 'de', listLength: 20 });
    const priority = (id: string) => comparison.priorities.find((p) => p.id === id);
    // two fail the legal basis (mean 75 would pick the advice for own procurement)
    expect(priority('reuse.legal-route')?.recommendation).toMatch(/^Mit dem Land/);
    // two have an information security officer without time (mean 50 would pick WiBA)
    expect(priority('staff.infosec')?.recommendation).toMatch(/bestellen/);
  });
});
