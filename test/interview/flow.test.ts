import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { HELP, NA, UNKNOWN } from '../../src/interview/answer.js';
import { InterviewCancelled } from '../../src/errors.js';
import { InputError } from '../../src/errors.js';
import {
  type InterviewOptions,
  type InterviewState,
  runInterviewFlow,
} from '../../src/interview/flow.js';
import { applies } from '../../src/model/catalogue.js';
import { resolveText } from '../../src/model/text.js';
import { type Catalogue, type Lang, STAGES } from '../../src/model/types.js';
import { CANCEL, FakeAsk, press } from './fake-ask.js';
import {
  CONFORMANCE,
  DEFAULT_CATALOGUE,
  FIXTURE,
  MemoryStorage,
  assessmentErrors,
  readCatalogue,
} from './helpers.js';

const fixture = readCatalogue(FIXTURE);

function options(
  ask: FakeAsk,
  storage: MemoryStorage,
  extra: Partial<InterviewOptions> = {},
): InterviewOptions {
  return {
    ask,
    storage,
    catalogue: fixture,
    lang: 'de',
    today: '2026-11-21',
    schemaComment: () => ' yaml-language-server: $schema=../schemas/assessment.schema.json',
    ...extra,
  };
}

/** The municipality and assessment questions of a new interview. */
function start(name: string, type: string, state = 'HE'): Record<string, unknown[]> {
  return {
    'municipality.name': [name],
    'municipality.type': [type],
    'municipality.state': [state],
    'municipality.ags': ['06435014'],
    'municipality.population': ['23.000'],
    'assessment.method': ['interview'],
    'assessment.assessors': ['A. Schmidt, B. Yilmaz'],
  };
}

/** Every save, checked by the core's validator against the catalogue. */
function expectEverySaveValid(storage: MemoryStorage, catalogue: Catalogue = fixture): void {
  expect(storage.saves.length).toBeGreaterThan(0);
  for (const [index, save] of storage.saves.entries()) {
    expect(assessmentErrors(save.text, catalogue), `save #${index + 1}:\n${save.text}`).toEqual([]);
  }
}

function servicesOf(text: string): unknown {
  return (parseDocument(text).toJS() as { services?: unknown }).services;
}

function answersOf(text: string): unknown {
  return (parseDocument(text).toJS() as { answers?: unknown }).answers;
}

