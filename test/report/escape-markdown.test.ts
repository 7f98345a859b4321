/**
 * The Markdown rules have one home, src/report/escape.ts (issue 13 item 2):
 * the report's templates (`md`, `cell`, `mdurl`), the comparison and the
 * catalogue overview all escape through it. This pins each rule by example
 * and checks with a CommonMark/GFM renderer (markdown-it, which
 * markdownlint-cli2 ships) that what is escaped reads as the original text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateComparison } from '../../src/compare/aggregate.js';
import { renderCompareMarkdown } from '../../src/compare/markdown.js';
import {
  escapeMarkdown,
  escapeMarkdownCell,
  markdownCode,
  markdownLinkDestination,
} from '../../src/report/escape.js';
import { catalogue, result } from '../compare/fixtures.js';

interface MarkdownIt {
  render(src: string): string;
  renderInline(src: string): string;
}
// markdown-it has no type declarations; it is markdownlint-cli2's CommonMark renderer
const renderer = 'markdown-it';
const { default: markdownIt } = (await import(renderer)) as {
  default: () => MarkdownIt;
};
const md = markdownIt();

/** Text from markdown-it's HTML: tags dropped, its four entities decoded. */
function decoded(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The content of the first code element, decoded. */
function codeText(html: string): string | undefined {
  const inner = /<code>(.*?)<\/code>/s.exec(html)?.[1];
  return inner === undefined ? undefined : decoded(inner);
}

/** The one cell of a one-column GFM table holding `cell`, as rendered. */
function tableCell(cell: string): string | undefined {
  const html = md.render(`| h |\n| --- |\n| ${cell} |\n`);
  return /<td>(.*)<\/td>/s.exec(html)?.[1];
}

/** Printable text with every character Markdown treats specially, often. */
const hostile = fc.string({
  unit: fc.constantFrom(...'ab 1.#-+=*_`[]()<>|~&\\!:@/'.split(''), 'www.', 'https://'),
  maxLength: 30,
});

describe('the Markdown rules, by example', () => {
  it.each([
    [
      'inline text: markup characters get a backslash',
      escapeMarkdown('a *b* _c_ `d` [e](f) <g>'),
      'a \\*b\\* \\_c\\_ \\`d\\` \\[e\\](f) \\<g\\>',
    ],
    [
      'inline text: a pipe, a tilde, an ampersand, a backslash',
      escapeMarkdown('a|b ~c &amp; \\'),
      'a\\|b \\~c \\&amp; \\\\',
    ],
    ['inline text: one line', escapeMarkdown(' one\r\ntwo\t three '), 'one two three'],
    [
      'inline text: no heading, list or quote at the start',
      escapeMarkdown('# 1. - > x'),
      '\\# 1. - \\> x',
    ],
    ['inline text: an ordered list start', escapeMarkdown('2026. Jahr'), '2026\\. Jahr'],
    [
      'inline text: no bare link',
      escapeMarkdown('https://x.example www.y.example a@b.example'),
      'https\\://x.example www\\.y.example a\\@b.example',
    ],
    ['table cell: as inline text', escapeMarkdownCell('a|b'), 'a\\|b'],
    ['table cell: never empty', escapeMarkdownCell(' \n '), '–'],
    ['code span: the text exactly', markdownCode('interfaces.routing'), '`interfaces.routing`'],
    ['code span: a longer fence around backticks', markdownCode('a`b``c'), '```a`b``c```'],
    ['code span: padded where it starts with a backtick', markdownCode('`x'), '`` `x ``'],
    ['code span: on one line', markdownCode('a\r\nb'), '`a b`'],
    ['code span in a table cell: the pipe escaped', markdownCode('a|b', 'cell'), '`a\\|b`'],
    ['code span: none for no text', markdownCode(''), ''],
    [
      'link destination: parentheses and spaces encoded',
      markdownLinkDestination('https://x.example/a (b)'),
      'https://x.example/a%20%28b%29',
    ],
  ])('%s', (_, actual, expected) => {
    expect(actual).toBe(expected);
  });
});

describe('what is escaped reads as the original text', () => {
  it('inline text renders as the text, on one line, with no markup', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const html = md.renderInline(escapeMarkdown(s));
        expect(html).not.toMatch(/<[a-z]/);
        expect(decoded(html)).toBe(s.replace(/\s+/g, ' ').trim());
      }),
    );
  });

  it('a table cell stays one cell and shows the text', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const cell = tableCell(escapeMarkdownCell(s));
        const text = s.replace(/\s+/g, ' ').trim();
        expect(cell).toBeDefined();
        expect(cell).not.toMatch(/<[a-z]/);
        expect(decoded(cell ?? '')).toBe(text === '' ? '–' : text);
      }),
    );
  });

  it('a code span shows its text exactly, inline and in a table cell', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        fc.pre(s.trim() !== '');
        expect(codeText(md.renderInline(markdownCode(s)))).toBe(s);
        expect(codeText(tableCell(markdownCode(s, 'cell')) ?? '')).toBe(s);
      }),
    );
  });
});

describe('the comparison escapes through the one home', () => {
  it('lists a skipped file with backticks and a pipe as a code span of its exact name', () => {
    const file = 'kommunen/`alt`|neu *1*.yaml';
    const c = aggregateComparison(
      catalogue,
      [{ file: 'a.yaml', result: result({ name: 'Musterstadt' }) }],
      {
        lang: 'de',
        skipped: [{ file, problems: 1 }],
      },
    );
    const line = renderCompareMarkdown(c)
      .split('\n')
      .find((l) => l.startsWith(`- ${markdownCode(file)}: `));
    expect(line).toBeDefined();
    expect(codeText(md.renderInline(line ?? ''))).toBe(file);
  });
});
