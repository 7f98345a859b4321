/**
 * The questionnaire page in a real headless Firefox (Debian's firefox-esr,
 * driven over WebDriver BiDi by puppeteer-core; see test/helpers/firefox.ts),
 * opened from a file: URL with every other request aborted and recorded:
 * filled by keyboard, its live result against `efa-readiness score`, restored
 * after a reload and after Firefox is closed and opened again, downloaded and
 * checked with the CLI, imports with errors, the restart dialog, axe-core.
 * Downloads are real: Firefox saves them into a folder set per browser context
 * (BiDi `browser.setDownloadBehavior`). browser.test.ts covers the rest in Chromium.
 * Skipped with the reason when no Firefox is found, except under CI=true.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ElementHandle, KeyInput } from 'puppeteer-core';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { formatViolations } from '../helpers/browser.js';
import {
  downloadIn,
  type FirefoxPage,
  openInFirefox,
  runAxeIn,
  startFirefox,
} from '../helpers/firefox.js';
import { EXAMPLES } from './helpers.js';
import {
  cliResult,
  expectedNumbers,
  fillByKeyboard,
  focusedField,
  formHtml,
  readPageNumbers,
  scratchDir,
} from './in-browser.js';

const firefox = await startFirefox();
const dir = scratchDir();
const NOT_SAVED =
  'Automatisches Speichern ist in diesem Browser nicht möglich: bitte zwischendurch als YAML herunterladen.';

/** Click "YAML herunterladen" and return the file Firefox saved. */
function download(page: FirefoxPage): Promise<{ name: string; text: string }> {
  return downloadIn(page, () => page.page.locator('::-p-text(YAML herunterladen)').click());
}

const numbers = (page: FirefoxPage): Promise<Record<string, string>> =>
  page.page.evaluate(readPageNumbers);
const saveStatus = (page: FirefoxPage): Promise<string> =>
  page.page.$eval('#save-status', (e) => e.textContent);
const valueOf = (page: FirefoxPage, id: string): Promise<string> =>
  page.page.$eval(`[id="${id}"]`, (e) => (e as HTMLInputElement).value);

function expectClean(page: FirefoxPage): void {
  expect(page.requests).toEqual([]);
  expect(page.consoleErrors).toEqual([]);
  expect(page.pageErrors).toEqual([]);
  expect(page.dialogs).toEqual([]);
}

