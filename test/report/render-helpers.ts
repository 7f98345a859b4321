import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Handlebars from 'handlebars';
import { HtmlValidate } from 'html-validate';
import { readTemplateSources } from '../../src/cli/commands/report.js';
import { loadAndScore } from '../../src/app/pipeline.js';
import type { Assessment, Catalogue, Lang, Result } from '../../src/model/types.js';
import { type TemplateFormat, compileReport } from '../../src/report/engine.js';
import { renderHtml } from '../../src/report/html.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { type ReportView, buildReportView } from '../../src/report/view.js';
import { ROOT } from '../helpers/cli.js';
import * as fixture from './fixture.js';

export interface Inputs {
  result: Result;
  catalogue: Catalogue;
  assessment: Assessment;
}

export function fixtureInputs(): Inputs {
  return {
    result: fixture.cappedResult(),
    catalogue: fixture.catalogue(),
    assessment: fixture.assessment(),
  };
}

export function view(inputs: Inputs, lang: Lang): ReportView {
  return buildReportView(inputs.result, inputs.catalogue, inputs.assessment, {
    lang,
    version: '0.0.0-test',
  });
}

/** The built-in templates of a format, compiled with the full Handlebars (as from source). */
export async function builtIn(format: TemplateFormat, lang: Lang = 'de') {
  return compileReport(format, await readTemplateSources(format, { lang }), Handlebars);
}

export async function markdown(inputs: Inputs, lang: Lang): Promise<string> {
  return renderMarkdown(view(inputs, lang), await builtIn('md', lang));
}

export async function html(inputs: Inputs, lang: Lang): Promise<string> {
  return renderHtml(view(inputs, lang), await builtIn('html', lang));
}

const run = promisify(execFile);

/** markdownlint-cli2 (default rules) over the given documents; returns its findings ('' when clean). */
export async function markdownlint(documents: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'efa-mdlint-'));
  try {
    const files: string[] = [];
    for (const [name, text] of Object.entries(documents)) {
      const file = join(dir, `${name}.md`);
      await writeFile(file, text, 'utf8');
      files.push(file);
    }
    try {
      await run(join(process.cwd(), 'node_modules', '.bin', 'markdownlint-cli2'), files, {
        cwd: dir,
      });
      return '';
    } catch (error) {
      const e = error as { stdout?: string; stderr?: string; message: string };
      return `${e.stderr ?? ''}${e.stdout ?? ''}` || e.message;
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });

/** html-validate's recommended rules; returns one line per finding ('' when valid). */
export async function validateHtml(text: string): Promise<string> {
  const report = await validator.validateString(text);
  return report.results
    .flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`))
    .join('\n');
}

/** The view and the HTML of one example of examples/, as `efa-readiness report` builds them. */
export async function exampleReport(
  file: string,
  lang: Lang,
): Promise<{ view: ReportView; html: string }> {
  const scored = await loadAndScore(join(ROOT, 'examples', file), { lang, cwd: ROOT });
  const built = buildReportView(scored.result, scored.catalogue, scored.assessment, {
    lang,
    version: '0.0.0-test',
  });
  return { view: built, html: renderHtml(built, await builtIn('html', lang)) };
}
