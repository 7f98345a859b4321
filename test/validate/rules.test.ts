import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { parseYaml } from '../../src/load/parse.js';
import type { Catalogue, Lang } from '../../src/model/types.js';
import { validateAssessment, validateCatalogue } from '../../src/validate/index.js';
import type { Diagnostic } from '../../src/errors.js';

/**
 * Every rule of src/validate, as a table: rule → the smallest input that
 * breaks it (one change to a valid catalogue or assessment) → the `code`, the
 * path and the words of the one diagnostic it gives, in German and in English.
 * A rule whose message no case reaches is a message no user has been shown in
 * a test; the last test checks that every `rule.*` message of the validator is
 * in this table. Before it, no test reached these twelve (measured by logging
 * every message key over the suite): duplicateItem, expectedCatalogue,
 * levelUnknown, referenceUrl, scaleQuoted, thresholdsOrder, typeKey, typeNeeds,
 * unknownDimension, unknownFormat, unknownItem, unknownItemHint.
 */
const CATALOGUE = `format: efa-readiness/catalogue/v1
id: rules
version: 1.0.0
language: de
title: {de: Regeln, en: Rules}
levels:
  - {value: 0, label: {de: nein, en: no}}
  - {value: 1, label: {de: teils, en: partly}}
  - {value: 2, label: {de: ja, en: yes}}
bands:
  - {id: low, min: 0, label: {de: niedrig, en: low}}
  - {id: high, min: 60, label: {de: hoch, en: high}}
dimensions:
  - id: a
    title: {de: A, en: A}
    criteria:
      - id: a.one
        title: {de: Eins, en: One}
        question: {de: Eins?, en: One?}
        replaces: [a.old]
      - id: a.choice
        title: {de: Wahl, en: Choice}
        question: {de: Wahl?, en: Choice?}
        type: choice
        options:
          - {id: paper, label: {de: Papier, en: paper}, score: 0}
          - {id: online, label: {de: online, en: online}, score: 100}
      - id: a.num
        title: {de: Zahl, en: Number}
        question: {de: Wie viele?, en: How many?}
        type: number
        thresholds:
          - {min: 0, score: 0}
          - {min: 10, score: 100}
      - id: a.list
        title: {de: Liste, en: List}
        question: {de: Welche?, en: Which?}
        type: checklist
        items:
          - {id: portal, label: {de: Portal, en: portal}}
          - {id: payment, label: {de: Bezahlung, en: payment}}
      - id: a.bool
        title: {de: Ja oder nein, en: Yes or no}
        question: {de: Gibt es das?, en: Is there one?}
        type: boolean
      - id: a.na
        title: {de: Vielleicht, en: Maybe}
        question: {de: Trifft es zu?, en: Does it apply?}
        allow_na: true
      - id: a.kreis
        title: {de: Kreis, en: District}
        question: {de: Im Kreis?, en: In the district?}
        applies_when: {type: [landkreis]}
services:
  - id: wohngeld
    title: {de: Wohngeld, en: Housing benefit}
    weights: {a: 2}
    requires:
      - {criterion: a.one, min: 50}
`;

const ASSESSMENT = `format: efa-readiness/assessment/v1
catalogue: rules@1.0.0
municipality: {name: Regelstadt, type: stadt, state: HE}
assessment: {date: 2026-11-20, method: self}
answers:
  a.one: 2
  a.choice: online
  a.num: 12
  a.list: [portal, payment]
  a.bool: true
  a.na: 1
`;

type Doc = Record<string, unknown> & {
  dimensions: { criteria: Record<string, unknown>[] }[];
  levels: Record<string, unknown>[];
  bands: Record<string, unknown>[];
  services: Record<string, unknown>[];
  answers: Record<string, unknown>;
  assessment: Record<string, unknown>;
};
type Change = (doc: Doc) => unknown;

const criterion = (doc: Doc, i: number): Record<string, unknown> => {
  const found = doc.dimensions[0]?.criteria[i];
  if (!found) throw new Error(`no criterion ${i}`);
  return found;
};

function catalogueErrors(change: Change, lang: Lang): Diagnostic[] {
  const doc = parse(CATALOGUE) as Doc;
  const changed = change(doc) ?? doc;
  const file = parseYaml(stringify(changed), 'katalog.yaml', lang);
  expect(file.diagnostics).toEqual([]);
  return validateCatalogue(file.value, file.source, lang).errors;
}

