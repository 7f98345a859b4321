import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCompare } from '../../src/cli/commands/compare.js';
import type { Context } from '../../src/cli/context.js';
import { FIXTURES } from './helpers.js';

class Capture extends Writable {
  text = '';
  constructor(
    readonly isTTY: boolean,
    readonly columns = 100,
  ) {
    super();
  }
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString('utf8');
    done();
  }
}

function context(tty: boolean): { ctx: Context; stdout: Capture; stderr: Capture } {
  const stdout = new Capture(false);
  const stderr = new Capture(tty);
  const ctx: Context = {
    lang: 'de',
    color: false,
    env: {},
    cwd: FIXTURES,
    stdout,
    stderr,
    stdin: process.stdin,
  };
  return { ctx, stdout, stderr };
}

/** A folder of `count` assessments of different municipalities. */
function many(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'efa-progress-'));
  const template = readFileSync(join(FIXTURES, 'pilots/05-wetterkreis.yaml'), 'utf8');
  for (let i = 0; i < count; i++) {
    writeFileSync(
      join(dir, `ort-${String(i).padStart(4, '0')}.yaml`),
      template
        .replace('name: Wetterkreis', `name: Ort ${i}`)
        .replace('ags: "06998"', `ags: "${String(6000000 + i).padStart(8, '0')}"`),
    );
  }
  return dir;
}

describe('runCompare in-process', () => {
  it('draws a progress bar on a terminal for long runs, and clears it', async () => {
    const dir = many(230);
    const { ctx, stdout, stderr } = context(true);
    const code = await runCompare(ctx, [dir], { catalogue: 'catalogue.yaml', format: 'json' });
    expect(code).toBe(0);
    expect(stderr.text).toContain('\rEinlesen ');
    expect(stderr.text).toContain('230/230');
    expect(stderr.text.endsWith('\r\x1b[K')).toBe(true);
    expect(
      (JSON.parse(stdout.text) as { counts: { municipalities: number } }).counts.municipalities,
    ).toBe(230);
  });

  it('draws no progress bar when stderr is not a terminal, or for few files', async () => {
    const dir = many(230);
    const piped = context(false);
    expect(
      await runCompare(piped.ctx, [dir], { catalogue: 'catalogue.yaml', format: 'json' }),
    ).toBe(0);
    expect(piped.stderr.text).toBe('');
    const few = context(true);
    expect(
      await runCompare(few.ctx, ['pilots'], { catalogue: 'catalogue.yaml', format: 'md' }),
    ).toBe(0);
    expect(few.stderr.text).not.toContain('\r');
    expect(few.stdout.text).toContain('# Blaupause: EfA-Rollout-Bereitschaft, Kommunen: 6');
  });

  it('reads paths relative to the context folder', async () => {
    const { ctx, stdout } = context(false);
    const code = await runCompare(
      ctx,
      ['pilots/03-musterburg-ost.yaml', 'pilots/05-wetterkreis.yaml'],
      {
        format: 'csv',
        catalogue: join(FIXTURES, 'catalogue.yaml'),
        csvLocale: 'de',
      },
    );
    expect(code).toBe(0);
    expect(stdout.text.split('\r\n')).toHaveLength(4);
  });
});
