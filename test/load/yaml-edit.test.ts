/**
 * Edits on the text of a file: only what an edit touches changes; every other
 * byte stays, folded notes and flow maps included. And where splicing cannot
 * be sure, the result still means exactly what the edited document means.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Document, parseDocument } from 'yaml';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { setAnswer, setInfoField, setMunicipalityField } from '../../src/interview/document.js';
import { applyEdit, stringifyDocument } from '../../src/load/yaml-edit.js';

const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));
const examples = readdirSync(EXAMPLES)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => ({ name, text: readFileSync(join(EXAMPLES, name), 'utf8') }));

/** Lines of `before` that are no longer in `after` (as a multiset). */
function lostLines(before: string, after: string): string[] {
  const rest = after.split('\n');
  const lost: string[] = [];
  for (const line of before.split('\n')) {
    const at = rest.indexOf(line);
    if (at === -1) lost.push(line);
    else rest.splice(at, 1);
  }
  return lost;
}

/** What the edit means: the document edited and printed by `yaml`. */
function meaning(text: string, edit: (doc: Document) => void): unknown {
  const doc = parseDocument(text);
  edit(doc);
  return doc.toJS();
}

describe('applyEdit', () => {
  it('needs examples to work on', () => {
    expect(examples.length).toBeGreaterThan(2);
  });

  it.each(examples)(
    '$name: changing, adding and annotating answers touches only those lines',
    ({ text }) => {
      const doc = parseDocument(text);
      const answers = doc.toJS() as { answers: Record<string, unknown> };
      const ids = Object.keys(answers.answers);
      const shortId = ids.find(
        (id) => typeof answers.answers[id] !== 'object' || Array.isArray(answers.answers[id]),
      );
      const longId = ids.find((id) => {
        const v = answers.answers[id];
        return typeof v === 'object' && v !== null && !Array.isArray(v);
      });
      const edits: [string, (d: Document) => void, number][] = [
        [
          'a new answer',
          (d) => {
            setAnswer(d, 'zz.new-criterion', { value: 'unknown' });
          },
          0,
        ],
        [
          'the AGS',
          (d) => {
            setMunicipalityField(d, 'ags', '09999999');
          },
          0,
        ],
        [
          'the method',
          (d) => {
            setInfoField(d, 'method', 'workshop');
          },
          1,
        ],
      ];
      if (shortId !== undefined)
        edits.push([
          'a short answer',
          (d) => {
            setAnswer(d, shortId, { value: 'unknown' });
          },
          1,
        ]);
      if (longId !== undefined) {
        edits.push([
          'the value of a long answer',
          (d) => {
            setAnswer(d, longId, { ...(answers.answers[longId] as object), value: 'unknown' });
          },
          1,
        ]);
      }
      for (const [what, edit, changed] of edits) {
        const result = applyEdit(text, edit);
        expect(parseDocument(result).toJS(), what).toEqual(meaning(text, edit));
        const lost = lostLines(text, result);
        // a changed line, or none where the edit only adds (an existing `method:` line may be absent)
        expect(lost.length, `${what} lost:\n${lost.join('\n')}`).toBeLessThanOrEqual(changed);
      }
    },
  );

  it('keeps a folded note byte for byte when the value beside it changes', () => {
    const text = `answers:
  reuse.legal-route:
    value: in-review
    note: >-
      Der Vertragsentwurf liegt seit Juli im Rathaus;
      unterschrieben ist noch nichts.
    x-quelle: Telefonat # wer?
  reuse.parameters: 0
`;
    const result = applyEdit(text, (d) => {
      setAnswer(d, 'reuse.legal-route', {
        value: 'signed',
        note: 'Der Vertragsentwurf liegt seit Juli im Rathaus; unterschrieben ist noch nichts.',
      });
    });
    expect(result).toBe(text.replace('value: in-review', 'value: signed'));
  });

  it('turns a short answer into the long form in its place, keeping the comment of its line', () => {
    const text = `municipality: {name: A, type: stadt, state: HE}
answers:
  a: 1 # laut Amtsleitung
  b: 2
`;
    const result = applyEdit(text, (d) => {
      setAnswer(d, 'a', { value: 3, note: 'Vertrag liegt vor' });
    });
    expect(result).toBe(`municipality: {name: A, type: stadt, state: HE}
answers:
  a:
    # laut Amtsleitung
    value: 3
    note: Vertrag liegt vor
  b: 2
`);
  });

  it('adds to a flow map on its line and creates missing blocks at the end', () => {
    const text = `# Kopf
municipality: {name: A, type: stadt, state: HE}   # aus dem Melderegister
answers: {a: 1}
`;
    const result = applyEdit(text, (d) => {
      setMunicipalityField(d, 'population', 23000);
      setInfoField(d, 'date', '2026-11-21');
      setAnswer(d, 'b', { value: ['x', 'y'] });
    });
    expect(result).toBe(`# Kopf
municipality: {name: A, type: stadt, state: HE, population: 23000}   # aus dem Melderegister
answers: {a: 1, b: [x, y]}
assessment:
  date: 2026-11-21
`);
  });

  it('removes a field with its line and the comment above it, nothing else', () => {
    const text =
      'municipality:\n  name:   A\n  # Stand 2024\n  population: 23000 # Zensus\n  state: HE\n';
    const result = applyEdit(text, (d) => {
      setMunicipalityField(d, 'population', undefined);
    });
    expect(parseDocument(result).toJS()).toEqual({ municipality: { name: 'A', state: 'HE' } });
    expect(result).toBe('municipality:\n  name:   A\n  state: HE\n'); // the odd spacing shows it was not reprinted
  });

  it('keeps Windows line breaks', () => {
    const text = 'answers:\r\n  a: 1 # x\r\n';
    const result = applyEdit(text, (d) => {
      setAnswer(d, 'a', { value: 2 });
      setAnswer(d, 'b', { value: 3 });
    });
    expect(result).toBe('answers:\r\n  a: 2 # x\r\n  b: 3\r\n');
  });

  it('always means what the edited document means (random answers on the examples)', () => {
    const value = fc.oneof(
      fc.integer({ min: 0, max: 4 }),
      fc.boolean(),
      fc.constantFrom('unknown', 'n/a', 'fit-connect', 'a: b', '#x', "it's", ''),
      fc.array(fc.constantFrom('bundid', 'epayment', 'pvog'), { maxLength: 3 }),
    );
    const answer = fc.record({
      value,
      note: fc.option(fc.string({ maxLength: 120 }), { nil: undefined }),
      evidence: fc.option(fc.array(fc.string({ maxLength: 30 }), { maxLength: 3 }), {
        nil: undefined,
      }),
    });
    fc.assert(
      fc.property(
        fc.constantFrom(...examples),
        fc.array(
          fc.tuple(
            fc.constantFrom('reuse.legal-route', 'reuse.parameters', 'staff.lotsen', 'new.one'),
            answer,
          ),
          {
            minLength: 1,
            maxLength: 4,
          },
        ),
        ({ text }, changes) => {
          let spliced = text;
          const doc = parseDocument(text);
          for (const [id, a] of changes) {
            spliced = applyEdit(spliced, (d) => {
              setAnswer(d, id, a);
            });
            setAnswer(doc, id, a);
          }
          expect(parseDocument(spliced).toJS()).toEqual(
            parseDocument(stringifyDocument(doc)).toJS(),
          );
        },
      ),
      { numRuns: 100 },
    );
  });
});
