/**
 * Messages a person filling in an assessment understands: the exact text of
 * each message class in German and English, at the place to change.
 */
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/load/parse.js';
import type { Lang } from '../../src/model/types.js';
import { validateAssessment } from '../../src/validate/index.js';
import { DEFAULT_CATALOGUE, readCatalogue } from '../interview/helpers.js';

const catalogue = readCatalogue(DEFAULT_CATALOGUE);

function head(extra = ''): string {
  return [
    'format: efa-readiness/assessment/v1',
    'catalogue: efa-default',
    'municipality:',
    '  name: Musterstadt',
    '  type: stadt',
    '  state: HE',
    extra,
  ].join('\n');
}

/** The errors (or, with `warnings`, the warnings) as `line:col path: message`. */
function problems(text: string, lang: Lang, warnings = false): string[] {
  const parsed = parseYaml(text, 'a.yaml', lang);
  expect(parsed.diagnostics).toEqual([]);
  const v = validateAssessment(parsed.value, parsed.source, lang, catalogue);
  return (warnings ? v.warnings : v.errors)
    .filter((d) => d.code !== 'missing-answers')
    .map((d) => `${d.line}:${d.col} ${d.path ?? ''}: ${d.message}`);
}

const answers = (...lines: string[]): string => head(`answers:\n${lines.join('\n')}\n`);

describe('messages for people filling in an assessment', () => {
  it.each([
    ['de', "10:5 answers.reuse.policy.notes: unbekannter Schlüssel 'notes' – meinten Sie 'note'?"],
    ['en', "10:5 answers.reuse.policy.notes: unknown key 'notes' – did you mean 'note'?"],
  ] as const)('an unknown key inside an answer, with a suggestion (%s)', (lang, expected) => {
    const text = answers('  reuse.policy:', '    value: true', '    notes: Beschluss 2025');
    expect(problems(text, lang)).toEqual([expected]);
  });

  it.each([
    [
      'de',
      "10:5 answers.reuse.policy.quelle: unbekannter Schlüssel 'quelle' – in einer Antwort stehen value, note und evidence (eigene Daten unter x-…).",
    ],
    [
      'en',
      "10:5 answers.reuse.policy.quelle: unknown key 'quelle' – an answer holds value, note and evidence (own data under x-…).",
    ],
  ] as const)('an unknown key inside an answer, without a likely one (%s)', (lang, expected) => {
    const text = answers(
      '  reuse.policy:',
      '    value: true',
      '    quelle: Ratsbeschluss',
      '    x-intern: ok',
    );
    expect(problems(text, lang)).toEqual([expected]);
  });

  it.each([
    [
      'de',
      "7:3 answers.reuse.policy: Die Antwort braucht 'value:' – zum Beispiel value: 2 unter den Angaben note und evidence.",
    ],
    [
      'en',
      "7:3 answers.reuse.policy: The answer needs 'value:' – for example value: 2 beside note and evidence.",
    ],
  ] as const)('a long-form answer without value (%s)', (lang, expected) => {
    const text = answers('  reuse.policy:', '    note: Beschluss 2025');
    expect(problems(text, lang)[0]?.replace(/^\d+:\d+/, '7:3')).toBe(expected);
  });

  it.each([
    [
      'de',
      '8:21 answers.staff.leadership: Diese Frage lässt „trifft nicht zu“ (n/a) nicht zu; möglich ist unknown (weiß nicht).',
    ],
    [
      'en',
      "8:21 answers.staff.leadership: This question does not allow 'not applicable' (n/a); unknown (not known) is possible.",
    ],
  ] as const)('n/a, or its words, where the question does not allow it (%s)', (lang, expected) => {
    expect(problems(answers('  staff.leadership: n/a'), lang)).toEqual([expected]);
    expect(problems(answers('  staff.leadership: trifft nicht zu'), lang)).toEqual([expected]);
    expect(expected).not.toContain('allow_na');
  });

  it.each([
    [
      'de',
      'Diese Frage gilt nicht für diese Kommune (nach Art, Land oder Einwohnerzahl); die Antwort wird nicht gewertet.',
    ],
    [
      'en',
      'This question does not apply to this municipality (by type, Land or population); the answer is not scored.',
    ],
  ] as const)('an answer to a question that does not apply here (%s)', (lang, expected) => {
    // regionality.district-coordination applies to a Verbund only; Musterstadt is a Stadt.
    const text = answers('  regionality.district-coordination: 2');
    expect(problems(text, lang, true)).toEqual([
      `8:3 answers.regionality.district-coordination: ${expected}`,
    ]);
  });
});

