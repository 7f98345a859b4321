/**
 * The terminal `Ask` on real `@inquirer/prompts` prompts, driven by
 * `@inquirer/testing`: what the person sees (German key hints, the help
 * entry, validation messages) and what comes back.
 */
import { render } from '@inquirer/testing';
import { describe, expect, it } from 'vitest';
import { HELP, UNKNOWN } from '../../src/interview/answer.js';
import { type Ask, type Keyed } from '../../src/interview/ask.js';
import { InterviewCancelled } from '../../src/errors.js';
import { inquirerAsk } from '../../src/interview/inquirer.js';
import { type CriterionQuestion, criterionQuestion } from '../../src/interview/questions.js';
import type { Lang } from '../../src/model/types.js';
import { FIXTURE, readCatalogue } from './helpers.js';

const catalogue = readCatalogue(FIXTURE);
const criterion = (id: string) => {
  const found = catalogue.dimensions.flatMap((d) => d.criteria).find((c) => c.id === id);
  if (found === undefined) throw new Error(id);
  return found;
};

/** The value prompt of a criterion, as the interview shows it (with its keys). */
function valuePrompt(q: CriterionQuestion, lang: Lang) {
  if (q.kind === 'select')
    return through<Keyed<unknown>>(lang, (ask) => ask.selectValue(q.question, q.keys));
  if (q.kind === 'checkbox')
    return through<Keyed<unknown>>(lang, (ask) => ask.checkboxValue(q.question, q.keys));
  throw new Error('a number question is an input');
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

/** An inquirer-style prompt that asks through the terminal `Ask`, so `render` can drive it. */
function through<T>(lang: Lang, use: (ask: Ask) => Promise<T>) {
  return (
    _config: object,
    context?: { input?: NodeJS.ReadableStream; output?: NodeJS.WritableStream },
  ): Promise<T> => {
    if (context?.input === undefined || context.output === undefined) throw new Error('no streams');
    return use(inquirerAsk({ stdin: context.input, stdout: context.output }, lang, false));
  };
}

describe('inquirerAsk', () => {
  it('shows the levels with their meaning, "Weiß nicht", the help entry and German key hints', async () => {
    const q = criterionQuestion(catalogue, criterion('reuse.fit-store'), 'de', undefined);
    if (q.kind !== 'select') throw new Error('expected a select');
    const { answer, events, getScreen } = await render(
      through('de', (ask) => ask.select(q.question)),
      {},
    );
    const screen = getScreen();
    expect(screen).toContain('Kennt die Kommune den FIT-Store?');
    expect(screen).toContain('3 – vollständig: Nachnutzung vereinbart');
    expect(screen).toContain('Weiß nicht');
    expect(screen).toContain('? Hilfe anzeigen');
    expect(screen).toContain('↑↓ bewegen • ⏎ auswählen');
    for (let i = 0; i < 5; i++) events.keypress('down');
    events.keypress('enter');
    await expect(answer).resolves.toBe(HELP);
  });

  it('starts at the earlier answer when revisiting', async () => {
    const q = criterionQuestion(catalogue, criterion('interfaces.transport'), 'de', 'mail');
    if (q.kind !== 'select') throw new Error('expected a select');
    const { answer, events } = await render(
      through('de', (ask) => ask.select(q.question)),
      {},
    );
    events.keypress('enter');
    await expect(answer).resolves.toBe('mail');
  });

  it('asks a number with its unit and says what is expected when the input is not one', async () => {
    const q = criterionQuestion(catalogue, criterion('interfaces.share-digital'), 'de', undefined);
    if (q.kind !== 'number') throw new Error('expected a number question');
    const { answer, events, getScreen } = await render(
      through('de', (ask) => ask.input(q.question)),
      {},
    );
    expect(getScreen()).toContain(
      'Welcher Anteil der Anträge kommt digital an? [Prozent] (w = weiß nicht, n = Notiz, e = Nachweise, ? = Hilfe)',
    );
    events.type('viel');
    events.keypress('enter');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(getScreen()).toContain(
      'Bitte eine Zahl eingeben (z. B. 12,5) – oder w für „weiß nicht“.',
    );
    for (let i = 0; i < 4; i++) events.keypress('backspace');
    events.type('12,5');
    events.keypress('enter');
    await expect(answer).resolves.toBe('12,5');
  });

  it('does not take "Weiß nicht" together with ticked items in a checklist', async () => {
    const q = criterionQuestion(catalogue, criterion('interfaces.components'), 'en', undefined);
    if (q.kind !== 'checkbox') throw new Error('expected a checklist');
    const { answer, events, getScreen } = await render(
      through('en', (ask) => ask.checkbox(q.question)),
      {},
    );
    events.keypress('space'); // bundid
    for (let i = 0; i < 3; i++) events.keypress('down');
    events.keypress('space'); // Don't know
    events.keypress('enter');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(getScreen()).toContain(
      '"Don\'t know" and "Not applicable" cannot be combined with items.',
    );
    for (let i = 0; i < 3; i++) events.keypress('up');
    events.keypress('space'); // untick bundid
    events.keypress('enter');
    await expect(answer).resolves.toEqual([UNKNOWN]);
  });

  it('turns Ctrl-C into InterviewCancelled', async () => {
    const { answer, events } = await render(
      through('de', (ask) => ask.input({ key: 'note:x', message: 'Notiz' })),
      {},
    );
    events.keypress({ name: 'c', ctrl: true });
    await expect(answer).rejects.toBeInstanceOf(InterviewCancelled);
  });

  it.each([0, 1, 2, 3])('a typed digit %i chooses the level of that number', async (level) => {
    const q = criterionQuestion(catalogue, criterion('reuse.fit-store'), 'de', undefined);
    if (q.kind !== 'select') throw new Error('expected a select');
    const { answer, events } = await render(
      through('de', (ask) => ask.select(q.question)),
      {},
    );
    events.type(String(level));
    events.keypress('enter');
    await expect(answer).resolves.toBe(level);
    // the same on the value prompt, with its keys
    const keyed = await render(valuePrompt(q, 'de'), {});
    keyed.events.type(String(level));
    keyed.events.keypress('enter');
    await expect(keyed.answer).resolves.toEqual({ kind: 'value', value: level });
  });

  it('a digit no level has moves nothing; letters keep working (w = weiß nicht)', async () => {
    const q = criterionQuestion(catalogue, criterion('reuse.fit-store'), 'de', 1);
    if (q.kind !== 'select') throw new Error('expected a select');
    const first = await render(
      through('de', (ask) => ask.select(q.question)),
      {},
    );
    first.events.type('5');
    first.events.keypress('enter');
    await expect(first.answer).resolves.toBe(1);
    const second = await render(
      through('de', (ask) => ask.select(q.question)),
      {},
    );
    second.events.type('w');
    second.events.keypress('enter');
    await expect(second.answer).resolves.toBe(UNKNOWN);

    const third = await render(valuePrompt(q, 'de'), {});
    third.events.type('5');
    third.events.keypress('enter');
    await expect(third.answer).resolves.toEqual({ kind: 'value', value: 1 });
    const fourth = await render(valuePrompt(q, 'de'), {});
    fourth.events.type('w');
    fourth.events.keypress('enter');
    await expect(fourth.answer).resolves.toEqual({ kind: 'value', value: UNKNOWN });
  });
});

describe('the value prompt of a criterion', () => {
  it('shows the keys in its footer and ends on n, e and z with the highlighted choice', async () => {
    const q = criterionQuestion(catalogue, criterion('reuse.fit-store'), 'de', 1, { back: true });
    for (const [letter, key] of [
      ['n', 'note'],
      ['e', 'evidence'],
      ['z', 'back'],
    ] as const) {
      const { answer, events, getScreen } = await render(valuePrompt(q, 'de'), {});
      expect(getScreen()).toContain(
        '↑↓ bewegen • ⏎ auswählen • n Notiz • e Nachweise • z zurück • ? Hilfe',
      );
      events.keypress('down'); // from level 1 to level 2
      events.type(letter);
      await expect(answer).resolves.toEqual({ kind: 'key', key, current: 2 });
    }
  });

  it('ends on ? where the cursor is, and comes back there', async () => {
    const q = criterionQuestion(catalogue, criterion('reuse.fit-store'), 'de', undefined);
    const first = await render(valuePrompt(q, 'de'), {});
    for (let i = 0; i < 3; i++) first.events.keypress('down');
    first.events.type('?');
    await expect(first.answer).resolves.toEqual({ kind: 'key', key: 'help', current: 3 });
    const again = criterionQuestion(catalogue, criterion('reuse.fit-store'), 'de', 3);
    const second = await render(valuePrompt(again, 'de'), {});
    expect(second.getScreen()).toContain('❯ 3 – vollständig: Nachnutzung vereinbart');
    second.events.keypress('enter');
    await expect(second.answer).resolves.toEqual({ kind: 'value', value: 3 });
  });

  it('uses b for back in English', async () => {
    const q = criterionQuestion(catalogue, criterion('reuse.contract'), 'en', undefined, {
      back: true,
    });
    const { answer, events, getScreen } = await render(valuePrompt(q, 'en'), {});
    expect(getScreen()).toContain('↑↓ navigate • ⏎ select • n note • e evidence • b back');
    events.type('b');
    await expect(answer).resolves.toEqual({ kind: 'key', key: 'back', current: true });
  });

  it('a checklist: German footer, "all" ticks the items and never "Weiß nicht" or "Hilfe"', async () => {
    const q = criterionQuestion(catalogue, criterion('interfaces.components'), 'de', undefined);
    const { answer, events, getScreen } = await render(valuePrompt(q, 'de'), {});
    expect(getScreen()).toContain(
      '↑↓ bewegen • Leertaste auswählen • a alle • i umkehren • ⏎ bestätigen • n Notiz • e Nachweise • ? Hilfe',
    );
    events.keypress('a');
    await settle();
    expect(getScreen()).toMatch(
      /◉ BundID\n.*◉ ePayment\n.*◉ PVOG-Eintrag\n.*◯ Weiß nicht\n.*◯ \? Hilfe anzeigen/,
    );
    events.keypress('enter');
    await expect(answer).resolves.toEqual({
      kind: 'value',
      value: ['bundid', 'epayment', 'pvog'],
    });
  });

  it('a checklist: "invert" leaves the answers that stand alone, ? keeps ticks and cursor', async () => {
    const withNa = { ...criterion('interfaces.components'), allow_na: true };
    const q = criterionQuestion(catalogue, withNa, 'de', ['bundid']);
    const { answer, events, getScreen } = await render(valuePrompt(q, 'de'), {});
    events.keypress('i');
    await settle();
    expect(getScreen()).toMatch(
      /◯ BundID\n.*◉ ePayment\n.*◉ PVOG-Eintrag\n.*◯ Weiß nicht\n.*◯ Trifft nicht zu/,
    );
    events.keypress('down');
    events.type('?');
    await expect(answer).resolves.toEqual({
      kind: 'key',
      key: 'help',
      current: ['epayment', 'pvog'],
      cursor: 'epayment',
    });
    const again = criterionQuestion(catalogue, withNa, 'de', ['epayment', 'pvog'], {
      cursor: 'epayment',
    });
    const second = await render(valuePrompt(again, 'de'), {});
    expect(second.getScreen()).toContain('❯◉ ePayment');
    second.events.keypress('enter');
    await expect(second.answer).resolves.toEqual({ kind: 'value', value: ['epayment', 'pvog'] });
  });
});
