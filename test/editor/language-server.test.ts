import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';
import { type CompletionItem, LspClient, type LspDiagnostic, YAML_SETTINGS } from './lsp-client.js';

/**
 * The editor experience, with the real yaml-language-server (VS Code's YAML
 * engine) over stdio: a file written by `init` and then moved one folder
 * deeper still finds its schema; completion offers the catalogue's criterion
 * ids and each criterion's values; misspelt ids and impossible values are
 * diagnostics. Needs the built package (`npm run build`).
 */

const labels = (items: CompletionItem[]): string[] => items.map((i) => i.label);

/** The position just after `needle` (first match) in `text`. */
function after(text: string, needle: string): { line: number; character: number } {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`not in text: ${needle}`);
  const before = text.slice(0, at + needle.length).split('\n');
  return { line: before.length - 1, character: (before.at(-1) ?? '').length };
}

function lineOf(text: string, needle: string): number {
  return after(text, needle).line;
}

function on(diagnostics: LspDiagnostic[], line: number): LspDiagnostic[] {
  return diagnostics.filter((d) => d.range.start.line === line);
}

describe('yaml-language-server on a file written by init and moved', () => {
  let client: LspClient;
  let folder: string;
  let moved: string;
  let text: string;

  beforeAll(async () => {
    folder = tempDir();
    const run = runCli(
      ['init', '--name', 'Musterstadt', '--type', 'stadt', '--state', 'HE', '--output', 'a.yaml'],
      { cwd: folder },
    );
    expect(run.code, run.stderr).toBe(0);
    // Moved one folder deeper, as a colleague filing it would: a relative $schema would break here.
    mkdirSync(join(folder, 'kommunen', '2026'), { recursive: true });
    moved = join(folder, 'kommunen', '2026', 'musterstadt.yaml');
    renameSync(join(folder, 'a.yaml'), moved);
    text = readFileSync(moved, 'utf8');
    client = new LspClient();
    await client.initialize(pathToFileURL(folder).href, 'de');
  });

  afterAll(async () => {
    await client.close();
  });

  it('finds the schema after the move: the untouched file has no diagnostics', async () => {
    expect(text.split('\n')[0]).toMatch(
      /^# yaml-language-server: \$schema=file:\/\/\/.*\/schemas\/catalogues\/efa-default\.assessment\.schema\.json$/,
    );
    const uri = pathToFileURL(moved).href;
    expect(await client.open(uri, text)).toEqual([]);
  });

  it('offers the criterion ids at a new answer key, with the question as documentation', async () => {
    const edited = text.replace(
      '  reuse.it-provider: unknown\n',
      '  reuse.it-provider: unknown\n  \n',
    );
    const uri = pathToFileURL(join(folder, 'kommunen', '2026', 'key.yaml')).href;
    await client.open(uri, edited);
    const at = after(edited, '  reuse.it-provider: unknown\n  ');
    const items = await client.completion(uri, at);
    const ids = labels(items);
    // Ids not yet answered in the file (here: the one commented out for a Stadt) are offered.
    expect(ids).toContain('regionality.district-coordination');
    expect(ids).not.toContain('reuse.legal-route'); // already there
    expect(ids.every((id) => /^[a-z]+\.[a-z0-9-]+$/.test(id))).toBe(true);
    const doc = items.find((i) => i.label === 'regionality.district-coordination')?.documentation;
    const question = (
      JSON.parse(readFileSync(join(ROOT, 'dist/catalogues/efa-default.json'), 'utf8')) as {
        catalogue: { dimensions: { criteria: { id: string; question: { de: string } }[] }[] };
      }
    ).catalogue.dimensions
      .flatMap((d) => d.criteria)
      .find((c) => c.id === 'regionality.district-coordination')?.question.de;
    expect(question).toBeDefined();
    expect(JSON.stringify(doc)).toContain(question);
  });

  it('offers the levels and unknown at a scale value, and no n/a where it is not allowed', async () => {
    const edited = text.replace('  reuse.it-provider: unknown\n', '  reuse.it-provider: \n');
    const uri = pathToFileURL(join(folder, 'kommunen', '2026', 'value.yaml')).href;
    await client.open(uri, edited);
    const items = await client.completion(uri, after(edited, '  reuse.it-provider: '));
    const values = labels(items);
    for (const v of ['0', '1', '2', '3', '4', 'unknown']) expect(values).toContain(v);
    expect(values).not.toContain('n/a');
    expect(values).not.toContain('true');
    const three = items.find((i) => i.label === '3')?.documentation;
    expect(JSON.stringify(three)).toContain('In Betrieb');
  });

  it('offers n/a where the criterion allows it, and the options of a choice', async () => {
    const edited = text
      .replace('  interfaces.dvdv: unknown\n', '  interfaces.dvdv: \n')
      .replace('  reuse.legal-route: unknown\n', '  reuse.legal-route: \n');
    const uri = pathToFileURL(join(folder, 'kommunen', '2026', 'na.yaml')).href;
    await client.open(uri, edited);
    expect(labels(await client.completion(uri, after(edited, '  interfaces.dvdv: ')))).toContain(
      'n/a',
    );
    const options = labels(await client.completion(uri, after(edited, '  reuse.legal-route: ')));
    for (const v of ['fit-store', 'marketplace', 'in-review', 'none', 'unknown'])
      expect(options).toContain(v);
  });

  it('flags a misspelt id and impossible values, in German', async () => {
    const edited = text
      .replace('  reuse.legal-route: unknown', '  reuse.legal-rout: unknown')
      .replace('  reuse.it-provider: unknown', '  reuse.it-provider: {value: 9}')
      .replace('  reuse.four-lines: unknown', '  reuse.four-lines:\n    value: ja')
      .replace('  reuse.policy: unknown', '  reuse.policy: vielleicht')
      .replace('  staff.leadership: unknown', '  staff.leadership: n/a');
    const uri = pathToFileURL(join(folder, 'kommunen', '2026', 'typos.yaml')).href;
    const diagnostics = await client.open(uri, edited);
    const messages = (line: number): string =>
      on(diagnostics, line)
        .map((d) => d.message)
        .join(' | ');

    expect(messages(lineOf(edited, 'reuse.legal-rout:'))).toContain(
      'Kein Kriterium dieses Namens im Katalog efa-default',
    );
    expect(messages(lineOf(edited, '{value: 9}'))).toContain('Erlaubt sind die Stufen 0 bis 4');
    expect(messages(lineOf(edited, 'value: ja'))).toContain('Erlaubt sind die Stufen 0 bis 4');
    expect(messages(lineOf(edited, 'reuse.policy: vielleicht'))).toContain(
      'Erlaubt sind true (ja) und false (nein) oder unknown (weiß nicht).',
    );
    expect(messages(lineOf(edited, 'staff.leadership: n/a'))).toContain('Erlaubt sind die Stufen');
    // Nothing else in the file is flagged.
    expect(diagnostics).toHaveLength(5);
  });
});

