/**
 * The tables of the comparison page and the handouts: accessible (caption,
 * column headers with scope, the first cell of each row a row header), with
 * what the page's script needs to sort and filter them (see html-script.ts).
 */

import { escapeHtml } from '../report/escape.js';

// One escaper for every HTML the program writes (the 7 characters Handlebars escapes).
export { escapeHtml };

/** A run without a break opportunity this long may break anywhere (print); shorter words never do. */
const LONG_TOKEN = 24;
const LONG_RUN = new RegExp(`[^\\s\\-–/]{${LONG_TOKEN},}`, 'gu');

/**
 * Escaped text in which only an unusually long token (a file name, an id,
 * a name without spaces) is marked to break anywhere; every other word
 * breaks only at spaces and hyphens.
 */
export function breakable(text: string): string {
  let out = '';
  let at = 0;
  for (const match of text.matchAll(LONG_RUN)) {
    out += `${escapeHtml(text.slice(at, match.index))}<span class="long">${escapeHtml(match[0])}</span>`;
    at = match.index + match[0].length;
  }
  return out + escapeHtml(text.slice(at));
}

export interface Column {
  /** Markup of the header (already escaped). */
  label: string;
  numeric?: boolean;
  /** Keep on one line (dates). */
  nowrap?: boolean;
  /** The full name where the label is short (a tooltip; plain text, escaped here). */
  title?: string;
}

/** A cell with more than its markup: its value for sorting, a class, a span. */
export interface Cell {
  html: string;
  /** The number a sort uses (null: no value, sorted last). */
  value?: number | null;
  className?: string;
  colspan?: number;
}

export type CellInput = string | Cell;

export interface TableOptions {
  /** The first cell of each row is a row header (default). */
  rowHeader?: boolean;
  /** The page's script may sort it by any column. */
  sortable?: boolean;
  /** With a filter field above: its label, and the status text with `{shown}` and `{total}`. */
  filter?: { label: string; count: string };
}

/** A numeric cell: its text and its value for sorting. */
export function numberCell(html: string, value: number | null, className?: string): Cell {
  return className === undefined ? { html, value } : { html, value, className };
}

function classes(column: Column | undefined, extra?: string): string {
  const list = [column?.numeric ? 'n' : '', column?.nowrap ? 'nw' : '', extra ?? ''].filter(
    (x) => x !== '',
  );
  return list.length > 0 ? ` class="${list.join(' ')}"` : '';
}

function headerCell(column: Column): string {
  const title = column.title === undefined ? '' : ` title="${escapeHtml(column.title)}"`;
  return `<th scope="col"${classes(column)}${title}>${column.label}</th>`;
}

function bodyCell(input: CellInput, column: Column | undefined, header: boolean): string {
  const cell = typeof input === 'string' ? { html: input } : input;
  const tag = header ? 'th' : 'td';
  const scope = header ? ' scope="row"' : '';
  const span = cell.colspan === undefined ? '' : ` colspan="${cell.colspan}"`;
  const value =
    cell.value === undefined || cell.value === null ? '' : ` data-v="${String(cell.value)}"`;
  return `<${tag}${scope}${classes(column, cell.className)}${span}${value}>${cell.html}</${tag}>`;
}

/** An accessible table; a row of one cell spanning all columns is a fold ("… 1,180 …"). */
export function table(
  caption: string,
  columns: readonly Column[],
  rows: readonly CellInput[][],
  options: TableOptions = {},
): string {
  const rowHeader = options.rowHeader !== false;
  const body = rows
    .map((cells) => {
      const only = cells[0];
      if (cells.length === 1 && typeof only === 'object' && only.colspan !== undefined)
        return `<tr class="fold">${bodyCell(only, undefined, false)}</tr>`;
      return `<tr>${cells.map((cell, i) => bodyCell(cell, columns[i], i === 0 && rowHeader)).join('')}</tr>`;
    })
    .join('\n');
  const attributes = [
    options.sortable === true ? ' class="sortable"' : '',
    options.filter === undefined
      ? ''
      : ` data-filter="${escapeHtml(options.filter.label)}" data-count="${escapeHtml(options.filter.count)}"`,
  ].join('');
  // A scrollable region must be reachable by keyboard (WCAG 2.1.1); the table's caption names it.
  return `<div class="scroll" tabindex="0"><table${attributes}>\n<caption>${caption}</caption>\n<thead><tr>${columns.map(headerCell).join('')}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table></div>`;
}

/**
 * The opening of a self-contained page up to `<body>`: language, the page's own
 * Content-Security-Policy, phone viewport, title (already escaped) and its one stylesheet.
 */
export function pageHead(lang: string, csp: string, title: string, style: string): string {
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="efa-readiness">
<title>${title}</title>
<style>${style}</style>
</head>
<body>`;
}
