import { type Diagnostic, formatDiagnostic } from '../errors.js';
import { t } from '../i18n/index.js';
import '../i18n/messages/compare.js';
import { loadCatalogue } from '../app/load.js';
import { findAssessmentFiles, readNamedCatalogue } from '../load/many.js';
import { parseCatalogueRef } from '../model/catalogue.js';
import type { Catalogue, Lang } from '../model/types.js';
import { type DigestEntry, type Identity, aggregateWithIdentities } from './aggregate.js';
import type { Outcome } from './assess.js';
import { dropDuplicates } from './duplicates.js';
import { readAssessments } from './read.js';
import type { Comparison, GroupBy, SkippedFile } from './types.js';

/** In the catalogue-mismatch message, this many files are named per catalogue. */
const FILES_NAMED = 20;

/** What `compare` is asked to do, with the flags already mapped. */
export interface CompareRequest {
  paths: readonly string[];
  cwd: string;
  lang: Lang;
  /** `--catalogue`; without it the first file that names one decides. */
  catalogue?: string;
  groupBy: GroupBy;
  anonymize: boolean;
  pseudonymKey?: Uint8Array;
  skipInvalid: boolean;
  /** Per-row details for the workbook (`Row.criteria` …). */
  details: boolean;
  /** A progress display for `total` files, started once the files are found. */
  progress?: (total: number) => {
    update: (done: number, total: number) => void;
    finish: () => void;
  };
}

/** A line for the person running it, with the problems it is about (indented below it). */
export interface CompareWarning {
  message: string;
  details?: Diagnostic[];
}

export interface CompareResult {
  /** The comparison and who its municipalities really are; absent where the run stops. */
  value?: { comparison: Comparison; identities: Identity[] };
  /** The problems that stopped the run, with their place. */
  errors: Diagnostic[];
  /** Where `value` is absent: the sentence after the errors. */
  message?: string;
  /** In the order they arose; printed also when the run stops. */
  warnings: CompareWarning[];
}

type Invalid = Extract<Outcome, { kind: 'invalid' }>;
type Scored = Extract<Outcome, { kind: 'scored' }>;

/**
 * The use case of `compare`: find the assessments (load/many), score each
 * against one catalogue, aggregate. Invalid files stop the run with every
 * problem listed unless `skipInvalid`. Problems the user can fix come back in
 * the result; only loading (a path not found, a catalogue not loadable) throws.
 */
export async function compareFiles(request: CompareRequest): Promise<CompareResult> {
  const { lang, cwd } = request;
  const unreadable: string[] = [];
  const files = await findAssessmentFiles(request.paths, { cwd, lang, unreadable });
  const shown = fileNamer([...files, ...unreadable], request.anonymize, lang);
  const noFiles = t(lang, 'compare.error.noFiles', { paths: request.paths.join(', ') });
  if (files.length === 0 && unreadable.length > 0)
    return failure(
      '',
      unreadable.flatMap((dir) => unreadableFolder(dir, lang).diagnostics),
    );
  if (files.length === 0) return failure(noFiles);

  const named =
    request.catalogue === undefined ? await readNamedCatalogue(files, lang, cwd) : undefined;
  if (request.catalogue === undefined && named === undefined)
    return failure(t(lang, 'load.catalogueUnnamed', { file: shown(files[0] ?? '') }));
  const ref = request.catalogue ?? parseCatalogueRef(named?.ref ?? '').id;
  const { catalogue } = await loadCatalogue(ref, { lang, cwd });
  const outcomes = await readWithProgress(files, catalogue, request);

  const source =
    named === undefined
      ? t(lang, 'compare.error.catalogueFromOption')
      : t(lang, 'compare.error.catalogueFromFile', { file: shown(named.file) });
  const others = otherCatalogues(outcomes, catalogue, request.catalogue !== undefined);
  if (others.length > 0) return failure(mismatchMessage(lang, catalogue.id, others, source, shown));

  const warnings: CompareWarning[] = outcomes
    .filter((o) => o.kind === 'catalogue')
    .map((o) => ({ message: t(lang, 'compare.note.catalogueIgnored', { file: shown(o.file) }) }));
  const invalid = [
    ...outcomes.filter((o): o is Invalid => o.kind === 'invalid'),
    ...unreadable.map((dir) => unreadableFolder(dir, lang)),
  ];
  const scored = outcomes.filter((o): o is Scored => o.kind === 'scored');
  if (invalid.length === 0 && scored.length === 0) return failure(noFiles, [], warnings);
  if (invalid.length > 0 && (!request.skipInvalid || scored.length === 0)) {
    const errors = invalid.flatMap((o) =>
      o.diagnostics.map((d) => ({ ...d, file: shown(d.file) })),
    );
    const message =
      scored.length === 0 && request.skipInvalid
        ? t(lang, 'compare.error.allInvalid', { count: invalid.length })
        : t(lang, 'compare.error.invalid', {
            count: invalid.length,
            total: invalid.length + scored.length,
          });
    return failure(message, errors, warnings);
  }
  const skipped = invalid.map((o) => skippedFile(o, shown, lang, warnings));
  const value = aggregateScored(catalogue, scored, skipped, request, shown, warnings);
  return { value, errors: [], warnings };
}

