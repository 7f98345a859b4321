import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { HELP, NA, UNKNOWN } from '../../src/interview/answer.js';
import { InterviewCancelled } from '../../src/interview/ask.js';
import {
  type InterviewOptions,
  type InterviewState,
  runInterviewFlow,
} from '../../src/interview/flow.js';
import { applies } from '../../src/model/catalogue.js';
import { resolveText } from '../../src/model/text.js';
import type { Catalogue, Lang } from '../../src/model/types.js';
import { CANCEL, FakeAsk } from './fake-ask.js';
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

function answersOf(text: string): unknown {
  return (parseDocument(text).toJS() as { answers?: unknown }).answers;
}

describe('a new interview', () => {
  it('asks every type, shows help on request, skips excluded criteria and saves a valid file after every answer', async () => {
    const ask = new FakeAsk({
      ...start('Musterstadt', 'stadt'),
      'answer:reuse.fit-store': [HELP, 2],
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
    });
    const storage = new MemoryStorage();
    const state: InterviewState = {};
    await runInterviewFlow(options(ask, storage), state);

    expect(ask.keys().filter((k) => k.startsWith('answer:'))).toEqual([
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
        'staff.training': 'n/a',
      },
    });
    expectEverySaveValid(storage);
    // one save for the municipality block, one per detail (AGS, population, date, method, assessors),
    // one per value, one per note and evidence given
    expect(storage.saves.length).toBe(1 + 5 + 6 + 2);
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

  it('asks only the dimensions named with --dimension, numbered within the whole catalogue', async () => {
    const ask = new FakeAsk({
      ...start('Musterstadt', 'stadt'),
      'answer:staff.training': [1],
    });
    const storage = new MemoryStorage();
    await runInterviewFlow(options(ask, storage, { dimensions: ['staff'] }), {});
    expect(ask.keys().filter((k) => k.startsWith('answer:'))).toEqual(['answer:staff.training']);
    expect(ask.printed).toContain('Frage 6 von 6 · Personal');
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
      'note:reuse.fit-store': [CANCEL],
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
    expect(ask.asked.find((a) => a.key === 'note:interfaces.transport')?.default).toBe(
      'Posteingang im Sammelpostfach',
    );
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
      'answer:reuse.fit-store': [3],
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
    });
    await run();
    expect(ask.keys().filter((k) => k.startsWith('answer:'))).toEqual(['answer:staff.training']);
    expect(storage.files.get('musterstadt.yaml')).toContain('  staff.training: n/a\n');
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
    });
    const storage = new MemoryStorage();
    await runInterviewFlow(options(ask, storage, { catalogue }), {});
    expect(ask.keys()).not.toContain('answer:staff.district-team');
    expect(ask.printed).toContain('Frage 4 von 4 · Personal');
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
        else if (index % 11 === 0 && criterion.allow_na === true)
          ask.queue(
            key,
            criterion.type === 'checklist' ? [NA] : criterion.type === 'number' ? 'n/a' : NA,
          );
        else {
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
    const storage = new MemoryStorage();
    const started = performance.now();
    await runInterviewFlow(options(ask, storage, { catalogue }), {});
    const elapsed = performance.now() - started;

    const municipality = {
      name: 'Musterstadt',
      type: 'stadt',
      state: 'HE',
      population: 23000,
    } as const;
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
    // Report for the lead: how long the flow itself takes, per question (saves in memory).
    console.info(
      `efa-default: ${asked.length} questions, ${storage.saves.length} saves, ${elapsed.toFixed(0)} ms`,
    );
  });
});