describe('a new interview', () => {
  it('asks every type, shows help on request, skips excluded criteria and saves a valid file after every answer', async () => {
    const ask = new FakeAsk({
      ...start('Musterstadt', 'stadt'),
      'answer:reuse.fit-store': [HELP, press('note'), press('evidence'), 2],
      'note:reuse.fit-store': ['Leistungen im FIT-Store gesichtet'],
      'evidence:reuse.fit-store': ['Protokoll 2026-11-03; Liste.xlsx'],
      'answer:reuse.contract': [UNKNOWN],
      'answer:interfaces.transport': ['fit-connect'],
      'answer:interfaces.share-digital': ['?', '12,5'],
      'answer:interfaces.components': [
        [HELP, 'bundid'],
        ['bundid', 'epayment'],
      ],
      'answer:staff.training': [NA],
      'note:staff.training': ['Keine Beschäftigten mit Publikumsverkehr'],
    });
    const storage = new MemoryStorage();
    const state: InterviewState = {};
    await runInterviewFlow(options(ask, storage), state);

    expect(ask.keys().filter((k) => k.startsWith('answer:'))).toEqual([
      'answer:reuse.fit-store',
      'answer:reuse.fit-store',
      'answer:reuse.fit-store',
      'answer:reuse.fit-store',
      'answer:reuse.contract',
      'answer:interfaces.transport',
      'answer:interfaces.share-digital',
      'answer:interfaces.share-digital',
      'answer:interfaces.components',
      'answer:interfaces.components',
      'answer:staff.training',
    ]);
    expect(ask.keys()).not.toContain('answer:staff.district-team');
    expect(ask.remaining()).toEqual([]);
    expect(state.file).toBe('musterstadt.yaml');

    // progress line and help
    expect(ask.printed).toContain('Frage 1 von 6 · Nachnutzung');
    expect(ask.printed).toContain('Frage 5 von 6 · Schnittstellen');
    expect(ask.printed).toContain('Frage 6 von 6 · Personal');
    expect(ask.printed.join('\n')).toContain(
      'Der FIT-Store der FITKO vermittelt EfA-Leistungen ohne Ausschreibung.',
    );
    expect(ask.printed.join('\n')).toContain('https://www.fitko.de/fit-store');
    expect(ask.printed).toContain('Schätzung genügt.');
    // the checklist came back with what was ticked before "help"
    const secondChecklist = ask.asked.filter((a) => a.key === 'answer:interfaces.components')[1];
    expect(secondChecklist?.default).toEqual(['bundid']);

    const text = storage.files.get('musterstadt.yaml') ?? '';
    expect(
      text.startsWith('# yaml-language-server: $schema=../schemas/assessment.schema.json\n'),
    ).toBe(true);
    const js = parseDocument(text).toJS() as Record<string, unknown>;
    expect(js).toEqual({
      format: 'efa-readiness/assessment/v1',
      catalogue: 'interview-fixture@1.2.0',
      municipality: {
        name: 'Musterstadt',
        type: 'stadt',
        state: 'HE',
        ags: '06435014',
        population: 23000,
      },
      assessment: {
        date: '2026-11-21',
        method: 'interview',
        assessors: ['A. Schmidt', 'B. Yilmaz'],
      },
      answers: {
        'reuse.fit-store': {
          value: 2,
          note: 'Leistungen im FIT-Store gesichtet',
          evidence: ['Protokoll 2026-11-03', 'Liste.xlsx'],
        },
        'reuse.contract': 'unknown',
        'interfaces.transport': 'fit-connect',
        'interfaces.share-digital': 12.5,
        'interfaces.components': ['bundid', 'epayment'],
        'staff.training': { value: 'n/a', note: 'Keine Beschäftigten mit Publikumsverkehr' },
      },
    });
    expectEverySaveValid(storage);
    // one save for the municipality block, one per detail (AGS, population, date, method, assessors),
    // one per answer: a note or evidence given before the value is saved with it
    expect(storage.saves.length).toBe(1 + 5 + 6);
    // note and evidence only where asked for: two criteria of six
    expect(ask.keys().filter((k) => /^(note|evidence):/.test(k))).toEqual([
      'note:reuse.fit-store',
      'evidence:reuse.fit-store',
      'note:staff.training',
    ]);
  });

  it('asks a criterion that applies only to districts when the municipality is a Landkreis', async () => {
    const ask = new FakeAsk({
      ...start('Beispielkreis', 'landkreis'),
      'answer:reuse.fit-store': [0],
      'answer:reuse.contract': [true],
      'answer:interfaces.transport': ['mail'],
      'answer:interfaces.share-digital': ['w'],
      'answer:interfaces.components': [[]],
      'answer:staff.training': [3],
      'answer:staff.district-team': [false],
    });
    const storage = new MemoryStorage();
    await runInterviewFlow(options(ask, storage), {});
    expect(ask.printed).toContain('Frage 7 von 7 · Personal');
    expect(answersOf(storage.files.get('beispielkreis.yaml') ?? '')).toEqual({
      'reuse.fit-store': 0,
      'reuse.contract': true,
      'interfaces.transport': 'mail',
      'interfaces.share-digital': 'unknown',
      'interfaces.components': [],
      'staff.training': 3,
      'staff.district-team': false,
    });
    expectEverySaveValid(storage);
  });

  it('asks only the dimensions named with --dimension, numbered within them', async () => {
    const ask = new FakeAsk({
      ...start('Musterstadt', 'stadt'),
      'answer:staff.training': [1],
    });
    const storage = new MemoryStorage();
    await runInterviewFlow(options(ask, storage, { dimensions: ['staff'] }), {});
    expect(ask.keys().filter((k) => k.startsWith('answer:'))).toEqual(['answer:staff.training']);
    expect(ask.printed).toContain('Frage 1 von 1 · Personal');
    expect(ask.printed.join('\n')).not.toContain('von 6');
    expectEverySaveValid(storage);
  });

  it('offers the scale levels with what they mean for the criterion, and n/a only where allowed', async () => {
    const ask = new FakeAsk({
      ...start('Musterstadt', 'stadt'),
      'answer:reuse.fit-store': [CANCEL],
    });
    await expect(runInterviewFlow(options(ask, new MemoryStorage()), {})).rejects.toBeInstanceOf(
      InterviewCancelled,
    );
    const question = ask.asked.find((a) => a.key === 'answer:reuse.fit-store');
    expect(question?.choices).toEqual([0, 1, 2, 3, UNKNOWN, HELP]);
    expect(question?.message).toBe('Kennt die Kommune den FIT-Store?');
  });

  it('asks in English with --lang en', async () => {
    const ask = new FakeAsk({
      ...start('Musterstadt', 'stadt'),
      'answer:reuse.fit-store': [CANCEL],
    });
    await expect(
      runInterviewFlow(options(ask, new MemoryStorage(), { lang: 'en' }), {}),
    ).rejects.toBeInstanceOf(InterviewCancelled);
    expect(ask.printed).toContain('Question 1 of 6 · Reuse');
    expect(ask.asked.find((a) => a.key === 'answer:reuse.fit-store')?.message).toBe(
      'Does the municipality know the FIT-Store?',
    );
  });

  it('leaves a valid file with every answer given so far when cancelled mid-way', async () => {
    const ask = new FakeAsk({
      ...start('Musterstadt', 'stadt'),
      'answer:reuse.fit-store': [3],
      'answer:reuse.contract': [CANCEL],
    });
    const storage = new MemoryStorage();
    const state: InterviewState = {};
    await expect(runInterviewFlow(options(ask, storage), state)).rejects.toBeInstanceOf(
      InterviewCancelled,
    );
    expect(state.file).toBe('musterstadt.yaml');
    expect(answersOf(storage.files.get('musterstadt.yaml') ?? '')).toEqual({
      'reuse.fit-store': 3,
    });
    expectEverySaveValid(storage);
  });

  it('saves nothing before name, type and Land are known', async () => {
    const ask = new FakeAsk({
      'municipality.name': ['Musterstadt'],
      'municipality.type': [CANCEL],
    });
    const storage = new MemoryStorage();
    const state: InterviewState = {};
    await expect(runInterviewFlow(options(ask, storage), state)).rejects.toBeInstanceOf(
      InterviewCancelled,
    );
    expect(storage.saves).toEqual([]);
    expect(state.text).toBeUndefined();
  });

  it('continues an existing assessment of the same municipality found under the derived name', async () => {
    const existing =
      'format: efa-readiness/assessment/v1\ncatalogue: interview-fixture\nmunicipality: {name: Musterstadt, type: stadt, state: HE}\nanswers:\n  reuse.fit-store: 1\n';
    const ask = new FakeAsk({
      'municipality.name': ['Musterstadt'],
      menu: ['missing', 'finish'],
      'answer:reuse.contract': [true],
      'answer:interfaces.transport': ['paper'],
      'answer:interfaces.share-digital': ['80'],
      'answer:interfaces.components': [['pvog']],
      'answer:staff.training': [2],
    });
    const storage = new MemoryStorage();
    storage.claimResult = () => ({
      file: 'selbsteinschaetzung-musterstadt.yaml',
      resume: existing,
    });
    await runInterviewFlow(options(ask, storage), {});
    expect(ask.keys()).not.toContain('municipality.type');
    expect(ask.keys()).not.toContain('answer:reuse.fit-store');
    expect(ask.printed).toContain(
      'In selbsteinschaetzung-musterstadt.yaml gibt es schon eine Einschätzung dieser Kommune; sie wird fortgesetzt.',
    );
    expectEverySaveValid(storage);
  });
});

