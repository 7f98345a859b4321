import { resolve } from 'node:path';
import { type CsvLocale, renderCompareCsv } from '../../compare/csv.js';
import { renderCompareHtml } from '../../compare/html.js';
import { renderCompareJsonChunks } from '../../compare/json.js';
import { renderCompareMarkdown } from '../../compare/markdown.js';
import { type CompareWarning, compareFiles } from '../../compare/run.js';
import type { Comparison } from '../../compare/types.js';
import { InputError, UsageError, formatDiagnostic } from '../../errors.js';
import { announceWritten } from '../written.js';
import { formatDecimal, t } from '../../i18n/index.js';
import '../../i18n/messages/compare.js';
import '../../i18n/messages/xlsx.js';
import type { Lang } from '../../model/types.js';
import { checkWritable, write } from '../../write/write.js';
import { prepareHandouts, writeHandouts } from '../handouts.js';
import { readPseudonymKey } from '../anonymize-key.js';
import type { Context } from '../context.js';
import { terminalSafe } from '../../render/terminal-safe.js';

/** A progress bar is worth drawing from this many files on (and only on a terminal). */
const PROGRESS_FROM = 200;

/**
 * `efa-readiness compare`: map the flags, run the use case (compare/run.ts),
 * print its warnings, stop on its errors (exit 2), render and write.
 */
export async function runCompare(
  ctx: Context,
  paths: string[],
  options: Record<string, unknown>,
): Promise<number> {
  const { lang } = ctx;
  const format = typeof options.format === 'string' ? options.format : 'md';
  const csvLocale: CsvLocale =
    options.csvLocale === 'en' || options.csvLocale === 'de' ? options.csvLocale : lang;
  const output = typeof options.output === 'string' ? options.output : undefined;
  const force = options.force === true;
  const handouts = typeof options.handouts === 'string' ? options.handouts : undefined;
  const foldAbove = foldAboveOption(options.foldAbove, lang);

  const toFile = output !== undefined && output !== '-';
  if (format === 'xlsx' && !toFile) throw new UsageError(t(lang, 'xlsx.error.needsOutput'));
  if (format === 'pdf' && !toFile) throw new UsageError(t(lang, 'compare.error.pdfNeedsOutput'));
  const target = toFile ? resolve(ctx.cwd, output) : output;
  // Refuse before any work (reading thousands of files, a browser for the PDF).
  if (target !== undefined) await checkWritable(target, force, lang);

  const pseudonymKey = await keyOption(ctx, options.anonymizeKey);
  const result = await compareFiles({
    paths,
    cwd: ctx.cwd,
    lang,
    ...(typeof options.catalogue === 'string' ? { catalogue: options.catalogue } : {}),
    groupBy: options.groupBy === 'state' ? 'state' : 'type',
    anonymize: options.anonymize === true || typeof options.anonymizeKey === 'string',
    ...(pseudonymKey === undefined ? {} : { pseudonymKey }),
    skipInvalid: options.skipInvalid === true,
    details: format === 'xlsx',
    progress: (total) => progressBar(ctx, total),
  });
  printWarnings(ctx, result.warnings);
  if (result.value === undefined) throw new InputError(result.message ?? '', result.errors);
  const { comparison, identities } = result.value;

  // The handouts' targets are checked before anything is written, the main output's too.
  const handoutFiles =
    handouts === undefined
      ? undefined
      : (await import('../../compare/handout-html.js')).renderHandouts(comparison, identities);
  const folder =
    handouts === undefined || handoutFiles === undefined
      ? undefined
      : await prepareHandouts(ctx, handouts, handoutFiles, force);

  const content = counted(await renderOutput(ctx, comparison, format, { csvLocale, foldAbove }));
  await write(content.pieces, target, { force, lang, stdout: ctx.stdout });
  if (toFile) announceWritten(ctx, output, format, content.bytes());
  if (handouts !== undefined && handoutFiles !== undefined && folder !== undefined)
    await writeHandouts(ctx, folder, handouts, handoutFiles, force);
  return 0;
}

