import { resolve } from 'node:path';
import { diffCatalogues } from '../../catalogue/diff.js';
import { lintCatalogue, ownFindings } from '../../catalogue/lint.js';
import {
  type DiffEffect,
  renderCatalogueMarkdown,
  renderCatalogueYaml,
  renderDiff,
  renderLint,
} from '../../catalogue/render.js';
import { findAssessmentFiles } from '../../load/many.js';
import { InputError } from '../../errors.js';
import { SHIPPED_EXAMPLES } from '../../load/index.js';
import { loadAssessment, loadCatalogue } from '../../app/load.js';
import { resolveText } from '../../model/text.js';
import type { Assessment, Catalogue } from '../../model/types.js';
import { scoreAssessment } from '../../score/score.js';
import { write } from '../../write/write.js';
import type { CommonOptions, Context } from '../context.js';

interface OutputOptions extends CommonOptions {
  format?: string;
  output?: string;
  force?: boolean;
}

const EXAMPLES = SHIPPED_EXAMPLES;

async function emit(ctx: Context, text: string, options: OutputOptions): Promise<void> {
  const path = typeof options.output === 'string' ? resolve(ctx.cwd, options.output) : undefined;
  await write(text, path, { lang: ctx.lang, force: options.force === true, stdout: ctx.stdout });
}

/** `catalogue show`: the merged catalogue, with where each criterion came from. */
export async function runCatalogueShow(
  ctx: Context,
  ref: string,
  options: OutputOptions,
): Promise<number> {
  const { catalogue } = await loadCatalogue(ref, { lang: ctx.lang, cwd: ctx.cwd });
  const format = options.format ?? 'yaml';
  const text =
    format === 'json'
      ? `${JSON.stringify(catalogue, null, 2)}\n`
      : format === 'md'
        ? renderCatalogueMarkdown(catalogue, ctx.lang)
        : renderCatalogueYaml(catalogue, ctx.lang);
  await emit(ctx, text, options);
  return 0;
}

/**
 * `catalogue diff a b`: what changed, and what it does to the scores of the
 * example assessments (the shipped examples, or `--examples`).
 */
export async function runCatalogueDiff(
  ctx: Context,
  from: string,
  to: string,
  options: OutputOptions & { examples?: string[] },
): Promise<number> {
  const load = async (ref: string): Promise<Catalogue> =>
    (await loadCatalogue(ref, { lang: ctx.lang, cwd: ctx.cwd })).catalogue;
  const [a, b] = [await load(from), await load(to)];
  const diff = diffCatalogues(a, b);
  const paths = options.examples ?? [EXAMPLES];
  const files = await findAssessmentFiles(paths, { cwd: ctx.cwd, lang: ctx.lang });
  const effects: DiffEffect[] = [];
  for (const file of files) {
    // One reading of the example, by whichever catalogue accepts it (an answer to a criterion
    // only the newer one has must not hide the example), scored on both: each ignores what
    // it does not ask.
    const assessment = (await readOn(b, file, ctx)) ?? (await readOn(a, file, ctx));
    if (assessment === undefined) continue; // another catalogue's example, or invalid in both
    effects.push({
      file: displayName(file, ctx.cwd),
      before: scoreOn(a, assessment, ctx),
      after: scoreOn(b, assessment, ctx),
    });
  }
  const text =
    options.format === 'json'
      ? `${JSON.stringify({ ...diff, effects }, null, 2)}\n`
      : renderDiff(diff, effects, ctx.lang);
  await emit(ctx, text, options);
  return 0;
}

/** `catalogue lint`: what a reviewer would flag; exit 1 when there is anything (like a linter). */
export async function runCatalogueLint(
  ctx: Context,
  ref: string,
  options: OutputOptions,
): Promise<number> {
  const { catalogue, file } = await loadCatalogue(ref, { lang: ctx.lang, cwd: ctx.cwd });
  const { own: findings, inBase } = ownFindings(lintCatalogue(catalogue), catalogue);
  const base = catalogue.provenance?.chain.at(-2)?.id;
  const text =
    options.format === 'json'
      ? `${JSON.stringify(findings, null, 2)}\n`
      : renderLint(
          findings,
          displayName(file, ctx.cwd),
          ctx.lang,
          base ? { base, count: inBase } : undefined,
        );
  await emit(ctx, text, options);
  return findings.length > 0 ? 1 : 0;
}

/** An example that does not fit the catalogue (invalid there) is not read by it. */
async function readOn(
  catalogue: Catalogue,
  file: string,
  ctx: Context,
): Promise<Assessment | undefined> {
  try {
    return (await loadAssessment(file, { lang: ctx.lang, catalogue, cwd: ctx.cwd })).assessment;
  } catch (error) {
    if (error instanceof InputError) return undefined;
    throw error;
  }
}

function scoreOn(catalogue: Catalogue, assessment: Assessment, ctx: Context): DiffEffect['before'] {
  const result = scoreAssessment(
    catalogue,
    { ...assessment, catalogue: catalogue.id },
    { lang: ctx.lang },
  );
  return { score: result.score, band: bandLabel(catalogue, result.band, ctx) };
}

function bandLabel(catalogue: Catalogue, band: string | null, ctx: Context): string | null {
  if (band === null) return null;
  const found = catalogue.bands.find((b) => b.id === band);
  return found ? resolveText(found.label, ctx.lang, catalogue.language ?? 'de') : band;
}

/** Paths as the user wrote them; the shipped examples as `examples/<name>`. */
function displayName(file: string, cwd: string): string {
  if (file.startsWith(EXAMPLES)) return `examples/${file.slice(EXAMPLES.length)}`;
  return file.startsWith(`${cwd}/`) ? file.slice(cwd.length + 1) : file;
}
