/**
 * Issue 17 item 2 on the compare page: the heatmap's four steps stay apart when
 * printed in black and white (or seen without colour vision), and every value
 * stays readable on its cell. Rendered in Chromium with a grayscale filter; the
 * cells' pixels are measured, not the stylesheet read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HtmlPage, openHtml, startChromium } from '../helpers/browser.js';
import { ROOT } from '../helpers/cli.js';
import { decodePng, dominantColour, relativeLuminance } from '../helpers/png.js';

const chromium = await startChromium();
afterAll(() => chromium.close());

const page = readFileSync(join(ROOT, 'test', 'golden', 'compare', 'examples.de.html'), 'utf8');
const STEPS = ['h0', 'h1', 'h2', 'h3'] as const;

/** WCAG contrast of two relative luminances. */
const contrast = (a: number, b: number): number =>
  (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

describe.skipIf(!chromium.browser)(`the heatmap in grey${chromium.skipReason}`, () => {
  const browser = () => {
    if (!chromium.browser) throw new Error('no Chromium');
    return chromium.browser;
  };

  // one page for both; the contrast is read first, before the grey test
  // filters the page and hides the cells' text
  let opened: HtmlPage | undefined;
  const shared = (): HtmlPage => {
    if (!opened) throw new Error('no page');
    return opened;
  };
  beforeAll(async () => {
    opened = await openHtml(browser(), page, { viewport: { width: 1280, height: 900 } });
  });
  afterAll(() => opened?.close());

  it('shows every value in a colour that keeps 4.5:1 against its cell', async () => {
    for (const step of STEPS) {
      const cell = shared().page.locator(`td.${step}`).first();
      const text = ((await cell.textContent()) ?? '').trim();
      expect(text, `${step} names its value`).toMatch(/\d/);
      const [bg, fg] = await cell.evaluate((el) => {
        const style = getComputedStyle(el);
        return [style.backgroundColor, style.color];
      });
      const rgb = (css: string): [number, number, number] => {
        const [r = 0, g = 0, b = 0] = (css.match(/\d+(\.\d+)?/g) ?? []).map(Number);
        return [r, g, b];
      };
      const ratio = contrast(relativeLuminance(rgb(bg)), relativeLuminance(rgb(fg)));
      expect(ratio, `${step}: ${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    }
  });
  it('keeps its four steps apart in grey, lightest below 25 and darkest from 75, each at least 0.08 apart', async () => {
    // (through the CSSOM: the page's CSP rightly refuses an added <style>)
    await shared().page.evaluate(() => (document.documentElement.style.filter = 'grayscale(1)'));
    const luminances: number[] = [];
    for (const step of STEPS) {
      const cell = shared().page.locator(`td.${step}`).first();
      // the cell's own text is hidden for the measurement, so the background is what is seen
      await cell.evaluate((el) => ((el as HTMLElement).style.color = 'transparent'));
      const colour = dominantColour(decodePng(await cell.screenshot()));
      expect(Math.max(...colour) - Math.min(...colour), `${step} is grey`).toBeLessThanOrEqual(2);
      luminances.push(relativeLuminance(colour));
    }
    const shown = luminances.map((l) => l.toFixed(3)).join(', ');
    for (let i = 1; i < luminances.length; i++) {
      expect((luminances[i - 1] ?? 0) - (luminances[i] ?? 0), shown).toBeGreaterThanOrEqual(0.08);
    }
  });
});
