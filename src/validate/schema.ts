import type { Diagnostic } from '../errors.js';
import { t } from '../i18n/index.js';
import type { SourceMap } from '../model/source.js';
import type { Lang } from '../model/types.js';
import { createRequire } from 'node:module';
import { answerShapeProblem } from './answer-shape.js';
import { suggest } from './suggest.js';

export type SchemaName = 'catalogue' | 'assessment' | 'result';

interface AjvError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  parentSchema?: { properties?: Record<string, unknown>; description?: string };
  data?: unknown;
}
type Validator = ((data: unknown) => boolean) & { errors?: AjvError[] | null };

/**
 * The standalone validators made at build time (scripts/build.mjs), one
 * CommonJS file per schema in dist/validate/generated/, each loaded on first
 * use only. Run from the sources (the tests), they are read from dist/ too.
 */
const require = createRequire(import.meta.url);
const GENERATED = import.meta.url.endsWith('.ts')
  ? '../../dist/validate/generated/'
  : '../validate/generated/';
const validators = new Map<SchemaName, Validator>();
function validatorFor(name: SchemaName): Validator {
  let validator = validators.get(name);
  if (!validator) {
    // Spelt from the parent folder so the path also holds inside the CLI bundle in dist/cli/.
    validator = (require(`${GENERATED}${name}.cjs`) as Record<SchemaName, Validator>)[name];
    validators.set(name, validator);
  }
  return validator;
}

/** Check a value against one of the shipped JSON Schemas; each error becomes a diagnostic with its place. */
export function schemaDiagnostics(
  name: SchemaName,
  value: unknown,
  source: SourceMap,
  lang: Lang,
  criterionOf: (path: readonly (string | number)[]) => string | undefined = () => undefined,
): Diagnostic[] {
  const validate = validatorFor(name);
  if (validate(value)) return [];
  return relevant(validate.errors ?? []).map((error) => {
    const path = pointerToPath(error.instancePath);
    const { at, message } = describe(error, path, lang);
    const where = at ?? path;
    const pos = source.locate(where, at ? 'key' : 'value');
    const criterion = criterionOf(where);
    return {
      severity: 'error' as const,
      code: `schema-${error.keyword}`,
      file: source.file,
      ...pos,
      ...(criterion ? { criterion } : {}),
      ...(where.length > 0 ? { path: describePath(where, criterion) } : {}),
      message,
    };
  });
}

/**
 * Ajv reports, for a failed `anyOf` or `propertyNames`, also every branch
 * that failed inside it; a person needs only the one summary.
 */
