/**
 * Runs in a real pseudo-terminal (tmux): answer questions, kill the process
 * with SIGKILL mid-way, check the file, resume at the next missing question,
 * cancel with Ctrl-C (exit 130 and where the answers are), resume again and
 * finish with the summary; the keys of the value prompt (note, evidence,
 * back, help, "all" in a checklist) and the services question. Runs the
 * built binary (`npm run build`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURE, assessmentErrors, readCatalogue } from './helpers.js';

const TMUX = ['/usr/bin/tmux', '/usr/local/bin/tmux'].find((path) => existsSync(path));
const BIN = fileURLToPath(new URL('../../bin/efa-readiness.js', import.meta.url));
const BUILT = existsSync(fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url)));
const skip = TMUX === undefined || !BUILT;
if (skip && process.env.CI === 'true')
  throw new Error('the terminal test needs tmux and a build (npm run build)');

const socket = `efa-pty-${process.pid}`;
const tmux = (...args: string[]): string =>
  execFileSync(TMUX ?? 'tmux', ['-L', socket, ...args], { encoding: 'utf8' });

function start(session: string, cwd: string, command: string): void {
  tmux('new-session', '-d', '-s', session, '-x', '120', '-y', '40', '-c', cwd, command);
}

function screen(session: string): string {
  return tmux('capture-pane', '-p', '-J', '-S', '-300', '-t', session);
}

/**
 * A question's screen once its prompt is drawn: the heading "Frage n von m · …" and, below it,
 * the prompt line ("? …"). The heading is printed a moment before the prompt library draws
 * (one write with its choices and key hints), so waiting for the heading alone races with it.
 */
function asked(heading: string): RegExp {
  const escaped = heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`${escaped}[\\s\\S]*\\n\\? \\S`);
}

