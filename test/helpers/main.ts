import { PassThrough } from 'node:stream';
import { main } from '../../src/cli/main.js';
import { ROOT, type Run } from './cli.js';

/**
 * The CLI in-process, through `main(argv, io)` with fake streams: the same
 * parsing, commands and exit codes as the binary, without starting a Node
 * process. German unless `env` or `--lang` say otherwise; no colour.
 */
export async function runMain(
  argv: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; stderrIsTTY?: boolean } = {},
): Promise<Run> {
  const stdout = new PassThrough();
  const stderr = Object.assign(new PassThrough(), { isTTY: options.stderrIsTTY === true });
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  const code = await main(argv, {
    env: options.env ?? {},
    stdout,
    stderr,
    stdin: new PassThrough(),
    cwd: options.cwd ?? ROOT,
  });
  return { code, stdout: out, stderr: err };
}