function relevant(all: AjvError[]): AjvError[] {
  // A failed `if`/`then`/`else` (the overlay switch) always comes with the branch's own errors.
  const errors = all.filter((e) => e.keyword !== 'if');
  const umbrellas = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'propertyNames');
  const kept = errors.filter(
    (e) => !umbrellas.some((u) => u !== e && e.schemaPath.startsWith(`${u.schemaPath}/`)),
  );
  const seen = new Set<string>();
  return kept.filter((e) => {
    const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A key path for people: dotted, and inside a catalogue criterion named by
 * the criterion's id (`interfaces.routing › gate.cap`) instead of indices.
 */
export function describePath(path: readonly (string | number)[], criterion?: string): string {
  if (criterion && path[0] === 'dimensions' && path[2] === 'criteria') {
    const rest = path.slice(4);
    return rest.length > 0 ? `${criterion} › ${rest.join('.')}` : criterion;
  }
  return path.join('.');
}

export function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
}

/** The kind of a found value, in words. */
export function kindOf(value: unknown, lang: Lang): string {
  if (value === null || value === undefined) return t(lang, 'kind.null');
  if (Array.isArray(value)) return t(lang, 'kind.list');
  if (typeof value === 'object') return t(lang, 'kind.map');
  if (typeof value === 'string') return t(lang, 'kind.string', { value: shorten(value) });
  if (typeof value === 'number') return t(lang, 'kind.number', { value });
  if (typeof value === 'boolean') return t(lang, 'kind.boolean', { value: String(value) });
  return typeof value;
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

const PATTERN_KEYS: Record<string, string> = {
  '^[a-z0-9][a-z0-9-]*$': 'schema.pattern.id',
  '^[a-z0-9][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)*$': 'schema.pattern.criterionId',
  '^[a-z]{2}$': 'schema.pattern.lang',
  '^[0-9]+$': 'schema.pattern.digits',
  '^([0-9]{5}|[0-9]{8})$': 'schema.pattern.ags',
  '^[0-9]{4}-[0-9]{2}-[0-9]{2}$': 'schema.pattern.date',
  '^(0|[1-9][0-9]*)$': 'schema.pattern.level',
  '^[a-z0-9][a-z0-9-]*(@[0-9A-Za-z.+-]+)?$': 'schema.pattern.catalogueRef',
};

type Described = { at?: (string | number)[]; message: string };

/** A key the schema does not know, with the allowed ones and a "did you mean". */
function unknownKey(error: AjvError, path: (string | number)[], lang: Lang): Described {
  const key = String(error.params.additionalProperty);
  const allowed = Object.keys(error.parentSchema?.properties ?? {});
  const hint = suggest(key, allowed);
  return {
    at: [...path, key],
    message:
      t(lang, 'schema.unknownKey', { key, allowed: allowed.join(', ') }) +
      (hint ? ` ${t(lang, 'suggest.didYouMean', { suggestion: hint })}` : ''),
  };
}

function typeMessage(
  error: AjvError,
  path: (string | number)[],
  lang: Lang,
  found: string,
): string {
  const expected = String(error.params.type)
    .split(',')
    .map((type) => t(lang, `type.${type}`))
    .join(t(lang, 'schema.or'));
  // An unquoted AGS is read as a number and loses its leading zero.
  const hint =
    path.at(-1) === 'ags' && typeof error.data === 'number'
      ? ` ${t(lang, 'schema.agsQuotes')}`
      : '';
  return t(lang, 'schema.type', { expected, found }) + hint;
}

/** None of the shapes fits: for an answer, say which part is wrong; else what was expected. */
function anyOfProblem(
  error: AjvError,
  path: (string | number)[],
  lang: Lang,
  found: string,
): Described {
  const shape =
    path[0] === 'answers' && path.length === 2 ? answerShapeProblem(error.data, lang) : undefined;
  if (shape) return { ...(shape.key ? { at: [...path, shape.key] } : {}), message: shape.message };
  const what =
    error.schemaPath.includes('/answer') || error.schemaPath.includes('/value')
      ? 'schema.anyOf.answer'
      : error.schemaPath.includes('/text')
        ? 'schema.anyOf.text'
        : 'schema.anyOf';
  return { message: `${t(lang, what)} ${t(lang, 'schema.found', { found })}` };
}

function describe(error: AjvError, path: (string | number)[], lang: Lang): Described {
  const found = kindOf(error.data, lang);
  const p = error.params;
  switch (error.keyword) {
    case 'required': {
      const key = String(p.missingProperty);
      return { message: t(lang, 'schema.required', { key }) };
    }
    case 'additionalProperties':
      return unknownKey(error, path, lang);
    case 'propertyNames': {
      const key = String(p.propertyName);
      return { at: [...path, key], message: t(lang, 'schema.badKey', { key }) };
    }
    case 'type':
      return { message: typeMessage(error, path, lang, found) };
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map(String);
      const hint = typeof error.data === 'string' ? suggest(error.data, allowed) : undefined;
      return {
        message:
          t(lang, 'schema.enum', { allowed: allowed.join(', '), found }) +
          (hint ? ` ${t(lang, 'suggest.didYouMean', { suggestion: hint })}` : ''),
      };
    }
    case 'const':
      return { message: t(lang, 'schema.const', { expected: String(p.allowedValue), found }) };
    case 'minimum':
    case 'exclusiveMinimum':
    case 'maximum':
    case 'exclusiveMaximum':
      return { message: t(lang, `schema.${error.keyword}`, { limit: String(p.limit), found }) };
    case 'pattern': {
      const key = PATTERN_KEYS[String(p.pattern)];
      const base = key ? t(lang, key) : t(lang, 'schema.pattern', { pattern: String(p.pattern) });
      return { message: `${base} ${t(lang, 'schema.found', { found })}` };
    }
    case 'minItems':
      return { message: t(lang, 'schema.minItems', { limit: String(p.limit), found }) };
    case 'minProperties':
    case 'minLength':
      return { message: t(lang, 'schema.notEmpty') };
    case 'anyOf':
      return anyOfProblem(error, path, lang, found);
    default:
      return { message: t(lang, 'schema.other', { keyword: error.keyword, found }) };
  }
}
