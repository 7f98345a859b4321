import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  escapeHtml,
  escapeMarkdown,
  escapeMarkdownCell,
  jsonForScript,
  markdownLinkDestination,
  safeLinkUrl,
} from '../../src/report/escape.js';
import type { CompiledReport } from '../../src/report/engine.js';
import { renderHtml } from '../../src/report/html.js';
import type { ReportView } from '../../src/report/view.js';

describe('escapeHtml', () => {
  it('escapes every character that can open markup or end an attribute', () => {
    expect(escapeHtml(`"><img src=x onerror='alert(1)'>&\``)).toBe(
      '&quot;&gt;&lt;img src&#61;x onerror&#61;&#39;alert(1)&#39;&gt;&amp;&#96;',
    );
  });
  it('leaves no raw < > " \' in any string', () => {
    fc.assert(fc.property(fc.string(), (s) => !/[<>"']/.test(escapeHtml(s))));
  });
});

describe('escapeMarkdown', () => {
  it('escapes table pipes, emphasis, code, links and raw HTML', () => {
    expect(escapeMarkdown('a | b *c* _d_ `e` [f](g) <h> ~i~ &amp; \\')).toBe(
      'a \\| b \\*c\\* \\_d\\_ \\`e\\` \\[f\\](g) \\<h\\> \\~i\\~ \\&amp; \\\\',
    );
  });
  it('neutralises a start that would open a heading, list, quote or break', () => {
    expect(escapeMarkdown('# heading')).toBe('\\# heading');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('+ item')).toBe('\\+ item');
    expect(escapeMarkdown('---')).toBe('\\---');
    expect(escapeMarkdown('1. first')).toBe('1\\. first');
    expect(escapeMarkdown('> quote')).toBe('\\> quote');
    expect(escapeMarkdown('Heading #')).toBe('Heading \\#');
  });
  it('leaves ordinary text readable', () => {
    expect(escapeMarkdown('23.000 Einwohner, Version 1.2.0, -5 Grad, #3')).toBe(
      '23.000 Einwohner, Version 1.2.0, -5 Grad, #3',
    );
  });
  it('puts everything on one line', () => {
    expect(escapeMarkdown('one\r\ntwo\n\n  three\tfour ')).toBe('one two three four');
  });
  it('never leaves an unescaped pipe, angle bracket or newline', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const out = escapeMarkdown(s);
        return !/\n/.test(out) && !/(^|[^\\])(\\\\)*[|<>]/.test(out);
      }),
    );
  });
  it('gives a dash for an empty cell', () => {
    expect(escapeMarkdownCell('  ')).toBe('–');
  });
});

describe('safeLinkUrl', () => {
  it('keeps http and https URLs, normalised', () => {
    expect(safeLinkUrl('https://docs.fitko.de/fit-connect/')).toBe(
      'https://docs.fitko.de/fit-connect/',
    );
    expect(safeLinkUrl('http://example.org/a b"c')).toBe('http://example.org/a%20b%22c');
  });
  it.each([
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'file:///etc/passwd',
    '/relative/path',
    'not a url',
    'https://user:secret@example.org/',
  ])('refuses %s', (url) => {
    expect(safeLinkUrl(url)).toBeNull();
  });
  it('refuses a missing URL', () => {
    expect(safeLinkUrl(undefined)).toBeNull();
  });
});

describe('markdownLinkDestination', () => {
  it('encodes what could end or break a link', () => {
    expect(markdownLinkDestination('https://e.org/x)[y](javascript:1)')).toBe(
      'https://e.org/x%29%5By%5D%28javascript:1%29',
    );
  });
});

describe('jsonForScript', () => {
  it('cannot close the script element and parses back to the same value', () => {
    const value = { note: '</script><script>alert(1)</script><!-- & \u2028' };
    const json = jsonForScript(value);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe('linear time on long runs of white space (issue 10, finding 10)', () => {
  it('drops trailing spaces of the HTML report without restarting at every space', () => {
    const note = `<td>A${' '.repeat(80_000)}B</td>`;
    const template = ((): string => `<p>x \t\n${note}\t \n\n\n\n<p>y</p>  `) as CompiledReport;
    const started = performance.now();
    const html = renderHtml({} as ReportView, template);
    // a hang guard only: /[ \t]+$/gm took seconds here, the linear pass takes milliseconds
    expect(performance.now() - started).toBeLessThan(5000);
    expect(html).toBe(`<p>x\n${note}\n\n<p>y</p>\n`);
  });

  it('breaks bare URLs and addresses in report text, too', () => {
    expect(escapeMarkdown('see https://a.example or www.b.example, x@c.example')).toBe(
      'see https\\://a.example or www\\.b.example, x\\@c.example',
    );
    expect(escapeMarkdown('fahrradwww.example xhttps://a.example')).toBe(
      'fahrradwww.example xhttps://a.example',
    );
  });
});
