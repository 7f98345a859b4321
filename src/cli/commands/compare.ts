import { resolve } from 'node:path';
import { aggregateWithIdentities, type DigestEntry } from '../../compare/aggregate.js';
import type { Outcome } from '../../compare/assess.js';
import { type CsvLocale, renderCompareCsv } from '../../compare/csv.js';
import { dropDuplicates } from '../../compare/duplicates.js';
import { renderCompareHtml } from '../../compare/html.js';
import { renderCompareJson } from '../../compare/json.js';
import { renderCompareMarkdown } from '../../compare/markdown.js';
import { readAssessments } from '../../compare/read.js';
import { findAssessmentFiles, readNamedCatalogue } from '../../load/many.js';
import type { Comparison, GroupBy, SkippedFile } from '../../compare/types.js';
import { type Diagnostic, InputError, UsageError, formatDiagnostic } from '../../errors.js';
import { announceWritten } from '../written.js';
import { t } from '../../i18n/index.js';
import '../../i18n/messages/compare.js';
import '../../i18n/messages/xlsx.js';
import { loadCatalogue } from '../../load/index.js';
import { parseCatalogueRef } from '../../model/catalogue.js';
import type { Lang } from '../../model/types.js';
import { checkWritable, write } from '../../write/write.js';
import { prepareHandouts, writeHandouts } from '../handouts.js';
import { readPseudonymKey } from '../anonymize-key.js';
import type { Context } from '../context.js';
import { terminalSafe } from '../../render/terminal-safe.js';

/** A progress bar is worth drawing from this many files on (and only on a terminal). */
const PROGRESS_FROM = 200;
/** In the catalogue-mismatch message, this many files are named per catalogue. */
const FILES_NAMED = 20;

