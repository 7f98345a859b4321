/**
 * Escaping for every string that comes from an assessment or a catalogue.
 * Handlebars escapes HTML in `{{…}}` on its own; Markdown has no such escaping,
 * so Markdown templates run every user string through `escapeMarkdown` or
 * `escapeMarkdownCell` (the `md` and `cell` helpers). The one home of the
 * Markdown rules, used by the report, the comparison and the catalogue:
 * inline text (`escapeMarkdown`), a table cell (`escapeMarkdownCell`), a code
 * span (`markdownCode`) and a link destination (`markdownLinkDestination`).
 */

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
  '=': '&#61;',
};

/** Text for HTML element content and attribute values (the same set Handlebars escapes). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`=]/g, (c) => HTML_ESCAPES[c] ?? c);
}

/**
 * Inline Markdown text: one line (newlines and runs of white space become a
 * space), every character that could start emphasis, code, a link, raw HTML,
 * an entity or a table cell escaped with a backslash, and a start that could
 * open a heading, list, quote or thematic break neutralised. The result reads
 * as the original text on any CommonMark/GFM renderer.
 */
export function escapeMarkdown(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  const escaped = breakAutolinks(line.replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`));
  // A start that Markdown reads as block syntax where the text begins a line:
  // a heading, list item, setext underline or thematic break (#, -, +, = before
  // a space, the end or another of the same), or an ordered list item ("1. ").
  return (
    escaped
      .replace(/^([#+=-])(?=\s|$|\1)/, '\\$1')
      .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2')
      // A closing sequence of a heading: # at the very end after a space.
      .replace(/(\s)(#+)$/, '$1\\$2')
  );
}

/**
 * GFM turns a bare `https://…`, `www.…` or e-mail address in text into a
 * link (and markdownlint flags it, MD034). A backslash before the `:` of the
 * scheme, the `.` after `www` and every `@` keeps the text as it reads and
 * makes it no link. Linear: each pattern is a fixed prefix.
 */
function breakAutolinks(text: string): string {
  return text
    .replace(/(?<![a-z0-9])(https?|ftp)(?=:\/\/)/gi, '$1\\')
    .replace(/(?<![a-z0-9])(www)(?=\.)/gi, '$1\\')
    .replace(/@/g, '\\@');
}

/** A GFM table cell: inline text as above; an empty value becomes a dash. */
export function escapeMarkdownCell(text: string): string {
  const escaped = escapeMarkdown(text);
  return escaped === '' ? '–' : escaped;
}

/**
 * An inline code span (an id, a file name) that shows the text exactly:
 * fenced by one backtick more than its longest run of backticks, padded with
 * a space where it begins or ends with a backtick or a space (CommonMark
 * strips one each side), on one line. In a GFM table cell (`cell`) a `|`
 * would end the cell even inside the span, so it is escaped there; GFM
 * removes the backslash before it renders the span. Empty text gives none.
 */
export function markdownCode(text: string, where: 'inline' | 'cell' = 'inline'): string {
  const line = text.replace(/[\r\n]+/g, ' ');
  if (line === '') return '';
  const longest = Math.max(0, ...Array.from(line.matchAll(/`+/g), (m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(line) && line.trim() !== '' ? ' ' : '';
  const body = where === 'cell' ? line.replace(/\|/g, '\\|') : line;
  return `${fence}${pad}${body}${pad}${fence}`;
}

/**
 * A URL that may become a link: only absolute http: and https: URLs, in their
 * normalised form (so spaces, quotes and angle brackets are percent-encoded).
 * Anything else (javascript:, data:, relative paths, garbage) gives null and
 * is shown as text.
 */
export function safeLinkUrl(url: string | undefined): string | null {
  if (url === undefined) return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.username !== '' || parsed.password !== '') return null;
  return parsed.href;
}

/** A link destination for Markdown `[text](url)`: parentheses and the rest percent-encoded. */
export function markdownLinkDestination(url: string): string {
  return url.replace(
    /[()<>\s\\`*_[\]|]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

/**
 * JSON for a `<script type="application/json">` element: `<`, `>` and `&` as
 * Unicode escapes so no string can close the element or open a comment, and
 * the line separators that older parsers choke on escaped too. `JSON.parse`
 * of the element's text gives the original value back.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value, null, 1)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * A quoted CSS string for `content:` inside a `<style>` element: every
 * character other than letters, digits, space and plain punctuation as a CSS
 * hex escape (`\3c ` for `<`), so no value can end the string, the rule or the
 * element. Browsers show the original text.
 */
export function escapeCssString(text: string): string {
  let out = '';
  for (const c of text) {
    const code = c.codePointAt(0) ?? 0;
    const plain = /[\p{L}\p{N} .,:;!?()–·/-]/u.test(c) && code > 0x1f;
    out += plain ? c : `\\${code.toString(16)} `;
  }
  return `"${out}"`;
}
