// `npm run screenshots`: page 1 of the Standortbestimmung of examples/musterstadt.yaml as a
// reader sees it first, in docs/screenshots/: on a desktop (1280×800), on a phone (390×844)
// and in grey (how a black-and-white printout shows the bands); and the first screen of the
// compare page of the shipped examples as a projector shows it (1024×768). Run after `npm run build`
// (the npm script builds first); it uses the built CLI and the Chromium that `--format pdf`
// would use. PNGs stay small: one viewport each, no full-page shots.
//
//   node scripts/screenshots.mjs [--out <dir>] [--example <file>] [--lang de|en]
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('../', import.meta.url));
const { values } = parseArgs({
  options: {
    out: { type: 'string', default: join(root, 'docs', 'screenshots') },
    example: { type: 'string', default: join(root, 'examples', 'musterstadt.yaml') },
    lang: { type: 'string', default: 'de' },
  },
});
const MAX_BYTES = 300 * 1024;

const { findChromium, CHROMIUM_ARGS } = await import(
  pathToFileURL(join(root, 'dist', 'report', 'pdf.js')).href
);
const executablePath = findChromium({ env: process.env }, values.lang);

const work = mkdtempSync(join(tmpdir(), 'efa-screenshots-'));
const html = join(work, 'report.html');
execFileSync(
  process.execPath,
  [
    join(root, 'bin', 'efa-readiness.js'),
    'report',
    values.example,
    '--format',
    'html',
    '--lang',
    values.lang,
    '--output',
    html,
  ],
  { stdio: ['ignore', 'ignore', 'inherit'] },
);
const compareHtml = join(work, 'compare.html');
execFileSync(
  process.execPath,
  [
    join(root, 'bin', 'efa-readiness.js'),
    'compare',
    // the examples on the default catalogue (the Land profiles are compared apart)
    ...readdirSync(join(root, 'examples'))
      .filter((f) => f.endsWith('.yaml') && !/-(he|th)\.yaml$/.test(f))
      .map((f) => join(root, 'examples', f)),
    '--format',
    'html',
    '--lang',
    values.lang,
    '--output',
    compareHtml,
  ],
  { stdio: ['ignore', 'ignore', 'inherit'] },
);

const shots = [
  { file: 'report-desktop.png', viewport: { width: 1280, height: 800 }, grey: false },
  { file: 'report-phone.png', viewport: { width: 390, height: 844 }, grey: false, scale: 2 },
  { file: 'report-grayscale.png', viewport: { width: 1280, height: 800 }, grey: true },
  { file: 'compare-projector.png', viewport: { width: 1024, height: 768 }, page: compareHtml },
];

mkdirSync(values.out, { recursive: true });
const browser = await chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS] });
try {
  for (const shot of shots) {
    const context = await browser.newContext({
      viewport: shot.viewport,
      deviceScaleFactor: shot.scale ?? 1,
      offline: true,
    });
    const page = await context.newPage();
    await page.goto(pathToFileURL(shot.page ?? html).href, { waitUntil: 'load' });
    if (shot.grey) await page.addStyleTag({ content: 'html { filter: grayscale(1); }' });
    const target = join(values.out, shot.file);
    await page.screenshot({ path: target, fullPage: false });
    await context.close();
    const size = statSync(target).size;
    console.log(`screenshots: ${target} (${Math.round(size / 1024)} KB)`);
    if (size > MAX_BYTES) {
      console.error(`screenshots: ${shot.file} is larger than 300 KB; keep it to one viewport`);
      process.exitCode = 1;
    }
  }
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}
