/**
 * The questionnaire page in a real headless Chromium (Debian's chromium through
 * playwright-core), opened from a file: URL with every other request aborted
 * and recorded: filled by keyboard alone, restored after a reload, downloaded
 * and checked against the CLI, imports with errors, hostile text, axe-core.
 * Skipped with the reason when no Chromium is found, except under CI=true.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import type { Result } from '../../src/model/types.js';
import {
  formatViolations,
  type HtmlPage,
  nextFrame,
  openHtml,
  runAxe,
  startChromium,
} from '../helpers/browser.js';
import { EXAMPLES, withOwnKeys } from './helpers.js';
import {
  cliResult as scoreWithCli,
  expectedNumbers,
  fillByKeyboard,
  focusedField,
  formHtml as makeForm,
  readPageNumbers,
  scratchDir,
} from './in-browser.js';

const chromium = await startChromium();
const dir = scratchDir();
const examples = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

const formHtml = (args: string[], name?: string): Promise<string> => makeForm(dir, args, name);
const cliResult = (text: string, name?: string): Promise<Result> => scoreWithCli(dir, text, name);
const pageNumbers = (page: Page): Promise<Record<string, string>> => page.evaluate(readPageNumbers);

/** Click "YAML herunterladen" and return the file's name and text. */
async function download(page: Page): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /YAML/ }).first().click(),
  ]);
  // (path() is not offered over a connection to a shared browser; the stream is)
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
  return { name: file.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
}

function expectClean(page: HtmlPage): void {
  expect(page.requests).toEqual([]);
  expect(page.consoleErrors).toEqual([]);
  expect(page.pageErrors).toEqual([]);
}

