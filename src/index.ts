/**
 * The programmatic API of efa-readiness: load, validate and score
 * catalogues and assessments from other tools.
 *
 * ```ts
 * import { loadCatalogue, loadAssessment, score } from 'efa-readiness';
 * const { catalogue } = await loadCatalogue('efa-default', { lang: 'de' });
 * const { assessment } = await loadAssessment('musterstadt.yaml', { lang: 'de', catalogue });
 * const result = score(catalogue, assessment, { lang: 'de' });
 * ```
 */
export type * from './model/types.js';
export {
  ASSESSMENT_FORMAT,
  CATALOGUE_FORMAT,
  METHODS,
  MUNICIPALITY_TYPES,
  RESULT_FORMAT,
  STATES,
} from './model/types.js';
export { resolveText } from './model/text.js';
export { applies, indexCriteria, answerValue, parseCatalogueRef } from './model/catalogue.js';
export type { Diagnostic, Severity } from './errors.js';
export {
  InputError,
  UsageError,
  BelowThresholdError,
  CancelledError,
  EfaError,
  InternalError,
  InterviewCancelled,
  TemplateError,
  formatDiagnostic,
} from './errors.js';
export { findShippedCatalogue, shippedCatalogueIds } from './load/index.js';
export {
  loadCatalogue,
  loadAssessment,
  type LoadedCatalogue,
  type LoadedAssessment,
} from './app/load.js';
export { loadAndScore, type Scored } from './app/pipeline.js';
export { parseYaml, type Parsed } from './load/parse.js';
export type { SourceMap, Position } from './model/source.js';
export {
  validateCatalogue,
  validateAssessment,
  detectKind,
  type Validation,
} from './validate/index.js';
export { scoreAssessment, scoreAssessment as score, type ScoreOptions } from './score/score.js';
export { bandByScore } from './score/band.js';
export { round1 } from './model/round.js';
