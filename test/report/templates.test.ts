import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEMPLATES_DIR, readTemplateSources } from '../../src/cli/commands/report.js';
import { compileReport } from '../../src/report/engine.js';
import { TemplateError } from '../../src/errors.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { ATTACKS, hostile } from './fixture.js';
import {
  fixtureInputs,
  html,
  markdown,
  markdownlint,
  validateHtml,
  view,
} from './render-helpers.js';

describe('Markdown report', () => {
  it('has every section in order, in both languages', async () => {
    const de = await markdown(fixtureInputs(), 'de');
    const headings = de.split('\n').filter((l) => /^## /.test(l));
    // the Kurzfassung first, right under the title: where, why, what next before the facts
    expect(headings).toEqual([
      '## Kurzfassung',
      '## Eckdaten der Einschätzung',
      '## Reifeprofil nach Dimensionen',
      '## K.-o.-Kriterien',
      '## Stärken',
      '## Maßnahmenplan',
      '## Bereitschaft je EfA-Leistung',
      '## Alle Kriterien mit Antworten',
      '## Anhang: Methode und Formeln',
    ]);
    const en = await markdown(fixtureInputs(), 'en');
    expect(en).toContain('## Action plan');
    expect(en).not.toMatch(/Maßnahmenplan|Kommune:/);
  });

  it('is clean under markdownlint, also with hostile input', async () => {
    const h = hostile();
    const findings = await markdownlint({
      de: await markdown(fixtureInputs(), 'de'),
      en: await markdown(fixtureInputs(), 'en'),
      hostile: await markdown(h, 'de'),
    });
    expect(findings).toBe('');
  });

  it('keeps tables intact whatever a note contains', async () => {
    const md = await markdown(hostile(), 'en');
    for (const table of md.split('\n\n').filter((block) => block.startsWith('| '))) {
      const rows = table.split('\n');
      const columns = (row: string): number =>
        row.replace(/\\\\/g, '').replace(/\\\|/g, '').split('|').length;
      for (const row of rows) expect(columns(row), row).toBe(columns(rows[0] ?? ''));
    }
  });

  it('shows hostile text as text: no raw HTML, links only to http(s)', async () => {
    const md = (await markdown(hostile(), 'de')).replace(
      /^<!-- markdownlint-disable-file MD013 -->\n/,
      '',
    );
    expect(md).not.toMatch(/(^|[^\\])<(script|img|!--)/m);
    expect(md).not.toMatch(/(?<!\\)\]\((?!https?:)/);
    expect(md).toContain('\\<script\\>alert("x")\\</script\\>');
    expect(md).toContain('{{constructor.constructor "alert(1)"}}');
  });

  it('passes every user string in the built-in templates through md or cell', async () => {
    const dir = join(TEMPLATES_DIR, 'partials', 'md');
    const files = [
      join(TEMPLATES_DIR, 'report.md.hbs'),
      ...(await readdir(dir)).map((f) => join(dir, f)),
    ];
    for (const file of files) {
      const source = await readFile(file, 'utf8');
      for (const [mustache] of source.matchAll(/\{\{[^}]*\}\}/g)) {
        const ok =
          /^\{\{(md|cell|mdurl) |^\{\{[#/>]|^\{\{else\}\}|^\{\{(rank|position|value)\}\}$/.test(
            mustache,
          );
        expect(ok, `${file}: ${mustache}`).toBe(true);
      }
    }
  });
});

describe('HTML report', () => {
  it('passes html-validate (recommended rules), also with hostile input', async () => {
    expect(await validateHtml(await html(fixtureInputs(), 'de'))).toBe('');
    expect(await validateHtml(await html(fixtureInputs(), 'en'))).toBe('');
    expect(await validateHtml(await html(hostile(), 'de'))).toBe('');
  });

  it('is self-contained: a strict CSP, no URL of another host except links in the text', async () => {
    const page = await html(fixtureInputs(), 'de');
    expect(page).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    );
    expect(page).not.toMatch(
      /<link|@import|@font-face|url\(|<script(?! type="application\/json" id="efa-result">)/,
    );
    const hosts = [...page.matchAll(/(?:src|href)="([^"#][^"]*)"/g)].map((m) => m[1]);
    expect(hosts).toEqual(['https://docs.fitko.de/fit-connect/']);
  });

  it('embeds the result JSON for reuse', async () => {
    const inputs = fixtureInputs();
    const page = await html(inputs, 'de');
    const json =
      /<script type="application\/json" id="efa-result">([\s\S]*?)<\/script>/.exec(page)?.[1] ?? '';
    expect(JSON.parse(json)).toEqual(inputs.result);
  });

  it('escapes every hostile string', async () => {
    const page = await html(hostile(), 'de');
    const markup = page.replace(
      /<script type="application\/json" id="efa-result">[\s\S]*?<\/script>/,
      '',
    );
    expect(markup).not.toMatch(/<script|<img|onerror=|href="javascript|href="data/i);
    expect(markup).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    for (const attack of ATTACKS.filter((a) => a.includes('<') || a.includes('"')))
      expect(markup).not.toContain(attack);
  });
});

describe('templates', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'efa-tpl-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('a custom template gets the view as data and the built-in partials, and its own partials override them', async () => {
    const template = join(dir, 'mine.hbs');
    await writeFile(template, '# {{md cover.municipality}}\n\n{{> summary}}\n\n{{> profile}}\n');
    await writeFile(
      join(dir, 'profile.hbs'),
      'Eigenes Profil: {{#each profile.dimensions}}{{md title}} {{/each}}\n',
    );
    const sources = await readTemplateSources('md', { lang: 'de', template });
    const out = renderMarkdown(
      view(fixtureInputs(), 'de'),
      compileReport('md', sources, Handlebars),
    );
    expect(out).toContain('# Musterstadt');
    expect(out).toContain('## Kurzfassung');
    expect(out).toContain('Eigenes Profil: Schnittstellen Personal Informationssicherheit');
    expect(out).not.toContain('## Reifeprofil');
  });

  it('strict mode: a field the view does not have is an error naming the template', async () => {
    const template = join(dir, 'typo.hbs');
    await writeFile(template, '{{md cover.municpality}}');
    const compiled = compileReport(
      'md',
      await readTemplateSources('md', { lang: 'de', template }),
      Handlebars,
    );
    expect(() => renderMarkdown(view(fixtureInputs(), 'de'), compiled)).toThrow(TemplateError);
    try {
      renderMarkdown(view(fixtureInputs(), 'de'), compiled);
    } catch (error) {
      expect((error as TemplateError).file).toBe(template);
      expect((error as TemplateError).stage).toBe('render');
      expect((error as Error).message).toMatch(/md.*line 1/);
    }
  });

  it('a syntax error is reported with its file before anything renders', () => {
    expect(() =>
      compileReport(
        'md',
        { main: { file: 'broken.hbs', source: '{{#each x}}' }, partials: [] },
        Handlebars,
      ),
    ).toThrow(expect.objectContaining({ file: 'broken.hbs', stage: 'parse' }) as Error);
  });

  it('cannot reach prototypes from a template', () => {
    const render = compileReport(
      'html',
      {
        main: { file: 'proto.hbs', source: '{{#with labels}}[{{constructor.name}}]{{/with}}' },
        partials: [],
      },
      Handlebars,
    );
    expect(() => render(view(fixtureInputs(), 'de'))).toThrow(TemplateError);
  });
});
