import { type Diagnostic, InputError } from '../errors.js';
import { t } from '../i18n/index.js';
import { parseCatalogueRef } from '../model/catalogue.js';
import type { Assessment, Catalogue, Lang, Result } from '../model/types.js';
import { scoreAssessment } from '../score/score.js';
import { validateAssessment } from '../validate/index.js';
import { loadCatalogue, parseAndValidate, peekYaml } from './index.js';
import { readTextFile } from './read.js';

export interface Scored {
  result: Result;
  catalogue: Catalogue;
  catalogueFile: string;
  assessment: Assessment;
  assessmentFile: string;
  warnings: Diagnostic[];
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
    throw new InputError(t(lang, 'load.catalogueUnnamed', { file: assessmentPath }));
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
  };
}
