/**
 * `efa-readiness schema` and `init --schema-copy` on the built binary: where
 * the schema goes, what the settings file keeps, and that nothing is replaced
 * without `--force`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';
import { runMain } from '../helpers/main.js';

const BUILT = join(ROOT, 'schemas/catalogues/efa-default.assessment.schema.json');

describe('efa-readiness schema', () => {
  it('prints the shipped catalogue’s schema, the file the build made', () => {
    const run = runCli(['schema']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(readFileSync(BUILT, 'utf8'));
  });

  it('makes one for a catalogue file, in English with --lang en, and keeps an existing output', async () => {
    const folder = tempDir();
    const args = ['schema', '--catalogue', join(ROOT, 'test/interview/fixtures/catalogue.yaml')];
    const run = await runMain([...args, '--lang', 'en', '--output', 'own.json'], { cwd: folder });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe('Schema for interview-fixture written: own.json\n');
    const schema = JSON.parse(readFileSync(join(folder, 'own.json'), 'utf8')) as {
      properties: { answers: { description: string; properties: Record<string, unknown> } };
    };
    expect(schema.properties.answers.description).toContain('Ctrl+Space');
    expect(Object.keys(schema.properties.answers.properties)).toContain('reuse.fit-store');
    const again = await runMain([...args, '--output', 'own.json'], { cwd: folder });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('own.json existiert bereits und bleibt unverändert.');
  });

  it('--install-vscode merges into the folder’s settings and keeps every other key', async () => {
    const folder = tempDir();
    mkdirSync(join(folder, '.vscode'));
    const settings = join(folder, '.vscode', 'settings.json');
    writeFileSync(
      settings,
      JSON.stringify({ 'editor.rulers': [100], 'yaml.schemas': { 'k.json': ['k/*.yaml'] } }),
    );
    const run = await runMain(['schema', '--install-vscode', '.'], { cwd: folder });
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(readFileSync(settings, 'utf8'))).toEqual({
      'editor.rulers': [100],
      'yaml.schemas': { 'k.json': ['k/*.yaml'], [BUILT]: ['*.yaml', '**/*.yaml'] },
    });
    const again = await runMain(['schema', '--install-vscode', '.'], { cwd: folder });
    expect(again.stderr).toBe(
      '.vscode/settings.json enthält die Zuordnung schon; nichts geändert.\n',
    );
  });

  it('--install-vscode leaves a settings file with comments alone, exit 2', async () => {
    const folder = tempDir();
    mkdirSync(join(folder, '.vscode'));
    const settings = join(folder, '.vscode', 'settings.json');
    const text = '{\n  // mine\n  "editor.tabSize": 2\n}\n';
    writeFileSync(settings, text);
    const run = await runMain(['schema', '--install-vscode', '.', '--lang', 'en'], { cwd: folder });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('.vscode/settings.json is not valid JSON');
    expect(run.stderr).toContain('add "yaml.schemas" by hand');
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
    expect(readFileSync(settings, 'utf8')).toBe(text);
  });

  it('--install-vscode for a catalogue of one’s own puts its schema into .vscode/, named relatively', async () => {
    const folder = tempDir();
    const catalogue = join(ROOT, 'test/interview/fixtures/catalogue.yaml');
    const run = await runMain(
      ['schema', '--catalogue', catalogue, '--install-vscode', 'kommunen'],
      {
        cwd: folder,
      },
    );
    expect(run.code, run.stderr).toBe(0);
    const copy = join(folder, 'kommunen/.vscode/interview-fixture.assessment.schema.json');
    expect(existsSync(copy)).toBe(true);
    expect(
      JSON.parse(readFileSync(join(folder, 'kommunen/.vscode/settings.json'), 'utf8')),
    ).toEqual({
      'yaml.schemas': {
        './.vscode/interview-fixture.assessment.schema.json': ['*.yaml', '**/*.yaml'],
      },
    });
  });
});

describe('init --schema-copy', () => {
  it('writes the schema beside the file and refers to it relatively', async () => {
    const folder = tempDir();
    mkdirSync(join(folder, 'out'));
    const args = ['init', '--name', 'M', '--type', 'stadt', '--state', 'HE', '--schema-copy'];
    const run = await runMain([...args, '--output', 'out/m.yaml'], { cwd: folder });
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(join(folder, 'out/m.yaml'), 'utf8').split('\n')[0]).toBe(
      '# yaml-language-server: $schema=./efa-default.assessment.schema.json',
    );
    expect(readFileSync(join(folder, 'out/efa-default.assessment.schema.json'), 'utf8')).toBe(
      readFileSync(BUILT, 'utf8'),
    );
    // A second file in the same folder shares the identical copy.
    const second = await runMain([...args, '--output', 'out/n.yaml'], { cwd: folder });
    expect(second.code, second.stderr).toBe(0);
  });

  it('needs --output', async () => {
    const run = await runMain([
      'init',
      '--name',
      'M',
      '--type',
      'stadt',
      '--state',
      'HE',
      '--schema-copy',
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--schema-copy braucht --output');
  });
});
