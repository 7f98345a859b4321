import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { ROOT } from '../helpers/cli.js';

export const EXAMPLES = join(ROOT, 'examples');

/** The CLI in-process: argv → exit code, stdout and stderr. */
export async function runMain(
  argv: string[],
  cwd = ROOT,
): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  const code = await main(argv, { env: {}, stdout, stderr, stdin: new PassThrough(), cwd });
  return { code, out, err };
}

/** The embedded JSON of a questionnaire page. */
export function pageData(html: string): {
  from: { file: string; text: string } | null;
  languages: string[];
  storageKey: string;
  lang: string;
} {
  const match = /<script type="application\/json" id="efa-form-data">([\s\S]*?)<\/script>/.exec(
    html,
  );
  if (!match?.[1]) throw new Error('no form data in the page');
  return JSON.parse(match[1]) as ReturnType<typeof pageData>;
}

export function readExample(name: string): string {
  return readFileSync(join(EXAMPLES, name), 'utf8');
}

/** musterstadt.yaml with `x-…` keys at the top, in the municipality and inside long-form answers. */
export function withOwnKeys(text: string): string {
  return text
    .replace(
      'municipality:\n',
      'x-projekt: {nummer: 17, leitung: Frau A.}\nmunicipality:\n  x-kreis: Musterkreis\n',
    )
    .replace(
      '  reuse.it-provider:\n    value: 3\n',
      '  reuse.it-provider:\n    x-quelle: Interview 2026\n    value: 3\n',
    )
    .replace(
      '  reuse.legal-route:\n    value: fit-store\n',
      '  reuse.legal-route:\n    value: fit-store\n    x-geprueft: true\n',
    );
}
