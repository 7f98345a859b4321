import { type Diagnostic, InputError } from '../errors.js';
import { t } from '../i18n/index.js';
import { parseCatalogueRef } from '../model/catalogue.js';
import type { Assessment, Catalogue, Lang, Result } from '../model/types.js';
import { scoreAssessment } from '../score/score.js';
import { validateAssessment } from '../validate/index.js';
import { loadCatalogue, readYaml } from './index.js';

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
  const parsed = await readYaml(assessmentPath, lang);
  const named = (parsed.value as { catalogue?: unknown } | null)?.catalogue;
  const ref =
    options.catalogue ?? (typeof named === 'string' ? parseCatalogueRef(named).id : undefined);
  if (ref === undefined) {
    // Without a catalogue only the assessment itself can be checked; say what is missing.
    const own = validateAssessment(parsed.value, parsed.source, lang);
    if (own.errors.length > 0) throw new InputError('', own.errors);
    throw new InputError(t(lang, 'load.catalogueUnnamed', { file: assessmentPath }));
  }
  const {
    catalogue,
    file: catalogueFile,
    warnings: catalogueWarnings,
  } = await loadCatalogue(ref, options);
  const validation = validateAssessment(parsed.value, parsed.source, lang, catalogue);
  if (!validation.value) throw new InputError('', validation.errors);
  return {
    result: scoreAssessment(catalogue, validation.value, { lang }),
    catalogue,
    catalogueFile,
    assessment: validation.value,
    assessmentFile: assessmentPath,
    warnings: [...catalogueWarnings, ...validation.warnings],
  };
}
