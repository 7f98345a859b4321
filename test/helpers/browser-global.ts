/**
 * vitest globalSetup: one headless Chromium for the whole run. It is started
 * here with playwright-core's `launchServer()`; every test file connects to it
 * (test/helpers/browser.ts, `startChromium()`) instead of launching its own,
 * which cost a browser start per file. Where it cannot start, the reason is
 * provided instead, and each browser test file skips with it (or fails under
 * CI=true), as it did when it launched Chromium itself.
 */
import { type BrowserServer, chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS } from '../../src/report/pdf.js';
import { findChromium } from './browser.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The shared Chromium: its endpoint, or '' and why it is not running. */
    chromium: { wsEndpoint: string; error: string };
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let server: BrowserServer | undefined;
  try {
    const executablePath = findChromium();
    if (executablePath === undefined) {
      throw new Error(
        'no Chromium found (set CHROME_PATH or install it: apt-get install chromium)',
      );
    }
    server = await chromium.launchServer({
      executablePath,
      headless: true,
      args: [...CHROMIUM_ARGS],
    });
    project.provide('chromium', { wsEndpoint: server.wsEndpoint(), error: '' });
  } catch (error) {
    const reason =
      error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
    project.provide('chromium', { wsEndpoint: '', error: reason });
  }
  return async () => {
    await server?.close();
  };
}
