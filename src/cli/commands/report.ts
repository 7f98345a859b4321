import { readFile, readdir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve, sep } from 'node:path';
import { InputError, UsageError } from '../../errors.js';
import { addMessages, formatNumber, t } from '../../i18n/index.js';
import { reportMessages } from '../../i18n/messages/report.js';
import { loadAndScore } from '../../app/pipeline.js';
import type { Lang } from '../../model/types.js';
import { renderDiagnostics } from '../../render/diagnostics-text.js';
import { loadStyle } from '../../render/style.js';
import { type TemplateFormat, type TemplateSources, prepareReport } from '../../report/engine.js';
import { renderHtml } from '../../report/html.js';
import { renderMarkdown } from '../../report/markdown.js';
import { type ReportView, buildReportView } from '../../report/view.js';
import { checkWritable, write } from '../../write/write.js';
import type { Context } from '../context.js';
import { announcePdf, announceWritten } from '../written.js';
import { VERSION } from '../version.js';

addMessages(reportMessages);

/** `templates/` of the package (next to `dist/` and `src/`). */
export { TEMPLATES_DIR } from '../../report/engine.js';
import { TEMPLATES_DIR } from '../../report/engine.js';

type ReportFormat = 'md' | 'html' | 'pdf' | 'docx';
/** Formats written only to a file: their bytes are no text for a terminal. */
const BINARY: ReadonlySet<ReportFormat> = new Set(['pdf', 'docx']);

/**
 * `efa-readiness report <assessment>`: load and score, build the view model,
 * render Markdown or HTML from the templates (compiled once), print HTML to
 * PDF where asked, and write to stdout or atomically to `--output`.
 */
export async function runReport(
  ctx: Context,
  assessment: string,
  options: Record<string, unknown>,
): Promise<number> {
  const { lang } = ctx;
  const format = parseFormat(options.format);
  const output =
    typeof options.output === 'string' && options.output !== '-' ? options.output : undefined;
  const force = options.force === true;
  const templateFile = typeof options.template === 'string' ? options.template : undefined;
  if (format === 'pdf' && output === undefined)
    throw new UsageError(t(lang, 'report.error.pdfNeedsOutput'));
  if (BINARY.has(format) && output === undefined)
    throw new UsageError(t(lang, 'report.error.binaryNeedsOutput', { format }));
  if (format === 'docx' && templateFile !== undefined)
    throw new UsageError(t(lang, 'report.error.templateNotForFormat', { format }));
  const target = output === undefined ? undefined : resolve(ctx.cwd, output);
  // Refuse before any work (a PDF starts a browser); write() checks again at the end.
  if (target !== undefined) await checkWritable(target, force, lang);

  const loaded = await loadAndScore(assessment, {
    lang,
    ...(typeof options.catalogue === 'string' ? { catalogue: options.catalogue } : {}),
    cwd: ctx.cwd,
  });
  if (loaded.warnings.length > 0) {
    const style = await loadStyle(ctx.color && ctx.stderr.isTTY === true);
    ctx.stderr.write(renderDiagnostics(loaded.warnings, { lang, style }));
  }

  if (format === 'docx') {
    const view = buildReportView(loaded.result, loaded.catalogue, loaded.assessment, {
      lang,
      version: VERSION,
    });
    const bytes = await docxBytes(ctx, view);
    await write(bytes, target, { force, lang, stdout: ctx.stdout });
    if (output !== undefined) announceWritten(ctx, output, format, bytes.length);
    return 0;
  }

  const templateFormat: TemplateFormat = format === 'md' ? 'md' : 'html';
  const sources = await readTemplateSources(templateFormat, {
    lang,
    ...(templateFile === undefined ? {} : { template: resolve(ctx.cwd, templateFile) }),
  });
  const template = await prepareReport(templateFormat, sources);
  const view = buildReportView(loaded.result, loaded.catalogue, loaded.assessment, {
    lang,
    version: VERSION,
  });
  // A TemplateError here exits 2 with its file named (cli/run.ts).
  const text =
    templateFormat === 'md' ? renderMarkdown(view, template) : renderHtml(view, template);
  let content: string | Buffer = text;
  if (format === 'pdf') {
    const { printPdf } = await import('../../report/pdf.js');
    announcePdf(ctx);
    content = await printPdf(text, { env: ctx.env, lang });
  }
  await write(content, target, { force, lang, stdout: ctx.stdout });
  if (output !== undefined) announceWritten(ctx, output, format, Buffer.byteLength(content));
  return 0;
}