const base = parseYaml(CATALOGUE, 'katalog.yaml', 'de');
const catalogue = validateCatalogue(base.value, base.source, 'de').value as Catalogue;

function assessmentDiagnostics(
  change: Change,
  lang: Lang,
  against: Catalogue = catalogue,
): Diagnostic[] {
  const doc = parse(ASSESSMENT) as Doc;
  const changed = change(doc) ?? doc;
  const file = parseYaml(stringify(changed), 'kommune.yaml', lang);
  expect(file.diagnostics).toEqual([]);
  const { errors, warnings } = validateAssessment(file.value, file.source, lang, against);
  return [...errors, ...warnings];
}

interface Case {
  /** The message key in src/i18n/messages (what the user reads). */
  key: string;
  code: string;
  change: Change;
  path: string | undefined;
  de: RegExp;
  en: RegExp;
  severity?: 'error' | 'warning';
}

/** One row: message key, code, path, German and English words, and the one change. */
type Row = [
  key: string,
  code: string,
  path: string | undefined,
  de: RegExp,
  en: RegExp,
  change: Change,
];
const rows = (list: Row[], severity: 'error' | 'warning' = 'error'): Case[] =>
  list.map(([key, code, path, de, en, change]) => ({ key, code, path, de, en, change, severity }));

