import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type Handlebars from 'handlebars';
import { TemplateError } from '../errors.js';
import { fingerprint } from '../model/fingerprint.js';
import { escapeMarkdown, escapeMarkdownCell, markdownLinkDestination } from './escape.js';
import type { ReportView } from './view.js';

/**
 * Handlebars for the report: one isolated environment per compiled template
 * (`create()`), strict mode (a misspelt field is an error, not an empty
 * string), prototype access off (the library's default), and only the few
 * helpers below.
 *
 * Compiling Handlebars costs far more than rendering, so the build
 * precompiles the built-in templates (scripts/build.mjs) into
 * `templates.<format>.precompiled.js` next to this module, keyed by a hash of each
 * template's text. A run then needs only the small Handlebars runtime; any
 * template without a precompiled twin (a `--template` of the user's, an
 * edited built-in) is compiled once, with the full compiler.
 */

type Hbs = typeof Handlebars;
type CompileOptions = NonNullable<Parameters<Hbs['compile']>[1]>;
type TemplateSpec = ReturnType<Hbs['precompile']>;

export type TemplateFormat = 'md' | 'html';

export interface TemplateSources {
  /** The whole-report template and the file it came from (for messages). */
  main: { file: string; source: string };
  /** Partials by name (`{{> name}}`), each with its file. Later entries override earlier ones. */
  partials: { name: string; file: string; source: string }[];
}

/** The built-in templates, shipped with the package (spelt from the parent folder: also right inside the CLI bundle). */
export const TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

/** Precompiled template specifications by `templateKey`. */
export type Precompiled = Readonly<Record<string, TemplateSpec>>;

export type CompiledReport = (view: ReportView) => string;

/** Markdown has no escaping of its own: its templates escape with the `md`/`cell` helpers. */
export function compileOptions(format: TemplateFormat): CompileOptions {
  return { strict: true, noEscape: format === 'md', preventIndent: format === 'md' };
}

/** The key of a template's precompiled form: its format (which sets the options) and its text. */
export function templateKey(format: TemplateFormat, source: string): string {
  return fingerprint(`${format}\n${source}`);
}

/**
 * Compile (or take precompiled) the main template and its partials with the
 * given Handlebars module: the runtime suffices when every source is
 * precompiled, otherwise it must be the full `handlebars`.
 */
export function compileReport(
  format: TemplateFormat,
  sources: TemplateSources,
  handlebars: Hbs,
  precompiled: Precompiled = {},
): CompiledReport {
  const hb = handlebars.create();
  registerHelpers(hb);
  const options = compileOptions(format);
  const load = (file: string, source: string): ReturnType<Hbs['template']> => {
    const spec = precompiled[templateKey(format, source)];
    if (spec !== undefined) return hb.template(spec);
    try {
      // Parse now, so a syntax error is reported with its file before any output.
      hb.parse(source);
    } catch (error) {
      throw new TemplateError(reason(error), file, 'parse');
    }
    return hb.compile(source, options);
  };
  for (const partial of sources.partials)
    hb.registerPartial(partial.name, load(partial.file, partial.source));
  const template = load(sources.main.file, sources.main.source);
  return (view) => {
    try {
      return template(view);
    } catch (error) {
      throw new TemplateError(reason(error), sources.main.file, 'render');
    }
  };
}

/** True when every template of `sources` has a precompiled form. */
export function isPrecompiled(
  format: TemplateFormat,
  sources: TemplateSources,
  precompiled: Precompiled,
): boolean {
  return [sources.main, ...sources.partials].every(
    (s) => templateKey(format, s.source) in precompiled,
  );
}

/**
 * Load what the templates need — the precompiled built-ins if the build made
 * them, and the Handlebars runtime or, only where something must be
 * compiled, the full Handlebars — and compile once.
 */
export async function prepareReport(
  format: TemplateFormat,
  sources: TemplateSources,
): Promise<CompiledReport> {
  const precompiled = await loadPrecompiled(format);
  const handlebars = isPrecompiled(format, sources, precompiled)
    ? loadRuntime()
    : (await import('handlebars')).default;
  return compileReport(format, sources, handlebars, precompiled);
}

/**
 * The Handlebars runtime from its single-file build: one file to read instead
 * of the twenty modules behind `handlebars/runtime`, a third of the start-up
 * cost, same API (`create`, `template`).
 */
function loadRuntime(): Hbs {
  const require = createRequire(import.meta.url);
  return require('handlebars/dist/handlebars.runtime.min.js') as Hbs;
}

async function loadPrecompiled(format: TemplateFormat): Promise<Precompiled> {
  // Made by the build next to the compiled module; absent when running from source.
  // (Spelt from the parent folder so the path also holds inside the CLI bundle in dist/cli/.)
  const module = `../report/templates.${format}.precompiled.js`;
  try {
    return ((await import(module)) as { default: Precompiled }).default;
  } catch {
    return {};
  }
}

interface HelperOptions {
  loc?: { start: { line: number; column: number } };
}

function registerHelpers(hb: Hbs): void {
  const str = (value: unknown): string =>
    value === null || value === undefined
      ? ''
      : typeof value === 'string'
        ? value
        : JSON.stringify(value);
  /**
   * Handlebars' strict mode checks plain `{{field}}` but not a helper's
   * arguments, so the helpers check them: a misspelt field is an error with
   * its place, never silently empty. (null is a value: "not given".)
   */
  const value = (name: string, args: unknown[]): unknown => {
    const options = args[args.length - 1] as HelperOptions | undefined;
    const given = args.slice(0, -1);
    if (given.some((arg) => arg === undefined)) {
      const at = options?.loc?.start;
      const place = at ? ` (line ${at.line}, column ${at.column + 1})` : '';
      throw new Error(
        `{{${name} …}}${place}: the value is not in the report data; check the field name`,
      );
    }
    return given[0];
  };
  const helper = (name: string, fn: (...args: unknown[]) => unknown): void => {
    hb.registerHelper(name, (...args: unknown[]) => fn(value(name, args), ...args.slice(1, -1)));
  };
  /** Inline Markdown text, escaped. */
  helper('md', (v) => escapeMarkdown(str(v)));
  /** A Markdown table cell, escaped (never empty). */
  helper('cell', (v) => escapeMarkdownCell(str(v)));
  /** A Markdown link destination (the URL is already restricted to http/https by the view). */
  helper('mdurl', (v) => markdownLinkDestination(str(v)));
  /** Join a list of strings; in Markdown templates combine with `md`/`cell`. */
  helper('join', (list, separator) =>
    Array.isArray(list) ? list.map(str).join(typeof separator === 'string' ? separator : ', ') : '',
  );
  helper('eq', (a, b) => a === b);
}

function reason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, ' ').trim();
}
