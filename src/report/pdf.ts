import { existsSync } from 'node:fs';
import path from 'node:path';
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

/** Where a Chromium-family browser usually is on Linux and macOS. */
const POSIX_PATHS: Readonly<Partial<Record<NodeJS.Platform, readonly string[]>>> = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/usr/bin/microsoft-edge',
  ],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  ],
};

/** Chrome (machine-wide, then per user), then Edge, which every Windows 10/11 has. */
const WINDOWS_PATHS: readonly (readonly [variable: string, fallback: string, path: string])[] = [
  ['ProgramFiles', 'C:\\Program Files', 'Google\\Chrome\\Application\\chrome.exe'],
  ['ProgramFiles(x86)', 'C:\\Program Files (x86)', 'Google\\Chrome\\Application\\chrome.exe'],
  ['LOCALAPPDATA', '', 'Google\\Chrome\\Application\\chrome.exe'],
  ['ProgramFiles(x86)', 'C:\\Program Files (x86)', 'Microsoft\\Edge\\Application\\msedge.exe'],
  ['ProgramFiles', 'C:\\Program Files', 'Microsoft\\Edge\\Application\\msedge.exe'],
];

/**
 * The usual places of a Chromium-family browser on `platform`, in the order
 * they are tried. On Windows they follow the machine's `ProgramFiles`,
 * `ProgramFiles(x86)` and `LOCALAPPDATA` (names read case-insensitively, as
 * Windows does), else the default folders.
 */
export function chromiumCandidates(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform !== 'win32') return [...(POSIX_PATHS[platform] ?? POSIX_PATHS.linux ?? [])];
  const paths = WINDOWS_PATHS.flatMap(([variable, fallback, rest]) => {
    const base = envVar(env, variable) ?? fallback;
    return base === '' ? [] : [path.win32.join(base, rest)];
  });
  return [...new Set(paths)];
}

function envVar(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const key = Object.keys(env).find((k) => k.toLowerCase() === name.toLowerCase());
  const value = key === undefined ? undefined : env[key];
  return value === undefined || value === '' ? undefined : value;
}

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

/** Where to look and how: the platform, its environment and a file test (all injectable for tests). */
export interface BrowserHost {
  env: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  exists?: (path: string) => boolean;
}

/**
 * `CHROME_PATH` (which must exist; quotes around it, as Windows' "Copy as
 * path" adds them, are dropped), else the first usual path of the platform
 * that exists; throws an InputError that says where it looked without one.
 */
export function findChromium(host: BrowserHost, lang: Lang): string {
  const { env, platform = process.platform, exists = existsSync } = host;
  const fromEnv = env.CHROME_PATH?.trim().replace(/^"(.*)"$/, '$1');
  if (fromEnv !== undefined && fromEnv !== '') {
    if (!exists(fromEnv))
      throw new InputError(t(lang, 'report.error.chromePathMissing', { file: fromEnv }));
    return fromEnv;
  }
  const candidates = chromiumCandidates(platform, env);
  const found = candidates.find((candidate) => exists(candidate));
  if (found === undefined) {
    const key = platform === 'win32' ? 'report.error.noChromiumWindows' : 'report.error.noChromium';
    throw new InputError(t(lang, key, { paths: candidates.join(', ') }));
  }
  return found;
}

export async function printPdf(
  html: string,
  options: { env: NodeJS.ProcessEnv; lang: Lang },
): Promise<Buffer> {
  const executablePath = findChromium({ env: options.env }, options.lang);
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
