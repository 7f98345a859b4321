import { resolve } from 'node:path';
import { aggregateDigests, type DigestEntry } from '../../compare/aggregate.js';
import type { Outcome } from '../../compare/assess.js';
import { type CsvLocale, renderCompareCsv } from '../../compare/csv.js';
import { renderCompareHtml } from '../../compare/html.js';
import { renderCompareJson } from '../../compare/json.js';
import { renderCompareMarkdown } from '../../compare/markdown.js';
import { findAssessmentFiles, readAssessments, readNamedCatalogue } from '../../compare/read.js';
import type { GroupBy, SkippedFile } from '../../compare/types.js';
import { type Diagnostic, InputError, UsageError, formatDiagnostic } from '../../errors.js';
import { t } from '../../i18n/index.js';
import '../../i18n/messages/compare.js';
import '../../i18n/messages/xlsx.js';
import { loadCatalogue } from '../../load/index.js';
import { parseCatalogueRef } from '../../model/catalogue.js';
import type { Lang } from '../../model/types.js';
import { write } from '../../write/write.js';
import type { Context } from '../context.js';

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
  const anonymize = options.anonymize === true;
  const skipInvalid = options.skipInvalid === true;
  const output = typeof options.output === 'string' ? options.output : undefined;

  const xlsx = format === 'xlsx';
  if (xlsx && (output === undefined || output === '-'))
    throw new UsageError(t(lang, 'xlsx.error.needsOutput'));

  const files = await findAssessmentFiles(paths, { cwd: ctx.cwd, lang });
  if (files.length === 0)
    throw new InputError(t(lang, 'compare.error.noFiles', { paths: paths.join(', ') }));

  const named =
    typeof options.catalogue === 'string'
      ? undefined
      : await readNamedCatalogue(files, lang, ctx.cwd);
  if (typeof options.catalogue !== 'string' && named === undefined) {
    throw new InputError(t(lang, 'load.catalogueUnnamed', { file: files[0] ?? '' }));
  }
  const catalogueRef =
    typeof options.catalogue === 'string'
      ? options.catalogue
      : parseCatalogueRef(named?.ref ?? '').id;
  const source =
    named === undefined
      ? t(lang, 'compare.error.catalogueFromOption')
      : t(lang, 'compare.error.catalogueFromFile', { file: named.file });
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

  const others = outcomes.filter(
    (o): o is Extract<Outcome, { kind: 'other-catalogue' }> => o.kind === 'other-catalogue',
  );
  if (others.length > 0) throw mismatchError(lang, catalogue.id, others, source);

  for (const o of outcomes) {
    if (o.kind === 'catalogue')
      ctx.stderr.write(`${t(lang, 'compare.note.catalogueIgnored', { file: o.file })}\n`);
  }
  const invalid = outcomes.filter(
    (o): o is Extract<Outcome, { kind: 'invalid' }> => o.kind === 'invalid',
  );
  const scored = outcomes.filter(
    (o): o is Extract<Outcome, { kind: 'scored' }> => o.kind === 'scored',
  );
  if (invalid.length === 0 && scored.length === 0) {
    throw new InputError(t(lang, 'compare.error.noFiles', { paths: paths.join(', ') }));
  }
  if (invalid.length > 0 && (!skipInvalid || scored.length === 0)) {
    const diagnostics: Diagnostic[] = invalid.flatMap((o) => o.diagnostics);
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
    const first = o.diagnostics.find((d) => d.severity === 'error') ?? o.diagnostics[0];
    ctx.stderr.write(
      `${t(lang, 'compare.warn.skipped', { count: o.diagnostics.length, file: o.file })}\n`,
    );
    for (const d of o.diagnostics) ctx.stderr.write(`  ${formatDiagnostic(d)}\n`);
    return first
      ? { file: o.file, problems: o.diagnostics.length, first: formatDiagnostic(first) }
      : { file: o.file, problems: 0 };
  });

  const entries: DigestEntry[] = scored.map((o) => ({
    file: o.file,
    digest: o.digest,
    catalogueRef: o.catalogueRef,
  }));
  const comparison = aggregateDigests(catalogue, entries, {
    lang,
    groupBy,
    anonymize,
    skipped,
    details: xlsx,
  });
  for (const v of comparison.versions) {
    ctx.stderr.write(
      `${t(lang, 'compare.warn.version', { count: v.count, version: v.version, used: catalogue.version })}\n`,
    );
  }

  const content = xlsx
    ? await (await import('../../compare/xlsx.js')).renderCompareXlsx(comparison)
    : format === 'json'
      ? renderCompareJson(comparison)
      : format === 'csv'
        ? renderCompareCsv(comparison, csvLocale)
        : format === 'html'
          ? renderCompareHtml(comparison)
          : renderCompareMarkdown(comparison);
  await write(content, output === undefined || output === '-' ? output : resolve(ctx.cwd, output), {
    force: options.force === true,
    lang,
    stdout: ctx.stdout,
  });
  return 0;
}

function mismatchError(
  lang: Lang,
  used: string,
  others: readonly { file: string; catalogueRef: string }[],
  source: string,
): InputError {
  const byId = new Map<string, string[]>();
  for (const o of others) {
    const id = parseCatalogueRef(o.catalogueRef).id;
    byId.set(id, [...(byId.get(id) ?? []), o.file]);
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
