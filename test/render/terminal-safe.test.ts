/**
 * Hostile text on its way to a terminal: the one escaping function, and the
 * places that print (score text, diagnostics, error messages, the interview's
 * prompts), each with the name `X\e]0;PWNED\a\e[2J`.
 */
import { render } from '@inquirer/testing';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { handleError } from '../../src/cli/run.js';
import { InputError } from '../../src/errors.js';
import { inquirerAsk } from '../../src/interview/inquirer.js';
import { renderDiagnostics } from '../../src/render/diagnostics-text.js';
import { renderScoreText } from '../../src/render/score-text.js';
import { PLAIN } from '../../src/render/style.js';
import { terminalSafe, terminalSafeLine } from '../../src/render/terminal-safe.js';
import { scoreAssessment } from '../../src/score/score.js';
import { assessment, catalogue } from '../score/fixtures.js';

const HOSTILE = 'X\u001b]0;PWNED\u0007\u001b[2J';
const SHOWN = 'X\\x1b]0;PWNED\\x07\\x1b[2J';
// eslint-disable-next-line no-control-regex -- looking for what must not reach the terminal
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('terminalSafe', () => {
  it('escapes C0, C1, DEL and bidi controls; keeps line breaks and tabs where lines are meant', () => {
    expect(terminalSafe(HOSTILE)).toBe(SHOWN);
    expect(terminalSafe('a\u0085b\u009bc\u007fd')).toBe('a\\x85b\\x9bc\\x7fd');
    expect(terminalSafe('rechnung\u202etxt.exe \u2066x\u2069')).toBe(
      'rechnung\\u202etxt.exe \\u2066x\\u2069',
    );
    expect(terminalSafe('eins\nzwei\tdrei\r')).toBe('eins\nzwei\tdrei\\r');
    expect(terminalSafeLine('eins\nzwei')).toBe('eins\\nzwei');
    expect(terminalSafe('Müllheim – Straße „A“ ✔')).toBe('Müllheim – Straße „A“ ✔');
  });
});

describe('what is printed', () => {
  it('score text shows a hostile municipality name escaped', () => {
    const a = assessment({ 'a.scale': 1 });
    a.municipality.name = HOSTILE;
    const text = renderScoreText(scoreAssessment(catalogue(), a, { lang: 'de' }), catalogue(), {
      lang: 'de',
      style: PLAIN,
      file: `${HOSTILE}.yaml`,
    });
    expect(text).toContain(`Rollout-Bereitschaft: ${SHOWN}`);
    expect(text).not.toMatch(RAW);
  });

  it('diagnostics and error messages show keys and file names escaped', () => {
    const d = {
      severity: 'error' as const,
      code: 'unknown-key',
      file: `${HOSTILE}.yaml`,
      line: 3,
      col: 1,
      path: `answers.${HOSTILE}`,
      message: `unbekannter Schlüssel „${HOSTILE}“`,
    };
    const listed = renderDiagnostics([d], { lang: 'de', style: PLAIN });
    expect(listed).toContain(
      `${SHOWN}.yaml:3:1  answers.${SHOWN}: unbekannter Schlüssel „${SHOWN}“`,
    );
    expect(listed).not.toMatch(RAW);
    const stderr = new PassThrough();
    let err = '';
    stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    expect(handleError(new InputError(`${HOSTILE} fehlt`, [d]), { lang: 'de', stderr })).toBe(2);
    expect(err).toContain(`${SHOWN} fehlt`);
    expect(err).not.toMatch(RAW);
  });

  it('interview prompts and printed lines show them escaped', async () => {
    const { answer, events, getScreen } = await render(
      (
        _config: object,
        context?: { input?: NodeJS.ReadableStream; output?: NodeJS.WritableStream },
      ) => {
        if (context?.input === undefined || context.output === undefined)
          throw new Error('streams');
        const ask = inquirerAsk({ stdin: context.input, stdout: context.output }, 'de', false);
        return ask.select({
          key: 'k',
          message: `Frage ${HOSTILE}`,
          choices: [
            { value: 1, name: `eins ${HOSTILE}`, description: `Beschreibung ${HOSTILE}` },
            { value: 2, name: 'zwei' },
          ],
        });
      },
      {},
    );
    const screen = getScreen({ raw: true });
    expect(screen).toContain(`Frage ${SHOWN}`);
    expect(screen).toContain(`eins ${SHOWN}`);
    expect(screen).toContain(`Beschreibung ${SHOWN}`);
    expect(screen).not.toContain('PWNED\u0007');
    events.keypress('enter');
    await expect(answer).resolves.toBe(1);

    const out = new PassThrough();
    let printed = '';
    out.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    inquirerAsk({ stdin: new PassThrough(), stdout: out }, 'de', false).print(
      `Zeile ${HOSTILE}\nzwei`,
    );
    expect(printed).toBe(`Zeile ${SHOWN}\nzwei\n`);
  });
});