const CATALOGUE_CASES: Case[] = rows([
  [
    'rule.notAMap',
    'not-a-map',
    undefined,
    /erwartet eine Zuordnung mit format:/,
    /expected a mapping with format:/,
    () => ['eine', 'Liste'],
  ],
  [
    'rule.noFormat',
    'no-format',
    undefined,
    /Schlüssel 'format' fehlt/,
    /key 'format' is missing/,
    (d) => ({ ...d, format: undefined }),
  ],
  [
    'rule.formatVersion',
    'format-version',
    'format',
    /Formatversion 'efa-readiness\/catalogue\/v9' wird nicht unterstützt/,
    /format version 'efa-readiness\/catalogue\/v9' is not supported/,
    (d) => ({ ...d, format: 'efa-readiness/catalogue/v9' }),
  ],
  [
    'rule.unknownFormat',
    'unknown-format',
    'format',
    /unbekanntes Format 'katalog'/,
    /unknown format 'katalog'/,
    (d) => ({ ...d, format: 'katalog' }),
  ],
  [
    'rule.expectedCatalogue',
    'wrong-kind',
    undefined,
    /erwartet einen Katalog, gefunden eine Einschätzung/,
    /expected a catalogue, found an assessment/,
    () => parse(ASSESSMENT) as unknown,
  ],
  [
    'rule.levelsGap',
    'levels-gap',
    'levels.2.value',
    /erwartet 2, gefunden 3/,
    /expected 2, found 3/,
    (d) => {
      d.levels[2]!.value = 3;
    },
  ],
  [
    'rule.bandsStart',
    'bands-start',
    'bands.0.min',
    /min: 0 beginnen, gefunden 10/,
    /min: 0, found 10/,
    (d) => {
      d.bands[0]!.min = 10;
    },
  ],
  [
    'rule.bandsOrder',
    'bands-order',
    'bands.1.min',
    /'high' hat min 0, die vorige 0/,
    /'high' has min 0, the one before 0/,
    (d) => {
      d.bands[1]!.min = 0;
    },
  ],
  [
    'rule.duplicateId',
    'duplicate-id',
    'a.one › id',
    /Id 'a\.one' kommt mehrfach vor/,
    /id 'a\.one' appears more than once/,
    (d) => {
      criterion(d, 1).id = 'a.one';
    },
  ],
  [
    'rule.unknownBand',
    'unknown-band',
    'a.one › gate.cap',
    /hihg.*high/,
    /hihg.*high/,
    (d) => {
      criterion(d, 0).gate = { min: 50, cap: 'hihg' };
    },
  ],
  [
    'rule.textLanguage',
    'text-language',
    'title',
    /Katalogsprache 'de' \(vorhanden: en\)/,
    /catalogue language 'de' \(present: en\)/,
    (d) => {
      d.title = { en: 'Rules' };
    },
  ],
  [
    'rule.typeNeeds',
    'type-needs',
    'a.choice',
    /options/,
    /options/,
    (d) => {
      delete criterion(d, 1).options;
    },
  ],
  [
    'rule.typeKey',
    'type-key',
    'a.one › items',
    /'items' gehört zu Typ 'checklist', das Kriterium hat Typ 'scale'/,
    /'items' belongs to type 'checklist'.*'scale'/,
    (d) => {
      criterion(d, 0).items = [{ id: 'x', label: 'x' }];
    },
  ],
  [
    'rule.levelUnknown',
    'level-unknown',
    'a.one › levels.7',
    /Stufe 7 gibt es nicht; die Skala reicht von 0 bis 2/,
    /no level 7; the scale runs from 0 to 2/,
    (d) => {
      criterion(d, 0).levels = { '7': 'sieben' };
    },
  ],
  [
    'rule.thresholdsOrder',
    'thresholds-order',
    'a.num › thresholds.1.min',
    /min 0 nach 0/,
    /min 0 after 0/,
    (d) => {
      (criterion(d, 2).thresholds as { min: number }[])[1]!.min = 0;
    },
  ],
  [
    'rule.referenceUrl',
    'reference-url',
    'a.one › references.0.url',
    /ftp:\/\/example\.org\/a/,
    /ftp:\/\/example\.org\/a/,
    (d) => {
      criterion(d, 0).references = [{ title: 'Quelle', url: 'ftp://example.org/a' }];
    },
  ],
  [
    'rule.populationRange',
    'population-range',
    'a.one › applies_when.population',
    /5000|5\.000/,
    /5000|5,000/,
    (d) => {
      criterion(d, 0).applies_when = { population: { min: 5000, max: 100 } };
    },
  ],
  [
    'rule.unknownDimension',
    'unknown-dimension',
    'services.0.weights.b',
    /unbekannte Dimension 'b'; vorhanden: a/,
    /unknown dimension 'b'; defined: a/,
    (d) => {
      d.services[0]!.weights = { b: 2 };
    },
  ],
  [
    'rule.unknownCriterion',
    'unknown-criterion',
    'services.0.requires.0.criterion',
    /a\.oen.*a\.one/,
    /a\.oen.*a\.one/,
    (d) => {
      d.services[0]!.requires = [{ criterion: 'a.oen', min: 50 }];
    },
  ],
  [
    'rule.dependsOnSelf',
    'depends-on-self',
    'a.choice › depends_on.0',
    /'a\.choice' kann nicht von sich selbst abhängen/,
    /'a\.choice' cannot depend on itself/,
    (d) => {
      criterion(d, 1).depends_on = ['a.choice'];
    },
  ],
  [
    'rule.dependsOnCycle',
    'depends-on-cycle',
    'a.choice › depends_on',
    /a\.choice → a\.num → a\.choice/,
    /a\.choice → a\.num → a\.choice/,
    (d) => {
      criterion(d, 1).depends_on = ['a.num'];
      criterion(d, 2).depends_on = ['a.choice'];
    },
  ],
  [
    'rule.replacesCurrent',
    'replaces-current',
    'a.choice › replaces.0',
    /'a\.num' ist eine Id dieses Katalogs/,
    /'a\.num' is an id of this catalogue/,
    (d) => {
      criterion(d, 1).replaces = ['a.num'];
    },
  ],
  [
    'rule.replacesTwice',
    'replaces-twice',
    'a.choice › replaces.0',
    /a\.old.*a\.one|a\.one.*a\.old/,
    /a\.old.*a\.one|a\.one.*a\.old/,
    (d) => {
      criterion(d, 1).replaces = ['a.old'];
    },
  ],
]);

