/**
 * `efa-readiness report`: a few runs of the built binary (`npm run build` first) for
 * what only a process shows (exit code, stdout, stderr without a stack), the rest
 * in-process through `main(argv, io)`, the same parsing, commands and exit codes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';
import { readGolden, withoutResultJson } from '../helpers/golden.js';
import { runMain } from '../helpers/main.js';

const EXAMPLE = join(ROOT, 'examples', 'musterstadt.yaml');

describe('efa-readiness report', () => {
  it('prints the Markdown report to stdout, as the golden file has it', () => {
    const run = runCli(['report', EXAMPLE]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(readGolden('report/musterstadt.de.md'));
  });

  it('takes the language from --lang', async () => {
    const run = await runMain(['report', EXAMPLE, '--lang', 'en', '--format', 'html']);
    expect(run.code).toBe(0);
    expect(withoutResultJson(run.stdout)).toBe(readGolden('report/musterstadt.en.html'));
  });

  it('writes a file, and replaces an existing one only with --force', async () => {
    const dir = tempDir({ 'bericht.html': 'mine' });
    const refused = await runMain(
      ['report', EXAMPLE, '--format', 'html', '--output', 'bericht.html'],
      {
        cwd: dir,
      },
    );
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('bericht.html existiert bereits');
    expect(readFileSync(join(dir, 'bericht.html'), 'utf8')).toBe('mine');

    const forced = await runMain(
      ['report', EXAMPLE, '--format', 'html', '--output', 'bericht.html', '--force'],
      { cwd: dir },
    );
    expect(forced.code).toBe(0);
    expect(forced.stdout).toBe('');
    expect(withoutResultJson(readFileSync(join(dir, 'bericht.html'), 'utf8'))).toBe(
      readGolden('report/musterstadt.de.html'),
    );
  });

  it('refuses to print a PDF to stdout', async () => {
    const run = await runMain(['report', EXAMPLE, '--format', 'pdf']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--output');
    expect(run.stdout).toBe('');
  });

  it('without a Chromium, --format pdf exits 2 and says how to install one', () => {
    const dir = tempDir();
    const run = runCli(
      ['report', EXAMPLE, '--format', 'pdf', '--output', 'x.pdf', '--lang', 'en'],
      {
        cwd: dir,
        env: { CHROME_PATH: join(dir, 'no-such-chromium') },
      },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('apt-get install chromium');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, 'x.pdf'))).toBe(false);
  });

  // Printing a PDF through the command is checked in page-one.test.ts, where that
  // PDF is also read page by page: each PDF is printed once in the suite.

  it('renders a custom template, whose neighbouring .hbs files override built-in partials', async () => {
    const dir = tempDir({
      'kurz.hbs':
        '# {{md cover.municipality}}: {{md summary.score}}\n\n{{> profile}}\n{{> services}}\n',
      'profile.hbs': '{{#each profile.dimensions}}- {{md title}}: {{md score}}\n{{/each}}',
    });
    const run = await runMain(['report', EXAMPLE, '--template', 'kurz.hbs'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^# Musterstadt: \d+,\d\n\n- /);
    expect(run.stdout).toContain('## Bereitschaft je EfA-Leistung');
    expect(run.stdout).not.toContain('Reifeprofil');
  });

  it('a template error exits 2 naming the template, without a stack', async () => {
    const dir = tempDir({ 'kaputt.hbs': '{{#each profile.dimensions}}' });
    const syntax = await runMain(['report', EXAMPLE, '--template', 'kaputt.hbs'], { cwd: dir });
    expect(syntax.code).toBe(2);
    expect(syntax.stderr).toContain('kaputt.hbs ist fehlerhaft');
    expect(syntax.stderr).not.toMatch(/\n\s+at /);

    // A folder of its own: every .hbs file next to a template is one of its partials.
    const other = tempDir({ 'tippfehler.hbs': '{{md cover.gemeinde}}' });
    const field = await runMain(
      ['report', EXAMPLE, '--template', 'tippfehler.hbs', '--lang', 'en'],
      {
        cwd: other,
      },
    );
    expect(field.code).toBe(2);
    expect(field.stderr).toContain('tippfehler.hbs could not be applied');
    expect(field.stderr).toContain('templates/README.md');

    const missing = await runMain(['report', EXAMPLE, '--template', 'fehlt.hbs'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('fehlt.hbs wurde nicht gefunden');
  });

  it('shows hostile catalogue and assessment text as text, in both formats', async () => {
    const dir = tempDir({ 'katalog.yaml': HOSTILE_CATALOGUE, 'kommune.yaml': HOSTILE_ASSESSMENT });
    const page = await runMain(
      ['report', 'kommune.yaml', '--catalogue', 'katalog.yaml', '--format', 'html'],
      { cwd: dir },
    );
    expect(page.stderr).toBe('');
    expect(page.code).toBe(0);
    const markup = page.stdout.replace(
      /<script type="application\/json" id="efa-result">[\s\S]*?<\/script>/,
      '',
    );
    expect(markup).not.toMatch(
      /<script|<img|<svg onload|<iframe|<a href=javascript|<b>|href="javascript/i,
    );
    expect(markup).toContain('href="https://example.org/a%22%3E%3Cscript%3Ealert(6)%3C/script%3E"');
    expect(markup).toContain('&lt;svg onload&#x3D;alert(7)&gt; | # Stadt');

    const md = await runMain(['report', 'kommune.yaml', '--catalogue', 'katalog.yaml'], {
      cwd: dir,
    });
    expect(md.code).toBe(0);
    expect(md.stdout).toContain(
      '# Standortbestimmung: EfA-Rollout-Bereitschaft – \\<svg onload=alert(7)\\> \\| # Stadt',
    );
    expect(md.stdout).toContain(
      '| \\| broken \\| table \\| # heading - list \\<!-- x --\\> {{this}} |',
    );
    expect(md.stdout).toContain(
      '[böse](https://example.org/a%22%3E%3Cscript%3Ealert%286%29%3C/script%3E)',
    );
  });

  it('a missing assessment exits 2', () => {
    const run = runCli(['report', 'gibt-es-nicht.yaml'], { cwd: tempDir() });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('the build', () => {
  it('precompiled every built-in template, so a run needs no Handlebars compiler', async () => {
    type Engine = typeof import('../../src/report/engine.js');
    type Command = typeof import('../../src/cli/commands/report.js');
    const engine = (await import(join(ROOT, 'dist/report/engine.js'))) as Engine;
    const command = (await import(join(ROOT, 'dist/cli/commands/report.js'))) as Command;
    for (const format of ['md', 'html'] as const) {
      const file = join(ROOT, `dist/report/templates.${format}.precompiled.js`);
      const precompiled = ((await import(file)) as { default: Record<string, never> }).default;
      const sources = await command.readTemplateSources(format, { lang: 'de' });
      expect(engine.isPrecompiled(format, sources, precompiled)).toBe(true);
      const edited = { ...sources, main: { ...sources.main, source: `${sources.main.source} ` } };
      expect(engine.isPrecompiled(format, edited, precompiled)).toBe(false);
    }
  });
});

const HOSTILE_CATALOGUE = `format: efa-readiness/catalogue/v1
id: hostile
version: 1.0.0
language: de
title: {de: "<script>alert('t')</script>", en: "\\"><img src=x onerror=alert(1)>"}
levels:
  - {value: 0, label: {de: "{{constructor}}", en: "| a | b |"}}
  - {value: 1, label: {de: "# eins", en: "- one"}}
bands:
  - {id: low, min: 0, label: {de: "<b>niedrig</b>", en: "<b>low</b>"}}
  - {id: high, min: 50, label: {de: "hoch", en: "high"}}
dimensions:
  - id: d
    title: {de: "</script><script>alert(2)</script>", en: "x"}
    criteria:
      - id: d.c
        title: {de: "<img src=x onerror=alert(3)>", en: "c"}
        question: {de: "Frage?", en: "Question?"}
        gate: {min: 50, cap: low, reason: {de: "javascript:alert(4)", en: "r"}}
        recommendations:
          - {below: 100, text: {de: "<iframe src=javascript:alert(5)>", en: "t"}, effort: low, horizon: short}
        references:
          - {title: {de: "böse", en: "evil"}, url: "https://example.org/a\\"><script>alert(6)</script>"}
      - id: d.e
        title: {de: "Zweites", en: "Second"}
        question: {de: "Frage?", en: "Question?"}
        type: boolean
`;

const HOSTILE_ASSESSMENT = `format: efa-readiness/assessment/v1
catalogue: hostile
municipality: {name: "<svg onload=alert(7)> | # Stadt", type: stadt, state: HE}
assessment: {date: 2026-11-20, method: self, assessors: ["<script>alert(8)</script>"]}
answers:
  d.c:
    value: 0
    note: "| broken | table |\\n# heading\\n- list\\n<!-- x --> {{this}}"
    evidence: ["javascript:alert(9)", "<a href=javascript:alert(10)>klick</a>"]
  d.e: true
`;