/** Wait until the terminal shows `pattern` (and return the screen). */
async function waitFor(
  session: string,
  pattern: string | RegExp,
  timeout = 15_000,
): Promise<string> {
  const deadline = Date.now() + timeout;
  let last = '';
  while (Date.now() < deadline) {
    try {
      last = screen(session);
    } catch {
      // the session may be between start and first output
    }
    if (typeof pattern === 'string' ? last.includes(pattern) : pattern.test(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${String(pattern)}; screen:\n${last}`);
}

const keys = (session: string, ...k: string[]): void => {
  tmux('send-keys', '-t', session, ...k);
};
/** Type literal text (no key names). */
const type = (session: string, text: string): void => {
  tmux('send-keys', '-t', session, '-l', text);
};

describe.skipIf(skip)(
  `interview in a real terminal${skip ? ' — skipped: no tmux or no build' : ''}`,
  () => {
    let folder = '';
    afterAll(async () => {
      try {
        tmux('kill-server');
      } catch {
        // already gone
      }
      if (folder !== '') await rm(folder, { recursive: true, force: true });
    });

    it('survives SIGKILL mid-way, resumes at the next missing question, cancels cleanly and finishes', async () => {
      folder = await mkdtemp(join(tmpdir(), 'efa-pty-'));
      const catalogue = readCatalogue(FIXTURE);
      const file = join(folder, 'musterstadt.yaml');
      const cli = `env NO_COLOR=1 LANG=C.UTF-8 node ${BIN} interview --lang de --catalogue ${FIXTURE} --output musterstadt.yaml`;

      // 1. A new interview; `exec` makes the pane's process the CLI itself, to kill it below.
      start('one', folder, `exec ${cli}`);
      await waitFor('one', '? Name der Kommune');
      type('one', 'Musterstadt');
      keys('one', 'Enter');
      await waitFor('one', '? Art der Kommune');
      keys('one', 'Down', 'Enter'); // stadt
      await waitFor('one', '? Land');
      type('one', 'HE');
      keys('one', 'Enter');
      await waitFor('one', 'Amtlicher Gemeindeschlüssel');
      type('one', '06435014');
      keys('one', 'Enter');
      await waitFor('one', '? Einwohnerzahl');
      keys('one', 'Enter');
      await waitFor('one', '? Datum der Erhebung');
      keys('one', 'Enter');
      await waitFor('one', '? Art der Erhebung');
      keys('one', 'Enter');
      await waitFor('one', '? Beteiligte Personen');
      keys('one', 'Enter');

      let shown = await waitFor('one', asked('Frage 1 von 6 · Nachnutzung'));
      expect(shown).toContain('? Kennt die Kommune den FIT-Store?');
      expect(shown).toContain('3 – vollständig: Nachnutzung vereinbart');
      expect(shown).toContain('↑↓ bewegen • ⏎ auswählen • n Notiz • e Nachweise • ? Hilfe');
      // help on request, then the same question again
      keys('one', 'Down', 'Down', 'Down', 'Down', 'Down', 'Enter'); // the last entry: "? Hilfe anzeigen"
      await waitFor('one', 'Der FIT-Store der FITKO vermittelt EfA-Leistungen ohne Ausschreibung.');
      await waitFor('one', /Ausschreibung\.[\s\S]*\? Kennt die Kommune den FIT-Store\?/);
      type('one', 'n'); // a note on request
      await waitFor('one', '? Notiz (leer lassen: keine Notiz)');
      type('one', 'Liste gesichtet');
      keys('one', 'Enter');
      await waitFor('one', /Liste gesichtet\n\? Kennt die Kommune den FIT-Store\?/);
      type('one', '2'); // a digit chooses the level of that number, not the 2nd entry
      keys('one', 'Enter'); // 2 – teilweise
      shown = await waitFor('one', asked('Frage 2 von 6 · Nachnutzung'));
      expect(shown).not.toContain('? Nachweise'); // asked only on request
      expect(shown).toContain('n Notiz • e Nachweise • z zurück'); // back, from the second question on
      keys('one', 'Enter'); // Ja
      shown = await waitFor('one', asked('Frage 3 von 6 · Schnittstellen'));

      // 2. Kill the process while it waits at question 3.
      const pid = Number(tmux('list-panes', '-t', 'one', '-F', '#{pane_pid}').trim());
      process.kill(pid, 'SIGKILL');
      let text = await readFile(file, 'utf8');
      expect(assessmentErrors(text, catalogue)).toEqual([]);
      expect((parseDocument(text).toJS() as { answers: unknown }).answers).toEqual({
        'reuse.fit-store': { value: 2, note: 'Liste gesichtet' },
        'reuse.contract': true,
      });

      // 3. Resume: the menu offers the 4 open questions, and it goes on at question 3.
      start('two', folder, `${cli}; echo EXIT=$?; sleep 60`);
      shown = await waitFor('two', '? Wie möchten Sie weitermachen?');
      expect(shown).toContain('Musterstadt: 2 von 6 Fragen beantwortet (musterstadt.yaml)');
      expect(shown).toContain('Mit den offenen Fragen fortfahren (4)');
      keys('two', 'Enter');
      shown = await waitFor('two', asked('Frage 3 von 6 · Schnittstellen'));
      expect(shown).not.toContain('Frage 1 von 6');
      expect(shown).not.toContain('Frage 2 von 6');
      keys('two', 'Down', 'Down', 'Enter'); // fit-connect
      await waitFor('two', asked('Frage 4 von 6 · Schnittstellen'));
      type('two', 'viel');
      keys('two', 'Enter');
      await waitFor('two', 'Bitte eine Zahl eingeben');
      keys('two', 'C-u');
      type('two', '12,5');
      keys('two', 'Enter');
      await waitFor('two', asked('Frage 5 von 6 · Schnittstellen'));

      // 4. Ctrl-C: a clean end, exit 130, and where the answers are.
      keys('two', 'C-c');
      shown = await waitFor('two', 'EXIT=');
      expect(shown).toContain(
        'Abgebrochen. Ihre Antworten sind gespeichert in musterstadt.yaml (4 von 6 beantwortet). Fortsetzen mit: efa-readiness interview --output musterstadt.yaml',
      );
      expect(shown).toContain('EXIT=130');
      expect(shown).not.toMatch(/at .*\.js:\d+/); // no stack
      text = await readFile(file, 'utf8');
      expect(assessmentErrors(text, catalogue)).toEqual([]);

      // 5. Resume again and finish: the summary and the report command.
      start('three', folder, `${cli}; echo EXIT=$?; sleep 60`);
      await waitFor('three', 'Mit den offenen Fragen fortfahren (2)');
      keys('three', 'Enter');
      await waitFor('three', asked('Frage 5 von 6 · Schnittstellen'));
      shown = await waitFor('three', 'Leertaste auswählen • a alle • i umkehren • ⏎ bestätigen');
      keys('three', 'Space', 'Down', 'Space', 'Enter'); // bundid, epayment
      await waitFor('three', asked('Frage 6 von 6 · Personal'));
      keys('three', 'Down', 'Down', 'Down', 'Down', 'Down', 'Enter'); // 0, 1, 2, 3, Weiß nicht, n/a
      // n/a needs a note: asked, and not taken empty
      await waitFor('three', '? Notiz: Warum trifft die Frage nicht zu?');
      keys('three', 'Enter');
      await waitFor('three', 'Bitte kurz begründen, warum die Frage nicht zutrifft.');
      type('three', 'Schulungen macht der Kreis');
      keys('three', 'Enter');
      shown = await waitFor('three', '? Wie möchten Sie weitermachen?');
      keys('three', 'Enter'); // finish is the default now
      shown = await waitFor('three', 'EXIT=');
      expect(shown).toContain(
        'Fertig: 6 von 6 Fragen beantwortet, gespeichert in musterstadt.yaml.',
      );
      expect(shown).toMatch(/Gesamtwert \d+,\d von 100 · /);
      expect(shown).toContain('efa-readiness report musterstadt.yaml --catalogue');
      expect(shown).toContain('EXIT=0');
      text = await readFile(file, 'utf8');
      expect(assessmentErrors(text, catalogue)).toEqual([]);
      expect((parseDocument(text).toJS() as { answers: unknown }).answers).toEqual({
        'reuse.fit-store': { value: 2, note: 'Liste gesichtet' },
        'reuse.contract': true,
        'interfaces.transport': 'fit-connect',
        'interfaces.share-digital': 12.5,
        'interfaces.components': ['bundid', 'epayment'],
        'staff.training': { value: 'n/a', note: 'Schulungen macht der Kreis' },
      });
    }, 120_000);

    it('derives the file name from the municipality, never overwrites an unrelated file, and resumes by name', async () => {
      const dir = await mkdtemp(join(tmpdir(), 'efa-pty-'));
      try {
        const unrelated = join(dir, 'selbsteinschaetzung-musterstadt.yaml');
        await writeFile(unrelated, 'einkaufsliste: [Milch, Brot]\n');
        const cli = `env NO_COLOR=1 LANG=C.UTF-8 node ${BIN} interview --catalogue ${FIXTURE}`;

        start('four', dir, `${cli}; echo EXIT=$?; sleep 60`);
        await waitFor('four', '? Name der Kommune');
        type('four', 'Musterstadt');
        keys('four', 'Enter');
        let shown = await waitFor('four', '? Art der Kommune');
        expect(shown).toContain(
          'selbsteinschaetzung-musterstadt.yaml gibt es schon und ist keine Einschätzung dieser Kommune; sie bleibt unverändert.',
        );
        keys('four', 'Down', 'Enter');
        await waitFor('four', '? Land');
        type('four', 'HE');
        keys('four', 'Enter');
        shown = await waitFor('four', 'Amtlicher Gemeindeschlüssel');
        expect(shown).toContain(
          'Die Antworten werden in selbsteinschaetzung-musterstadt-2.yaml gespeichert.',
        );
        keys('four', 'C-c');
        shown = await waitFor('four', 'EXIT=');
        expect(shown).toContain('(0 von 6 beantwortet)');
        expect(shown).toContain(
          'Fortsetzen mit: efa-readiness interview --output selbsteinschaetzung-musterstadt-2.yaml --catalogue',
        );
        expect(shown).toContain('EXIT=130');
        expect(await readFile(unrelated, 'utf8')).toBe('einkaufsliste: [Milch, Brot]\n');

        // The same name again: the -2 file is this municipality's assessment and is continued.
        start('five', dir, `${cli}; echo EXIT=$?; sleep 60`);
        await waitFor('five', '? Name der Kommune');
        type('five', 'musterstadt ');
        keys('five', 'Enter');
        shown = await waitFor('five', '? Wie möchten Sie weitermachen?');
        expect(shown).toContain(
          'In selbsteinschaetzung-musterstadt-2.yaml gibt es schon eine Einschätzung dieser Kommune; sie wird fortgesetzt.',
        );
        expect(shown).not.toContain('? Art der Kommune');
        keys('five', 'C-c');
        expect(await waitFor('five', 'EXIT=')).toContain('EXIT=130');

        // Cancelled before anything could be saved.
        start('six', dir, `${cli}; echo EXIT=$?; sleep 60`);
        await waitFor('six', '? Name der Kommune');
        keys('six', 'C-c');
        shown = await waitFor('six', 'EXIT=');
        expect(shown).toContain('Abgebrochen. Es wurde noch nichts gespeichert.');
        expect(shown).toContain('EXIT=130');

        // A --dimension that the catalogue does not have.
        start('seven', dir, `${cli} --dimension interface; echo EXIT=$?; sleep 60`);
        shown = await waitFor('seven', 'EXIT=');
        expect(shown).toContain(
          '--dimension: „interface“ ist keine Dimension des Katalogs interview-fixture (meinten Sie „interfaces“?)',
        );
        expect(shown).toContain('EXIT=2');

        // An --output that is no assessment is left alone.
        start(
          'eight',
          dir,
          `${cli} --output selbsteinschaetzung-musterstadt.yaml; echo EXIT=$?; sleep 60`,
        );
        shown = await waitFor('eight', 'EXIT=');
        expect(shown).toContain(
          'selbsteinschaetzung-musterstadt.yaml gibt es schon, lässt sich aber nicht fortsetzen',
        );
        expect(shown).toContain('EXIT=2');
        expect(await readFile(unrelated, 'utf8')).toBe('einkaufsliste: [Milch, Brot]\n');
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    }, 120_000);

    it('keys on the value prompt, --dimension counting, the resume hint, and the services question', async () => {
      const dir = await mkdtemp(join(tmpdir(), 'efa-pty-'));
      try {
        const services = FIXTURE.replace(/catalogue\.yaml$/, 'services.yaml');
        const cli = `env NO_COLOR=1 LANG=C.UTF-8 node ${BIN} interview --catalogue ${services} --output m.yaml`;

        // 1. Only the interfaces, counted among themselves; evidence on `e`, back on `z`.
        start('nine', dir, `${cli} --lang de --dimension interfaces; echo EXIT=$?; sleep 60`);
        await waitFor('nine', '? Name der Kommune');
        type('nine', 'Musterstadt');
        keys('nine', 'Enter');
        await waitFor('nine', '? Art der Kommune');
        keys('nine', 'Down', 'Enter'); // stadt
        await waitFor('nine', '? Land');
        type('nine', 'HE');
        keys('nine', 'Enter');
        for (const prompt of [
          'Gemeindeschlüssel',
          'Einwohnerzahl',
          'Datum',
          'Art der Erhebung',
          'Beteiligte',
        ]) {
          await waitFor('nine', prompt);
          keys('nine', 'Enter');
        }
        let shown = await waitFor('nine', asked('Frage 1 von 3 · Schnittstellen'));
        expect(shown).not.toContain('von 6');
        keys('nine', 'Down'); // per E-Mail
        type('nine', 'e');
        await waitFor('nine', '? Nachweise');
        type('nine', 'Dienstanweisung 4/2025');
        keys('nine', 'Enter');
        shown = await waitFor('nine', /Dienstanweisung 4\/2025\n\? Wie erreichen/);
        expect(shown).toMatch(/❯ per E-Mail/); // the cursor stayed where it was
        keys('nine', 'Enter');
        await waitFor('nine', asked('Frage 2 von 3 · Schnittstellen'));
        type('nine', 'z'); // back, typed into the number question
        keys('nine', 'Enter');
        shown = await waitFor(
          'nine',
          /Frage 2 von 3[\s\S]*Frage 1 von 3 · Schnittstellen[\s\S]*❯ per E-Mail/,
        );
        keys('nine', 'Enter');
        await waitFor(
          'nine',
          /Frage 1 von 3[\s\S]*Frage 2 von 3[\s\S]*Frage 1 von 3[\s\S]*Frage 2 von 3/,
        );
        type('nine', '40');
        keys('nine', 'Enter');
        await waitFor('nine', asked('Frage 3 von 3 · Schnittstellen'));
        // "all" ticks the items, never "Weiß nicht" or the help entry; `?` keeps the ticks
        type('nine', 'a');
        await waitFor(
          'nine',
          /◉ BundID\n.*◉ ePayment\n.*◉ PVOG-Eintrag\n.*◯ Weiß nicht\n.*◯ \? Hilfe anzeigen/,
        );
        keys('nine', 'Down', 'Space'); // untick ePayment
        type('nine', '?');
        shown = await waitFor('nine', /nicht die Planung\.\n\? Welche Basiskomponenten/);
        expect(shown).toMatch(/Planung\.\n[^\n]*\n ◉ BundID\n❯◯ ePayment\n ◉ PVOG-Eintrag/);
        keys('nine', 'C-c');
        shown = await waitFor('nine', 'EXIT=');
        expect(shown).toContain(
          'Fortsetzen mit: efa-readiness interview --output m.yaml --catalogue ' +
            services +
            ' --lang de --dimension interfaces',
        );
        expect(shown).toContain('EXIT=130');
        expect(shown).not.toContain('Für welche dieser Leistungen');

        // 2. The services from the menu: an excluded one is not asked; the answers go under services:.
        start('ten', dir, `${cli}; echo EXIT=$?; sleep 60`);
        shown = await waitFor('ten', '? Wie möchten Sie weitermachen?');
        expect(shown).toContain('Zuständigkeit und Anschluss der Leistungen durchgehen (0/2)');
        keys('ten', 'Down', 'Down', 'Down', 'Enter'); // missing, dimension, criterion, services
        shown = await waitFor('ten', 'Leistung 1 von 2 · Wohngeld');
        expect(shown).toContain(
          'Für welche dieser Leistungen ist Ihre Kommune zuständig, und wie weit ist der Anschluss?',
        );
        keys('ten', 'Enter'); // Ja, zuständig
        await waitFor('ten', '? Wie weit ist der Anschluss an „Wohngeld“?');
        type('ten', 'get');
        keys('ten', 'Enter'); // getestet
        await waitFor('ten', 'Leistung 2 von 2 · Hundesteuer');
        keys('ten', 'Down', 'Enter'); // Nein, nicht zuständig
        await waitFor('ten', '? Notiz: Warum ist die Kommune nicht zuständig');
        type('ten', 'Verbandsgemeinde');
        keys('ten', 'Enter');
        shown = await waitFor('ten', /Verbandsgemeinde[\s\S]*\? Wie möchten Sie weitermachen\?/);
        expect(shown).not.toContain('Kfz-Zulassung');
        expect(shown).toContain('Zuständigkeit und Anschluss der Leistungen durchgehen (2/2)');
        keys('ten', 'C-c');
        expect(await waitFor('ten', 'EXIT=')).toContain('EXIT=130');
        const text = await readFile(join(dir, 'm.yaml'), 'utf8');
        expect((parseDocument(text).toJS() as { services: unknown }).services).toEqual({
          wohngeld: { responsible: true, stage: 'tested' },
          hundesteuer: { responsible: false, note: 'Verbandsgemeinde' },
        });
        expect((parseDocument(text).toJS() as { answers: unknown }).answers).toEqual({
          'interfaces.transport': { value: 'mail', evidence: ['Dienstanweisung 4/2025'] },
          'interfaces.share-digital': 40,
        });
        const check = execFileSync(
          process.execPath,
          [BIN, 'validate', 'm.yaml', '--catalogue', services],
          { cwd: dir, encoding: 'utf8' },
        );
        expect(check).toContain('0 Fehler');
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    }, 120_000);
  },
);
