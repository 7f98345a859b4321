import type { Diagnostic } from '../errors.js';
import { t } from '../i18n/index.js';
import type { SourceMap } from '../model/source.js';
import {
  ASSESSMENT_FORMAT,
  type Assessment,
  CATALOGUE_FORMAT,
  type Catalogue,
  type Lang,
} from '../model/types.js';
import { withFixHints } from './answer-shape.js';
import { assessmentAgainstCatalogue, assessmentRules } from './assessment-rules.js';
import { catalogueRules } from './catalogue-rules.js';
import { naturalFixes } from './natural-input.js';
import { schemaDiagnostics } from './schema.js';

export { checkValue } from './assessment-rules.js';
export { schemaDiagnostics } from './schema.js';

/** What validation returns: the typed value where there are no errors, and every problem found. */
export interface Validation<T> {
  value?: T;
  errors: Diagnostic[];
  warnings: Diagnostic[];
}

export type DocumentKind = 'catalogue' | 'assessment';

const FORMATS: Record<DocumentKind, string> = {
  catalogue: CATALOGUE_FORMAT,
  assessment: ASSESSMENT_FORMAT,
};

/**
 * Which kind of document a parsed value is, told by its `format` key; an
 * error where the key is missing, unknown or of another version.
 */
export function detectKind(
  value: unknown,
  source: SourceMap,
  lang: Lang,
): { kind: DocumentKind } | { error: Diagnostic } {
  const fail = (
    code: string,
    key: string,
    params: Record<string, string>,
    path: string[],
  ): { error: Diagnostic } => ({
    error: {
      severity: 'error',
      code,
      file: source.file,
      ...source.locate(path),
      ...(path.length > 0 ? { path: path.join('.') } : {}),
      message: t(lang, key, params),
    },
  });
  const expected = `${CATALOGUE_FORMAT}, ${ASSESSMENT_FORMAT}`;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail('not-a-map', 'rule.notAMap', { expected }, []);
  }
  const format = (value as Record<string, unknown>).format;
  if (format === undefined) return fail('no-format', 'rule.noFormat', { expected }, []);
  for (const [kind, known] of Object.entries(FORMATS) as [DocumentKind, string][]) {
    if (format === known) return { kind };
    const family = known.slice(0, known.lastIndexOf('/') + 1);
    if (typeof format === 'string' && format.startsWith(family)) {
      return fail('format-version', 'rule.formatVersion', { found: format, expected: known }, [
        'format',
      ]);
    }
  }
  return fail(
    'unknown-format',
    'rule.unknownFormat',
    { found: typeof format === 'string' ? format : JSON.stringify(format), expected },
    ['format'],
  );
}

function expectKind(
  kind: DocumentKind,
  value: unknown,
  source: SourceMap,
  lang: Lang,
): Diagnostic | undefined {
  const detected = detectKind(value, source, lang);
  if ('error' in detected) return detected.error;
  if (detected.kind !== kind) {
    return {
      severity: 'error',
      code: 'wrong-kind',
      file: source.file,
      ...source.locate(['format']),
      message: t(lang, kind === 'catalogue' ? 'rule.expectedCatalogue' : 'rule.expectedAssessment'),
    };
  }
  return undefined;
}

/** Validate a parsed catalogue: schema, then the rules beyond it. Pure. */
export function validateCatalogue(
  value: unknown,
  source: SourceMap,
  lang: Lang,
): Validation<Catalogue> {
  const kindError = expectKind('catalogue', value, source, lang);
  if (kindError) return { errors: [kindError], warnings: [] };
  const criterionOf = criterionInCatalogue(value as Catalogue);
  const errors = schemaDiagnostics('catalogue', value, source, lang, criterionOf);
  if (errors.length > 0) return { errors: byPlace(errors), warnings: [] };
  const catalogue = value as Catalogue;
  const ruleErrors = catalogueRules(catalogue, source, lang);
  return ruleErrors.length > 0
    ? { errors: byPlace(ruleErrors), warnings: [] }
    : { value: catalogue, errors: [], warnings: [] };
}

/**
 * Validate a parsed assessment: schema and its own rules, then, with a
 * catalogue, every answer against its criterion. Pure.
 */
export function validateAssessment(
  value: unknown,
  source: SourceMap,
  lang: Lang,
  catalogue?: Catalogue,
): Validation<Assessment> {
  const kindError = expectKind('assessment', value, source, lang);
  if (kindError) return { errors: [kindError], warnings: [] };
  const criterionOf = (path: readonly (string | number)[]): string | undefined =>
    (path[0] === 'answers' || path[0] === 'targets' || path[0] === 'actions') &&
    typeof path[1] === 'string'
      ? path[1]
      : undefined;
  const schemaErrors = schemaDiagnostics('assessment', value, source, lang, criterionOf);
  const assessment = value as Assessment;
  // Even where the schema failed, check what can be checked, so one run lists every problem.
  const errors = [...schemaErrors, ...assessmentRules(assessment, source, lang)];
  let warnings: Diagnostic[] = [];
  if (catalogue) {
    const broken = new Set(
      schemaErrors.filter((d) => d.path?.startsWith('answers.')).map((d) => d.criterion ?? ''),
    );
    const checked = assessmentAgainstCatalogue(assessment, catalogue, source, lang, broken);
    errors.push(...checked.errors);
    warnings = checked.warnings;
  }
  if (errors.length === 0) return { value: assessment, errors: [], warnings: byPlace(warnings) };
  const hinted = withFixHints(errors, naturalFixes(value, catalogue), lang);
  return { errors: byPlace(hinted), warnings: byPlace(warnings) };
}

/** Problems in the order of the file, so a reader can walk down it. */
function byPlace(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => a.line - b.line || a.col - b.col);
}

function criterionInCatalogue(
  catalogue: Catalogue,
): (path: readonly (string | number)[]) => string | undefined {
  return (path) => {
    if (path[0] !== 'dimensions' || path[2] !== 'criteria') return undefined;
    const dimension = (catalogue.dimensions as unknown[] | undefined)?.[path[1] as number] as
      { criteria?: { id?: unknown }[] } | undefined;
    const id = dimension?.criteria?.[path[3] as number]?.id;
    return typeof id === 'string' ? id : undefined;
  };
}