const HAND_WRITTEN = `# yaml-language-server: $schema=../schemas/assessment.schema.json
# Erhoben im Workshop am 3. November; Rückfragen an Frau Schmidt.
format: efa-readiness/assessment/v1
catalogue: interview-fixture@1.2.0
municipality: {name: Musterstadt, type: stadt, state: HE}
x-projekt: {nummer: 17, kontakt: digital@musterstadt.example}
answers:
  # Aussage des Fachbereichs, noch zu prüfen
  reuse.fit-store: 1 # laut Amtsleitung
  interfaces.transport:
    value: mail
    note: Posteingang im Sammelpostfach
    x-quelle: Telefonat
  staff.training: unknown
targets:
  reuse.fit-store: 75
`;

describe('resuming an existing file', () => {
  function resume(
    replies: Record<string, unknown[]>,
    extra: Partial<InterviewOptions> = {},
    lang: Lang = 'de',
  ) {
    const ask = new FakeAsk(replies);
    const storage = new MemoryStorage();
    const state: InterviewState = { file: 'musterstadt.yaml', text: HAND_WRITTEN };
    return {
      ask,
      storage,
      state,
      run: () => runInterviewFlow(options(ask, storage, { lang, ...extra }), state),
    };
  }

  it('asks only what is missing and keeps comments, key order and unknown keys', async () => {
    const { ask, storage, run } = resume({
      menu: ['missing', 'finish'],
      'answer:reuse.contract': [false],
      'answer:interfaces.share-digital': ['40'],
      'answer:interfaces.components': [['bundid']],
    });
    await run();
    expect(ask.printed).toContain('Musterstadt: 3 von 6 Fragen beantwortet (musterstadt.yaml)');
    expect(ask.asked[0]?.choices).toEqual([
      'missing',
      'unknown',
      'dimension',
      'criterion',
      'municipality',
      'finish',
    ]);
    expect(ask.asked[0]?.default).toBe('missing');
    expect(ask.keys().filter((k) => k.startsWith('answer:'))).toEqual([
      'answer:reuse.contract',
      'answer:interfaces.share-digital',
      'answer:interfaces.components',
    ]);
    expect(ask.printed).toContain('Frage 2 von 6 · Nachnutzung');
    const text = storage.files.get('musterstadt.yaml') ?? '';
    expect(text).toBe(`# yaml-language-server: $schema=../schemas/assessment.schema.json
# Erhoben im Workshop am 3. November; Rückfragen an Frau Schmidt.
format: efa-readiness/assessment/v1
catalogue: interview-fixture@1.2.0
municipality: {name: Musterstadt, type: stadt, state: HE}
x-projekt: {nummer: 17, kontakt: digital@musterstadt.example}
answers:
  # Aussage des Fachbereichs, noch zu prüfen
  reuse.fit-store: 1 # laut Amtsleitung
  interfaces.transport:
    value: mail
    note: Posteingang im Sammelpostfach
    x-quelle: Telefonat
  staff.training: unknown
  reuse.contract: false
  interfaces.share-digital: 40
  interfaces.components: [bundid]
targets:
  reuse.fit-store: 75
`);
    expectEverySaveValid(storage);
    expect(ask.printed.at(-1)).toBe('Musterstadt: 6 von 6 Fragen beantwortet (musterstadt.yaml)');
  });

  it('revisits a dimension with the existing values as defaults, keeping comments on changed answers', async () => {
    const { ask, storage, run } = resume({
      menu: ['dimension', 'finish'],
      'menu.dimension': ['interfaces'],
      'answer:interfaces.transport': ['fit-connect'],
      'answer:interfaces.share-digital': ['55'],
      'answer:interfaces.components': [[UNKNOWN]],
    });
    await run();
    const dimensionQuestion = ask.asked.find((a) => a.key === 'menu.dimension');
    expect(dimensionQuestion?.choices).toEqual(['reuse', 'interfaces', 'staff']);
    const transport = ask.asked.find((a) => a.key === 'answer:interfaces.transport');
    expect(transport?.default).toBe('mail');
    expect(ask.printed).toContain('Notiz: Posteingang im Sammelpostfach');
    expect(ask.keys()).not.toContain('note:interfaces.transport');
    const text = storage.files.get('musterstadt.yaml') ?? '';
    expect(text).toContain(`  interfaces.transport:
    value: fit-connect
    note: Posteingang im Sammelpostfach
    x-quelle: Telefonat
`);
    expect(text).toContain('interfaces.components: unknown');
    expect(text).toContain('# Erhoben im Workshop am 3. November; Rückfragen an Frau Schmidt.');
    expect(text).toContain('x-projekt: {nummer: 17, kontakt: digital@musterstadt.example}');
    expectEverySaveValid(storage);
  });

  it('revisits a single criterion found by its title, and changes a value in place keeping its comment', async () => {
    const { ask, storage, run } = resume({
      menu: ['criterion', 'finish'],
      'menu.criterion': ['fit-store'],
      'answer:reuse.fit-store': [press('note'), 3],
      'note:reuse.fit-store': ['Vertrag liegt vor'],
    });
    await run();
    expect(ask.asked.find((a) => a.key === 'answer:reuse.fit-store')?.default).toBe(1);
    const text = storage.files.get('musterstadt.yaml') ?? '';
    expect(text).toContain(`  # Aussage des Fachbereichs, noch zu prüfen
  reuse.fit-store:
    # laut Amtsleitung
    value: 3
    note: Vertrag liegt vor
`);
    expectEverySaveValid(storage);
  });

  it('asks the "weiß nicht" answers again', async () => {
    const { ask, storage, run } = resume({
      menu: ['unknown', 'finish'],
      'answer:staff.training': [NA],
      'note:staff.training': ['Schulungen macht der Kreis'],
    });
    await run();
    expect(ask.keys().filter((k) => k.startsWith('answer:'))).toEqual(['answer:staff.training']);
    expect(ask.asked.find((a) => a.key === 'note:staff.training')?.message).toBe(
      'Notiz: Warum trifft die Frage nicht zu? (bei „trifft nicht zu“ erforderlich)',
    );
    expect(storage.files.get('musterstadt.yaml')).toContain(
      '  staff.training:\n    value: n/a\n    note: Schulungen macht der Kreis\n',
    );
    expectEverySaveValid(storage);
  });

  it('changes the municipality details and re-plans: a Landkreis gets the district question', async () => {
    const { ask, storage, run } = resume({
      menu: ['municipality', 'missing', 'finish'],
      'municipality.type': ['landkreis'],
      'municipality.state': ['HE'],
      'assessment.method': ['workshop'],
      'answer:reuse.contract': [true],
      'answer:interfaces.share-digital': ['0'],
      'answer:interfaces.components': [['bundid', 'pvog']],
      'answer:staff.district-team': [true],
    });
    await run();
    expect(ask.asked.find((a) => a.key === 'municipality.name')?.default).toBe('Musterstadt');
    expect(ask.printed).toContain('Frage 7 von 7 · Personal');
    const js = parseDocument(storage.files.get('musterstadt.yaml') ?? '').toJS() as Record<
      string,
      unknown
    >;
    expect(js.municipality).toEqual({ name: 'Musterstadt', type: 'landkreis', state: 'HE' });
    expect(js.assessment).toEqual({ date: '2026-11-21', method: 'workshop' });
    expect(Object.keys(js)).toEqual([
      'format',
      'catalogue',
      'municipality',
      'x-projekt',
      'answers',
      'targets',
      'assessment',
    ]);
    expectEverySaveValid(storage);
  });

  it('offers "finish" first when nothing is missing', async () => {
    const { ask, run } = resume({ menu: ['finish'] }, { dimensions: ['staff'] });
    await run();
    expect(ask.asked[0]?.default).toBe('finish');
    expect(ask.asked[0]?.choices).toEqual([
      'unknown',
      'dimension',
      'criterion',
      'municipality',
      'finish',
    ]);
  });
});

