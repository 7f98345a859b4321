import { type Diagnostic, InputError } from '../errors.js';
import { t } from '../i18n/index.js';
import { layerOf, parseCatalogueRef } from '../model/catalogue.js';
import type { Assessment, Catalogue, Lang, Result } from '../model/types.js';
import { scoreAssessment } from '../score/score.js';
import { validateAssessment } from '../validate/index.js';
import { peekYaml, shippedCatalogueIds } from '../load/index.js';
import { loadCatalogue, parseAndValidate } from './load.js';
import { readTextFile } from '../load/read.js';

export interface Scored {
  result: Result;
  catalogue: Catalogue;
  catalogueFile: string;
  assessment: Assessment;
  assessmentFile: string;
  warnings: Diagnostic[];
  /** Things worth knowing that are no problem (a Land profile exists for this Land). */
  hints: string[];
}

/**
 * load → validate → score for one assessment: the catalogue is `--catalogue`
 * (a path or a shipped id), else the one the assessment names. Every problem
 * of the assessment is reported together, answers checked against the catalogue.
 */
export async function loadAndScore(
  assessmentPath: string,
  options: { lang: Lang; catalogue?: string; cwd?: string },
): Promise<Scored> {
  const { lang } = options;
  const text = await readTextFile(assessmentPath, lang, options.cwd);
  const peeked = await peekYaml(text, assessmentPath, lang);
  const named = (peeked.value as { catalogue?: unknown } | null)?.catalogue;
  const ref =
    options.catalogue ?? (typeof named === 'string' ? parseCatalogueRef(named).id : undefined);
  if (ref === undefined) {
    // Without a catalogue only the assessment itself can be checked; say what is missing.
    await parseAndValidate(
      text,
      assessmentPath,
      lang,
      (v, source) => validateAssessment(v, source, lang),
      peeked.fast,
    );
    const hint = await landProfileHint(peeked.value, undefined, lang);
    const message = t(lang, 'load.catalogueUnnamed', { file: assessmentPath });
    throw new InputError(hint ? `${message} ${hint}` : message);
  }
  const {
    catalogue,
    file: catalogueFile,
    warnings: catalogueWarnings,
  } = await loadCatalogue(ref, options);
  const { value: assessment, warnings } = await parseAndValidate(
    text,
    assessmentPath,
    lang,
    (v, source) => validateAssessment(v, source, lang, catalogue),
    peeked.fast,
  );
  return {
    result: scoreAssessment(catalogue, assessment, { lang }),
    catalogue,
    catalogueFile,
    assessment,
    assessmentFile: assessmentPath,
    warnings: [...catalogueWarnings, ...warnings],
    hints: [await landProfileHint(assessment, catalogue, lang)].filter((h): h is string => !!h),
  };
}

/**
 * Where a profile for the municipality's Land is shipped (by convention its id is the Land's
 * code, `he` for HE) and the catalogue in use does not build on it, say so: it is never
 * chosen silently, since the municipality or its programme decides which catalogue judges it.
 */
export async function landProfileHint(
  assessment: unknown,
  catalogue: Catalogue | undefined,
  lang: Lang,
): Promise<string | undefined> {
  const state = (assessment as { municipality?: { state?: unknown } } | null)?.municipality?.state;
  if (typeof state !== 'string' || !/^[A-Z]{2}$/.test(state)) return undefined;
  const id = state.toLowerCase();
  if (catalogue && layerOf(catalogue, id)) return undefined;
  if (!(await shippedCatalogueIds()).includes(id)) return undefined;
  return t(lang, 'load.landProfileHint', { land: t(lang, `state.${state}`), id });
}
