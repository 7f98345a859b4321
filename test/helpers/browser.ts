/**
 * A small shared harness for tests in a real headless Chromium (Debian's
 * `chromium`, driven by playwright-core): load an HTML string from a temporary
 * file, record every request that leaves the page, collect console errors,
 * page errors and dialogs, and run axe-core with the WCAG 2.1 AA tags.
 *
 * One Chromium serves the whole run: test/helpers/browser-global.ts (vitest's
 * globalSetup) starts it, `startChromium()` connects to it. A file opens one
 * page per describe where its tests only need a fresh document, and loads the
 * next one with `show()` (a new file: URL, storage emptied):
 *
 *   const chromium = await startChromium();
 *   describe.skipIf(!chromium.browser)(`report in Chromium${chromium.skipReason}`, () => {
 *     let page: HtmlPage;
 *     beforeAll(async () => (page = await openHtml(chromium.browser!, html)));
 *     afterAll(async () => { await page.close(); await chromium.close(); });
 *     it('…', async () => { … });
 *   });
 *
 * Without a Chromium the suite is skipped with the reason in its name; under
 * `CI=true` `startChromium()` throws instead, so the test file fails.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AxeResults, Result as AxeViolation } from 'axe-core';
import { type Browser, type Page, chromium } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS, findChromium as findBrowser } from '../../src/report/pdf.js';

/** The axe-core tags of WCAG 2.1 level A and AA (what BITV 2.0 requires). */
export const WCAG21AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

/** The browser the PDF printer would use (src/report/pdf.ts decides, also for the tests), or undefined. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  try {
    return findBrowser({ env }, 'en');
  } catch {
    return undefined;
  }
}

export interface ChromiumHandle {
  /** The running browser, or undefined when the tests must be skipped. */
  browser: Browser | undefined;
  /** '' when running, else ` — skipped: <reason>` to append to a suite's name. */
  skipReason: string;
  close(): Promise<void>;
}

/**
 * Connect to the Chromium of the run (started once by browser-global.ts); run
 * without that globalSetup, launch one (a fresh user-data directory). Where none
 * is found or it cannot start, returns a handle without a browser (and says why
 * on stderr), except under `CI=true`, where it throws: CI must not pass by
 * skipping. `close()` disconnects (closing this file's contexts) or, for a
 * browser launched here, ends it.
 */
export async function startChromium(env: NodeJS.ProcessEnv = process.env): Promise<ChromiumHandle> {
  try {
    const browser = await connectOrLaunch(env);
    return { browser, skipReason: '', close: () => browser.close() };
  } catch (error) {
    const reason =
      error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
    if (env.CI === 'true') {
      throw new Error(`Chromium could not start under CI=true: ${reason}`, { cause: error });
    }
    process.stderr.write(`browser tests skipped: ${reason}\n`);
    return {
      browser: undefined,
      skipReason: ` — skipped: ${reason}`,
      close: () => Promise.resolve(),
    };
  }
}

async function connectOrLaunch(env: NodeJS.ProcessEnv): Promise<Browser> {
  const shared = inject('chromium') as { wsEndpoint: string; error: string } | undefined;
  if (shared !== undefined) {
    if (shared.wsEndpoint === '') throw new Error(shared.error);
    return chromium.connect(shared.wsEndpoint);
  }
  const executablePath = findChromium(env);
  if (executablePath === undefined) {
    throw new Error('no Chromium found (set CHROME_PATH or install it: apt-get install chromium)');
  }
  // Playwright gives every launch a fresh temporary profile (user-data dir)
  // and removes it on close.
  return chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS] });
}

export interface DialogRecord {
  type: string;
  message: string;
}

