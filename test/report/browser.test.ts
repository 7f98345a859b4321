/**
 * The HTML report in a real headless Chromium (Debian's chromium through
 * playwright-core): WCAG 2.1 AA with axe-core, something visible on screen,
 * no request to any host, hostile strings inert, print layout within A4 and
 * a PDF with pages. Skipped with the reason when no Chromium is found, except
 * under CI=true, where a missing browser fails the run.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { printPdf } from '../../src/report/pdf.js';
import { formatViolations, openHtml, runAxe, startChromium } from '../helpers/browser.js';
import { ROOT } from '../helpers/cli.js';
import { hostile } from './fixture.js';
import { fixtureInputs, html } from './render-helpers.js';

const GOLDEN = join(ROOT, 'test', 'golden', 'report');
const goldens = existsSync(GOLDEN)
  ? readdirSync(GOLDEN)
      .filter((f) => f.endsWith('.html'))
      .sort()
  : [];

const chromium = await startChromium();

describe.skipIf(!chromium.browser)(`HTML report in Chromium${chromium.skipReason}`, () => {
  const browser = (): NonNullable<typeof chromium.browser> => {
    if (!chromium.browser) throw new Error('no browser');
    return chromium.browser;
  };
  afterAll(() => chromium.close());

  it('has golden HTML reports to check', () => {
    expect(goldens.length).toBeGreaterThan(0);
  });

  it.each(goldens)(
    '%s: no axe-core violation of WCAG 2.1 A/AA, nothing loaded, no console error',
    async (name) => {
      const page = await openHtml(browser(), readFileSync(join(GOLDEN, name), 'utf8'));
      try {
        const violations = await runAxe(page.page);
        expect(formatViolations(violations)).toBe('');
        expect(page.requests).toEqual([]);
        expect(page.consoleErrors).toEqual([]);
        expect(page.pageErrors).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );

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
        await page.page.waitForTimeout(200);
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

  it.each(goldens)('%s prints within A4: nothing wider than the printable width', async (name) => {
    // A4 is 210 mm wide; the print stylesheet leaves 180 mm (15 mm margins): 680 CSS px.
    const page = await openHtml(browser(), readFileSync(join(GOLDEN, name), 'utf8'), {
      viewport: { width: 680, height: 960 },
    });
    try {
      await page.page.emulateMedia({ media: 'print' });
      const overflow = await page.page.evaluate(() => {
        const doc = (
          globalThis as unknown as {
            document: { documentElement: { scrollWidth: number; clientWidth: number } };
          }
        ).document;
        return doc.documentElement.scrollWidth - doc.documentElement.clientWidth;
      });
      expect(overflow).toBeLessThanOrEqual(0);
    } finally {
      await page.close();
    }
  });

  it('prints a PDF with several A4 pages', async () => {
    const name = goldens.find((g) => g.endsWith('.de.html')) ?? goldens[0] ?? '';
    const pdf = await printPdf(readFileSync(join(GOLDEN, name), 'utf8'), {
      env: process.env,
      lang: 'de',
    });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdf.toString('latin1');
    const pages = text.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    expect(pages).toBeGreaterThan(1);
    // A4 in PDF points: 595 × 842.
    expect(text).toMatch(/\/MediaBox\s*\[0 0 59[45](\.\d+)? 84[12](\.\d+)?\]/);
  });
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
