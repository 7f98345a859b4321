/**
 * The HTML report in a real headless Chromium (Debian's chromium through
 * playwright-core): WCAG 2.1 AA with axe-core, something visible on screen,
 * no request to any host, hostile strings inert, print layout within A4 (the
 * PDF itself is checked in page-one.test.ts). Skipped with the reason when no
 * Chromium is found, except under CI=true, where a missing browser fails the run.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  formatViolations,
  type HtmlPage,
  nextFrame,
  openHtml,
  runAxe,
  startChromium,
} from '../helpers/browser.js';
import { ROOT } from '../helpers/cli.js';
import { hostile } from './fixture.js';
import { fixtureInputs, html } from './render-helpers.js';

const GOLDEN = join(ROOT, 'test', 'golden', 'report');
const goldens = existsSync(GOLDEN)
  ? readdirSync(GOLDEN)
      .filter((f) => f.endsWith('.html'))
      .sort()
  : [];

/** One golden per language for axe (see below). */
const AXE_GOLDENS = ['lahnhausen-he.de.html', 'beispieldorf-erstgespraech.en.html'];

const chromium = await startChromium();

describe.skipIf(!chromium.browser)(`HTML report in Chromium${chromium.skipReason}`, () => {
  const browser = (): NonNullable<typeof chromium.browser> => {
    if (!chromium.browser) throw new Error('no browser');
    return chromium.browser;
  };
  afterAll(() => chromium.close());

  it('has golden HTML reports to check, among them the ones axe reads', () => {
    expect(goldens.length).toBeGreaterThan(0);
    for (const name of AXE_GOLDENS) expect(goldens).toContain(name);
  });

  // axe on one golden per language (the overlay-catalogue one in German, the
  // not-yet-assessable one in English: the two page-1 variants) plus the fixture
  // report below (capped band, every answer type): the same template renders all
  // twelve goldens, so axe on each of them repeated the same verdict for ~40 s.
  it.each(AXE_GOLDENS)('%s: no axe-core violation of WCAG 2.1 A/AA', async (name) => {
    const page = await openHtml(browser(), readFileSync(join(GOLDEN, name), 'utf8'));
    try {
      expect(formatViolations(await runAxe(page.page))).toBe('');
    } finally {
      await page.close();
    }
  });

  it('the fixture report (capped band, every answer type) has no axe violation in either language', async () => {
    for (const lang of ['de', 'en'] as const) {
      const page = await openHtml(browser(), await html(fixtureInputs(), lang));
      try {
        expect(formatViolations(await runAxe(page.page))).toBe('');
      } finally {
        await page.close();
      }
    }
  });

  it('shows something: the screenshot is not blank and the radar chart is drawn', async () => {
    const page = await openHtml(browser(), await html(fixtureInputs(), 'de'));
    try {
      const png = await page.page.screenshot({ fullPage: false });
      expect(distinctBytes(png)).toBeGreaterThan(32);
      const radar = await page.page.locator('svg.radar').boundingBox();
      expect(radar?.width ?? 0).toBeGreaterThan(200);
      const heading = await page.page.locator('h1').textContent();
      expect(heading).toBe('Musterstadt');
    } finally {
      await page.close();
    }
  });

  it('hostile strings raise no dialog, no console error and inject no element, even without the CSP', async () => {
    const { catalogue, assessment, result } = hostile();
    for (const bypassCSP of [false, true]) {
      const page = await openHtml(browser(), await html({ catalogue, assessment, result }, 'de'), {
        bypassCSP,
      });
      try {
        await nextFrame(page.page);
        expect(page.dialogs).toEqual([]);
        expect(page.consoleErrors).toEqual([]);
        expect(page.pageErrors).toEqual([]);
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
            handlers: doc.querySelectorAll('[onerror],[onmouseover],[onclick]').length,
            badLinks: doc.querySelectorAll('a[href^="javascript"],a[href^="data"]').length,
          };
        });
        expect(counts).toEqual({ scripts: 1, images: 0, handlers: 0, badLinks: 0 });
        const embedded = await page.page.locator('#efa-result').textContent();
        expect(JSON.parse(embedded ?? '')).toEqual(result);
      } finally {
        await page.close();
      }
    }
  });

  describe('every golden, in one shared page', () => {
    let shared: HtmlPage | undefined;
    beforeAll(async () => {
      shared = await openHtml(browser(), '<!doctype html><title>-</title>');
    });
    afterAll(() => shared?.close());

    it.each(goldens)(
      '%s: nothing loaded, no console error; printed, nothing wider than A4',
      async (name) => {
        if (!shared) throw new Error('no page');
        const { page } = shared;
        await page.emulateMedia({ media: 'screen' });
        await shared.show(readFileSync(join(GOLDEN, name), 'utf8'), { width: 1280, height: 900 });
        expect(shared.requests).toEqual([]);
        expect(shared.consoleErrors).toEqual([]);
        expect(shared.pageErrors).toEqual([]);
        // A4 is 210 mm wide; the print stylesheet leaves 180 mm (15 mm margins): 680 CSS px.
        await page.setViewportSize({ width: 680, height: 960 });
        await page.emulateMedia({ media: 'print' });
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
      },
    );
  });
  // The PDF itself (A4 pages, footer, page breaks) is printed once per example in
  // page-one.test.ts; printing a golden here again only repeated its first check.
});

/** How many different byte values the PNG's pixel data has (a blank page has a handful). */
function distinctBytes(png: Buffer): number {
  const chunks: Buffer[] = [];
  let offset = 8;
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    if (type === 'IDAT') chunks.push(png.subarray(offset + 8, offset + 8 + length));
    offset += 12 + length;
  }
  return new Set(inflateSync(Buffer.concat(chunks))).size;
}
