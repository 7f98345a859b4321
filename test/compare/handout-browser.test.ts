/**
 * The handouts in a real headless Chromium: WCAG 2.1 AA by axe-core, nothing
 * loaded, the radar with an outline per compared group, and printed on A4
 * nothing wider than the page and no word broken inside. Skipped with the
 * reason when no Chromium is found (fails under CI=true).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHandouts } from '../../src/compare/handout-html.js';
import { defaultExamples } from '../helpers/examples.js';
import {
  formatViolations,
  type HtmlPage,
  openHtml,
  runAxe,
  startChromium,
} from '../helpers/browser.js';
import { compareFolder } from './helpers.js';

const c = await compareFolder(defaultExamples(), { catalogue: 'efa-default', lang: 'de' });
const pages = renderHandouts(
  c,
  c.municipalities.map((m) => ({ name: m.name })),
).map((f): [string, string] => [f.name, f.content]);

const chromium = await startChromium();

describe.skipIf(!chromium.browser)(`handouts in Chromium${chromium.skipReason}`, () => {
  const browser = (): NonNullable<typeof chromium.browser> => {
    if (!chromium.browser) throw new Error('no browser');
    return chromium.browser;
  };
  afterAll(() => chromium.close());

  it('has one handout per example', () => {
    expect(pages).toHaveLength(c.municipalities.length);
  });

  // one page for the file: each handout is loaded once, checked on screen, then printed
  let shared: HtmlPage | undefined;
  const page = (): HtmlPage => {
    if (!shared) throw new Error('no page');
    return shared;
  };
  beforeAll(async () => {
    shared = await openHtml(browser(), '<!doctype html><title>-</title>');
  });
  afterAll(() => shared?.close());

  describe.each(pages)('%s', (_, html) => {
    beforeAll(async () => {
      await page().page.emulateMedia({ media: 'screen' });
      await page().show(html, { width: 1280, height: 900 });
    });

    it('no axe-core violation, nothing loaded, the median drawn on the radar', async () => {
      expect(formatViolations(await runAxe(page().page))).toBe('');
      expect(page().requests).toEqual([]);
      expect(page().consoleErrors).toEqual([]);
      expect(
        await page().page.locator('svg.radar polygon.radar-outline[data-group="all"]').count(),
      ).toBe(1);
      expect(await page().page.locator('svg.bar').count()).toBeGreaterThanOrEqual(6);
    });

    it('printed on A4: nothing wider than the page, no word broken inside', async () => {
      await page().page.setViewportSize({ width: 680, height: 960 });
      await page().page.emulateMedia({ media: 'print' });
      const result = await page().page.evaluate(() => {
        const doc = (globalThis as unknown as { document: Document }).document;
        const broken: string[] = [];
        const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
        for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
          const parent = node.parentElement;
          if (parent === null || parent.closest('.long, style, svg') !== null) continue;
          for (const m of (node.textContent ?? '').matchAll(/[^\s\-–/]+/g)) {
            const range = doc.createRange();
            range.setStart(node, m.index);
            range.setEnd(node, m.index + m[0].length);
            if (new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1)
              broken.push(m[0]);
          }
        }
        return {
          broken,
          overflow: doc.documentElement.scrollWidth - doc.documentElement.clientWidth,
        };
      });
      expect(result).toEqual({ broken: [], overflow: expect.any(Number) as number });
      expect(result.overflow).toBeLessThanOrEqual(0);
    });
  });
});
