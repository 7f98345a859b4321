/**
 * Tests in a real headless Firefox: Debian's `firefox-esr`, driven over
 * WebDriver BiDi by puppeteer-core. Playwright drives only its own patched
 * Firefox build, which cannot be downloaded here, and geckodriver is not in
 * Debian; puppeteer-core speaks BiDi to a stock Firefox directly.
 *
 * Like test/helpers/browser.ts for Chromium: load an HTML string from a
 * temporary file, abort and record every request that is not for a file:,
 * data: or blob: URL, collect console errors, page errors, CSP violations and
 * dialogs, catch downloads in a folder, run axe-core.
 *
 *   const firefox = await startFirefox();
 *   describe.skipIf(!firefox.browser)(`… in Firefox${firefox.skipReason}`, () => { … });
 *
 * Without a Firefox the suite is skipped with the reason in its name (and a
 * line on stderr); under `CI=true` `startFirefox()` throws instead.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AxeResults, Result as AxeViolation } from 'axe-core';
import puppeteer, { type Browser, type BrowserContext, type Page } from 'puppeteer-core';
import { WCAG21AA_TAGS } from './browser.js';

/** Where Debian installs Firefox ESR (`apt-get install firefox-esr`); FIREFOX_PATH overrides it. */
export const FIREFOX_ESR = '/usr/bin/firefox-esr';

export function findFirefox(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const path = env.FIREFOX_PATH ?? FIREFOX_ESR;
  return existsSync(path) ? path : undefined;
}

export interface FirefoxHandle {
  /** The running browser, or undefined when the tests must be skipped. */
  browser: Browser | undefined;
  /** What the browser says it is, e.g. `firefox/153.8.0`; '' without one. */
  version: string;
  /** '' when running, else ` — skipped: <reason>` to append to a suite's name. */
  skipReason: string;
  close(): Promise<void>;
}

export interface FirefoxOptions {
  /** A profile folder kept across launches (default: a fresh one, removed on close). */
  userDataDir?: string;
  /** Extra preferences (about:config) for this launch. */
  prefs?: Record<string, unknown>;
}

/**
 * Launch headless Firefox over WebDriver BiDi. Where none is found or it cannot
 * start, returns a handle without a browser (and says why on stderr), except
 * under `CI=true`, where it throws: CI must not pass by skipping.
 */
export async function startFirefox(
  options: FirefoxOptions = {},
  env: NodeJS.ProcessEnv = process.env,
): Promise<FirefoxHandle> {
  const executablePath = findFirefox(env);
  try {
    if (executablePath === undefined) {
      throw new Error(
        `no Firefox found at ${env.FIREFOX_PATH ?? FIREFOX_ESR} (install it: apt-get install firefox-esr, or set FIREFOX_PATH)`,
      );
    }
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      ...(options.userDataDir === undefined ? {} : { userDataDir: options.userDataDir }),
      extraPrefsFirefox: options.prefs ?? {},
    });
    return {
      browser,
      version: await browser.version(),
      skipReason: '',
      close: () => browser.close(),
    };
  } catch (error) {
    const reason =
      error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
    if (env.CI === 'true') {
      throw new Error(`Firefox could not start under CI=true: ${reason}`, { cause: error });
    }
    console.warn(`Firefox tests skipped: ${reason}`);
    return {
      browser: undefined,
      version: '',
      skipReason: ` — skipped: ${reason}`,
      close: () => Promise.resolve(),
    };
  }
}

export interface FirefoxPage {
  page: Page;
  /** The file: URL the HTML was loaded from. */
  url: string;
  /** Every request that was not for a file:, data: or blob: URL (they are all aborted). */
  requests: string[];
  /** Console messages of type error, CSP violations among them. */
  consoleErrors: string[];
  /** Uncaught exceptions in the page. */
  pageErrors: string[];
  /** alert/confirm/prompt dialogs (each dismissed). */
  dialogs: string[];
  /** Where this page's downloads land. */
  downloads: string;
  close(): Promise<void>;
}

export interface FirefoxPageOptions {
  /**
   * The browser context: by default a fresh one (its own storage, downloads
   * into `downloads`); `'default'` uses the profile's own, whose localStorage
   * outlives the browser when the profile is kept.
   */
  context?: 'fresh' | 'default';
  /** Open this file instead of writing the HTML to a new one (the same file: URL again). */
  file?: string;
}

const allowed = (url: string): boolean => /^(file|data|blob):/.test(url);

/**
 * Write `html` to a temporary file and open it in a new tab. Every request
 * other than file:, data: and blob: is recorded and aborted, so a test can
 * assert that the page loads nothing from any host.
 */
export async function openInFirefox(
  browser: Browser,
  html: string,
  options: FirefoxPageOptions = {},
): Promise<FirefoxPage> {
  const dir = await mkdtemp(join(tmpdir(), 'efa-firefox-'));
  const downloads = join(dir, 'downloads');
  const file = options.file ?? join(dir, 'page.html');
  if (options.file === undefined) await writeFile(file, html, 'utf8');
  const url = pathToFileURL(file).href;

  const context: BrowserContext =
    options.context === 'default'
      ? browser.defaultBrowserContext()
      : await browser.createBrowserContext({
          downloadBehavior: { policy: 'allow', downloadPath: downloads },
        });
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  const dialogs: string[] = [];

  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    const target = request.url();
    if (allowed(target)) {
      void request.continue();
    } else {
      requests.push(target);
      void request.abort('blockedbyclient');
    }
  });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) =>
    pageErrors.push(error instanceof Error ? error.message : String(error)),
  );
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  // A preload script is not bound by the page's CSP; it reports what the CSP blocks.
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });

  await page.goto(url, { waitUntil: 'load' });
  return {
    page,
    url,
    requests,
    consoleErrors,
    pageErrors,
    dialogs,
    downloads,
    close: async () => {
      if (options.context === 'default') await page.close();
      else await context.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Run `trigger` (a click on a download button) and return the file that
 * Firefox then saves into the page's download folder: its name and text.
 * Firefox writes `<name>.part` first and renames it when done.
 */
export async function downloadIn(
  page: FirefoxPage,
  trigger: () => Promise<unknown>,
  timeoutMs = 15_000,
): Promise<{ name: string; text: string }> {
  const before = new Set(await listDownloads(page.downloads));
  await trigger();
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const done = (await listDownloads(page.downloads)).filter(
      (name) => !before.has(name) && !name.endsWith('.part'),
    );
    const partial = (await listDownloads(page.downloads)).some((name) => name.endsWith('.part'));
    if (done.length === 1 && !partial) {
      const name = done[0] ?? '';
      const path = join(page.downloads, name);
      if ((await stat(path)).size > 0) return { name, text: await readFile(path, 'utf8') };
    }
    if (done.length > 1) throw new Error(`more than one download: ${done.join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no download arrived in ${page.downloads} within ${timeoutMs} ms`);
}

async function listDownloads(dir: string): Promise<string[]> {
  return existsSync(dir) ? readdir(dir) : [];
}

let axeSource: string | undefined;

/**
 * axe-core with the WCAG 2.1 A/AA tags, evaluated over BiDi (which the page's
 * CSP does not restrict, so the page keeps its own policy); the violations.
 */
export async function runAxeIn(
  page: Page,
  tags: readonly string[] = WCAG21AA_TAGS,
): Promise<AxeViolation[]> {
  if (axeSource === undefined) {
    const require = createRequire(import.meta.url);
    axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  }
  await page.evaluate(axeSource);
  const results = await page.evaluate(
    async (runTags: string[]) => {
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
