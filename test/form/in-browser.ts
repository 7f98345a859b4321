/**
 * What the questionnaire's browser tests share, whichever browser and driver
 * they use (Chromium through playwright-core in browser.test.ts, Firefox
 * through puppeteer-core in firefox.test.ts): making the page with the CLI,
 * scoring a downloaded file with the CLI, reading the numbers the page shows,
 * and filling the whole page by keyboard. The in-page functions are passed to
 * the driver's `evaluate`, so they use nothing but the page's globals.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Result } from '../../src/model/types.js';
import { runMain } from './helpers.js';

/** A temporary folder for the pages and files of one test file. */
export function scratchDir(): string {
  return mkdtempSync(join(tmpdir(), 'efa-form-'));
}

/** `efa-readiness form …` in-process; the page's HTML. */
export async function formHtml(dir: string, args: string[], name = 'form.html'): Promise<string> {
  const output = join(dir, `${Math.random().toString(36).slice(2)}-${name}`);
  const run = await runMain(['form', ...args, '--output', output]);
  if (run.code !== 0) throw new Error(run.err);
  return readFileSync(output, 'utf8');
}

/** The CLI's result (`validate`, then `score --format json`) for a YAML text. */
export async function cliResult(
  dir: string,
  text: string,
  name = 'download.yaml',
): Promise<Result> {
  const file = join(dir, name);
  writeFileSync(file, text);
  const validate = await runMain(['validate', file]);
  expect(validate.code, validate.err).toBe(0);
  const run = await runMain(['score', file, '--format', 'json']);
  expect(run.code, run.err).toBe(0);
  return JSON.parse(run.out) as Result;
}

/** In the page: the numbers it shows, as text (see expectedNumbers). */
export function readPageNumbers(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const element of document.querySelectorAll('[data-result]')) {
    out[element.getAttribute('data-result') ?? ''] = element.textContent;
  }
  const band = document.querySelector('[data-band]')?.getAttribute('data-band') ?? '';
  out.bandId = band;
  delete out.band; // the label; the id is compared

  for (const gate of document.querySelectorAll('[data-gate]')) {
    out[`gate:${gate.getAttribute('data-gate') ?? ''}`] = gate.className;
  }
  for (const service of document.querySelectorAll('[data-service]')) {
    out[`service:${service.getAttribute('data-service') ?? ''}`] =
      service.getAttribute('data-band') ?? '';
  }
  const next = document.querySelector('[data-next-band]');
  out.nextBand = next?.getAttribute('data-next-band') ?? '';
  out.nextSteps = [...document.querySelectorAll('[data-step]')]
    .map((step) => step.getAttribute('data-step') ?? '')
    .join(' ');
  return out;
}

/** What the CLI's result says, written as the page writes it (German). */
export function expectedNumbers(result: Result): Record<string, string> {
  const de = (n: number | null): string => (n === null ? '—' : n.toFixed(1).replace('.', ','));
  const out: Record<string, string> = {
    score: `${de(result.score)} von 100`,
    coverage: `${de(result.coverage)} %`,
    bandId: result.band ?? '',
  };
  for (const d of result.dimensions) out[`dimension:${d.id}`] = de(d.score);
  for (const g of result.gates) out[`gate:${g.criterion}`] = g.passed ? 'passed' : 'failed';
  for (const sv of result.services)
    out[`service:${sv.id}`] = sv.applicable ? (sv.band ?? '') : 'n/a';
  out.nextBand = result.next_band?.band ?? '';
  out.nextSteps = (result.next_band?.steps ?? []).map((step) => step.criterion).join(' ');
  return out;
}

export interface Focused {
  id: string;
  tag: string;
  type: string;
  name: string;
  checked: boolean;
  inResult: boolean;
  /** The level digits of the focused radio's group. */
  digits: string[];
}

/** In the page: what has the focus. */
export function focusedField(): Focused {
  const e = document.activeElement as HTMLInputElement | null;
  return {
    id: e?.id ?? '',
    tag: e?.tagName ?? '',
    type: e?.type ?? '',
    name: e?.name ?? '',
    checked: e?.checked ?? false,
    inResult: e?.closest('#result') !== null,
    digits: e?.name
      ? [...document.querySelectorAll<HTMLInputElement>(`input[name="${e.name}"]`)].map(
          (r) => r.dataset.digit ?? '',
        )
      : [],
  };
}

/** The keyboard and the focus, as each driver gives them. */
export interface KeyboardDriver {
  press(key: string): Promise<unknown>;
  type(text: string): Promise<unknown>;
  focused(): Promise<Focused>;
}

/**
 * Tab through the whole page from the top, pressing only keys: the
 * municipality block by typing and arrow keys, each radio group by a digit,
 * numbers typed, the first checklist item by Space, one note typed. Ends as
 * the focus reaches the result; the municipality is then Tastaturhausen, a
 * Stadt in Hessen with 23.000 inhabitants.
 */
export async function fillByKeyboard(k: KeyboardDriver): Promise<void> {
  for (let step = 0; step < 1500; step++) {
    await k.press('Tab');
    const at = await k.focused();
    if (at.inResult) return;
    if (at.id === 'f-municipality.name') await k.type('Tastaturhausen');
    else if (at.id === 'f-municipality.type')
      for (let i = 0; i < 2; i++) await k.press('ArrowDown');
    else if (at.id === 'f-municipality.state')
      for (let i = 0; i < 7; i++) await k.press('ArrowDown');
    else if (at.id === 'f-municipality.population') await k.type('23.000');
    else if (at.id === 'f-assessment.method') await k.press('ArrowDown');
    else if (at.id === 'note-reuse.legal-route') await k.type('per Tastatur');
    else if (at.type === 'radio' && at.name.startsWith('a-')) {
      const digits = at.digits.filter((d) => d !== '');
      await k.press(digits[(step * 7) % digits.length] ?? '1');
    } else if (at.type === 'radio' && at.name.startsWith('m-') && !at.checked)
      await k.press('ArrowLeft');
    else if (at.tag === 'INPUT' && at.id.startsWith('n-')) await k.type('42');
    else if (at.type === 'checkbox' && at.id.endsWith('-0')) await k.press('Space');
  }
  throw new Error('the result was never reached by Tab');
}