describe('natural input: each an error with the exact replacement', () => {
  const cases: [string, string, string, string][] = [
    // [what, lines, path, replacement]
    ['ja', '  reuse.policy: ja', 'answers.reuse.policy', 'true'],
    ['nein', '  reuse.policy:\n    value: nein', 'answers.reuse.policy.value', 'false'],
    ['weiß nicht', '  reuse.it-provider: weiß nicht', 'answers.reuse.it-provider', 'unknown'],
    ['trifft nicht zu', '  interfaces.dvdv: trifft nicht zu', 'answers.interfaces.dvdv', 'n/a'],
    ['3 – In Betrieb', '  reuse.it-provider: 3 – In Betrieb', 'answers.reuse.it-provider', '3'],
    ['75 %', '  reuse.adopted-share: 75 %', 'answers.reuse.adopted-share', '75'],
  ];
  it.each(cases)('%s', (_what, lines, path, to) => {
    const [de] = problems(answers(lines), 'de');
    const [en] = problems(answers(lines), 'en');
    expect(de).toContain(`${path}: `);
    expect(de).toMatch(
      new RegExp(
        ` Schreiben Sie stattdessen: ${escape(to)} \\(efa-readiness validate --fix ändert das für Sie\\)\\.$`,
      ),
    );
    expect(en).toMatch(
      new RegExp(
        ` Write instead: ${escape(to)} \\(efa-readiness validate --fix changes it for you\\)\\.$`,
      ),
    );
  });

  it.each([
    ['Stadt', 'type: Stadt', 'municipality.type', 'stadt'],
    ['Hessen', 'state: Hessen', 'municipality.state', 'HE'],
  ])('%s in the municipality', (_what, line, path, to) => {
    const text = head().replace(new RegExp(`${line.split(':')[0]}: \\w+`), line);
    expect(problems(text, 'de').join('\n')).toContain(`Schreiben Sie stattdessen: ${to} (`);
    expect(problems(text, 'en').find((p) => p.includes(path))).toContain(`Write instead: ${to} (`);
  });

  it('12.11.2026 as the date', () => {
    const text = head('assessment:\n  date: 12.11.2026\n');
    expect(problems(text, 'de')).toEqual([
      "8:9 assessment.date: erwartet ein Datum JJJJ-MM-TT (z. B. 2026-11-20). Gefunden: den Text '12.11.2026'. Schreiben Sie stattdessen: 2026-11-12 (efa-readiness validate --fix ändert das für Sie).",
    ]);
    expect(problems(text, 'en')).toEqual([
      "8:9 assessment.date: expected a date YYYY-MM-DD (e.g. 2026-11-20). Found: the text '12.11.2026'. Write instead: 2026-11-12 (efa-readiness validate --fix changes it for you).",
    ]);
  });

  it('says no replacement where the meaning is not clear', () => {
    for (const line of [
      '  reuse.it-provider: ja', // yes to a level?
      '  reuse.it-provider: 3 – Geplant', // number and label disagree
      '  staff.leadership: trifft nicht zu', // n/a not allowed here
      '  reuse.adopted-share: "1.234"', // thousands or decimals?
      '  reuse.policy: vielleicht',
    ]) {
      const found = problems(answers(line), 'de');
      expect(found, line).toHaveLength(1);
      expect(found[0], line).not.toContain('Schreiben Sie stattdessen');
    }
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
