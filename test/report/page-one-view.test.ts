/**
 * Issue 17 (items 1, 2, 4) and issue 20 (the method appendix lists the
 * overlay's changes) on the view model and the rendered text, without a
 * browser: the band scale and palette steps, the plan's first ten actions and
 * the rest, the criteria folded once met, the printed footer's CSS, and the
 * catalogue chain of the Hessen and Thüringen profiles.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Band } from '../../src/model/types.js';
import { paletteStep, scaleGeometry } from '../../src/report/band-scale.js';
import { renderDocx } from '../../src/report/docx.js';
import { escapeCssString } from '../../src/report/escape.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { builtIn, exampleReport, view as fixtureView, fixtureInputs } from './render-helpers.js';

const BANDS: Band[] = [
  { id: 'not-ready', min: 0, label: 'a' },
  { id: 'conditional', min: 45, label: 'b' },
  { id: 'ready', min: 70, label: 'c' },
  { id: 'leading', min: 85, label: 'd' },
];
const format = { threshold: String, score: (v: number) => v.toFixed(1) };

describe('the band scale', () => {
  it('spreads the bands over the five palette steps, lowest darkest', () => {
    expect([0, 1, 2, 3].map((i) => paletteStep(i, 4))).toEqual([0, 1, 3, 4]);
    expect([0, 1].map((i) => paletteStep(i, 2))).toEqual([0, 4]);
    expect([0, 1, 2, 3, 4].map((i) => paletteStep(i, 5))).toEqual([0, 1, 2, 3, 4]);
    expect(paletteStep(0, 1)).toBe(4);
  });

  it('draws each band from its threshold to the next, ticks at every threshold and 100, the marker at the score', () => {
    const scale = scaleGeometry(BANDS, 56, format);
    expect(scale.segments.map((s) => [s.id, s.x, s.width, s.step])).toEqual([
      ['not-ready', '0%', '45%', 0],
      ['conditional', '45%', '25%', 1],
      ['ready', '70%', '15%', 3],
      ['leading', '85%', '15%', 4],
    ]);
    expect(scale.ticks.map((t) => [t.text, t.x, t.anchor])).toEqual([
      ['0', '0%', 'start'],
      ['45', '45%', 'middle'],
      ['70', '70%', 'middle'],
      ['85', '85%', 'middle'],
      ['100', '100%', 'end'],
    ]);
    expect(scale.marker).toEqual({ x: '56%', text: '56.0', anchor: 'middle' });
    expect(scaleGeometry(BANDS, 98.4, format).marker?.anchor).toBe('end');
    expect(scaleGeometry(BANDS, null, format).marker).toBeNull();
  });

  it('marks the band reached and, where a knock-out criterion capped it, the band by score', async () => {
    const { view } = await exampleReport('landkreis-musterkreis.yaml', 'de');
    const legend = view.summary.scale?.legend ?? [];
    expect(legend.map((l) => [l.band.id, l.threshold, l.note])).toEqual([
      ['not-ready', 'ab 0', null],
      ['conditional', 'ab 35', 'Ihre Reifestufe'],
      ['ready', 'ab 55', 'nach Punkten allein'],
      ['leading', 'ab 75', null],
    ]);
    expect(view.summary.scale?.segments.filter((s) => s.current).map((s) => s.band.id)).toEqual([
      'conditional',
    ]);
    expect(view.summary.cappedBy.map((g) => g.criterion)).toEqual(['regionality.responsibilities']);
  });

  it('has no scale where the result is not assessable, and names the first missing answers', async () => {
    const { view } = await exampleReport('beispieldorf-erstgespraech.yaml', 'en');
    expect(view.summary.scale).toBeNull();
    expect(view.summary.notAssessable).toMatch(/^not yet assessable/);
    expect(view.summary.missingShown.length).toBe(8);
    expect(view.summary.missingShown.length + view.summary.missingMore).toBe(
      view.summary.missing.length,
    );
  });

  it('groups the failed knock-out criteria that do not set the band by the band they cap at, lowest first', async () => {
    const { view } = await exampleReport('beispielhausen.yaml', 'de');
    expect(view.summary.otherFailedGatesText).toBe(
      'begrenzt auf „Noch nicht startklar“: Rechtsgrundlage der Nachnutzung, Empfang von Online-Anträgen (NL2); ' +
        'begrenzt auf „Bedingt startklar“: Zuständigkeiten im Redaktionssystem (NL1), Anbindung der Fachverfahren, ePayment (NL5), Informationssicherheit; ' +
        'begrenzt auf „Startklar“: Rechtssicherer Rückkanal (NL4)',
    );
  });
});

describe('a shorter report', () => {
  it('shows the first ten actions of the plan and folds the rest, by horizon, none lost', async () => {
    const { view } = await exampleReport('musterstadt.yaml', 'de');
    const ranks = (horizons: typeof view.plan.top): number[] =>
      horizons.flatMap((h) => h.actions.map((a) => a.rank)).sort((a, b) => a - b);
    expect(ranks(view.plan.top)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(ranks(view.plan.rest)).toEqual(view.plan.actions.slice(10).map((a) => a.rank));
    expect(view.plan.restSummary).toBe(
      `Weitere ${view.plan.actions.length - 10} Maßnahmen (ab Nr. 11)`,
    );
    expect(fixtureView(fixtureInputs(), 'de').plan.restSummary).toBeNull();
  });

  it('folds the criteria that are met (75 points or more) or do not count, keeps the rest open', async () => {
    const { view } = await exampleReport('musterstadt.yaml', 'en');
    for (const dimension of view.criteria) {
      expect([...dimension.open, ...dimension.done].map((c) => c.id).sort()).toEqual(
        dimension.criteria.map((c) => c.id).sort(),
      );
      for (const c of dimension.open) {
        expect(Number(c.score ?? 0)).toBeLessThan(75);
        expect(c.statusId === 'excluded' || c.statusId === 'not-applicable').toBe(false);
      }
      if (dimension.done.length > 0)
        expect(dimension.doneSummary).toBe(
          `${dimension.done.length} criteria met (75 points or more) or not counting`,
        );
    }
    expect(view.criteria.some((d) => d.done.some((c) => c.statusId === 'not-applicable'))).toBe(
      true,
    );
  });

  it('keeps the order in Markdown: the Kurzfassung first, ten actions, the rest under their own heading', async () => {
    const { view } = await exampleReport('musterstadt.yaml', 'de');
    const md = renderMarkdown(view, await builtIn('md', 'de'));
    const headings = md.split('\n').filter((l) => /^#{2,4} /.test(l));
    expect(headings.slice(0, 3)).toEqual([
      '## Kurzfassung',
      '### Die drei wirksamsten Maßnahmen',
      '## Eckdaten der Einschätzung',
    ]);
    const plan = md.slice(md.indexOf('## Maßnahmenplan'), md.indexOf('## Bereitschaft'));
    const rest = plan.indexOf(`### ${view.plan.restSummary ?? 'x'}`);
    expect(rest).toBeGreaterThan(0);
    const rows = (text: string): number[] =>
      [...text.matchAll(/^\| (\d+) \|/gm)].map((m) => Number(m[1]));
    expect(rows(plan.slice(0, rest)).sort((a, b) => a - b)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ]);
    expect(rows(plan.slice(rest)).length).toBe(view.plan.actions.length - 10);
  });
});

describe('the printed footer', () => {
  it('names municipality, date and "Seite x von y" in the page margin boxes', async () => {
    const { view } = await exampleReport('musterstadt.yaml', 'de');
    expect(view.raw.printCss).toContain('@bottom-left { content: "Musterstadt · 12.11.2026";');
    expect(view.raw.printCss).toContain('content: "Seite " counter(page) " von " counter(pages);');
    const en = (await exampleReport('musterstadt.yaml', 'en')).view.raw.printCss;
    expect(en).toContain('content: "Page " counter(page) " of " counter(pages);');
  });

  it('escapes a hostile name so it can leave neither the CSS string nor the <style>', () => {
    const css = escapeCssString('Stadt"; } </style><script>x</script>\\ \n');
    expect(css).not.toMatch(/<|>|"[^"]*"[^"]*"/);
    expect(css).toBe(
      '"Stadt\\22 ; \\7d  \\3c /style\\3e \\3c script\\3e x\\3c /script\\3e \\5c  \\a "',
    );
    expect(escapeCssString('Bad Homburg v. d. Höhe – Süd')).toBe('"Bad Homburg v. d. Höhe – Süd"');
  });
});

describe('the method appendix names the catalogue chain and what the overlay changed (issue 20)', () => {
  it('Hessen: the chain with versions and fingerprints, the criterion added, the fields changed', async () => {
    const { view } = await exampleReport('lahnhausen-he.yaml', 'de');
    const overlay = view.appendix.overlay;
    expect(overlay?.chain.map((l) => [l.id, l.version, l.role])).toEqual([
      ['efa-default', '1.2.0', 'Basiskatalog'],
      ['he', '1.0.0', 'erweitert efa-default 1.2.0'],
    ]);
    for (const layer of overlay?.chain ?? [])
      expect(layer.fingerprint).toMatch(/^[0-9a-f]+-[0-9a-f]{8}$/);
    expect(overlay?.added.map((c) => [c.criterion, c.by])).toEqual([
      ['staff.he-cybersecurity', 'he'],
    ]);
    expect(overlay?.changed.map((c) => [c.criterion, c.fields, c.by])).toEqual([
      ['regionality.procedural-law', 'Hilfetext, Quellen', 'he'],
      ['regionality.hessen', 'Gewicht, Quellen', 'he'],
      ['usability.accessibility', 'Hilfetext, Quellen', 'he'],
    ]);
    expect(overlay?.removed).toEqual([]);
    expect(overlay?.none).toBeNull();
  });

  it('Thüringen: the criterion removed, with the overlay’s reason in the report language', async () => {
    const de = (await exampleReport('saalburg-th.yaml', 'de')).view.appendix.overlay;
    expect(de?.removed).toEqual([
      {
        criterion: 'regionality.hessen',
        by: 'th',
        reason:
          'Die Angebote des Landes Hessen gelten in Thüringen nicht; an ihre Stelle tritt regionality.th-land-offers.',
      },
    ]);
    const en = (await exampleReport('saalburg-th.yaml', 'en')).view.appendix.overlay;
    expect(en?.removed[0]?.reason).toMatch(/^The Land of Hessen's offers do not apply/);
    expect(en?.added.map((c) => c.criterion)).toEqual(['regionality.th-land-offers']);
  });

  it('a catalogue that extends none has no such section', async () => {
    const { view, html } = await exampleReport('musterstadt.yaml', 'de');
    expect(view.appendix.overlay).toBeNull();
    expect(html).not.toContain('overlay-h');
  });

  it('is in the HTML, Markdown and Word appendix', async () => {
    const { view, html } = await exampleReport('saalburg-th.yaml', 'de');
    const appendix = html.slice(html.indexOf('id="appendix"'));
    expect(appendix).toContain('Katalogkette und Änderungen gegenüber dem Basiskatalog');
    expect(appendix).toMatch(/<code>th<\/code><\/th><td data-label="Version">1\.0\.0<\/td>/);
    expect(appendix).toContain('Entfernte Kriterien');
    expect(appendix).toContain('an ihre Stelle tritt regionality.th-land-offers.');

    const md = renderMarkdown(view, await builtIn('md', 'de'));
    const mdAppendix = md.slice(md.indexOf('## Anhang'));
    expect(mdAppendix).toContain('### Katalogkette und Änderungen gegenüber dem Basiskatalog');
    expect(mdAppendix).toMatch(
      /\| th \| 1\.0\.0 \| [0-9a-f]+-[0-9a-f]{8} \| erweitert efa-default 1\.2\.0 \|/,
    );
    expect(mdAppendix).toContain(
      '| regionality.hessen | Die Angebote des Landes Hessen gelten in Thüringen nicht; an ihre Stelle tritt regionality.th-land-offers. | th |',
    );
    expect(mdAppendix).toContain(
      '| Verfahrensrecht nach dem OZG-Änderungsgesetz (regionality.procedural-law) | Hilfetext, Quellen | th |',
    );

    const zip = await JSZip.loadAsync(await renderDocx(view, { radar: null }));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    expect(text).toContain('Katalogkette und Änderungen gegenüber dem Basiskatalog');
    expect(text).toContain('regionality.hessen');
    expect(text).toContain('an ihre Stelle tritt regionality.th-land-offers.');
    expect(text).toContain(view.appendix.overlay?.chain[1]?.fingerprint ?? 'x');
  });
});