describe.skipIf(!chromium.browser)(`the questionnaire in Chromium${chromium.skipReason}`, () => {
  const browser = (): NonNullable<typeof chromium.browser> => {
    if (!chromium.browser) throw new Error('no browser');
    return chromium.browser;
  };
  afterAll(() => chromium.close());

  it('is filled in by keyboard alone, restored after a reload, and downloads what the CLI scores alike', async () => {
    const page = await openHtml(browser(), await formHtml([]));
    try {
      await fillByKeyboard({
        press: (key) => page.page.keyboard.press(key),
        type: (text) => page.page.keyboard.type(text),
        focused: () => page.page.evaluate(focusedField),
      });
      const shown = await pageNumbers(page.page);
      const { name, text } = await download(page.page);
      expect(name).toBe('tastaturhausen.yaml');
      const result = await cliResult(text);
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
      ).toEqual({
        value: 'fit-store',
        note: 'per Tastatur',
      });

      await page.page.reload();
      await expect
        .poll(() => page.page.locator('#save-status').textContent())
        .toMatch(/wiederhergestellt \(gespeichert \d\d:\d\d\)/);
      expect(await page.page.locator('#f-municipality\\.name').inputValue()).toBe('Tastaturhausen');
      expect(await pageNumbers(page.page)).toEqual(expectedNumbers(result));
      expect((await download(page.page)).text).toBe(text);
      expectClean(page);
    } finally {
      await page.close();
    }
  }, 180_000);

  it(
    '"Neu beginnen" asks first; only a confirmation discards the entries',
    { timeout: 120_000 },
    async () => {
      const page = await openHtml(browser(), await formHtml([]));
      try {
        const name = page.page.locator('#f-municipality\\.name');
        await name.fill('Vergesslingen');
        await expect
          .poll(() => page.page.locator('#save-status').textContent())
          .toMatch(/^gespeichert \d\d:\d\d$/);
        await page.page.getByRole('button', { name: 'Neu beginnen' }).click();
        const dialog = page.page.getByRole('dialog', { name: 'Neu beginnen?' });
        await expect.poll(() => dialog.isVisible()).toBe(true);
        await page.page.keyboard.press('Escape');
        expect(await name.inputValue()).toBe('Vergesslingen');
        await page.page.getByRole('button', { name: 'Neu beginnen' }).click();
        await page.page.getByRole('button', { name: 'Ja, alles verwerfen' }).click();
        expect(await page.page.locator('#f-municipality\\.name').inputValue()).toBe('');
        await page.page.reload();
        expect(await page.page.locator('#f-municipality\\.name').inputValue()).toBe('');
        expect(page.dialogs).toEqual([]);
        expectClean(page);
      } finally {
        await page.close();
      }
    },
  );

  it(
    'will not download an incomplete assessment: each error at its field, described by it',
    { timeout: 120_000 },
    async () => {
      const page = await openHtml(browser(), await formHtml([]));
      try {
        await page.page.getByRole('button', { name: /YAML/ }).first().click();
        const summary = page.page.locator('#error-summary');
        expect(await summary.isVisible()).toBe(true);
        expect(await page.page.evaluate(() => document.activeElement?.id)).toBe('error-summary');
        const name = page.page.locator('#f-municipality\\.name');
        expect(await name.getAttribute('aria-invalid')).toBe('true');
        expect(await name.getAttribute('aria-describedby')).toBe('err-municipality.name');
        expect(await page.page.locator('#err-municipality\\.name').textContent()).not.toBe('');
        await name.fill('Beispielau');
        expect(await name.getAttribute('aria-invalid')).toBeNull();
        expect(formatViolations(await runAxe(page.page))).toBe('');
        expectClean(page);
      } finally {
        await page.close();
      }
    },
  );

  it(
    'imports a file with errors and shows every problem with its line; hostile text stays text',
    { timeout: 120_000 },
    async () => {
      for (const bypassCSP of [false, true]) {
        const page = await openHtml(browser(), await formHtml([]), { bypassCSP });
        try {
          const broken = [
            'format: efa-readiness/assessment/v1',
            'catalogue: efa-default@1.0.0',
            'municipality: {name: Beispielau, type: dorf, state: HE}',
            'answers:',
            '  reuse.legal-route: 7',
            '  reuse.it-providr: 2',
            '',
          ].join('\n');
          await page.page.setInputFiles('#import-file', {
            name: 'fehler.yaml',
            mimeType: 'application/yaml',
            buffer: Buffer.from(broken),
          });
          const notice = page.page.locator('#notice');
          await expect
            .poll(() => notice.textContent())
            .toContain('fehler.yaml wurde nicht geladen: 3 Problem(e).');
          const lines = await notice.locator('li').allTextContents();
          expect(lines.map((l) => /^fehler\.yaml:(\d+):\d+/.exec(l)?.[1])).toEqual(['3', '5', '6']);
          expect(lines[2]).toContain('reuse.it-provider');

          const hostile = [
            'format: efa-readiness/assessment/v1',
            'catalogue: efa-default@1.0.0',
            'municipality: {name: "<img src=x onerror=alert(1)>", type: stadt, state: HE}',
            'answers:',
            '  reuse.legal-route:',
            '    value: fit-store',
            '    note: "</textarea><script>alert(2)</script>"',
            '    evidence: ["<a href=javascript:alert(3)>x</a>"]',
            '',
          ].join('\n');
          await page.page.setInputFiles('#import-file', {
            name: 'feind.yaml',
            mimeType: 'application/yaml',
            buffer: Buffer.from(hostile),
          });
          await expect.poll(() => notice.textContent()).toContain('feind.yaml geladen.');
          await expect
            .poll(() => page.page.locator('#f-municipality\\.name').inputValue())
            .toBe('<img src=x onerror=alert(1)>');
          await nextFrame(page.page);
          expect(await page.page.locator('#note-reuse\\.legal-route').inputValue()).toBe(
            '</textarea><script>alert(2)</script>',
          );
          const counts = await page.page.evaluate(() => ({
            scripts: document.querySelectorAll('script').length,
            images: document.querySelectorAll('img').length,
            links: document.querySelectorAll('a[href^="javascript"]').length,
          }));
          expect(counts).toEqual({ scripts: 2, images: 0, links: 0 });
          expect(page.dialogs).toEqual([]);
          const { text } = await download(page.page);
          expect(text).toBe(hostile);
          expectClean(page);
        } finally {
          await page.close();
        }
      }
    },
  );

  it.each(examples)(
    '%s: form --from, then download, gives the same answers, notes and evidence',
    async (example) => {
      const source = readFileSync(join(EXAMPLES, example), 'utf8');
      const page = await openHtml(browser(), await formHtml(['--from', join(EXAMPLES, example)]));
      try {
        const { name, text } = await download(page.page);
        expect(name).toBe(example);
        expect(parse(text)).toEqual(parse(source));
        expect(await pageNumbers(page.page)).toEqual(
          expectedNumbers(await cliResult(text, example)),
        );
        expectClean(page);
      } finally {
        await page.close();
      }
    },
  );

  it('keeps x- keys of a --from file through an edit and the download', async () => {
    const file = join(dir, 'eigene.yaml');
    writeFileSync(file, withOwnKeys(readFileSync(join(EXAMPLES, 'musterstadt.yaml'), 'utf8')));
    const page = await openHtml(browser(), await formHtml(['--from', file]));
    try {
      await page.page.locator('#note-reuse\\.it-provider').fill('im Formular geändert');
      const { text } = await download(page.page);
      const expected = parse(readFileSync(file, 'utf8')) as {
        answers: Record<string, Record<string, unknown>>;
      };
      expected.answers['reuse.it-provider']!.note = 'im Formular geändert';
      expect(parse(text)).toEqual(expected);
      expectClean(page);
    } finally {
      await page.close();
    }
  });

  it(
    'has no axe-core violation of WCAG 2.1 A/AA in German and, switched, in English',
    { timeout: 180_000 },
    async () => {
      const page = await openHtml(
        browser(),
        await formHtml(['--from', join(EXAMPLES, 'beispielhausen.yaml')]),
      );
      try {
        expect(formatViolations(await runAxe(page.page))).toBe('');
        await page.page.getByRole('button', { name: 'Switch to English' }).click();
        expect(await page.page.evaluate(() => document.documentElement.lang)).toBe('en');
        expect(await page.page.getByRole('button', { name: 'Download YAML' }).count()).toBe(1);
        expect(await page.page.evaluate(() => document.activeElement?.id)).toBe('language');
        expect(formatViolations(await runAxe(page.page))).toBe('');
        expectClean(page);
      } finally {
        await page.close();
      }
    },
  );

  it('records responsibility and stage per service, and scores them as the CLI does', async () => {
    const page = await openHtml(
      browser(),
      await formHtml(['--from', join(EXAMPLES, 'musterstadt.yaml')]),
    );
    try {
      const first = await page.page.locator('fieldset.service').first().getAttribute('id');
      const id = (first ?? '').replace(/^svc-/, '');
      await page.page.locator(`#s-${id}-1`).check();
      await page.page.selectOption(`#stage-${id}`, 'planned');
      await page.page.locator(`#snote-${id}`).fill('macht der Kreis');
      expect(await page.page.locator(`[data-service="${id}"]`).getAttribute('data-band')).toBe(
        'n/a',
      );
      const { text } = await download(page.page);
      const yaml = parse(text) as { services: Record<string, unknown> };
      expect(yaml.services[id]).toEqual({
        responsible: false,
        stage: 'planned',
        note: 'macht der Kreis',
      });
      const result = await cliResult(text, 'services.yaml');
      expect(result.services.find((s) => s.id === id)?.applicable).toBe(false);
      expect(await pageNumbers(page.page)).toEqual(expectedNumbers(result));
      expectClean(page);
    } finally {
      await page.close();
    }
  });

  it('hides what does not apply as the municipality changes', async () => {
    const page = await openHtml(browser(), await formHtml([]));
    try {
      // staff.association-governance applies only to a Verbund (applies_when: {type: [verbund]})
      const verbundOnly = page.page.locator('#c-staff\\.association-governance');
      await page.page.selectOption('#f-municipality\\.type', 'verbund');
      expect(await verbundOnly.isVisible()).toBe(true);
      await page.page.selectOption('#f-municipality\\.type', 'gemeinde');
      expect(await verbundOnly.isVisible()).toBe(false);
      expect(await page.page.locator('fieldset.criterion:visible').count()).toBeGreaterThan(30);
      expectClean(page);
    } finally {
      await page.close();
    }
  });

  it('fits a phone: nothing wider than 390 px', async () => {
    const page = await openHtml(
      browser(),
      await formHtml(['--from', join(EXAMPLES, 'musterstadt.yaml')]),
      {
        viewport: { width: 390, height: 844 },
      },
    );
    try {
      const overflow = await page.page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    } finally {
      await page.close();
    }
  });
});
