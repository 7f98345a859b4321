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
  /** Inline Markdown text, escaped. */
  hb.registerHelper('md', (value: unknown) => escapeMarkdown(str(value)));
  /** A Markdown table cell, escaped (never empty). */
  hb.registerHelper('cell', (value: unknown) => escapeMarkdownCell(str(value)));
  /** A Markdown link destination (the URL is already restricted to http/https by the view). */
  hb.registerHelper('mdurl', (value: unknown) => markdownLinkDestination(str(value)));
  /** Join a list of strings; in Markdown templates combine with `md`/`cell`. */
  hb.registerHelper('join', (list: unknown, separator: unknown) =>
    Array.isArray(list) ? list.map(str).join(typeof separator === 'string' ? separator : ', ') : '',
  );
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  /** Repeat a string n times (e.g. a Markdown table rule). */
  hb.registerHelper('repeat', (value: unknown, count: unknown) =>
    typeof count === 'number' && count > 0 ? str(value).repeat(count) : '',
  );
}

function reason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, ' ').trim();
}