describe('yaml-language-server with the workspace setting of schema --install-vscode', () => {
  it('checks a mailed-in file that has no $schema line', async () => {
    const folder = tempDir();
    const run = runCli(['schema', '--install-vscode', '.'], { cwd: folder });
    expect(run.code, run.stderr).toBe(0);
    const settings = JSON.parse(readFileSync(join(folder, '.vscode', 'settings.json'), 'utf8')) as {
      'yaml.schemas': Record<string, string[]>;
    };
    const mailed = [
      'format: efa-readiness/assessment/v1',
      'catalogue: efa-default',
      'municipality: {name: Beispielhausen, type: gemeinde, state: HE}',
      'answers:',
      '  reuse.it-provider: 7',
      '',
    ].join('\n');
    const file = join(folder, 'eingang', 'beispielhausen.yaml');
    mkdirSync(join(folder, 'eingang'));
    writeFileSync(file, mailed);
    // The client sends the folder's settings, as VS Code does for its workspace.
    const client = new LspClient({
      yaml: { ...YAML_SETTINGS.yaml, schemas: settings['yaml.schemas'] },
    });
    try {
      await client.initialize(pathToFileURL(folder).href, 'de');
      const diagnostics = await client.open(pathToFileURL(file).href, mailed);
      expect(diagnostics.map((d) => d.message)).toEqual([
        'Erlaubt sind die Stufen 0 bis 4 oder unknown (weiß nicht).',
      ]);
    } finally {
      await client.close();
    }
  });
});
