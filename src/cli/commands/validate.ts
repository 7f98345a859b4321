import { resolve } from 'node:path';
import { type Diagnostic, InputError, UsageError } from '../../errors.js';
import { addMessages, t } from '../../i18n/index.js';
import { editor } from '../../i18n/messages/editor.js';
import { isOverlay } from '../../load/chain.js';
import { readCatalogueChain } from '../../app/chain.js';
import { SHIPPED_CATALOGUES, shippedCatalogueIds, shippedVersions } from '../../load/index.js';
import { loadCatalogue } from '../../app/load.js';
import { parseYamlFast } from '../../load/fast-yaml.js';
import type { Parsed } from '../../load/parse.js';
import { readTextFile } from '../../load/read.js';
import { readShippedCache } from '../../load/shipped.js';
import { noPositions, type SourceMap } from '../../model/source.js';
import { parseCatalogueRef } from '../../model/catalogue.js';
import type { Catalogue } from '../../model/types.js';
import { renderDiagnostics } from '../../render/diagnostics-text.js';
import { loadStyle } from '../../render/style.js';
import {
  detectKind,
  type DocumentKind,
  type Validation,
  validateAssessment,
  validateCatalogue,
} from '../../validate/index.js';
import { naturalFixes, showValue } from '../../validate/natural-input.js';
import { writeFileAtomicOrExplain } from '../../write/write.js';
import type { CommonOptions, Context } from '../context.js';
import { terminalSafe } from '../../render/terminal-safe.js';

addMessages(editor);

interface Checked {
  file: string;
  what?: string;
  errors: Diagnostic[];
  warnings: Diagnostic[];
}

/** An overlay is valid when its whole chain, merged, is a valid catalogue. */
async function validateOverlay(file: string, ctx: Context): Promise<Validation<Catalogue>> {
  try {
    const value = await readCatalogueChain(file, {
      lang: ctx.lang,
      cwd: ctx.cwd,
      versions: shippedVersions,
      shipped: shippedCatalogueIds,
    });
    return { value, errors: [], warnings: [] };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const errors: Diagnostic[] =
      error.diagnostics.length > 0
        ? [...error.diagnostics]
        : [{ severity: 'error', code: 'overlay', file, line: 0, col: 0, message: error.message }];
    return { errors, warnings: [] };
  }
}

/**
 * `efa-readiness validate`: catalogues and assessments alike, told apart by
 * `format`. Catalogues named on the command line serve the assessments that
 * name them; otherwise `--catalogue` or the shipped catalogue of that id.
 * Exit 2 when any file has an error; warnings alone exit 0.
 */
