import { existsSync } from 'node:fs';
import { InputError } from '../errors.js';
import { addMessages, t } from '../i18n/index.js';
import { reportMessages } from '../i18n/messages/report.js';
import type { Lang } from '../model/types.js';

addMessages(reportMessages);

/**
 * Print the HTML report to PDF with a Chromium found on the machine, through
 * playwright-core (the one place in report/ that does IO). Nothing is
 * downloaded: without a browser the user gets exit code 2 and how to install
 * one. The page may load nothing from the network; page size, margins and
 * page numbers come from the report's print stylesheet (A4).
 */

export const CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
] as const;

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

/** `CHROME_PATH` (which must exist), else the first usual path that exists; throws InputError without one. */
export function findChromium(
  env: NodeJS.ProcessEnv,
  lang: Lang,
  exists: (path: string) => boolean = existsSync,
): string {
  const fromEnv = env.CHROME_PATH;
  if (fromEnv !== undefined && fromEnv !== '') {
    if (!exists(fromEnv))
      throw new InputError(t(lang, 'report.error.chromePathMissing', { file: fromEnv }));
    return fromEnv;
  }
  const found = CHROMIUM_PATHS.find((path) => exists(path));
  if (found === undefined) {
    throw new InputError(t(lang, 'report.error.noChromium', { paths: CHROMIUM_PATHS.join(', ') }));
  }
  return found;
}

export async function printPdf(
  html: string,
  options: { env: NodeJS.ProcessEnv; lang: Lang },
): Promise<Buffer> {
  const executablePath = findChromium(options.env, options.lang);
  const { chromium } = await import('playwright-core');
  const fail = (error: unknown): InputError => {
    const reason =
      error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
    return new InputError(
      t(options.lang, 'report.error.chromiumFailed', { file: executablePath, reason }),
    );
  };
  let browser: Awaited<ReturnType<typeof chromium.launch>>;
  try {
    browser = await chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS] });
  } catch (error) {
    throw fail(error);
  }
  try {
    const context = await browser.newContext({ offline: true, javaScriptEnabled: false });
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (url.startsWith('data:') || url === 'about:blank') await route.continue();
      else await route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: false,
    });
    return pdf;
  } catch (error) {
    throw fail(error);
  } finally {
    await browser.close().catch(() => undefined);
  }
}
