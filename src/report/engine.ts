import Handlebars from 'handlebars';
import { escapeMarkdown, escapeMarkdownCell, markdownLinkDestination } from './escape.js';
import type { ReportView } from './view.js';

/**
 * Handlebars for the report: one isolated environment per compiled template
 * (`Handlebars.create()`), strict mode (a misspelt field is an error, not an
 * empty string), prototype access off (the library's default), and only the
 * few helpers below. Templates are compiled once per run.
 */

export type TemplateFormat = 'md' | 'html';

export interface TemplateSources {
  /** The whole-report template and the file it came from (for messages). */
  main: { file: string; source: string };
  /** Partials by name (`{{> name}}`), each with its file. Later entries override earlier ones. */
  partials: { name: string; file: string; source: string }[];
}

/** A template could not be parsed or applied; `file` names the template that failed. */
export class TemplateError extends Error {
  constructor(
    message: string,
    readonly file: string,
    /** parse: the template is not valid Handlebars; render: it asked for data the view does not have. */
    readonly stage: 'parse' | 'render',
  ) {
    super(message);
    this.name = 'TemplateError';
  }
}

export type CompiledReport = (view: ReportView) => string;

export function compileReport(format: TemplateFormat, sources: TemplateSources): CompiledReport {
  const hb = Handlebars.create();
  registerHelpers(hb);
  const options: CompileOptions = { strict: true, noEscape: format === 'md', preventIndent: format === 'md' };
  const parse = (file: string, source: string): void => {
    try {
      hb.parse(source);
    } catch (error) {
      throw new TemplateError(reason(error), file, 'parse');
    }
  };
  parse(sources.main.file, sources.main.source);
  const partialFiles = new Map<string, string>();
  for (const partial of sources.partials) {
    parse(partial.file, partial.source);
    hb.registerPartial(partial.name, hb.compile(partial.source, options));
    partialFiles.set(partial.name, partial.file);
  }
  const template = hb.compile<ReportView>(sources.main.source, options);
  return (view) => {
    try {
      return template(view);
    } catch (error) {
      throw new TemplateError(reason(error), sources.main.file, 'render');
    }
  };
}

type CompileOptions = NonNullable<Parameters<typeof Handlebars.compile>[1]>;

function registerHelpers(hb: typeof Handlebars): void {
  const str = (value: unknown): string =>
    value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
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
      throw new Error(`{{${name} …}}${place}: the value is not in the report data; check the field name`);
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

interface HelperOptions {
  loc?: { start: { line: number; column: number } };
}

function reason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, ' ').trim();
}
