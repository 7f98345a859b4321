import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAndScore } from '../../src/app/pipeline.js';
import { buildReportView } from '../../src/report/view.js';
import { ROOT } from '../helpers/cli.js';

/**
 * Issue 20: the method appendix names the catalogue chain and every change
 * the Land profile makes, so a reader knows which file said what.
 */
async function appendixOf(example: string, lang: 'de' | 'en' = 'de') {
  const scored = await loadAndScore(join(ROOT, 'examples', example), { lang, cwd: ROOT });
  return buildReportView(scored.result, scored.catalogue, scored.assessment, {
    lang,
    version: '0.0.0',
  }).appendix.overlay;
}

describe('the method appendix on a Land profile', () => {
  it('lists the chain base first, with versions and fingerprints, and Hessen’s changes', async () => {
    const overlay = await appendixOf('lahnhausen-he.yaml');
    expect(overlay?.chain.map((layer) => layer.id)).toEqual(['efa-default', 'he']);
    for (const layer of overlay?.chain ?? []) expect(layer.fingerprint).toMatch(/^[0-9a-f-]{8,}$/);
    expect(overlay?.added.map((a) => a.criterion)).toEqual(['staff.he-cybersecurity']);
    expect(overlay?.changed).toContainEqual(
      expect.objectContaining({
        criterion: 'regionality.hessen',
        by: 'he',
        fieldIds: ['weight', 'references'],
      }),
    );
    expect(overlay?.removed).toEqual([]);
  });

  it('lists what Thüringen removes, with its reason in the report language', async () => {
    const overlay = await appendixOf('saalburg-th.yaml');
    expect(overlay?.removed).toEqual([
      expect.objectContaining({ criterion: 'regionality.hessen', by: 'th' }),
    ]);
    expect(overlay?.removed[0]?.reason).toMatch(/Thüringen/);
    expect(overlay?.added.map((a) => a.criterion)).toContain('regionality.th-land-offers');
  });

  it('is absent for the default catalogue', async () => {
    expect(await appendixOf('musterstadt.yaml')).toBeNull();
  });
});