export interface HtmlPage {
  page: Page;
  /** The file: URL the HTML was loaded from. */
  url: string;
  /** Every request that was not for a file: or data: URL (they are all aborted). */
  requests: string[];
  /** Console messages of type error. */
  consoleErrors: string[];
  /** Uncaught exceptions in the page. */
  pageErrors: string[];
  /** alert/confirm/prompt/beforeunload dialogs (each dismissed). */
  dialogs: DialogRecord[];
  /**
   * Load other HTML into the same page (a new file beside the first), with the
   * records above and the page's localStorage and sessionStorage emptied, so it
   * starts as in a fresh context: many documents checked in one context cost
   * one context, not one each.
   */
  show(html: string, viewport?: { width: number; height: number }): Promise<void>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /**
   * Ignore the page's Content-Security-Policy. Use it for hostile-input tests:
   * escaping must hold on its own, not only because the CSP blocks scripts.
   */
  bypassCSP?: boolean;
  /** Viewport, default 1280×900. */
  viewport?: { width: number; height: number };
  /** Run the page's scripts (default); false reads it as with JavaScript switched off. */
  javaScriptEnabled?: boolean;
}

/**
 * Write `html` to a temporary file and open it in a new browser context.
 * Every request other than file: and data: is recorded and aborted, so a test
 * can assert that a page loads nothing from any host.
 */
export async function openHtml(
  browser: Browser,
  html: string,
  options: OpenOptions = {},
): Promise<HtmlPage> {
  const dir = await mkdtemp(join(tmpdir(), 'efa-page-'));
  const file = join(dir, 'page.html');
  await writeFile(file, html, 'utf8');
  const url = pathToFileURL(file).href;

  const context = await browser.newContext({
    bypassCSP: options.bypassCSP ?? false,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  const dialogs: DialogRecord[] = [];

  await context.route('**/*', async (route) => {
    const target = route.request().url();
    if (target.startsWith('file:') || target.startsWith('data:')) await route.continue();
    else await route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('request', (request) => {
    const target = request.url();
    if (!target.startsWith('file:') && !target.startsWith('data:')) requests.push(target);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('dialog', (dialog) => {
    dialogs.push({ type: dialog.type(), message: dialog.message() });
    void dialog.dismiss().catch(() => undefined);
  });

  await page.goto(url, { waitUntil: 'load' });
  let shown = 0;
  return {
    page,
    url,
    requests,
    consoleErrors,
    pageErrors,
    dialogs,
    show: async (next, viewport) => {
      shown += 1;
      const nextFile = join(dir, `page-${shown}.html`);
      await writeFile(nextFile, next, 'utf8');
      await page.evaluate(() => {
        localStorage.clear();
        sessionStorage.clear();
      });
      for (const list of [requests, consoleErrors, pageErrors, dialogs]) list.length = 0;
      if (viewport !== undefined) await page.setViewportSize(viewport);
      await page.goto(pathToFileURL(nextFile).href, { waitUntil: 'load' });
    },
    close: async () => {
      await context.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

let axeSource: string | undefined;

async function readAxeSource(): Promise<string> {
  if (axeSource === undefined) {
    const require = createRequire(import.meta.url);
    axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  }
  return axeSource;
}

/**
 * Run axe-core in the page with the WCAG 2.1 A/AA tags and return its
 * violations. axe is evaluated through the DevTools protocol, which a page's
 * CSP does not restrict, so the page under test keeps its own policy.
 */
export async function runAxe(
  page: Page,
  tags: readonly string[] = WCAG21AA_TAGS,
): Promise<AxeViolation[]> {
  const source = await readAxeSource();
  await page.evaluate(source);
  const results = await page.evaluate(
    async (runTags) => {
      // Runs in the page: `document` and `axe` are the page's globals.
      const page = globalThis as unknown as {
        axe: { run: (context: unknown, options: unknown) => Promise<unknown> };
        document: unknown;
      };
      return (await page.axe.run(page.document, {
        runOnly: { type: 'tag', values: runTags },
        resultTypes: ['violations'],
      })) as AxeResults;
    },
    [...tags],
  );
  return results.violations;
}

/** One line per violated rule and node, for a readable assertion message. */
export function formatViolations(violations: readonly AxeViolation[]): string {
  return violations
    .flatMap((v) =>
      v.nodes.map((n) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${n.target.join(' ')}`),
    )
    .join('\n');
}

/**
 * Wait until the page has drawn a frame after its load: what its scripts (or
 * injected markup) queued at load has then run, and any dialog it raised has
 * been recorded. An event to wait for, not a guessed delay.
 */
export async function nextFrame(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        requestAnimationFrame(() => {
          requestAnimationFrame(() => {
            resolve();
          });
        });
      }),
  );
}