function failure(
  message: string,
  errors: Diagnostic[] = [],
  warnings: CompareWarning[] = [],
): CompareResult {
  return { errors, message, warnings };
}

async function readWithProgress(
  files: readonly string[],
  catalogue: Catalogue,
  request: CompareRequest,
): Promise<Outcome[]> {
  const progress = request.progress?.(files.length);
  try {
    return await readAssessments(files, catalogue, {
      lang: request.lang,
      cwd: request.cwd,
      ...(progress === undefined ? {} : { onProgress: progress.update }),
    });
  } finally {
    progress?.finish();
  }
}

/**
 * Files that name another catalogue; without `--catalogue` also those that name
 * a base of the chosen overlay: they would be scored on another chain than
 * they name, and that is the user's decision, never taken silently.
 */
function otherCatalogues(
  outcomes: readonly Outcome[],
  catalogue: Catalogue,
  chosen: boolean,
): { file: string; catalogueRef: string }[] {
  const others: { file: string; catalogueRef: string }[] = outcomes.filter(
    (o): o is Extract<Outcome, { kind: 'other-catalogue' }> => o.kind === 'other-catalogue',
  );
  if (!chosen) {
    for (const o of outcomes) {
      if (o.kind === 'scored' && parseCatalogueRef(o.catalogueRef).id !== catalogue.id)
        others.push(o);
    }
  }
  return others;
}

/** A skipped file for the comparison's notes; its problems become a warning. */
function skippedFile(
  o: Invalid,
  shown: (file: string) => string,
  lang: Lang,
  warnings: CompareWarning[],
): SkippedFile {
  const file = shown(o.file);
  const diagnostics = o.diagnostics.map((d) => ({ ...d, file: shown(d.file) }));
  const first = diagnostics.find((d) => d.severity === 'error') ?? diagnostics[0];
  warnings.push({
    message: t(lang, 'compare.warn.skipped', { count: diagnostics.length, file }),
    details: diagnostics,
  });
  return first
    ? { file, problems: diagnostics.length, first: formatDiagnostic(first) }
    : { file, problems: 0 };
}

/** Duplicates dropped (and said so), then the aggregate; other catalogue versions are a warning. */
function aggregateScored(
  catalogue: Catalogue,
  scored: readonly Scored[],
  skipped: readonly SkippedFile[],
  request: CompareRequest,
  shown: (file: string) => string,
  warnings: CompareWarning[],
): { comparison: Comparison; identities: Identity[] } {
  const { lang } = request;
  const { entries, duplicates } = dropDuplicates(
    scored.map((o): DigestEntry => ({
      file: o.file,
      digest: o.digest,
      key: o.key,
      catalogueRef: o.catalogueRef,
    })),
  );
  for (const d of duplicates) {
    warnings.push({
      message: t(lang, 'compare.warn.duplicate', { file: shown(d.dropped), kept: shown(d.kept) }),
    });
  }
  const result = aggregateWithIdentities(catalogue, entries, {
    lang,
    groupBy: request.groupBy,
    anonymize: request.anonymize,
    skipped,
    ...(request.pseudonymKey === undefined ? {} : { pseudonymKey: request.pseudonymKey }),
    details: request.details,
  });
  for (const v of result.comparison.versions) {
    warnings.push({
      message: t(lang, 'compare.warn.version', {
        count: v.count,
        version: v.version,
        used: catalogue.version,
      }),
    });
  }
  return result;
}

/** A folder that could not be listed, as an invalid outcome (an error, or with skipInvalid a skip). */
function unreadableFolder(dir: string, lang: Lang): Invalid {
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
 * How a file is named in messages: as given, or when anonymized by its
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

function mismatchMessage(
  lang: Lang,
  used: string,
  others: readonly { file: string; catalogueRef: string }[],
  source: string,
  shown: (file: string) => string,
): string {
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
  return t(lang, 'compare.error.catalogueMismatch', {
    used,
    source,
    count: others.length,
    details: details.join('; '),
  });
}