describe('the conformance catalogue', () => {
  it('runs a whole interview against it and every save validates', async () => {
    const catalogue = readCatalogue(CONFORMANCE);
    const ask = new FakeAsk({
      ...start('Musterstadt', 'stadt'),
      'answer:interfaces.routing': [3],
      'answer:interfaces.payment': ['epayment'],
      'answer:staff.lead': [true],
      'answer:staff.training': [NA],
      'note:staff.training': ['keine eigenen Beschäftigten'],
      'service:parking-permit': ['yes'],
      'stage:parking-permit': ['tested'],
    });
    const storage = new MemoryStorage();
    await runInterviewFlow(options(ask, storage, { catalogue }), {});
    expect(ask.keys()).not.toContain('answer:staff.district-team');
    expect(ask.printed).toContain('Frage 4 von 4 · Personal');
    expect(ask.remaining()).toEqual([]);
    expect(servicesOf(storage.files.get('musterstadt.yaml') ?? '')).toEqual({
      'parking-permit': { responsible: true, stage: 'tested' },
    });
    expectEverySaveValid(storage, catalogue);
  });
});

describe('the default catalogue (efa-default)', () => {
  it('runs a whole interview in one sitting: every applicable criterion asked once, every save valid', async () => {
    const catalogue = readCatalogue(DEFAULT_CATALOGUE);
    const ask = new FakeAsk(start('Musterstadt', 'stadt'));
    // Answer every criterion with a valid value of its type (cycling through unknown and n/a).
    let index = 0;
    for (const dimension of catalogue.dimensions) {
      for (const criterion of dimension.criteria) {
        index++;
        const key = `answer:${criterion.id}`;
        if (index % 7 === 0)
          ask.queue(
            key,
            criterion.type === 'checklist'
              ? [UNKNOWN]
              : criterion.type === 'number'
                ? 'w'
                : UNKNOWN,
          );
        else if (index % 11 === 0 && criterion.allow_na === true) {
          ask.queue(
            key,
            criterion.type === 'checklist' ? [NA] : criterion.type === 'number' ? 'n/a' : NA,
          );
          ask.queue(`note:${criterion.id}`, 'trifft hier nicht zu');
        } else {
          switch (criterion.type ?? 'scale') {
            case 'scale':
              ask.queue(key, index % catalogue.levels.length);
              break;
            case 'boolean':
              ask.queue(key, index % 2 === 0);
              break;
            case 'choice':
              ask.queue(key, criterion.options?.[index % criterion.options.length]?.id);
              break;
            case 'number':
              ask.queue(key, String(index * 3));
              break;
            case 'checklist':
              ask.queue(
                key,
                (criterion.items ?? []).filter((_, i) => i % 2 === 0).map((item) => item.id),
              );
              break;
          }
        }
      }
    }
    const municipality = {
      name: 'Musterstadt',
      type: 'stadt',
      state: 'HE',
      population: 23000,
    } as const;
    // The services a town is responsible for by the catalogue: yes (with a stage), no, don't know.
    const services = (catalogue.services ?? []).filter((s) => applies(s, municipality));
    const said: Record<string, unknown> = {};
    services.forEach((service, i) => {
      const reply = (['yes', 'no', 'unknown'] as const)[i % 3] ?? 'unknown';
      ask.queue(`service:${service.id}`, reply);
      if (reply === 'yes') {
        const stage = STAGES[i % STAGES.length] ?? 'none';
        ask.queue(`stage:${service.id}`, stage);
        said[service.id] = { responsible: true, stage };
      } else if (reply === 'no') {
        ask.queue(`service-note:${service.id}`, 'macht der Kreis');
        said[service.id] = { responsible: false, note: 'macht der Kreis' };
      }
    });
    const storage = new MemoryStorage();
    const started = performance.now();
    await runInterviewFlow(options(ask, storage, { catalogue }), {});
    const elapsed = performance.now() - started;

    const applicable = catalogue.dimensions
      .flatMap((d) => d.criteria)
      .filter((c) => applies(c, municipality));
    const asked = ask.keys().filter((k) => k.startsWith('answer:'));
    expect(asked).toEqual(applicable.map((c) => `answer:${c.id}`)); // each applicable criterion once, in order
    expect(applicable.length).toBeLessThan(catalogue.dimensions.flatMap((d) => d.criteria).length);
    const last = catalogue.dimensions.at(-1);
    expect(ask.printed).toContain(
      `Frage ${asked.length} von ${asked.length} · ${resolveText(last?.title, 'de')}`,
    );
    expectEverySaveValid(storage, catalogue);
    const answers = answersOf(storage.files.get('musterstadt.yaml') ?? '') as Record<
      string,
      unknown
    >;
    expect(Object.keys(answers)).toEqual(asked.map((k) => k.slice('answer:'.length)));
    // Services: those the catalogue excludes for a town are not asked, "don't know" writes nothing.
    expect(services.length).toBeGreaterThan(2);
    expect(services.length).toBeLessThan(catalogue.services?.length ?? 0);
    expect(ask.keys().filter((k) => k.startsWith('service:'))).toEqual(
      services.map((s) => `service:${s.id}`),
    );
    expect(servicesOf(storage.files.get('musterstadt.yaml') ?? '')).toEqual(said);
    expect(ask.remaining().filter((k) => /^(service|stage|service-note):/.test(k))).toEqual([]);
    // Report for the lead: how long the flow itself takes, per question (saves in memory).
    console.info(
      `efa-default: ${asked.length} questions, ${storage.saves.length} saves, ${elapsed.toFixed(0)} ms`,
    );
  });
});

