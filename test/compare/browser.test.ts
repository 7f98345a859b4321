/**
 * The comparison's HTML in a real headless Chromium (through the shared
 * harness test/helpers/browser.ts): WCAG 2.1 AA with axe-core, no request to
 * any host, no console error, hostile names inert even without the CSP,
 * heatmap cells that state their value, and a print layout within A4.
 * Skipped with the reason when no Chromium is found (fails under CI=true).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aggregateComparison } from '../../src/compare/aggregate.js';
import { renderCompareHtml } from '../../src/compare/html.js';
import {
  formatViolations,
  type HtmlPage,
  nextFrame,
  openHtml,
  runAxe,
  startChromium,
} from '../helpers/browser.js';
import { catalogue, result } from './fixtures.js';
import { GOLDEN } from './helpers.js';

const goldens = ['pilots.de.html', 'examples.de.html'];

function manyMunicipalities(lang: 'de' | 'en'): string {
  const entries = Array.from({ length: 1200 }, (_, i) => ({
    file: `${i}.yaml`,
    result: result({
      name: `Gemeinde ${i}`,
      ags: String(1000000 + i).padStart(8, '0'),
      type: i % 9 === 0 ? 'landkreis' : i % 4 === 0 ? 'stadt' : 'gemeinde',
      state: (['HE', 'BY', 'NW', 'SN'] as const)[i % 4],
      date: i % 10 === 0 ? '2026-01-01' : '2026-06-01',
      score: (i * 17) % 100,
      interfaces: (i * 7) % 100,
      staff: i % 13 === 0 ? null : (i * 3) % 100,
      routing: (i * 11) % 100,
    }),
  }));
  return renderCompareHtml(aggregateComparison(catalogue, entries, { lang }));
}

const hostileName = '<img src=x onerror=alert(1)><script>alert(2)</script>"\'&';

const chromium = await startChromium();

describe.skipIf(!chromium.browser)(`comparison HTML in Chromium${chromium.skipReason}`, () => {
  const browser = (): NonNullable<typeof chromium.browser> => {
    if (!chromium.browser) throw new Error('no browser');
    return chromium.browser;
  };
  // one page for the file: each document is loaded once (show), checked on
  // screen with axe, then at print width with print media
  let shared: HtmlPage | undefined;
  const page = (): HtmlPage => {
    if (!shared) throw new Error('no page');
    return shared;
  };
  beforeAll(async () => {
    shared = await openHtml(browser(), '<!doctype html><title>-</title>');
  });
  afterAll(async () => {
    await shared?.close();
    await chromium.close();
  });

  const pages: [string, () => string][] = [
    ...goldens.map((name): [string, () => string] => [
      name,
      () => readFileSync(join(GOLDEN, name), 'utf8'),
    ]),
    ['1,200 municipalities (folded), de', () => manyMunicipalities('de')],
    ['1,200 municipalities (folded), en', () => manyMunicipalities('en')],
  ];

  describe.each(pages)('%s', (_, html) => {
    beforeAll(async () => {
      await page().page.emulateMedia({ media: 'screen' });
      await page().show(html(), { width: 1280, height: 900 });
    });

    it('no axe-core violation of WCAG 2.1 A/AA, nothing loaded, no console error', async () => {
      expect(formatViolations(await runAxe(page().page))).toBe('');
      expect(page().requests).toEqual([]);
      expect(page().consoleErrors).toEqual([]);
      expect(page().pageErrors).toEqual([]);
    });

    it('prints within A4: nothing wider than the printable width', async () => {
      // A4 is 210 mm wide; with 15 mm margins 180 mm remain: 680 CSS px.
      await page().page.setViewportSize({ width: 680, height: 960 });
      await page().page.emulateMedia({ media: 'print' });
      const overflow = await page().page.evaluate(() => {
        const doc = (
          globalThis as unknown as {
            document: { documentElement: { scrollWidth: number; clientWidth: number } };
          }
        ).document;
        return doc.documentElement.scrollWidth - doc.documentElement.clientWidth;
      });
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });

  it('heatmap cells carry their value as text, not only as colour', async () => {
    await page().page.emulateMedia({ media: 'screen' });
    await page().show(readFileSync(join(GOLDEN, 'pilots.de.html'), 'utf8'), {
      width: 1280,
      height: 900,
    });
    const cells = await page().page.locator('#heatmap ~ .scroll td.n').allTextContents();
    expect(cells.length).toBeGreaterThan(10);
    for (const text of cells) expect(text).toMatch(/^(\d+,\d|–)$/);
    const colours = await page()
      .page.locator('#heatmap ~ .scroll td.n')
      .evaluateAll((tds) =>
        tds.map(
          (td) =>
            (
              globalThis as unknown as {
                getComputedStyle(e: unknown): { backgroundColor: string };
              }
            ).getComputedStyle(td).backgroundColor,
        ),
      );
    expect(new Set(colours).size).toBeGreaterThan(1);
  });

  it('hostile names raise no dialog and inject no element, even without the CSP', async () => {
    const html = renderCompareHtml(
      aggregateComparison(catalogue, [{ file: 'x.yaml', result: result({ name: hostileName }) }], {
        lang: 'de',
      }),
    );
    // bypassCSP is a context's option: one context each
    for (const bypassCSP of [false, true]) {
      const page = await openHtml(browser(), html, { bypassCSP });
      try {
        await nextFrame(page.page);
        expect(page.dialogs).toEqual([]);
        expect(page.requests).toEqual([]);
        const counts = await page.page.evaluate(() => {
          const doc = (
            globalThis as unknown as {
              document: { querySelectorAll(s: string): { length: number } };
            }
          ).document;
          return {
            scripts: doc.querySelectorAll('script').length,
            images: doc.querySelectorAll('img').length,
          };
        });
        // the page's own table script, nothing injected
        expect(counts).toEqual({ scripts: 1, images: 0 });
        expect(await page.page.locator('main').textContent()).toContain(hostileName);
      } finally {
        await page.close();
      }
    }
  });
});
