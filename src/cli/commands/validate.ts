import { type Diagnostic, InputError } from '../../errors.js';
import { t } from '../../i18n/index.js';
import { isOverlay, readCatalogueChain } from '../../load/chain.js';
import {
  loadCatalogue,
  readYaml,
  shippedCatalogueIds,
  shippedVersions,
} from '../../load/index.js';
import type { Parsed } from '../../load/parse.js';
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
import type { CommonOptions, Context } from '../context.js';

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
  options: CommonOptions,
): Promise<number> {
  const { lang } = ctx;
  const parsed = await Promise.all(files.map((file) => parseFile(file, ctx)));

  const catalogues = new Map<string, Catalogue>();
  const overlays = await Promise.all(
    parsed.map((p) =>
      'errors' in p || p.kind !== 'catalogue' || !isOverlay(p.parsed.value)
        ? Promise.resolve(undefined)
        : validateOverlay(p.file, ctx),
    ),
  );
  const checked: Checked[] = parsed.map((p, i) => {
    if ('errors' in p) return p;
    if (p.kind !== 'catalogue') return { file: p.file, errors: [], warnings: [] };
    const v = overlays[i] ?? validateCatalogue(p.parsed.value, p.parsed.source, lang);
    if (v.value) catalogues.set(v.value.id, v.value);
    return {
      file: p.file,
      ...(v.value
        ? { what: t(lang, 'validate.catalogue', { id: v.value.id, version: v.value.version }) }
        : {}),
      errors: v.errors,
      warnings: v.warnings,
    };
  });

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
    const v = validateAssessment(p.parsed.value, p.parsed.source, lang, catalogue);
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
  let out = '';
  for (const file of checked) {
    if (file.errors.length === 0) {
      out += `${c.green(t(lang, 'validate.ok', { file: file.file, what: file.what ?? '' }))}\n`;
    } else {
      out += `${c.red(t(lang, 'validate.failed', { file: file.file, count: file.errors.length }))}\n`;
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

/** Read and parse one file and tell its kind by `format`; any problem so far is its result. */
async function parseFile(
  file: string,
  ctx: Context,
): Promise<{ file: string; parsed: Parsed; kind: DocumentKind } | Checked> {
  try {
    const parsed = await readYaml(file, ctx.lang, ctx.cwd);
    const detected = detectKind(parsed.value, parsed.source, ctx.lang);
    if ('error' in detected) return { file, errors: [detected.error], warnings: [] };
    return { file, parsed, kind: detected.kind };
  } catch (error) {
    if (error instanceof InputError) return { file, errors: [...error.diagnostics], warnings: [] };
    throw error;
  }
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