const name = `the questionnaire in Firefox ${firefox.version.replace('firefox/', '')}${firefox.skipReason}`;
describe.skipIf(!firefox.browser)(name, () => {
  const browser = (): NonNullable<typeof firefox.browser> => {
    if (!firefox.browser) throw new Error('no browser');
    return firefox.browser;
  };
  afterAll(() => firefox.close());

  it('records and aborts a request that leaves file: (so "no request" below means something)', async () => {
    const page = await openInFirefox(
      browser(),
      '<!doctype html><title>t</title><img alt="" src="http://example.invalid/x.png">',
    );
    try {
      expect(page.requests).toHaveLength(1);
      expect(page.requests[0]).toMatch(/^https?:\/\/example\.invalid\/x\.png$/);
    } finally {
      await page.close();
    }
  });

  it('is filled in by keyboard alone, shows what `score` says, is restored after a reload, and downloads what the CLI scores alike', async () => {
    const page = await openInFirefox(browser(), await formHtml(dir, []));
    try {
      await fillByKeyboard({
        // BiDi names the space bar by its character
        press: (key) => page.page.keyboard.press((key === 'Space' ? ' ' : key) as KeyInput),
        type: (text) => page.page.keyboard.type(text),
        focused: () => page.page.evaluate(focusedField),
      });
      expect(await saveStatus(page)).toMatch(/^gespeichert \d\d:\d\d$/);
      const shown = await numbers(page);
      const { name, text } = await download(page);
      expect(name).toBe('tastaturhausen.yaml');
      const result = await cliResult(dir, text);
      expect(result.municipality).toMatchObject({
        name: 'Tastaturhausen',
        type: 'stadt',
        state: 'HE',
        population: 23000,
      });
      expect(result.coverage).toBe(100);
      expect(shown).toEqual(expectedNumbers(result));
      expect(
        (parse(text) as { answers: Record<string, unknown> }).answers['reuse.legal-route'],
      ).toEqual({ value: 'fit-store', note: 'per Tastatur' });

      await page.page.reload({ waitUntil: 'load' });
      await expect
        .poll(() => saveStatus(page))
        .toMatch(/^Frühere Eingaben wiederhergestellt \(gespeichert \d\d:\d\d\)$/);
      expect(await valueOf(page, 'f-municipality.name')).toBe('Tastaturhausen');
      expect(await numbers(page)).toEqual(expectedNumbers(result));
      expect((await download(page)).text).toBe(text);
      expectClean(page);
    } finally {
      await page.close();
    }
  }, 240_000);

  it(
    'keeps the entries when Firefox is closed and opened again; with storage switched off it says so at once',
    { timeout: 300_000 }, // three launches of Firefox
    async () => {
      // localStorage of file: pages lives in the profile and is one store for
      // all of them (as in Chromium): keyed by catalogue, not by the file's path.
      const profile = mkdtempSync(join(dir, 'profile-'));
      const file = join(dir, 'kept.html');
      const copy = join(dir, 'copy-elsewhere.html');
      const html = await formHtml(dir, []);
      writeFileSync(file, html);
      writeFileSync(copy, html);
      const criterion = 'reuse.it-provider';

      const first = await startFirefox({ userDataDir: profile });
      try {
        const page = await openInFirefox(first.browser!, '', { context: 'default', file });
        await page.page.type('[id="f-municipality.name"]', 'Wiederoffen');
        await page.page.focus(`[name="a-${criterion}"]`);
        await page.page.keyboard.press('3');
        await expect.poll(() => saveStatus(page)).toMatch(/^gespeichert \d\d:\d\d$/);
        expectClean(page);
        await page.close();
      } finally {
        await first.close();
      }

      const second = await startFirefox({ userDataDir: profile });
      try {
        for (const opened of [file, copy]) {
          const page = await openInFirefox(second.browser!, '', {
            context: 'default',
            file: opened,
          });
          expect(await saveStatus(page)).toMatch(/^Frühere Eingaben wiederhergestellt/);
          expect(await valueOf(page, 'f-municipality.name')).toBe('Wiederoffen');
          expect(
            await page.page.$eval(
              `[name="a-${criterion}"]:checked`,
              (e) => (e as HTMLInputElement).dataset.digit,
            ),
          ).toBe('3');
          expectClean(page);
          await page.close();
        }
      } finally {
        await second.close();
      }

      const off = await startFirefox({
        userDataDir: profile,
        prefs: { 'dom.storage.enabled': false },
      });
      try {
        const page = await openInFirefox(off.browser!, '', { context: 'default', file });
        expect(await saveStatus(page)).toBe(NOT_SAVED);
        expect(await valueOf(page, 'f-municipality.name')).toBe('');
        await page.page.type('[id="f-municipality.name"]', 'Ohnespeicher');
        expect(await saveStatus(page)).toBe(NOT_SAVED);
        expectClean(page);
        await page.close();
      } finally {
        await off.close();
      }
    },
  );

  it('downloads a --from file unchanged and shows the numbers `score` gives for it', async () => {
    const source = join(EXAMPLES, 'musterstadt.yaml');
    const page = await openInFirefox(browser(), await formHtml(dir, ['--from', source]));
    try {
      const { name, text } = await download(page);
      expect(name).toBe('musterstadt.yaml');
      expect(parse(text)).toEqual(parse(readFileSync(source, 'utf8')));
      expect(await numbers(page)).toEqual(
        expectedNumbers(await cliResult(dir, text, 'musterstadt.yaml')),
      );
      expectClean(page);
    } finally {
      await page.close();
    }
  });

  it('imports a file with errors and shows every problem with its line', async () => {
    const page = await openInFirefox(browser(), await formHtml(dir, []));
    try {
      const broken = join(dir, 'fehler.yaml');
      writeFileSync(
        broken,
        [
          'format: efa-readiness/assessment/v1',
          'catalogue: efa-default@1.0.0',
          'municipality: {name: Beispielau, type: dorf, state: HE}',
          'answers:',
          '  reuse.legal-route: 7',
          '  reuse.it-providr: 2',
          '',
        ].join('\n'),
      );
      const input = (await page.page.$('#import-file')) as ElementHandle<HTMLInputElement>;
      await input.uploadFile(broken);
      await expect
        .poll(() => page.page.$eval('#notice', (e) => e.textContent))
        .toContain('fehler.yaml wurde nicht geladen: 3 Problem(e).');
      const lines = await page.page.$$eval('#notice li', (items) =>
        items.map((li) => li.textContent),
      );
      expect(lines.map((l) => /^fehler\.yaml:(\d+):\d+/.exec(l)?.[1])).toEqual(['3', '5', '6']);
      expect(lines[2]).toContain('reuse.it-provider');
      expectClean(page);
    } finally {
      await page.close();
    }
  });

  it('"Neu beginnen" asks first; Escape keeps the entries, the confirmation discards them', async () => {
    const page = await openInFirefox(browser(), await formHtml(dir, []));
    try {
      await page.page.type('[id="f-municipality.name"]', 'Vergesslingen');
      await expect.poll(() => saveStatus(page)).toMatch(/^gespeichert \d\d:\d\d$/);
      const restart = page.page.locator('::-p-text(Neu beginnen)');
      await restart.click();
      const open = (): Promise<boolean> =>
        page.page.evaluate(() => document.querySelector('dialog')?.open ?? false);
      expect(await open()).toBe(true);
      await page.page.keyboard.press('Escape');
      expect(await open()).toBe(false);
      expect(await valueOf(page, 'f-municipality.name')).toBe('Vergesslingen');
      await restart.click();
      await page.page.locator('::-p-text(Ja, alles verwerfen)').click();
      expect(await valueOf(page, 'f-municipality.name')).toBe('');
      await page.page.reload({ waitUntil: 'load' });
      expect(await valueOf(page, 'f-municipality.name')).toBe('');
      expectClean(page);
    } finally {
      await page.close();
    }
  });

  it('has no axe-core violation of WCAG 2.1 A/AA', { timeout: 180_000 }, async () => {
    const page = await openInFirefox(
      browser(),
      await formHtml(dir, ['--from', join(EXAMPLES, 'beispielhausen.yaml')]),
    );
    try {
      expect(formatViolations(await runAxeIn(page.page))).toBe('');
      expectClean(page);
    } finally {
      await page.close();
    }
  });
});
