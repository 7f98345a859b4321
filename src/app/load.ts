import { type Diagnostic, InputError } from '../errors.js';
import type { Assessment, Catalogue, Lang } from '../model/types.js';
import { noPositions, type SourceMap } from '../model/source.js';
import { isOverlay } from '../load/chain.js';
import { parseYamlFast } from '../load/fast-yaml.js';
import {
  findCatalogueFile,
  parseExact,
  peekYaml,
  readYaml,
  SHIPPED_CATALOGUES,
  shippedCatalogueIds,
  shippedVersions,
} from '../load/index.js';
import type { Parsed } from '../load/parse.js';
import { readTextFile } from '../load/read.js';
import { readShippedCache } from '../load/shipped.js';
import { type Validation, validateAssessment, validateCatalogue } from '../validate/index.js';
import { readCatalogueChain } from './chain.js';

/**
 * load → validate for one file: load/ reads and parses, validate/ judges, and
 * these use cases put the two together so that every problem comes out with
 * its file, line and column.
 */

export interface LoadedCatalogue {
  catalogue: Catalogue;
  file: string;
  warnings: Diagnostic[];
}

export interface LoadedAssessment {
  assessment: Assessment;
  file: string;
  warnings: Diagnostic[];
  document: NonNullable<Parsed['document']>;
}

/**
 * Parse and validate a YAML text. A clean file takes the fast path (js-yaml
 * with YAML 1.2 core semantics, no positions); wherever there is anything to
 * say — an error, a warning, or a feature the fast parser declines — the
 * file is parsed again exactly, so every message keeps its line and column.
 */
export async function parseAndValidate<T>(
  text: string,
  file: string,
  lang: Lang,
  validate: (value: unknown, source: SourceMap) => Validation<T>,
  fast: { value: unknown } | undefined = parseYamlFast(text),
): Promise<{ value: T; warnings: Diagnostic[] }> {
  if (fast) {
    const quick = validate(fast.value, noPositions(file));
    if (quick.value && quick.warnings.length === 0) return { value: quick.value, warnings: [] };
  }
  const parsed = await parseExact(text, file, lang);
  const exact = validate(parsed.value, parsed.source);
  if (!exact.value) throw new InputError('', exact.errors);
  return { value: exact.value, warnings: exact.warnings };
}

/**
 * Load a catalogue by path or by the id of a shipped one, validated. Throws
 * an InputError that names what was looked for when there is none.
 */
export async function loadCatalogue(
  ref: string,
  options: { lang: Lang; cwd?: string },
): Promise<LoadedCatalogue> {
  const { lang } = options;
  const file = await findCatalogueFile(ref, options);
  const text = await readTextFile(file, lang, options.cwd);
  if (file.startsWith(SHIPPED_CATALOGUES)) {
    const cached = readShippedCache(file, text);
    if (cached) return { catalogue: cached, file, warnings: [] };
  }
  if (isOverlay((await peekYaml(text, file, lang)).value)) {
    const catalogue = await readCatalogueChain(file, {
      lang,
      ...(options.cwd !== undefined ? { cwd: options.cwd } : {}),
      versions: shippedVersions,
      shipped: shippedCatalogueIds,
    });
    return { catalogue, file, warnings: [] };
  }
  const { value, warnings } = await parseAndValidate(text, file, lang, (v, source) =>
    validateCatalogue(v, source, lang),
  );
  return { catalogue: value, file, warnings };
}

/**
 * Load an assessment, validated; with a catalogue, every answer is checked
 * against it too. All problems are thrown together in one InputError.
 */
export async function loadAssessment(
  file: string,
  options: { lang: Lang; catalogue?: Catalogue; cwd?: string },
): Promise<LoadedAssessment> {
  const parsed = await readYaml(file, options.lang, options.cwd);
  const validation = validateAssessment(
    parsed.value,
    parsed.source,
    options.lang,
    options.catalogue,
  );
  if (!validation.value || !parsed.document) throw new InputError('', validation.errors);
  return {
    assessment: validation.value,
    file,
    warnings: validation.warnings,
    document: parsed.document,
  };
}