const ASSESSMENT_CASES: Case[] = [
  ...rows([
    [
      'rule.expectedAssessment',
      'wrong-kind',
      undefined,
      /erwartet eine Einschätzung, gefunden einen Katalog/,
      /expected an assessment, found a catalogue/,
      () => parse(CATALOGUE) as unknown,
    ],
    [
      'rule.badDate',
      'bad-date',
      'assessment.date',
      /2026-02-30/,
      /2026-02-30/,
      (d) => {
        d.assessment.date = '2026-02-30';
      },
    ],
    [
      'rule.catalogueMismatch',
      'catalogue-mismatch',
      'catalogue',
      /efa-default.*rules/,
      /efa-default.*rules/,
      (d) => {
        d.catalogue = 'efa-default';
      },
    ],
    [
      'rule.unknownAnswer',
      'unknown-criterion',
      'answers.a.oen',
      /a\.oen.*a\.one/,
      /a\.oen.*a\.one/,
      (d) => {
        d.answers['a.oen'] = 1;
      },
    ],
    [
      'rule.answerReplacedBoth',
      'replaced-both',
      'answers.a.old',
      /a\.old.*a\.one/,
      /a\.old.*a\.one/,
      (d) => {
        d.answers['a.old'] = 2;
      },
    ],
    [
      'rule.unknownService',
      'unknown-service',
      'services.wohngelt',
      /wohngelt.*wohngeld/,
      /wohngelt.*wohngeld/,
      (d) => ({ ...d, services: { wohngelt: { stage: 'live' } } }),
    ],
    [
      'rule.naNotAllowed',
      'na-not-allowed',
      'answers.a.one',
      /n\/a/,
      /n\/a/,
      (d) => {
        d.answers['a.one'] = 'n/a';
      },
    ],
    [
      'rule.scaleQuoted',
      'scale-quoted',
      'answers.a.one',
      /Stufe '2' steht in Anführungszeichen.*0 bis 2/,
      /level '2' is quoted.*0 to 2/,
      (d) => {
        d.answers['a.one'] = '2';
      },
    ],
    [
      'rule.levelOutOfRange',
      'level-out-of-range',
      'answers.a.one',
      /7.*2|2.*7/,
      /7.*2|2.*7/,
      (d) => {
        d.answers['a.one'] = 7;
      },
    ],
    [
      'rule.expectedBoolean',
      'expected-boolean',
      'answers.a.bool',
      /erwartet true \(ja\) oder false \(nein\).*gefunden 5/,
      /expected true \(yes\) or false \(no\).*found 5/,
      (d) => {
        d.answers['a.bool'] = 5;
      },
    ],
    [
      'rule.unknownOptionHint',
      'unknown-option',
      'answers.a.choice',
      /onlien.*online/,
      /onlien.*online/,
      (d) => {
        d.answers['a.choice'] = 'onlien';
      },
    ],
    [
      'rule.unknownOption',
      'unknown-option',
      'answers.a.choice',
      /paper, online.*"fax"/,
      /paper, online.*"fax"/,
      (d) => {
        d.answers['a.choice'] = 'fax';
      },
    ],
    [
      'rule.expectedNumber',
      'expected-number',
      'answers.a.num',
      /viele/,
      /viele/,
      (d) => {
        d.answers['a.num'] = 'viele';
      },
    ],
    [
      'rule.expectedList',
      'expected-list',
      'answers.a.list',
      /portal, payment/,
      /portal, payment/,
      (d) => {
        d.answers['a.list'] = 5;
      },
    ],
    [
      'rule.unknownItemHint',
      'unknown-item',
      'answers.a.list',
      /portl.*portal/,
      /portl.*portal/,
      (d) => {
        d.answers['a.list'] = ['portl'];
      },
    ],
    [
      'rule.unknownItem',
      'unknown-item',
      'answers.a.list',
      /fax.*portal, payment/,
      /fax.*portal, payment/,
      (d) => {
        d.answers['a.list'] = ['fax'];
      },
    ],
    [
      'rule.duplicateItem',
      'duplicate-item',
      'answers.a.list',
      /Punkt 'portal' steht doppelt/,
      /item 'portal' is listed twice/,
      (d) => {
        d.answers['a.list'] = ['portal', 'portal'];
      },
    ],
  ]),
  ...rows(
    [
      [
        'rule.catalogueVersion',
        'catalogue-version',
        'catalogue',
        /2\.0\.0.*1\.0\.0/,
        /2\.0\.0.*1\.0\.0/,
        (d) => {
          d.catalogue = 'rules@2.0.0';
        },
      ],
      [
        'rule.answerReplaced',
        'replaced-id',
        'answers.a.old',
        /a\.old.*a\.one/,
        /a\.old.*a\.one/,
        (d) => {
          delete d.answers['a.one'];
          d.answers['a.old'] = 2;
        },
      ],
      [
        'rule.naWithoutNote',
        'na-without-note',
        'answers.a.na',
        /n\/a ohne Notiz/,
        /n\/a without a note/,
        (d) => {
          d.answers['a.na'] = 'n/a';
        },
      ],
      [
        'rule.answerExcluded',
        'answer-excluded',
        'answers.a.kreis',
        /gilt nicht für diese Kommune/,
        /does not apply to this municipality/,
        (d) => {
          d.answers['a.kreis'] = 2;
        },
      ],
      [
        'rule.missingAnswers',
        'missing-answers',
        'answers',
        /a\.bool/,
        /a\.bool/,
        (d) => {
          delete d.answers['a.bool'];
        },
      ],
      [
        'rule.actionDoneBelowTarget',
        'action-done-below-target',
        'actions.a.one.status',
        /als erledigt markiert, Antwort aber noch Stufe 1/,
        /marked as done, but the answer is still level 1/,
        (d) => {
          d.answers['a.one'] = 1;
          d.actions = { 'a.one': { status: 'done' } };
        },
      ],
      [
        'rule.actionDoneBelowTargetScore',
        'action-done-below-target',
        'actions.a.choice.status',
        /noch bei 0,0 von Ziel 100/,
        /still at 0\.0 of target 100/,
        (d) => {
          d.answers['a.choice'] = 'paper';
          d.actions = { 'a.choice': { status: 'done' } };
        },
      ],
    ],
    'warning',
  ),
];