describe('a file changed outside the interview', () => {
  const FILE = 'musterstadt.yaml';
  const opened = (storage: MemoryStorage, replies: Record<string, unknown[]>) => {
    const ask = new FakeAsk(replies);
    const state: InterviewState = { file: FILE, text: storage.files.get(FILE) ?? '' };
    return { ask, state, run: () => runInterviewFlow(options(ask, storage), state) };
  };
  const missing = {
    menu: ['missing', 'finish'],
    'answer:reuse.contract': [false],
    'answer:interfaces.share-digital': ['40'],
    'answer:interfaces.components': [['bundid']],
  };

  it('keeps a hand edit made between two answers, and adds the answers after it', async () => {
    const storage = new MemoryStorage();
    storage.files.set(FILE, HAND_WRITTEN);
    const a = opened(storage, missing);
    a.ask.onAsk = (key) => {
      if (key !== 'answer:interfaces.share-digital') return;
      const now = storage.files.get(FILE) ?? '';
      storage.files.set(
        FILE,
        now
          .replace('x-projekt:', '# Nachtrag von Hand\nx-projekt:')
          .replace('  staff.training: unknown\n', '  staff.training: 2 # von Hand\n'),
      );
    };
    await a.run();
    const text = storage.files.get(FILE) ?? '';
    expect(text).toContain('# Nachtrag von Hand\nx-projekt:');
    expect(text).toContain('  staff.training: 2 # von Hand\n');
    expect(answersOf(text)).toEqual({
      'reuse.fit-store': 1,
      'interfaces.transport': {
        value: 'mail',
        note: 'Posteingang im Sammelpostfach',
        'x-quelle': 'Telefonat',
      },
      'staff.training': 2,
      'reuse.contract': false,
      'interfaces.share-digital': 40,
      'interfaces.components': ['bundid'],
    });
    expect(a.ask.printed).toContain(
      `${FILE} wurde inzwischen außerhalb dieses Interviews geändert; diese Änderungen bleiben erhalten, Ihre Antwort ist ergänzt.`,
    );
    expect(storage.saves.filter((s) => s.merged)).toHaveLength(1);
    expectEverySaveValid(storage);
  });

  it('two interviews on one file, interleaved, lose no answer', async () => {
    const storage = new MemoryStorage();
    storage.files.set(FILE, HAND_WRITTEN);
    const a = opened(storage, missing);
    // B opened the file at the same moment as A, and runs while A waits at its second question.
    const b = opened(storage, {
      menu: ['criterion', 'finish'],
      'menu.criterion': ['staff'],
      'answer:staff.training': [press('note'), 3],
      'note:staff.training': ['von B'],
    });
    a.ask.onAsk = async (key) => {
      if (key === 'answer:interfaces.share-digital') await b.run();
    };
    await a.run();
    const text = storage.files.get(FILE) ?? '';
    expect(answersOf(text)).toEqual({
      'reuse.fit-store': 1,
      'interfaces.transport': {
        value: 'mail',
        note: 'Posteingang im Sammelpostfach',
        'x-quelle': 'Telefonat',
      },
      'staff.training': { value: 3, note: 'von B' },
      'reuse.contract': false,
      'interfaces.share-digital': 40,
      'interfaces.components': ['bundid'],
    });
    expect(text).toContain('# Aussage des Fachbereichs, noch zu prüfen');
    expect(text).toContain('x-projekt: {nummer: 17, kontakt: digital@musterstadt.example}');
    expect(b.ask.printed.some((line) => line.includes('wurde inzwischen'))).toBe(true);
    expect(a.ask.printed.some((line) => line.includes('wurde inzwischen'))).toBe(true);
    expectEverySaveValid(storage);
  });

  it('stops and says so where a hand edit broke the YAML, and leaves the file as it is', async () => {
    const storage = new MemoryStorage();
    storage.files.set(FILE, HAND_WRITTEN);
    const a = opened(storage, missing);
    const broken = `${HAND_WRITTEN}answers: [doppelt\n`;
    a.ask.onAsk = (key) => {
      if (key === 'answer:interfaces.share-digital') storage.files.set(FILE, broken);
    };
    await expect(a.run()).rejects.toThrow(
      `${FILE} wurde inzwischen außerhalb dieses Interviews geändert und ist kein gültiges YAML mehr; Ihre letzte Antwort wurde nicht gespeichert.`,
    );
    expect(storage.files.get(FILE)).toBe(broken);
  });

  it('never replaces a file another program created while a new interview began', async () => {
    const storage = new MemoryStorage();
    const ask = new FakeAsk(start('Musterstadt', 'stadt'));
    ask.onAsk = (key) => {
      if (key === 'municipality.state') storage.files.set('musterstadt.yaml', 'fremd: 1\n');
    };
    await expect(runInterviewFlow(options(ask, storage), {})).rejects.toThrow(
      'musterstadt.yaml wurde inzwischen von einem anderen Programm angelegt und bleibt unverändert.',
    );
    expect(storage.files.get('musterstadt.yaml')).toBe('fremd: 1\n');
  });
});