/**
 * `efa-readiness compare`: find the assessments, score each against one
 * catalogue, aggregate, render, write. Invalid files stop the run with every
 * problem listed (exit 2) unless `--skip-invalid`.
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
  const groupBy: GroupBy = options.groupBy === 'state' ? 'state' : 'type';
  const anonymize = options.anonymize === true || typeof options.anonymizeKey === 'string';
  const skipInvalid = options.skipInvalid === true;
  const output = typeof options.output === 'string' ? options.output : undefined;

  const force = options.force === true;
  const handouts = typeof options.handouts === 'string' ? options.handouts : undefined;
  const foldAbove = foldAboveOption(options.foldAbove, lang);

  const xlsx = format === 'xlsx';
  const toFile = output !== undefined && output !== '-';
  if (xlsx && !toFile) throw new UsageError(t(lang, 'xlsx.error.needsOutput'));
  if (format === 'pdf' && !toFile) throw new UsageError(t(lang, 'compare.error.pdfNeedsOutput'));
  const target = toFile ? resolve(ctx.cwd, output) : output;
  // Refuse before any work (reading thousands of files, a browser for the PDF).
  if (target !== undefined) await checkWritable(target, force, lang);

  const pseudonymKey = await keyOption(ctx, options.anonymizeKey);
  const unreadable: string[] = [];
  const files = await findAssessmentFiles(paths, { cwd: ctx.cwd, lang, unreadable });
  const shown = fileNamer([...files, ...unreadable], anonymize, lang);
  if (files.length === 0 && unreadable.length > 0) {
    throw new InputError(
      '',
      unreadable.map((dir) => unreadableFolder(dir, lang).diagnostics).flat(),
    );
  }
  if (files.length === 0)
    throw new InputError(t(lang, 'compare.error.noFiles', { paths: paths.join(', ') }));

  const named =
    typeof options.catalogue === 'string'
      ? undefined
      : await readNamedCatalogue(files, lang, ctx.cwd);
  if (typeof options.catalogue !== 'string' && named === undefined) {
    throw new InputError(t(lang, 'load.catalogueUnnamed', { file: shown(files[0] ?? '') }));
  }
  const catalogueRef =
    typeof options.catalogue === 'string'
      ? options.catalogue
      : parseCatalogueRef(named?.ref ?? '').id;
  const source =
    named === undefined
      ? t(lang, 'compare.error.catalogueFromOption')
      : t(lang, 'compare.error.catalogueFromFile', { file: shown(named.file) });
  const { catalogue } = await loadCatalogue(catalogueRef, { lang, cwd: ctx.cwd });

  const progress = progressBar(ctx, files.length);
  let outcomes: Outcome[];
  try {
    outcomes = await readAssessments(files, catalogue, {
      lang,
      cwd: ctx.cwd,
      onProgress: progress.update,
    });
  } finally {
    progress.finish();
  }

  const others: { file: string; catalogueRef: string }[] = outcomes.filter(
    (o): o is Extract<Outcome, { kind: 'other-catalogue' }> => o.kind === 'other-catalogue',
  );
  // Files that name a base of the chosen overlay would be scored on another chain than they
  // name: that is the user's decision (--catalogue), never taken silently.
  if (typeof options.catalogue !== 'string') {
    for (const o of outcomes) {
      if (o.kind === 'scored' && parseCatalogueRef(o.catalogueRef).id !== catalogue.id)
        others.push(o);
    }
  }
  if (others.length > 0) throw mismatchError(lang, catalogue.id, others, source, shown);

  for (const o of outcomes) {
    if (o.kind === 'catalogue')
      ctx.stderr.write(
        `${terminalSafe(t(lang, 'compare.note.catalogueIgnored', { file: shown(o.file) }))}\n`,
      );
  }
  const invalid = [
    ...outcomes.filter((o): o is Extract<Outcome, { kind: 'invalid' }> => o.kind === 'invalid'),
    ...unreadable.map((dir) => unreadableFolder(dir, lang)),
  ];
  const scored = outcomes.filter(
    (o): o is Extract<Outcome, { kind: 'scored' }> => o.kind === 'scored',
  );
  if (invalid.length === 0 && scored.length === 0) {
    throw new InputError(t(lang, 'compare.error.noFiles', { paths: paths.join(', ') }));
  }
  if (invalid.length > 0 && (!skipInvalid || scored.length === 0)) {
    const diagnostics: Diagnostic[] = invalid.flatMap((o) =>
      o.diagnostics.map((d) => ({ ...d, file: shown(d.file) })),
    );
    const message =
      scored.length === 0 && skipInvalid
        ? t(lang, 'compare.error.allInvalid', { count: invalid.length })
        : t(lang, 'compare.error.invalid', {
            count: invalid.length,
            total: invalid.length + scored.length,
          });
    throw new InputError(message, diagnostics);
  }
  const skipped: SkippedFile[] = invalid.map((o) => {
    const file = shown(o.file);
    const diagnostics = o.diagnostics.map((d) => ({ ...d, file: shown(d.file) }));
    const first = diagnostics.find((d) => d.severity === 'error') ?? diagnostics[0];
    ctx.stderr.write(
      `${terminalSafe(t(lang, 'compare.warn.skipped', { count: diagnostics.length, file }))}\n`,
    );
    for (const d of diagnostics) ctx.stderr.write(`  ${terminalSafe(formatDiagnostic(d))}\n`);
    return first
      ? { file, problems: diagnostics.length, first: formatDiagnostic(first) }
      : { file, problems: 0 };
  });

  const { entries, duplicates } = dropDuplicates(
    scored.map((o): DigestEntry => ({
      file: o.file,
      digest: o.digest,
      catalogueRef: o.catalogueRef,
    })),
  );
  for (const d of duplicates) {
    ctx.stderr.write(
      `${terminalSafe(t(lang, 'compare.warn.duplicate', { file: shown(d.dropped), kept: shown(d.kept) }))}\n`,
    );
  }
  const { comparison, identities } = aggregateWithIdentities(catalogue, entries, {
    lang,
    groupBy,
    anonymize,
    skipped,
    ...(pseudonymKey === undefined ? {} : { pseudonymKey }),
    details: xlsx,
  });
  for (const v of comparison.versions) {
    ctx.stderr.write(
      `${terminalSafe(t(lang, 'compare.warn.version', { count: v.count, version: v.version, used: catalogue.version }))}\n`,
    );
  }

  // The handouts' targets are checked before anything is written, the main output's too.
  const handoutFiles =
    handouts === undefined
      ? undefined
      : (await import('../../compare/handout-html.js')).renderHandouts(comparison, identities);
  const folder =
    handouts === undefined || handoutFiles === undefined
      ? undefined
      : await prepareHandouts(ctx, handouts, handoutFiles, force);

  const content = await renderOutput(ctx, comparison, format, { csvLocale, foldAbove });
  await write(content, target, { force, lang, stdout: ctx.stdout });
  if (toFile) announceWritten(ctx, output, format, Buffer.byteLength(content));
  if (handouts !== undefined && handoutFiles !== undefined && folder !== undefined)
    await writeHandouts(ctx, folder, handouts, handoutFiles, force);
  return 0;
}

/** The comparison in the chosen format; the PDF is the HTML page printed by Chromium. */
async function renderOutput(
  ctx: Context,
  comparison: Comparison,
  format: string,
  options: { csvLocale: CsvLocale; foldAbove: number | undefined },
): Promise<string | Buffer> {
  const render = options.foldAbove === undefined ? {} : { foldAbove: options.foldAbove };
  switch (format) {
    case 'xlsx':
      return (await import('../../compare/xlsx.js')).renderCompareXlsx(comparison);
    case 'json':
      return renderCompareJson(comparison);
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

/** A folder that could not be listed, as an invalid outcome (an error, or with --skip-invalid a skip). */
function unreadableFolder(dir: string, lang: Lang): Extract<Outcome, { kind: 'invalid' }> {
  const message = t(lang, 'compare.error.folderUnlisted');
  return {
    kind: 'invalid',
    file: dir,
    diagnostics: [
      { severity: 'error', code: 'folder-unreadable', file: dir, line: 0, col: 0, message },
    ],
  };
}

/**
 * How a file is named in messages: as given, or under `--anonymize` by its
 * position ("Datei #3"), since file names often carry the municipality's name.
 */
function fileNamer(
  files: readonly string[],
  anonymize: boolean,
  lang: Lang,
): (file: string) => string {
  if (!anonymize) return (file) => file;
  const position = new Map(files.map((f, i) => [f, i + 1]));
  return (file) => t(lang, 'compare.file.anonymized', { n: position.get(file) ?? '?' });
}

/** The secret of `--anonymize-key`, read or created (and said so); undefined without the option. */
async function keyOption(ctx: Context, option: unknown): Promise<Uint8Array | undefined> {
  if (typeof option !== 'string') return undefined;
  const file = resolve(ctx.cwd, option);
  const { key, created } = await readPseudonymKey(file, ctx.lang);
  if (created) ctx.stderr.write(`${t(ctx.lang, 'compare.note.keyCreated', { file: option })}\n`);
  return key;
}

function mismatchError(
  lang: Lang,
  used: string,
  others: readonly { file: string; catalogueRef: string }[],
  source: string,
  shown: (file: string) => string,
): InputError {
  const byId = new Map<string, string[]>();
  for (const o of others) {
    const id = parseCatalogueRef(o.catalogueRef).id;
    byId.set(id, [...(byId.get(id) ?? []), shown(o.file)]);
  }
  const list = (files: string[]): string => {
    const named = files.slice(0, FILES_NAMED).join(', ');
    return files.length > FILES_NAMED
      ? `${named} ${t(lang, 'compare.error.moreFiles', { count: files.length - FILES_NAMED })}`
      : named;
  };
  const details = [...byId].map(([id, files]) =>
    t(lang, 'compare.error.catalogueGroup', { id, files: list(files) }),
  );
  return new InputError(
    t(lang, 'compare.error.catalogueMismatch', {
      used,
      source,
      count: others.length,
      details: details.join('; '),
    }),
  );
}

/** A one-line progress bar on stderr, only on a terminal and only for long runs. */
function progressBar(
  ctx: Context,
  total: number,
): { update: (done: number, total: number) => void; finish: () => void } {
  if (ctx.stderr.isTTY !== true || total < PROGRESS_FROM)
    return { update: () => undefined, finish: () => undefined };
  const label = t(ctx.lang, 'compare.progress');
  const locale = ctx.lang === 'de' ? 'de-DE' : 'en-GB';
  const width = Math.max(10, Math.min(40, (ctx.stderr.columns ?? 80) - label.length - 30));
  let drawn = -1;
  return {
    update: (done) => {
      const filled = Math.round((width * done) / total);
      if (filled === drawn && done !== total) return;
      drawn = filled;
      const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
      ctx.stderr.write(
        `\r${label} ${bar} ${done.toLocaleString(locale)}/${total.toLocaleString(locale)}`,
      );
    },
    finish: () => {
      ctx.stderr.write('\r\x1b[K');
    },
  };
}