export async function runValidate(
  ctx: Context,
  files: string[],
  options: CommonOptions & { fix?: boolean; dryRun?: boolean },
): Promise<number> {
  const { lang } = ctx;
  if (options.dryRun === true && options.fix !== true)
    throw new UsageError(t(lang, 'fix.dryRunNeedsFix'));
  let fixed = '';
  // `--fix` edits the text by its positions, so it parses exactly from the start.
  const exact = options.fix === true;
  const parsed = await Promise.all(files.map((file) => parseFile(file, ctx, exact)));

  const catalogues = new Map<string, Catalogue>();
  const overlays = await Promise.all(
    parsed.map((p) =>
      'errors' in p || p.kind !== 'catalogue' || p.cached || !isOverlay(p.parsed.value)
        ? Promise.resolve(undefined)
        : validateOverlay(p.file, ctx),
    ),
  );
  const checked: Checked[] = [];
  for (const [i, p] of parsed.entries()) {
    checked[i] = await checkCatalogue(p, overlays[i], catalogues, ctx);
  }

  const shared = options.catalogue ? await catalogueOrError(options.catalogue, ctx) : undefined;
  for (const [i, p] of parsed.entries()) {
    if ('errors' in p || p.kind !== 'assessment') continue;
    const named = (p.parsed.value as { catalogue?: unknown }).catalogue;
    const id = typeof named === 'string' ? parseCatalogueRef(named).id : undefined;
    let catalogue: Catalogue | Diagnostic | undefined = shared;
    if (!catalogue && id)
      catalogue = catalogues.get(id) ?? (await catalogueOrError(id, ctx, p.file));
    if (catalogue && 'severity' in catalogue) {
      checked[i] = { file: p.file, errors: [catalogue], warnings: [] };
      continue;
    }
    if (options.fix === true) {
      const result = await fixFile(p, catalogue, ctx, options.dryRun === true);
      fixed += result.out;
      p.parsed = result.parsed;
    }
    const v = await validateParsed(p, lang, (value, source) =>
      validateAssessment(value, source, lang, catalogue),
    );
    checked[i] = {
      file: p.file,
      ...(v.value
        ? {
            what: t(lang, 'validate.assessment', {
              name: v.value.municipality.name,
              catalogue: catalogue?.id ?? v.value.catalogue,
            }),
          }
        : {}),
      errors: v.errors,
      warnings: v.warnings,
    };
  }

  const c = await loadStyle(ctx.color);
  let out = fixed;
  for (const file of checked) {
    if (file.errors.length === 0) {
      out += `${c.green(terminalSafe(t(lang, 'validate.ok', { file: file.file, what: file.what ?? '' })))}\n`;
    } else {
      out += `${c.red(terminalSafe(t(lang, 'validate.failed', { file: file.file, count: file.errors.length })))}\n`;
      out += renderDiagnostics(file.errors, { lang, style: c });
    }
    out += renderDiagnostics(file.warnings, { lang, style: c });
  }
  const errors = checked.reduce((sum, f) => sum + f.errors.length, 0);
  const warnings = checked.reduce((sum, f) => sum + f.warnings.length, 0);
  out += `${t(lang, 'validate.summary', { files: checked.length, errors, warnings })}\n`;
  ctx.stdout.write(out);
  return errors > 0 ? 2 : 0;
}

/** A catalogue's verdict (an assessment's comes once the catalogues are known); others pass. */
async function checkCatalogue(
  p: ParsedFile | Checked,
  overlay: Validation<Catalogue> | undefined,
  catalogues: Map<string, Catalogue>,
  ctx: Context,
): Promise<Checked> {
  const { lang } = ctx;
  if ('errors' in p) return p;
  if (p.kind !== 'catalogue') return { file: p.file, errors: [], warnings: [] };
  const v: Validation<Catalogue> = p.cached
    ? { value: p.cached, errors: [], warnings: [] }
    : (overlay ??
      (await validateParsed(p, lang, (value, source) => validateCatalogue(value, source, lang))));
  if (v.value) catalogues.set(v.value.id, v.value);
  return {
    file: p.file,
    ...(v.value
      ? { what: t(lang, 'validate.catalogue', { id: v.value.id, version: v.value.version }) }
      : {}),
    errors: v.errors,
    warnings: v.warnings,
  };
}

interface ParsedFile {
  file: string;
  text: string;
  parsed: Parsed;
  kind: DocumentKind;
  /** Parsed by the fast parser, without positions: parsed again exactly where there is anything to say. */
  fast?: boolean;
  /**
   * A shipped catalogue unchanged since the build, which validated it without a warning
   * (dist/catalogues/): its verdict is known, it is not parsed again.
   */
  cached?: Catalogue;
}

/**
 * The verdict on a parsed file. A clean file read by the fast parser is done; wherever there
 * is an error or a warning, the file is parsed again exactly, so every message has its place.
 */
async function validateParsed<T>(
  p: ParsedFile,
  lang: Context['lang'],
  validate: (value: unknown, source: SourceMap) => Validation<T>,
): Promise<Validation<T>> {
  const quick = validate(p.parsed.value, p.parsed.source);
  if (p.fast !== true || (quick.errors.length === 0 && quick.warnings.length === 0)) return quick;
  const { parseYaml } = await import('../../load/parse.js');
  p.parsed = parseYaml(p.text, p.file, lang);
  p.fast = false;
  if (p.parsed.diagnostics.length > 0) return { errors: p.parsed.diagnostics, warnings: [] };
  return validate(p.parsed.value, p.parsed.source);
}

/**
 * Read and parse one file and tell its kind by `format`; any problem so far is its result.
 * Unless `exact` is asked for, a shipped catalogue unchanged since the build is taken from the
 * build's cache and anything else is parsed fast first (validateParsed parses exactly where needed).
 */