/** The Word document, its radar drawn by resvg; without it the document keeps the values' table. */
async function docxBytes(ctx: Context, view: ReportView): Promise<Buffer> {
  const [{ renderDocx }, { renderRadarPng }] = await Promise.all([
    import('../../report/docx.js'),
    import('../../report/png.js'),
  ]);
  let radar: ReturnType<typeof renderRadarPng> | null = null;
  if (view.raw.radarSvg !== null) {
    try {
      radar = renderRadarPng(view.raw.radarSvg);
    } catch (error) {
      const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
      ctx.stderr.write(`${t(ctx.lang, 'report.warn.noRadarImage', { reason })}\n`);
    }
  }
  return renderDocx(view, { radar });
}

function parseFormat(value: unknown): ReportFormat {
  return value === 'html' || value === 'pdf' || value === 'docx' ? value : 'md';
}

/**
 * The templates of one format: the built-in whole-report template and
 * partials (`templates/report.<format>.hbs`, `templates/partials/<format>/*.hbs`,
 * for HTML the stylesheet as partial `styles`), or with `template` that file
 * as the whole report, where every `*.hbs` file next to it is registered as
 * a partial by its name and overrides the built-in one of that name.
 */
export async function readTemplateSources(
  format: TemplateFormat,
  options: { lang: Lang; template?: string; dir?: string },
): Promise<TemplateSources> {
  const dir = options.dir ?? TEMPLATES_DIR;
  const partials: TemplateSources['partials'] = [];
  const builtInDir = join(dir, 'partials', format);
  for (const name of (await readdir(builtInDir)).filter((f) => f.endsWith('.hbs')).sort()) {
    const file = join(builtInDir, name);
    partials.push({ name: basename(name, '.hbs'), file, source: await readFile(file, 'utf8') });
  }
  if (format === 'html') {
    const file = join(dir, 'report.css');
    partials.push({ name: 'styles', file, source: await readFile(file, 'utf8') });
  }
  if (options.template === undefined) {
    const file = join(dir, `report.${format}.hbs`);
    return { main: { file, source: await readFile(file, 'utf8') }, partials };
  }

  const file = options.template;
  const lang = options.lang;
  const folder = await realFolder(dirname(file), file, lang);
  const source = await readTemplateFile(file, folder, lang, true);
  const siblings = (await readdir(dirname(file))).filter(
    (f) => extname(f) === '.hbs' && join(dirname(file), f) !== file,
  );
  for (const name of siblings.sort()) {
    const partialFile = join(dirname(file), name);
    partials.push({
      name: basename(name, '.hbs'),
      file: partialFile,
      source: await readTemplateFile(partialFile, folder, lang, false),
    });
  }
  return { main: { file, source }, partials };
}

/** No report template comes near this; a larger file is a mistake (or an attack). */
export const MAX_TEMPLATE_BYTES = 1024 * 1024;

/** The template's folder with every link resolved; a missing template is named as such. */
async function realFolder(dir: string, file: string, lang: Lang): Promise<string> {
  try {
    return await realpath(dir);
  } catch {
    throw new InputError(t(lang, 'report.error.templateMissing', { file }));
  }
}

/**
 * The text of one template file, read only if it is a regular file whose
 * real path (links resolved) lies inside the template's real folder and
 * whose size is within MAX_TEMPLATE_BYTES. The type is checked before the
 * file is opened, so a FIFO named `*.hbs` cannot block the run.
 */
async function readTemplateFile(
  file: string,
  folder: string,
  lang: Lang,
  main: boolean,
): Promise<string> {
  const fail = (key: string, params: Record<string, string | number> = {}): never => {
    throw new InputError(t(lang, key, { file, ...params }));
  };
  let real: string;
  try {
    real = await realpath(file);
  } catch (error) {
    const code = (error as { code?: string }).code;
    return fail(
      code === 'EACCES' ? 'report.error.templateUnreadable' : 'report.error.templateMissing',
    );
  }
  if (!main && !real.startsWith(folder + sep)) {
    fail('report.error.templateOutside', { target: real, folder });
  }
  const info = await stat(real).catch(() => fail('report.error.templateUnreadable'));
  if (info.isDirectory()) fail('report.error.templateFolder');
  if (!info.isFile()) fail('report.error.templateNotFile');
  if (info.size > MAX_TEMPLATE_BYTES) {
    fail('report.error.templateTooLarge', {
      size: formatNumber(info.size, lang, 0),
      max: formatNumber(MAX_TEMPLATE_BYTES, lang, 0),
    });
  }
  try {
    return await readFile(real, 'utf8');
  } catch {
    return fail('report.error.templateUnreadable');
  }
}