/** A criterion an overlay removed, as the loader records it in the catalogue's provenance. */
const REMOVED: Case = {
  key: 'rule.answerRemoved',
  code: 'removed-by-overlay',
  severity: 'warning',
  change: (d) => {
    d.answers['a.alt'] = 1;
  },
  path: 'answers.a.alt',
  de: /a\.alt.*Landkreis Beispiel.*kein Landesportal/,
  en: /a\.alt.*Landkreis Beispiel.*no state portal/,
};
const overlaid: Catalogue = {
  ...catalogue,
  provenance: {
    chain: [{ id: 'rules', version: '1.0.0' }],
    criteria: {},
    removed: [
      {
        id: 'a.alt',
        by: 'Landkreis Beispiel',
        reason: { de: 'kein Landesportal', en: 'no state portal' },
      },
    ],
  },
} as unknown as Catalogue;

function only(diagnostics: Diagnostic[], c: Case, lang: Lang): Diagnostic {
  expect(
    diagnostics.map((d) => `${d.severity} ${d.code} ${d.path ?? ''}: ${d.message}`),
    lang,
  ).toHaveLength(1);
  const [found] = diagnostics;
  if (!found) throw new Error('no diagnostic');
  expect(found.code).toBe(c.code);
  expect(found.severity).toBe(c.severity ?? 'error');
  expect(found.path).toBe(c.path);
  expect(found.message).toMatch(lang === 'de' ? c.de : c.en);
  expect(found.line).toBeGreaterThan(0);
  return found;
}

describe('the valid inputs the table starts from', () => {
  it('the catalogue and the assessment pass without an error or a warning', () => {
    expect(catalogueErrors(() => undefined, 'de')).toEqual([]);
    expect(assessmentDiagnostics(() => undefined, 'de')).toEqual([]);
  });
});

describe.each(['de', 'en'] as const)('each catalogue rule (%s)', (lang) => {
  it.each(CATALOGUE_CASES.map((c) => [c.key, c] as const))('%s', (_key, c) => {
    only(catalogueErrors(c.change, lang), c, lang);
  });
});

describe.each(['de', 'en'] as const)('each assessment rule (%s)', (lang) => {
  it.each([...ASSESSMENT_CASES, REMOVED].map((c) => [c.key, c] as const))('%s', (_key, c) => {
    const against = c === REMOVED ? overlaid : catalogue;
    only(assessmentDiagnostics(c.change, lang, against), c, lang);
  });
});

describe('the table', () => {
  it('reaches every rule message of the validator', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const dir = new URL('../../src/validate/', import.meta.url);
    const used = new Set(
      readdirSync(dir)
        .filter((f) => f.endsWith('.ts'))
        .flatMap((f) => [...readFileSync(new URL(f, dir), 'utf8').matchAll(/'(rule\.[A-Za-z]+)'/g)])
        .map((m) => m[1] ?? ''),
    );
    const reached = new Set([...CATALOGUE_CASES, ...ASSESSMENT_CASES, REMOVED].map((c) => c.key));
    expect([...used].filter((key) => !reached.has(key)).sort()).toEqual([]);
    expect([...reached].filter((key) => !used.has(key)).sort()).toEqual([]);
  });
});