/** Each warning on stderr, its problems indented below it. */
function printWarnings(ctx: Context, warnings: readonly CompareWarning[]): void {
  for (const w of warnings) {
    ctx.stderr.write(`${terminalSafe(w.message)}\n`);
    for (const d of w.details ?? []) ctx.stderr.write(`  ${terminalSafe(formatDiagnostic(d))}\n`);
  }
}

/** Output and its size in bytes, counted as a document in pieces is written. */
function counted(content: string | Buffer | Iterable<string>): {
  pieces: string | Buffer | Iterable<string>;
  bytes: () => number;
} {
  if (typeof content === 'string' || Buffer.isBuffer(content))
    return { pieces: content, bytes: () => Buffer.byteLength(content) };
  const pieces: Iterable<string> = content;
  let total = 0;
  function* counting(): Generator<string> {
    for (const piece of pieces) {
      total += Buffer.byteLength(piece);
      yield piece;
    }
  }
  return { pieces: counting(), bytes: () => total };
}

/**
 * The comparison in the chosen format; the PDF is the HTML page printed by
 * Chromium. JSON comes in pieces (50,000 municipalities are hundreds of MB).
 */
async function renderOutput(
  ctx: Context,
  comparison: Comparison,
  format: string,
  options: { csvLocale: CsvLocale; foldAbove: number | undefined },
): Promise<string | Buffer | Iterable<string>> {
  const render = options.foldAbove === undefined ? {} : { foldAbove: options.foldAbove };
  switch (format) {
    case 'xlsx':
      return (await import('../../compare/xlsx.js')).renderCompareXlsx(comparison);
    case 'json':
      return renderCompareJsonChunks(comparison);
    case 'csv':
      return renderCompareCsv(comparison, options.csvLocale);
    case 'html':
      return renderCompareHtml(comparison, render);
    case 'pdf': {
      const { printPdf } = await import('../../report/pdf.js');
      return printPdf(renderCompareHtml(comparison, render), { env: ctx.env, lang: ctx.lang });
    }
    default:
      return renderCompareMarkdown(comparison, render);
  }
}

/** `--fold-above <n>`: a whole number of at least 2; undefined without the option. */
function foldAboveOption(value: unknown, lang: Lang): number | undefined {
  if (value === undefined) return undefined;
  const text = typeof value === 'string' ? value.trim() : '';
  const n = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < 2)
    throw new UsageError(t(lang, 'compare.error.foldAbove', { value: text }));
  return n;
}

/** The secret of `--anonymize-key`, read or created (and said so); undefined without the option. */
async function keyOption(ctx: Context, option: unknown): Promise<Uint8Array | undefined> {
  if (typeof option !== 'string') return undefined;
  const file = resolve(ctx.cwd, option);
  const { key, created } = await readPseudonymKey(file, ctx.lang);
  if (created) ctx.stderr.write(`${t(ctx.lang, 'compare.note.keyCreated', { file: option })}\n`);
  return key;
}

/** A one-line progress bar on stderr, only on a terminal and only for long runs. */
function progressBar(
  ctx: Context,
  total: number,
): { update: (done: number, total: number) => void; finish: () => void } {
  if (ctx.stderr.isTTY !== true || total < PROGRESS_FROM)
    return { update: () => undefined, finish: () => undefined };
  const label = t(ctx.lang, 'compare.progress');
  const width = Math.max(10, Math.min(40, (ctx.stderr.columns ?? 80) - label.length - 30));
  let drawn = -1;
  return {
    update: (done) => {
      const filled = Math.round((width * done) / total);
      if (filled === drawn && done !== total) return;
      drawn = filled;
      const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
      ctx.stderr.write(
        `\r${label} ${bar} ${formatDecimal(done, ctx.lang, 0, 0)}/${formatDecimal(total, ctx.lang, 0, 0)}`,
      );
    },
    finish: () => {
      ctx.stderr.write('\r\x1b[K');
    },
  };
}