describe('a save that fails', () => {
  it('stops the interview at once: nothing more is asked', async () => {
    const storage = new MemoryStorage();
    storage.files.set('musterstadt.yaml', HAND_WRITTEN);
    let saves = 0;
    const save = storage.save.bind(storage);
    storage.save = (file, text, merged) => {
      saves++;
      if (saves === 2)
        return Promise.reject(new InputError('musterstadt.yaml: der Datenträger ist voll'));
      return save(file, text, merged);
    };
    const ask = new FakeAsk({
      menu: ['missing', 'finish'],
      'answer:reuse.contract': [false],
      'answer:interfaces.share-digital': ['40'],
      'answer:interfaces.components': [['bundid']],
    });
    const state: InterviewState = { file: 'musterstadt.yaml', text: HAND_WRITTEN };
    await expect(runInterviewFlow(options(ask, storage), state)).rejects.toThrow('voll');
    expect(ask.keys()).toEqual([
      'menu',
      'answer:reuse.contract',
      'answer:interfaces.share-digital',
    ]);
    expect(answersOf(storage.files.get('musterstadt.yaml') ?? '')).toHaveProperty(
      'reuse.contract',
      false,
    );
  });
});

describe('keys on the value prompt', () => {
  const letters = (key: string, ask: FakeAsk): string[] =>
    ask.asked
      .filter((a) => a.key === key)
      .map((a) => (a.keys ?? []).map((k) => `${k.letter} ${k.label}`).join(' · '));

  it('offers note, evidence, help and – from the second question on – back, in the reader’s letters', async () => {
    const de = new FakeAsk({
      ...start('Musterstadt', 'stadt'),
      'answer:reuse.fit-store': [1],
      'answer:reuse.contract': [CANCEL],
    });
    await expect(runInterviewFlow(options(de, new MemoryStorage()), {})).rejects.toBeInstanceOf(
      InterviewCancelled,
    );
    expect(letters('answer:reuse.fit-store', de)).toEqual(['n Notiz · e Nachweise · ? Hilfe']);
    expect(letters('answer:reuse.contract', de)).toEqual(['n Notiz · e Nachweise · z zurück']);

    const en = new FakeAsk({
      ...start('Musterstadt', 'stadt'),
      'answer:reuse.fit-store': [1],
      'answer:reuse.contract': [CANCEL],
    });
    await expect(
      runInterviewFlow(options(en, new MemoryStorage(), { lang: 'en' }), {}),
    ).rejects.toBeInstanceOf(InterviewCancelled);
    expect(letters('answer:reuse.contract', en)).toEqual(['n note · e evidence · b back']);
  });

  it('goes back to the previous question with its answer as the default, and on from there', async () => {
    const ask = new FakeAsk({
      ...start('Musterstadt', 'stadt'),
      'answer:reuse.fit-store': [1, 3],
      'answer:reuse.contract': [press('back'), true, true],
      'answer:interfaces.transport': [press('back'), 'mail', 'mail'],
      'answer:interfaces.share-digital': ['z', '40'],
      'answer:interfaces.components': [[]],
      'answer:staff.training': [2],
    });
    const storage = new MemoryStorage();
    await runInterviewFlow(options(ask, storage), {});
    expect(ask.keys().filter((k) => k.startsWith('answer:'))).toEqual([
      'answer:reuse.fit-store',
      'answer:reuse.contract',
      'answer:reuse.fit-store',
      'answer:reuse.contract',
      'answer:interfaces.transport',
      'answer:reuse.contract',
      'answer:interfaces.transport',
      'answer:interfaces.share-digital',
      'answer:interfaces.transport',
      'answer:interfaces.share-digital',
      'answer:interfaces.components',
      'answer:staff.training',
    ]);
    const fitStore = ask.asked.filter((a) => a.key === 'answer:reuse.fit-store');
    expect(fitStore[1]?.default).toBe(1); // the answer given before going back
    const contract = ask.asked.filter((a) => a.key === 'answer:reuse.contract');
    expect(contract[2]?.default).toBe(true);
    expect(ask.printed.filter((line) => line.startsWith('Frage 1 von 6'))).toHaveLength(2);
    expect(answersOf(storage.files.get('musterstadt.yaml') ?? '')).toEqual({
      'reuse.fit-store': 3,
      'reuse.contract': true,
      'interfaces.transport': 'mail',
      'interfaces.share-digital': 40,
      'interfaces.components': [],
      'staff.training': 2,
    });
    expectEverySaveValid(storage);
  });

  it('shows help on ? and asks again where the cursor was, in a list and in a checklist', async () => {
    const ask = new FakeAsk({
      ...start('Musterstadt', 'stadt'),
      'answer:reuse.fit-store': [press('help', { current: 2 }), 2],
      'answer:reuse.contract': [CANCEL],
    });
    await expect(runInterviewFlow(options(ask, new MemoryStorage()), {})).rejects.toBeInstanceOf(
      InterviewCancelled,
    );
    expect(ask.printed.join('\n')).toContain('Der FIT-Store der FITKO vermittelt');
    expect(
      ask.asked.filter((a) => a.key === 'answer:reuse.fit-store').map((a) => a.default),
    ).toEqual([undefined, 2]);

    const list = new FakeAsk({
      menu: ['criterion', 'finish'],
      'menu.criterion': ['components'],
      'answer:interfaces.components': [
        press('help', { current: ['bundid', 'pvog'], cursor: 'pvog' }),
        ['bundid', 'pvog'],
      ],
    });
    const storage = new MemoryStorage();
    await runInterviewFlow(options(list, storage), { file: 'm.yaml', text: HAND_WRITTEN });
    expect(list.printed).toContain('Gemeint ist die produktive Anbindung, nicht die Planung.');
    const asked = list.asked.filter((a) => a.key === 'answer:interfaces.components');
    expect(asked[1]?.default).toEqual(['bundid', 'pvog']);
    expect(storage.files.get('m.yaml')).toContain('interfaces.components: [bundid, pvog]');
  });

  it('asks note and evidence only on request; for a new answer they are saved with its value', async () => {
    const ask = new FakeAsk({
      ...start('Musterstadt', 'stadt'),
      'answer:reuse.fit-store': [press('note'), press('evidence'), 2],
      'note:reuse.fit-store': ['laut Frau A.'],
      'evidence:reuse.fit-store': ['Protokoll; Mail vom 3.11.'],
      'answer:reuse.contract': [true],
      'answer:interfaces.transport': ['mail'],
      'answer:interfaces.share-digital': ['n', 'e', '55'],
      'note:interfaces.share-digital': ['geschätzt'],
      'evidence:interfaces.share-digital': ['Statistik 2025'],
      'answer:interfaces.components': [[]],
      'answer:staff.training': [1],
    });
    const storage = new MemoryStorage();
    await runInterviewFlow(options(ask, storage), {});
    expect(ask.remaining()).toEqual([]);
    const numberQuestion = ask.asked.find((a) => a.key === 'answer:interfaces.share-digital');
    expect(numberQuestion?.message).toBe(
      'Welcher Anteil der Anträge kommt digital an? [Prozent] (w = weiß nicht, n = Notiz, e = Nachweise, z = zurück, ? = Hilfe)',
    );
    expect(answersOf(storage.files.get('musterstadt.yaml') ?? '')).toEqual({
      'reuse.fit-store': {
        value: 2,
        note: 'laut Frau A.',
        evidence: ['Protokoll', 'Mail vom 3.11.'],
      },
      'reuse.contract': true,
      'interfaces.transport': 'mail',
      'interfaces.share-digital': { value: 55, note: 'geschätzt', evidence: ['Statistik 2025'] },
      'interfaces.components': [],
      'staff.training': 1,
    });
    // Every save is a valid file; none holds a note without its value.
    expect(storage.saves.length).toBe(1 + 5 + 6);
    expectEverySaveValid(storage);
  });

  it('asks for the note that n/a needs, unless the answer has one already', async () => {
    const ask = new FakeAsk({
      menu: ['criterion', 'criterion', 'finish'],
      'menu.criterion': ['training', 'training'],
      'answer:staff.training': [NA, press('note'), NA],
      'note:staff.training': [
        '',
        'Schulung macht der Kreis',
        'Schulung macht der Kreis (bestätigt)',
      ],
    });
    const storage = new MemoryStorage();
    // the fake rejects the empty note as the terminal does: the note is required
    await expect(
      runInterviewFlow(options(ask, storage), { file: 'm.yaml', text: HAND_WRITTEN }),
    ).rejects.toThrow('Bitte kurz begründen, warum die Frage nicht zutrifft.');

    const again = new FakeAsk({
      menu: ['criterion', 'criterion', 'finish'],
      'menu.criterion': ['training', 'training'],
      'answer:staff.training': [NA, press('note'), NA],
      'note:staff.training': ['Schulung macht der Kreis', 'Schulung macht der Kreis (bestätigt)'],
    });
    await runInterviewFlow(options(again, storage), { file: 'm.yaml', text: HAND_WRITTEN });
    const notes = again.asked.filter((a) => a.key === 'note:staff.training');
    expect(notes.map((a) => a.message)).toEqual([
      'Notiz: Warum trifft die Frage nicht zu? (bei „trifft nicht zu“ erforderlich)',
      'Notiz (leer lassen: keine Notiz)',
    ]);
    expect(notes[1]?.default).toBe('Schulung macht der Kreis');
    expect(again.printed).toContain('Notiz: Schulung macht der Kreis');
    expect(storage.files.get('m.yaml')).toContain(
      '  staff.training:\n    value: n/a\n    note: Schulung macht der Kreis (bestätigt)\n',
    );
    expectEverySaveValid(storage);
  });
});