async function parseFile(
  file: string,
  ctx: Context,
  exact: boolean,
): Promise<ParsedFile | Checked> {
  try {
    const text = await readTextFile(file, ctx.lang, ctx.cwd);
    if (!exact) {
      const quick = parseQuickly(file, text, ctx);
      if (quick) return quick;
    }
    const { parseYaml } = await import('../../load/parse.js');
    const parsed = parseYaml(text, file, ctx.lang);
    if (parsed.diagnostics.length > 0) return { file, errors: parsed.diagnostics, warnings: [] };
    const detected = detectKind(parsed.value, parsed.source, ctx.lang);
    if ('error' in detected) return { file, errors: [detected.error], warnings: [] };
    return { file, text, parsed, kind: detected.kind };
  } catch (error) {
    if (error instanceof InputError) return { file, errors: [...error.diagnostics], warnings: [] };
    throw error;
  }
}

/** A file's parse without the exact parser, where that is possible and its kind is clear. */
function parseQuickly(file: string, text: string, ctx: Context): ParsedFile | undefined {
  const path = resolve(ctx.cwd, file);
  if (path.startsWith(SHIPPED_CATALOGUES)) {
    const cached = readShippedCache(path, text, { clean: true });
    if (cached) {
      const parsed = { value: cached, source: noPositions(file), diagnostics: [] };
      return { file, text, parsed, kind: 'catalogue', cached };
    }
  }
  const fast = parseYamlFast(text);
  if (!fast) return undefined;
  const source = noPositions(file);
  const detected = detectKind(fast.value, source, ctx.lang);
  if ('error' in detected) return undefined; // said with its place by the exact parse
  return {
    file,
    text,
    parsed: { value: fast.value, source, diagnostics: [] },
    kind: detected.kind,
    fast: true,
  };
}

/** A catalogue by path or id, or the problem as a diagnostic of the file that needed it. */
async function catalogueOrError(
  ref: string,
  ctx: Context,
  file = ref,
): Promise<Catalogue | Diagnostic> {
  try {
    return (await loadCatalogue(ref, { lang: ctx.lang, cwd: ctx.cwd })).catalogue;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    if (error.diagnostics.length > 0 && !error.message) {
      // The catalogue itself is broken: its own problems name its own file.
      throw error;
    }
    return {
      severity: 'error',
      code: 'no-catalogue',
      file,
      line: 0,
      col: 0,
      message: error.message,
    };
  }
}

/**
 * `--fix`: every unambiguous natural-input fix of one assessment written into
 * it (atomically; with `--dry-run` only listed), each change printed with its
 * line. Gives the file as parsed after the fixes, for the validation that follows.
 */
async function fixFile(
  p: ParsedFile,
  catalogue: Catalogue | undefined,
  ctx: Context,
  dryRun: boolean,
): Promise<{ parsed: Parsed; out: string }> {
  const { lang } = ctx;
  const fixes = naturalFixes(p.parsed.value, catalogue);
  if (fixes.length === 0)
    return { parsed: p.parsed, out: `${t(lang, 'fix.none', { file: p.file })}\n` };
  let out = '';
  for (const fix of fixes) {
    const { line } = p.parsed.source.locate(fix.path, 'value');
    out += `  ${t(lang, 'fix.changed', { file: p.file, line, path: fix.path.join('.'), from: showValue(fix.from), to: showValue(fix.to) })}\n`;
  }
  const count = fixes.length;
  if (dryRun)
    return {
      parsed: p.parsed,
      out: `${t(lang, 'fix.summaryDry', { file: p.file, count })}\n${out}`,
    };
  const { applyFixes } = await import('../../validate/apply-fixes.js');
  const { parseYaml } = await import('../../load/parse.js');
  const text = applyFixes(p.text, fixes);
  await writeFileAtomicOrExplain(resolve(ctx.cwd, p.file), text, lang);
  return {
    parsed: parseYaml(text, p.file, lang),
    out: `${t(lang, 'fix.summary', { file: p.file, count })}\n${out}`,
  };
}
