/**
 * Golden files: the report of every example in examples/ in both formats
 * and both languages, exactly as `efa-readiness report` prints it, except
 * that the HTML goldens hold a short mark instead of the embedded result JSON
 * (~500 lines each): the test checks that block equals the scored result
 * instead. Refresh with UPDATE_GOLDEN=1 after an intended change and review
 * the diff.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { readTemplateSources } from '../../src/cli/commands/report.js';
import { VERSION } from '../../src/cli/version.js';
import { loadAndScore } from '../../src/app/pipeline.js';
import { compileReport } from '../../src/report/engine.js';
import { renderHtml } from '../../src/report/html.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { buildReportView } from '../../src/report/view.js';
import { ROOT } from '../helpers/cli.js';
import { embeddedResult, expectGolden } from '../helpers/golden.js';
import { markdownlint, validateHtml } from './render-helpers.js';

const EXAMPLES = join(ROOT, 'examples');
const GOLDEN = join(ROOT, 'test', 'golden', 'report');
const examples = existsSync(EXAMPLES)
  ? readdirSync(EXAMPLES)
      .filter((f) => f.endsWith('.yaml'))
      .sort()
  : [];
const cases = examples.flatMap((file) =>
  (['md', 'html'] as const).flatMap((format) =>
    (['de', 'en'] as const).map((lang) => ({ file, format, lang })),
  ),
);

/** The report of one example, as the command renders it, and the scored result. */
async function renderExample(
  file: string,
  format: 'md' | 'html',
  lang: 'de' | 'en',
): Promise<{ text: string; result: unknown }> {
  const scored = await loadAndScore(join(EXAMPLES, file), { lang, cwd: ROOT });
  const view = buildReportView(scored.result, scored.catalogue, scored.assessment, {
    lang,
    version: VERSION,
  });
  const template = compileReport(format, await readTemplateSources(format, { lang }), Handlebars);
  const text = format === 'md' ? renderMarkdown(view, template) : renderHtml(view, template);
  return { text, result: JSON.parse(JSON.stringify(scored.result)) };
}

export function goldenPath(file: string, format: string, lang: string): string {
  return join(GOLDEN, `${basename(file, '.yaml')}.${lang}.${format}`);
}

describe('report goldens', () => {
  it('there are examples to render', () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  it.each(cases)('$file as $format in $lang', async ({ file, format, lang }) => {
    const { text, result } = await renderExample(file, format, lang);
    // The golden leaves the embedded result out; here it must be the whole scored result.
    if (format === 'html') expect(embeddedResult(text)).toEqual(result);
    expectGolden(text, `report/${basename(file, '.yaml')}.${lang}.${format}`);
  });

  it('every Markdown golden is clean under markdownlint', async () => {
    const documents = Object.fromEntries(
      cases
        .filter((c) => c.format === 'md')
        .map((c) => [
          `${basename(c.file, '.yaml')}-${c.lang}`,
          readFileSync(goldenPath(c.file, 'md', c.lang), 'utf8'),
        ]),
    );
    expect(await markdownlint(documents)).toBe('');
  }, 120_000); // markdownlint over 28 documents: slow on a shared machine, not a speed test

  it.each(cases.filter((c) => c.format === 'html'))(
    '$file in $lang passes html-validate',
    async ({ file, lang }) => {
      expect(await validateHtml(readFileSync(goldenPath(file, 'html', lang), 'utf8'))).toBe('');
    },
  );
});