describe('the services question (v1.1)', () => {
  const withServices: Catalogue = {
    ...fixture,
    services: [
      { id: 'wohngeld', title: { de: 'Wohngeld', en: 'Housing benefit' } },
      {
        id: 'kfz-zulassung',
        title: { de: 'Kfz-Zulassung', en: 'Vehicle registration' },
        applies_when: { type: ['kreisfreie-stadt', 'landkreis'] },
      },
      {
        id: 'hundesteuer',
        title: { de: 'Hundesteuer', en: 'Dog tax' },
        applies_when: { type: ['gemeinde', 'stadt'] },
      },
      { id: 'elterngeld', title: { de: 'Elterngeld', en: 'Parental allowance' } },
    ],
  };
  const criteria = {
    'answer:reuse.fit-store': [1],
    'answer:reuse.contract': [true],
    'answer:interfaces.transport': ['mail'],
    'answer:interfaces.share-digital': ['40'],
    'answer:interfaces.components': [[]],
    'answer:staff.training': [2],
  };

  it('asks after the criteria, skips what applies_when excludes, and writes the services block', async () => {
    const ask = new FakeAsk({
      ...start('Musterstadt', 'stadt'),
      ...criteria,
      'service:wohngeld': ['yes'],
      'stage:wohngeld': ['configured'],
      'service:hundesteuer': ['no'],
      'service-note:hundesteuer': ['Aufgabe der Verbandsgemeinde'],
      'service:elterngeld': ['unknown'],
    });
    const storage = new MemoryStorage();
    await runInterviewFlow(options(ask, storage, { catalogue: withServices }), {});
    expect(ask.remaining()).toEqual([]);
    expect(ask.printed).toContain(
      'Für welche dieser Leistungen ist Ihre Kommune zuständig, und wie weit ist der Anschluss?',
    );
    expect(ask.printed).toContain('Leistung 1 von 3 · Wohngeld');
    expect(ask.keys().filter((k) => k.startsWith('service:'))).toEqual([
      'service:wohngeld',
      'service:hundesteuer',
      'service:elterngeld',
    ]);
    const responsible = ask.asked.find((a) => a.key === 'service:wohngeld');
    expect(responsible?.message).toBe('Ist Ihre Kommune für „Wohngeld“ zuständig?');
    expect(responsible?.choices).toEqual(['yes', 'no', 'unknown']);
    expect(ask.asked.find((a) => a.key === 'stage:wohngeld')?.choices).toEqual([
      ...STAGES,
      'unknown',
    ]);
    const text = storage.files.get('musterstadt.yaml') ?? '';
    expect(servicesOf(text)).toEqual({
      wohngeld: { responsible: true, stage: 'configured' },
      hundesteuer: { responsible: false, note: 'Aufgabe der Verbandsgemeinde' },
    });
    expect(text).toContain('services:\n  wohngeld: {responsible: true, stage: configured}\n');
    expectEverySaveValid(storage, withServices);
  });

  it('on resume offers the open services with the open questions, and revisits answered ones with their values', async () => {
    const file = `format: efa-readiness/assessment/v1
catalogue: interview-fixture@1.2.0
municipality: {name: Musterstadt, type: stadt, state: HE}
answers:
  reuse.fit-store: 1
  reuse.contract: true
  interfaces.transport: mail
  interfaces.share-digital: 40
  interfaces.components: []
  staff.training: 2
services:
  # laut Bürgeramt
  wohngeld: {responsible: true, stage: planned, x-ticket: 4711}
`;
    const ask = new FakeAsk({
      menu: ['missing', 'services', 'finish'],
      'service:hundesteuer': ['yes'],
      'stage:hundesteuer': ['live'],
      'service:elterngeld': ['no'],
      'service-note:elterngeld': [''],
      'service:wohngeld': ['yes'],
      'stage:wohngeld': ['tested'],
    });
    ask.queue('service:hundesteuer', press('back'));
    ask.queue('service:wohngeld', 'yes');
    ask.queue('stage:wohngeld', 'tested');
    ask.queue('service:hundesteuer', 'yes');
    ask.queue('stage:hundesteuer', 'live');
    ask.queue('service:elterngeld', 'no');
    const storage = new MemoryStorage();
    await runInterviewFlow(options(ask, storage, { catalogue: withServices }), {
      file: 'm.yaml',
      text: file,
    });
    expect(ask.printed).toContain('Musterstadt: 6 von 6 Fragen beantwortet (m.yaml)');
    const menu = ask.asked.filter((a) => a.key === 'menu');
    expect(menu[0]?.choices).toEqual([
      'missing',
      'dimension',
      'criterion',
      'services',
      'municipality',
      'finish',
    ]);
    expect(menu[0]?.default).toBe('missing');
    expect(menu[1]?.default).toBe('finish'); // nothing open after the first round
    // round 1 (open only): hundesteuer, elterngeld; round 2 (all): wohngeld, hundesteuer (back), wohngeld, …
    expect(ask.keys().filter((k) => k.startsWith('service:'))).toEqual([
      'service:hundesteuer',
      'service:elterngeld',
      'service:wohngeld',
      'service:hundesteuer',
      'service:wohngeld',
      'service:hundesteuer',
      'service:elterngeld',
    ]);
    const stages = ask.asked.filter((a) => a.key === 'stage:wohngeld').map((a) => a.default);
    expect(stages).toEqual(['planned', 'tested']);
    const text = storage.files.get('m.yaml') ?? '';
    expect(servicesOf(text)).toEqual({
      wohngeld: { responsible: true, stage: 'tested', 'x-ticket': 4711 },
      hundesteuer: { responsible: true, stage: 'live' },
      elterngeld: { responsible: false },
    });
    expect(text).toContain('  # laut Bürgeramt\n  wohngeld:');
    expectEverySaveValid(storage, withServices);
  });

  it('takes a note on n, and leaves a service answered "don’t know" out of the file', async () => {
    const file = `format: efa-readiness/assessment/v1
catalogue: interview-fixture@1.2.0
municipality: {name: Musterstadt, type: stadt, state: HE}
services:
  wohngeld: {responsible: false}
`;
    const ask = new FakeAsk({
      menu: ['services', 'finish'],
      'service:wohngeld': ['unknown'],
      'service:hundesteuer': [press('note'), 'yes'],
      'service-note:hundesteuer': ['seit 2025 online'],
      'stage:hundesteuer': ['unknown'],
      'service:elterngeld': ['unknown'],
    });
    const storage = new MemoryStorage();
    await runInterviewFlow(options(ask, storage, { catalogue: withServices, lang: 'de' }), {
      file: 'm.yaml',
      text: file,
    });
    expect(ask.asked.find((a) => a.key === 'service:wohngeld')?.default).toBe('no');
    expect(servicesOf(storage.files.get('m.yaml') ?? '')).toEqual({
      hundesteuer: { responsible: true, note: 'seit 2025 online' },
    });
    expectEverySaveValid(storage, withServices);
  });

  it('is not asked with --dimension, which narrows the interview to criteria', async () => {
    const ask = new FakeAsk({ ...start('Musterstadt', 'stadt'), 'answer:staff.training': [1] });
    const storage = new MemoryStorage();
    await runInterviewFlow(
      options(ask, storage, { catalogue: withServices, dimensions: ['staff'] }),
      {},
    );
    expect(ask.keys().some((k) => k.startsWith('service'))).toBe(false);
    expect(servicesOf(storage.files.get('musterstadt.yaml') ?? '')).toBeUndefined();
  });
});
