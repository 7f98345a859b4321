import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HtmlPage, openHtml, startChromium } from '../helpers/browser.js';
import { ROOT } from '../helpers/cli.js';
import { runMain } from '../helpers/main.js';

/**
 * Issue 10 item 19: a note of one 3,000-character word (a pasted URL, a
 * file path, a hash) made the criteria table 52,229 px wide. The table keeps
 * to the page at screen and print width (phone width is issue 17's reflow:
 * its tables are wider than 390 px with or without the word).
 */
const dir = mkdtempSync(join(tmpdir(), 'efa-longword-'));
const word = 'Aktenzeichen'.repeat(250);
const assessment = readFileSync(join(ROOT, 'examples', 'musterstadt.yaml'), 'utf8').replace(
  /^ {2}reuse\.cost-avv: 2$/m,
  `  reuse.cost-avv:\n    value: 2\n    note: ${word}\n    evidence:\n      - ${word}`,
);
const file = join(dir, 'lang.yaml');
writeFileSync(file, assessment);

const chromium = await startChromium();
afterAll(async () => {
  await chromium.close();
  rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!chromium.browser)(`a very long word${chromium.skipReason}`, () => {
  // the report is rendered once and loaded once; each case sets its width and media
  let shared: HtmlPage | undefined;
  beforeAll(async () => {
    const run = await runMain(['report', file, '--format', 'html']);
    expect(run.code).toBe(0);
    if (!chromium.browser) return;
    shared = await openHtml(chromium.browser, run.stdout);
  });
  afterAll(() => shared?.close());

  it.each([
    ['screen', 1280],
    ['print', 680],
  ] as const)('keeps the criteria table within the page (%s, %d px)', async (media, width) => {
    expect(assessment).toContain(word);
    if (!shared) throw new Error('no page');
    const page = shared;
    {
      await page.page.setViewportSize({ width, height: 900 });
      await page.page.emulateMedia({ media });
      const widths = await page.page.evaluate(() => {
        const doc = (
          globalThis as unknown as {
            document: {
              documentElement: { scrollWidth: number; clientWidth: number };
              querySelectorAll(s: string): ArrayLike<{ scrollWidth: number; textContent: string }>;
            };
          }
        ).document;
        const tables = Array.from(doc.querySelectorAll('table'));
        const withWord = tables.filter((t) => t.textContent.includes('AktenzeichenAktenzeichen'));
        return {
          page: doc.documentElement.scrollWidth - doc.documentElement.clientWidth,
          table: Math.max(...withWord.map((t) => t.scrollWidth)),
          found: withWord.length,
        };
      });
      expect(widths.found).toBeGreaterThan(0);
      expect(widths.table).toBeLessThanOrEqual(width);
      expect(widths.page).toBeLessThanOrEqual(0);
    }
  });
});
