/**
 * efa-default 1.1.0 reads what 1.0.0 users wrote: the six shipped examples as
 * they were in 1.0.0 (kept in test/catalogue/v1.0.0/) load against the new
 * catalogue without an error, each with the one warning that the version
 * differs, and score. The archived 1.0.0 catalogue stays loadable for a later
 * `catalogue diff`.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAssessment, loadCatalogue } from '../../src/app/load.js';
import type { Catalogue } from '../../src/model/types.js';
import { scoreAssessment } from '../../src/score/score.js';
import { ROOT } from '../helpers/cli.js';

const OLD = join(ROOT, 'test', 'catalogue', 'v1.0.0');
const files = readdirSync(OLD).filter((f) => f.endsWith('.yaml'));
let catalogue: Catalogue;

beforeAll(async () => {
  ({ catalogue } = await loadCatalogue(join(ROOT, 'criteria', 'efa-default.yaml'), {
    lang: 'de',
    cwd: ROOT,
  }));
});

describe('assessments written for efa-default 1.0.0', () => {
  it('are all there', () => {
    expect(files.length).toBe(6);
  });

  it.each(files)('%s loads with only the version warning and scores', async (file) => {
    const loaded = await loadAssessment(join(OLD, file), { lang: 'de', catalogue });
    expect(loaded.assessment.catalogue).toBe('efa-default@1.0.0');
    // allowed: the version differs, new criteria are unanswered, and (in one example) unknowns
    const allowed = new Set(['catalogue-version', 'missing-answers', 'unknown-answers']);
    expect(loaded.warnings.filter((w) => !allowed.has(w.code))).toEqual([]);
    expect(loaded.warnings.some((w) => w.message.includes('1.0.0'))).toBe(true);
    const result = scoreAssessment(catalogue, loaded.assessment, { lang: 'de' });
    expect(result.score).not.toBeNull();
  });

  it('can still be read with the archived 1.0.0 catalogue', async () => {
    const archived = await loadCatalogue(
      join(ROOT, 'criteria', 'archive', 'efa-default@1.0.0.yaml'),
      { lang: 'de', cwd: ROOT },
    );
    expect(archived.warnings).toEqual([]);
    expect(archived.catalogue.version).toBe('1.0.0');
    const loaded = await loadAssessment(join(OLD, 'musterstadt.yaml'), {
      lang: 'de',
      catalogue: archived.catalogue,
    });
    expect(loaded.warnings).toEqual([]);
  });
});
